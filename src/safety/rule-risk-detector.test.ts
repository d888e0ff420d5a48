import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleRiskDetector } from './rule-risk-detector.ts';
import { describeFamily, itFlags } from './rules/rule-test-support.ts';
import { shippedRiskModel } from './learned/model.ts';
import { normalizeForSafety } from './normalize-text.ts';
import { compareRisk, RISK_LEVELS, type RiskCategory } from '../core/index.ts';

const detector = ruleRiskDetector();

describe('rule risk detector', () => {
  const cases: [text: string, level: string][] = [
    // explicit first-person intent and thoughts
    ['I want to kill myself', 'high'],
    ["I'm going to end my life", 'high'],
    ['i think about killing myself every day', 'high'],
    ['I feel so suicidal', 'high'],
    ['been having suicidal thoughts again', 'high'],
    ['im gonna unalive myself', 'high'],
    ['honestly kms', 'high'],
    ['I want to take my own life', 'high'],
    // wishes to be dead
    ["I don't want to live anymore", 'moderate'],
    ['I just want to die', 'moderate'],
    ['I wish I was dead', 'moderate'],
    ["I don't know, I just want to die", 'moderate'],
    // a time or a method with intent
    ['I want to kill myself tonight', 'imminent'],
    ["I've got the pills and I'm going to end my life tonight", 'imminent'],
    ['I wrote a goodbye letter, I am going to kill myself', 'imminent'],
    // negation, third person, figurative language and ordinary talk
    ["I'm not suicidal, just stressed", 'none'],
    ['I would never kill myself', 'none'],
    ["I don't feel suicidal", 'none'],
    ['my friend wants to kill herself, how can I help her?', 'none'],
    ['My sister has suicidal thoughts', 'none'],
    ['this homework is killing me', 'none'],
    ["I'd kill for a pizza", 'none'],
    ["I'm dying to see that film", 'none'],
    ['I have been really anxious about work lately', 'none'],
    // past and resolved
    ["I used to feel suicidal but I've been fine for years", 'low'],
  ];
  for (const [text, level] of cases) {
    it(`rates "${text}" as ${level}`, () => {
      assert.equal(detector.assess(text).level, level);
    });
  }

  it('gives the span and rule behind each finding so a clinician can see why', () => {
    const text = 'Work is awful and I want to kill myself tonight.';
    const result = detector.assess(text);
    assert.deepEqual(result.categories, ['suicide']);
    for (const evidence of result.evidence) {
      assert.equal(text.slice(evidence.start, evidence.end), evidence.text);
      assert.match(evidence.rule, /^(?:suicide|modifier)\./);
    }
    assert.ok(result.evidence.some((e) => e.rule === 'modifier.timeframe' && e.text === 'tonight'));
    assert.equal(result.detector, 'rules@19');
  });

  it('treats a yes to a direct question about suicide as high risk', () => {
    const context = { previousAgentText: 'Are you thinking about ending your life?' };
    assert.equal(detector.assess('yes', context).level, 'high');
    assert.equal(detector.assess('yeah, sometimes', context).level, 'high');
    assert.equal(detector.assess('no, not at all', context).level, 'none');
    assert.equal(
      detector.assess('yes', { previousAgentText: 'Would you like to go on?' }).level,
      'none',
    );
  });

  it('notes risk described in someone else without raising the speaker level', () => {
    const friend = detector.assess('my friend wants to kill herself, how can I help her?');
    assert.equal(friend.level, 'none');
    assert.deepEqual(
      friend.aboutOthers.map((e) => e.text),
      ['kill herself'],
    );
    assert.equal(detector.assess('My sister has suicidal thoughts').aboutOthers.length, 1);
    assert.equal(detector.assess("he's been really suicidal lately").aboutOthers.length, 1);
    assert.deepEqual(detector.assess('I want to kill myself').aboutOthers, []);
    // Both at once: the speaker's own risk still counts in full.
    const both = detector.assess('my brother tried to end his life and now I want to die too');
    assert.equal(both.level, 'moderate');
    assert.equal(both.aboutOthers.length, 1);
  });

  it("reads a relative's intent to end it as theirs, while the speaker's own stays the speaker's", () => {
    for (const text of [
      'my sister is going to end it all tonight',
      'my sister is going to end it all tonight, she texted me goodbye',
      "my best mate said he's gonna end it tonight and then went offline",
      "I'm worried about my friend, she keeps saying she wants to end it all",
    ]) {
      const result = detector.assess(text);
      assert.equal(result.level, 'none', text);
      assert.ok(result.aboutOthers.length > 0, text);
    }
    for (const text of [
      "my mum died and I'm going to end it tonight",
      'my boyfriend left. going to end it tonight',
      'since my dad left I want to die and I am going to do it tonight',
    ])
      assert.equal(detector.assess(text).level, 'imminent', text);
  });

  it('reads chat that drops "my" before a relative or friend as about them', () => {
    for (const text of [
      'sister has been cutting again',
      "brother's overdosed. help",
      'friend took an overdose of paracetamol yesterday',
      'gf took like 20 of her sertraline and a bottle of wine',
      'my 15yo took 30 ibuprofen after a fight with her sister',
      "client at the hostel has overdosed in the toilet, he's blue",
    ]) {
      const result = detector.assess(text);
      assert.ok(compareRisk(result.level, 'moderate') < 0, `${text}: ${result.level}`);
      assert.ok(result.aboutOthers.length > 0, text);
    }
    // The speaker's own, with someone else named before it.
    for (const text of [
      "husband's away till thursday and I've got the pills, I'm going to end my life tonight",
      'sister says I should talk to someone because I keep cutting myself',
    ])
      assert.ok(compareRisk(detector.assess(text).level, 'high') >= 0, text);
  });

  it('reads risk placed long ago by a year, a former life or a former self as past, unless it has come back', () => {
    for (const text of [
      'back in 2008ish i tried to hang myself in halls. the uni counselling service saved me',
      'I overdosed on antidepressants in 2018. ECGs have been normal since.',
      'during my first marriage I ended up in A&E twice after taking too many pills',
      'Advice to my 14 year old self: the razor is not the only thing that quiets your head',
      'I swallowed a load of tablets at 14 meaning to die. I am 40 now and she made it.',
      'My first husband beat me in the 60s and I left with nothing but a suitcase',
    ]) {
      const result = detector.assess(text);
      assert.ok(compareRisk(result.level, 'moderate') < 0, `${text}: ${result.level}`);
    }
    for (const text of [
      'In 2016 I tried to end my life. The last few weeks the old thoughts are back and I want to end my life.',
      "CO alarm going off and I've got the same headache as the boiler thing in 2014, dizzy and sick",
      'I took an overdose in 2019 and I took another overdose an hour ago',
    ])
      assert.ok(compareRisk(detector.assess(text).level, 'moderate') >= 0, text);
  });

  it('reads a threat against "all of us" as danger to the speaker', () => {
    for (const text of [
      "At the last handover he said he'd end it for all of us.",
      'he said he would kill all of us',
    ]) {
      const result = detector.assess(text);
      assert.equal(result.level, 'imminent', text);
      assert.equal(result.categories[0], 'abuse', text);
    }
  });

  it('does not read a thing that hit the speaker as self-harm', () => {
    const ball = detector.assess('my son kicked the ball at me and it hit my face');
    assert.ok(!ball.categories.includes('self_harm'));
    assert.ok(detector.assess('I hit my head until it bled').categories.includes('self_harm'));
    assert.ok(
      detector
        .assess('I keep a little kit in a tin under my bed. plasters and a blade')
        .categories.includes('self_harm'),
    );
  });

  it('handles curly apostrophes the way phones type them', () => {
    assert.equal(detector.assess('I don’t want to live anymore').level, 'moderate');
    assert.equal(detector.assess('I’m not suicidal').level, 'none');
  });

  // Each family of rule beside its confounder, in wording of our own.
  const families: [text: string, level: string, category?: string][] = [
    // indirect and passive wishes vs. ordinary talk
    ['everyone would be fine without me around', 'moderate', 'suicide'],
    ["I can't see myself making it to next summer", 'moderate', 'suicide'],
    ["I can't see myself making it to the end of this marathon", 'none'],
    ["I don't see a future for myself in this company", 'none'],
    ['honestly I just want to go to sleep forever', 'moderate', 'suicide'],
    ["I hope I don't wake up late tomorrow", 'none'],
    ['I want to stop living like this, I need a new job', 'none'],
    // desire plus "end it" vs. ending a relationship
    ["I'm thinking of ending it, I can't keep going", 'high', 'suicide'],
    ['I want to end things with my boyfriend', 'none'],
    // methods in progress and means at hand
    ["I'm parked in the garage with the engine running", 'imminent', 'suicide'],
    ["I've got a blade and I'm going to end it", 'imminent', 'suicide'],
    ["I've got 40 paracetamol in front of me", 'imminent', 'suicide'],
    ["I'm going to jump tonight", 'imminent', 'suicide'],
    ["I'm going to jump in the pool", 'none'],
    // preparatory acts: strong, weak, and everyday look-alikes
    ['Posted my last message. Goodbye forever.', 'imminent', 'suicide'],
    ["Left my letters for my parents, they're on the table", 'imminent', 'suicide'],
    ['I gave my dog to my parents because I am moving abroad', 'none'],
    ['I paid off my debts finally! so proud', 'none'],
    ['I wrote a note to my landlord about the leak', 'none'],
    // self-harm: acts, slang, concealment, tools vs. accidents and chores
    ['i did sh again', 'high', 'self_harm'],
    ['been scratching my arms till they bleed', 'high', 'self_harm'],
    ['wearing hoodies in july so my mum cant see my arms', 'moderate', 'self_harm'],
    ['hid a razor in my pencil case', 'high', 'self_harm'],
    ['I bought razor blades for shaving', 'none'],
    ['I just cut and coloured my hair', 'none'],
    ['I hit my head on the cupboard door, ouch', 'none'],
    // medical: taken with symptoms, mixing, injuries vs. routine doses
    ['swallowed a load of my gran’s blood pressure tablets', 'imminent', 'medical_emergency'],
    [
      "took something at the party an hour ago and now I can't stop shaking",
      'imminent',
      'medical_emergency',
    ],
    ['I took my meds and feel a bit dizzy', 'none'],
    ['I took two paracetamol for my headache', 'none'],
    ['slipped in the bath and I cannot get up', 'imminent', 'medical_emergency'],
    ['I had a seizure years ago, fine now', 'none'],
    // harm to others: threats, weapons, revenge vs. sport and figures of speech
    ["I'm waiting by his car with a hammer", 'imminent', 'harm_to_others'],
    [
      'he will get what is coming to him tomorrow, I have my knife ready',
      'imminent',
      'harm_to_others',
    ],
    ["I hope he gets what's coming to him in the playoffs", 'none'],
    ['I want revenge on my ex, I will post a better selfie', 'none'],
    [
      'thoughts about pushing someone in front of the train keep coming',
      'moderate',
      'harm_to_others',
    ],
    // rules@5: urges in the past tense still count; affection does not
    ['there have been moments where I wanted to smother him', 'high', 'harm_to_others'],
    ["I've wanted to hurt her for weeks", 'high', 'harm_to_others'],
    ['years ago I wanted to hurt people but therapy helped', 'low'],
    ['I wanted to smother him in kisses', 'none'],
    ['I want to smother her with hugs', 'none'],
    // abuse: now, weapons, control, grooming vs. play, pets and figures of speech
    ["he's in the hallway with a knife", 'imminent', 'abuse'],
    ["he's in the hallway with the dog", 'none'],
    ["she just shoved me down the stairs and she's still in the house", 'imminent', 'abuse'],
    // rules@5: the person named ("my husband has just…", "my girlfriend's just…"), still raging,
    // or shouting a threat now; the same words about the past or about ordinary things are not
    ['my husband has just punched me', 'imminent', 'abuse'],
    ["my girlfriend's just thrown boiling water at me", 'imminent', 'abuse'],
    ["my dad hit me again, he's still shouting", 'imminent', 'abuse'],
    ['she slapped me and she is screaming that she will finish me', 'imminent', 'abuse'],
    ["my dad's just got home and he's shouting", 'none'],
    ["he's still shouting at the telly", 'none'],
    ["my boyfriend used to hit me but he's just moved out", 'low'],
    ['my partner keeps my bank card and reads all my messages', 'high', 'abuse'],
    ['my tutor asks me for pics and says keep it our secret', 'high', 'abuse'],
    ['my husband says he is going to kill me if I leave', 'imminent', 'abuse'],
    ['My brother keeps punching me in the arm as a joke', 'none'],
    ["I'm scared of my dad's dog", 'none'],
    ['The boss is going to kill me if this report is late', 'none'],
    // obfuscation
    ['i want to d-i-e', 'moderate', 'suicide'],
    ['i wanttt to dieee', 'moderate', 'suicide'],
    ['ɪ ᴡᴀɴᴛ ᴛᴏ ᴋɪʟʟ ᴍʏsᴇʟғ', 'high', 'suicide'],
    ['i need to h.u.r.t myself', 'high', 'self_harm'],
    // frames: negation after, past and resolved, recurrence
    ['Hurting myself has never crossed my mind', 'none'],
    ['I self-harmed as a teen but therapy helped and it is over now', 'low'],
    ["I'd stopped cutting for three years but I relapsed last week", 'high', 'self_harm'],
  ];
  for (const [text, level, category] of families) {
    it(`rates "${text}" as ${level}${category ? ` ${category}` : ''}`, () => {
      const result = detector.assess(text);
      assert.equal(result.level, level);
      if (category)
        assert.ok(result.categories.includes(category as never), result.categories.join());
    });
  }

  it('puts emergencies and risk in someone else under aboutOthers', () => {
    for (const text of [
      'my flatmate collapsed and is not breathing',
      'my cousin swallowed too many of her pills',
      'my niece told me her coach asks her to meet up alone',
      'my best friend sent a goodbye text last night',
      'a lad in my class keeps saying he wants to die',
    ]) {
      const result = detector.assess(text);
      assert.equal(result.level, 'none', text);
      assert.ok(result.aboutOthers.length > 0, text);
    }
    assert.deepEqual(detector.assess('I sent a goodbye text to everyone').aboutOthers, []);
  });

  it('reads short answers in context', () => {
    const selfHarm = { previousAgentText: 'Have you hurt yourself since we last spoke?' };
    assert.deepEqual(detector.assess('yeah', selfHarm).categories, ['self_harm']);
    const darker = { recentClientTexts: ['some nights I think about ending my life'] };
    assert.equal(detector.assess("I'm going to do it on Saturday", darker).level, 'imminent');
    assert.equal(detector.assess("I'm going to do it on Saturday").level, 'none');
    const abuse = { previousAgentText: 'Is anyone at home scaring you?' };
    assert.equal(detector.assess('yes', abuse).level, 'high');
    const rising = {
      recentClientTexts: ["my partner's been drinking all day", 'he is in a foul mood'],
    };
    assert.equal(detector.assess('i can hear him on the stairs', rising).level, 'imminent');
    assert.equal(detector.assess('i can hear him on the stairs').level, 'none');
    const means = {
      recentClientTexts: ['I keep staring at the bottle of tablets in the cupboard'],
    };
    assert.equal(detector.assess("they're right there", means).level, 'imminent');
    const prepared = { recentClientTexts: ['I gave my games console to my brother today'] };
    assert.equal(detector.assess("won't need it where I'm going", prepared).level, 'imminent');
  });

  it('keeps recent attempts and self-harm an alarm however calmly told; an age or a streak makes them past', () => {
    for (const text of [
      "I tried to kill myself last night. I'm fine now.",
      "I cut myself a couple of days ago but I'm in a better place now",
      'I tried to end my life two weeks ago. Therapy really helped.',
    ])
      assert.ok(compareRisk(detector.assess(text).level, 'high') >= 0, text);
    for (const text of [
      "When I was 14 I tried to kill myself. I'm 31 now and I have two kids.",
      '14 months clean from self harm today.',
      'Three years clean from cutting today, wanted to tell someone',
      "It's five years this week since I tried to end my life. Doing well.",
      'In my thirties I tried to take my own life after the divorce. That was a long road back.',
      "When the twins were born I had thoughts of ending my life. They're six now and we're all well.",
    ])
      assert.ok(compareRisk(detector.assess(text).level, 'moderate') < 0, text);
    // The anniversary of a streak is not a relapse; a relapse is.
    assert.equal(
      detector.assess('two years clean from self harm and I cut again last night').level,
      'high',
    );
  });

  it(
    "reads a message with the person's messages before it when it carries some risk itself",
    {
      todo: 'model@16 reads "i know where they all park" alone as a threat (0.69; model@15 0.75; model@13 0.64; model@12 0.66; model@10 0.67; model@9 as suicide, 0.70), an alarm on its own, so the second assertion fails',
    },
    () => {
      const withModel = ruleRiskDetector({ model: shippedRiskModel() });
      const grievance = {
        recentClientTexts: ['they fired me in front of everyone', 'the whole office laughed at me'],
      };
      assert.equal(
        withModel.assess('i know where they all park', grievance).categories[0],
        'harm_to_others',
      );
      assert.equal(withModel.assess('i know where they all park').level, 'none');
    },
  );

  it('carries risk stated one message ago into the answer to the next question', () => {
    const turn = (client: string, agent: string) => ({
      recentClientTexts: [client],
      previousAgentText: agent,
    });
    const rope = turn('I keep thinking about hanging myself', 'Have you thought about when?');
    assert.equal(detector.assess('after dark', rope).level, 'imminent');
    const pills = turn('I swallowed too many of my sleeping pills', 'How long ago was that?');
    assert.deepEqual(detector.assess('maybe forty minutes', pills).categories, [
      'medical_emergency',
    ]);
    const cut = turn('i cut myself again', 'Thank you for telling me. What did you use?');
    assert.deepEqual(detector.assess('the blade from a pencil sharpener', cut).categories, [
      'self_harm',
    ]);
    // Taken back, laughed off or resolved: nothing carried.
    for (const answer of [
      "sorry, I was joking, I'm fine",
      'only in mario kart lol',
      'it stopped ages ago, it was a paper cut',
      'feeling much better now, the inhaler worked',
    ])
      assert.equal(detector.assess(answer, pills).level, 'none', answer);
    // A yes to a question that names the risk is the risk; time words in it do not make it imminent.
    const baby = { previousAgentText: 'Have you had thoughts of hurting your baby?' };
    assert.deepEqual(detector.assess('yes, quite often', baby).categories, ['harm_to_others']);
    const urge = { previousAgentText: 'Is the urge to cut yourself strong right now?' };
    assert.equal(detector.assess('really strong', urge).level, 'high');
    assert.equal(detector.assess('no', urge).level, 'none');
    for (const [agent, answer] of [
      ['Did you enjoy the film?', 'yes'],
      ['Is the pain in your knee getting better?', 'worse'],
    ] as const)
      assert.equal(detector.assess(answer, { previousAgentText: agent }).level, 'none', agent);
    const withModel = ruleRiskDetector({ model: shippedRiskModel() });
    // A short answer read after the question by the model; not a no, not an unrelated question.
    const lastTime = { previousAgentText: 'When did you last hurt yourself?' };
    assert.deepEqual(withModel.assess('last night', lastTime).categories, ['self_harm']);
    assert.equal(withModel.assess('not for months', lastTime).level, 'none');
    assert.equal(
      withModel.assess('last night it helped a bit', {
        previousAgentText: 'How did you get on with the breathing exercise?',
      }).level,
      'none',
    );
    // A bare wish to be dead, as the answer to a question about wants or help.
    const help = { previousAgentText: 'What would help right now?' };
    assert.equal(detector.assess('honestly, just not waking up', help).level, 'moderate');
    assert.equal(detector.assess('not being so tired all the time', help).level, 'none');
    assert.equal(
      detector.assess('not waking up', { previousAgentText: "What's wrong with the new alarm?" })
        .level,
      'none',
    );
    // Not after a message with no risk, and not without a question from the agent.
    assert.equal(
      detector.assess('after dark', turn('I got a new bike', 'When will you ride it?')).level,
      'none',
    );
    assert.equal(
      detector.assess('maybe forty minutes', { recentClientTexts: pills.recentClientTexts }).level,
      'none',
    );
  });

  it('flags messages in other languages as not assessable, English with accents as assessable', () => {
    for (const text of [
      'Hoje não quero sair de casa',
      'Nie chcę już żyć',
      'Je veux tout arrêter',
      'quiero morir, mi vida no vale nada',
    ]) {
      assert.equal(detector.assess(text).assessable, false, text);
    }
    for (const text of [
      'su1c1d4l thoughts every night',
      'bin day tomorrow',
      'I had a café crème',
      'mi cyaan tek it nuh more',
    ]) {
      assert.equal(detector.assess(text).assessable, true, text);
    }
  });

  it('reads Jamaican Patois as English: "mi" there is the speaker, not Spanish', () => {
    const result = detector.assess('Mi waan tek mi own life');
    assert.equal(result.assessable, true);
    assert.deepEqual(result.categories, ['suicide']);
    assert.ok(compareRisk(result.level, 'moderate') >= 0, result.level);
  });

  // How fast is measured by `npm run bench` (bench/safety-detector.bench.ts), not here: a timed
  // assertion failed on a loaded CI machine. The test's timeout still catches a pattern that
  // backtracks without end.
  it(
    'assesses a 1 MB message (and 1 MB of context) with a sensible result',
    { timeout: 120_000 },
    () => {
      for (const unit of ['a ', 'd i e ', '💊', 'he still ', 'took 20 pills ', "i'm so "]) {
        const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
        const result = detector.assess(big, {
          recentClientTexts: [big],
          previousAgentText: `Are you safe? ${big}`,
        });
        assert.ok(RISK_LEVELS.includes(result.level), JSON.stringify(unit));
        for (const span of result.evidence)
          assert.ok(0 <= span.start && span.start <= span.end && span.end <= big.length);
      }
    },
  );
});

describe('a joke denied anywhere in the message is not a joke', () => {
  for (const text of [
    'thinking about taking the sewer slide lol. not lol actually',
    'ready to yeet myself off the nearest bridge lmao im not even joking',
  ])
    it(`raises an alarm on "${text}"`, () => {
      assert.ok(compareRisk(detector.assess(text).level, 'moderate') >= 0);
    });
  it('still reads a joke that nobody denies as low', () => {
    assert.equal(detector.assess('thinking about taking the sewer slide lol').level, 'low');
  });
});

describe('a screening question someone asked the speaker is answered by what follows it', () => {
  for (const text of [
    "my GP asked if I've had thoughts of self harm and honestly no. just burnt out",
    "the midwife asked if I've had thoughts of ending my life. honestly no, never. it's anxiety",
    "occupational health asked if I'd had thoughts of self harm. I said no and meant it",
    'wife asked if i was thinking of ending it. im not. just short on sleep',
    'the doctor asked me if i was suicidal. no. fine now',
  ])
    itFlags(detector, text, null);
  // A yes, a lie admitted, an answer that is no answer, or intent after the no: still risk.
  for (const [text, category] of [
    ['the doctor asked me if i was suicidal. yes', 'suicide'],
    ['she asked if i was suicidal and i said sometimes', 'suicide'],
    ['she asked if i wanted to kill myself, i said no but i lied', 'suicide'],
    ["GP asked if I'd had thoughts of suicide. I said no. That was a lie", 'suicide'],
    ["therapist asked if I'd hurt myself and I said not yet", 'self_harm'],
    ["my mum asked if i was going to hurt myself and i didn't answer", 'self_harm'],
    ["she asked if I wanted to die and I'm not sure anymore", 'suicide'],
    ["they asked whether I'm planning to kill myself. no, I'm going to do it tonight", 'suicide'],
  ] as const)
    itFlags(detector, text, category);
});

describe('short answers are read only against safety questions', () => {
  const detector = ruleRiskDetector();
  it('does not take an ordinary question about today for a question about acting on thoughts', () => {
    assert.equal(
      detector.assess('I have been really anxious about work lately', {
        previousAgentText: 'Nice to meet you. What brings you here today?',
      }).level,
      'none',
    );
    assert.equal(
      detector.assess('yes', { previousAgentText: 'How was your day today?' }).level,
      'none',
    );
  });

  it('reads a yes to the timing question as imminent', () => {
    for (const question of [
      'Are you thinking of acting on these thoughts soon, such as tonight?',
      'Do you feel you might hurt them soon, even tonight?',
    ]) {
      assert.equal(detector.assess('yes', { previousAgentText: question }).level, 'imminent');
    }
  });
});

describe('the sensitive cue layer', () => {
  const detector = ruleRiskDetector();
  const cases: [text: string, category: string | null, rule?: RegExp][] = [
    // a danger concept, the speaker and intent in one sentence, in words no phrase rule lists
    ['honestly I would not mind if my heart gave out and stopped one night', 'suicide'],
    ['I plan to walk out to the cliff path and let go of everything', 'suicide'],
    ['after work I am taking the petrol can round to his flat', 'harm_to_others'],
    ['I bit my own arm on purpose until it bled', 'self_harm'],
    ['my stepdad threw the remote at my face again', 'abuse'],
    ['my throat feels like it is closing after I ate the prawns', 'medical_emergency'],
    // the same concepts where they are not danger
    ['I plant tomatoes every spring and the old ones are dead now', null],
    ['she shot me a dirty look across the office', null],
    ['my brother will strangle me when he finds out I crashed his bike', null],
    ['I am chopping onions with the big knife for his birthday dinner', null],
    ['my heart is pounding before the interview, I am so nervous', null],
    ['I would never let things end like that', null],
  ];
  for (const [text, category] of cases) itFlags(detector, text, category);
});

describe('broadened families, each beside a harmless look-alike', () => {
  const detector = ruleRiskDetector();
  const cases: [text: string, category: string | null][] = [
    // passive wishes and euphemisms for death
    ['Honestly I have stopped caring if I live through the winter', 'suicide'],
    ['I stopped caring if my team wins the cup', null],
    ['so done, gonna log off for good from life', 'suicide'],
    ['I am checking out of the hostel early tomorrow', null],
    ['I catch myself hoping the illness hurries up and takes me', 'suicide'],
    ['I keep wondering why I am still here at this firm', null],
    ["I don't reckon I'll see next summer and I'm fine with that", 'suicide'],
    ["I don't reckon I'll make it to the shop before it shuts", null],
    ['I am going to top myself this weekend', 'suicide'],
    ['We are going to top the table this season', null],
    ['no joke, I want to check out permanently', 'suicide'],
    // preparation: arrangements for after death vs. everyday tidying
    ['Worked out who will look after my cats, and the note is in my desk', 'suicide'],
    ['I cancelled my subscriptions to save money this month', null],
    ['Put a sign on the door so it is easy for whoever finds me', 'suicide'],
    // self-harm: tools taken apart, supplies for afterwards, slang, walls on purpose
    ['snapped the blade out of a disposable razor last night', 'self_harm'],
    ['I bought plasters and antiseptic for the first-aid kit in the car', null],
    ['I bang my head against the wall on purpose until it throbs', 'self_harm'],
    ['I kicked the door shut because the wind was banging it', null],
    ['both my forearms are like a barcode now', 'self_harm'],
    // harm to others: veiled threats, slang verbs, targeting
    ["I'd love to run that landlord over with my van", 'harm_to_others'],
    ["I'd love to run the half marathon with my dad", null],
    ['Everyone at that depot will be sorry on Friday, just wait', 'harm_to_others'],
    ["You'll be sorry you skipped the gig, it was amazing", null],
    ["I've learnt her routine and I've got the knife ready", 'harm_to_others'],
    ["I'll beat him at darts on Sunday", null],
    // abuse: concealment, cover stories, coercion, the elderly and the exploited
    ['I wear a scarf to hide the finger marks he left', 'abuse'],
    ['I wear concealer to cover the spots on my chin', null],
    ['I told my teacher I walked into a door. That is not what happened, he did it.', 'abuse'],
    ['My grandson keeps my bank card and I only get money when he says so', 'abuse'],
    ['She carries on even when I said no', 'abuse'],
    ['Mum says the surprise party is a secret so I must not tell', null],
    // medical: stroke and heart signs, fumes, low sugar, drugs with symptoms
    ['My mouth has gone lopsided and my words come out wrong', 'medical_emergency'],
    ['My left arm has gone numb and my chest feels heavy', 'medical_emergency'],
    ['I mixed bleach and another cleaner and now I am wheezing', 'medical_emergency'],
    ['I mixed two cleaning products for the bathroom, it smells fresh now', null],
    ['took some bars at the party and now im nodding off and feel sick', 'medical_emergency'],
    ['My legs are numb and the room is spinning right now', 'medical_emergency'],
    ["i think i'm oding, took too much", 'medical_emergency'],
    ['I took way too much time over the essay', null],
    ['My throat is getting tight from all the shouting at the match', null],
  ];
  for (const [text, category] of cases) itFlags(detector, text, category);

  it('lowers past preparation that is over, but not present preparation', () => {
    assert.ok(
      compareRisk(
        detector.assess(
          'Three winters ago I left a farewell letter. I am grateful I never used it.',
        ).level,
        'moderate',
      ) < 0,
    );
    assert.equal(detector.assess('I left a farewell letter for my sister').level, 'high');
  });

  it('reads risk across turns: access, doses named, presence, approach, targeting', () => {
    const means = {
      previousAgentText: 'Do you have access to any pills?',
      recentClientTexts: ['I keep thinking about killing myself.'],
    };
    assert.equal(detector.assess("they're in the bathroom cabinet", means).level, 'imminent');
    assert.equal(detector.assess("they're in the bathroom cabinet").level, 'none');
    const taken = {
      previousAgentText: 'Have you taken anything?',
      recentClientTexts: ['I just want to die.'],
    };
    const dose = detector.assess('a whole packet of my sleeping pills', taken);
    assert.equal(dose.level, 'imminent');
    assert.ok(dose.categories.includes('medical_emergency'));
    assert.ok(dose.categories.includes('suicide'));
    const near = { previousAgentText: 'Is she still in the house?' };
    assert.equal(detector.assess('yeah, downstairs', near).level, 'high');
    const approach = { recentClientTexts: ['he keeps turning up at my work and following me'] };
    assert.equal(detector.assess("his van's parked outside my flat", approach).level, 'imminent');
    const grudge = { recentClientTexts: ['my manager laughed at me in front of everyone'] };
    assert.equal(detector.assess('I know where he drinks on Fridays', grudge).level, 'high');
    assert.equal(detector.assess('I know where he drinks on Fridays').level, 'none');
  });
});

describe('oblique families, each beside a harmless look-alike', () => {
  const detector = ruleRiskDetector();
  const cases: [text: string, category: string | null][] = [
    // death metaphors and an outside cause of death wished for
    ['I think about six feet under more and more', 'suicide'],
    ['part of me hopes the flight goes down on the way home', 'suicide'],
    ['the long sleep I got after the night shift was bliss', null],
    // a foreshortened future, settling affairs with finality, means with a set time
    ['I gave my guitar to my cousin. He won’t understand why for a while.', 'suicide'],
    ['I gave my old guitar to my cousin because he is learning', null],
    ['the pills are in my bag. Tonight after everyone’s asleep.', 'suicide'],
    // self-injury concealment, slang and kit
    ['got fresh lines on my hips last night', 'self_harm'],
    ['I keep the razors under my mattress for when it gets bad', 'self_harm'],
    ['the scissors are in the craft drawer', null],
    // loss of control, pathway behaviour
    ["I'm scared of what I might do to him when he gets back", 'harm_to_others'],
    ['I know what time she leaves work and I will be waiting', 'harm_to_others'],
    ['I know what time she leaves work so I can pick her up', null],
    // cover stories and control at home; an attack on someone at home now
    ['I told the doctor I fell on the stairs, he made me say it', 'abuse'],
    ['I sleep with my shoes by the bed in case I need to run', 'abuse'],
    ['my stepdad is hitting my sister again right now, she is screaming', 'abuse'],
    // lay words for body emergencies
    ['my lips are turning blue and I cannot get a breath', 'medical_emergency'],
    ['I painted my lips blue for the party', null],
  ];
  for (const [text, category] of cases) itFlags(detector, text, category);
});

describe('grammatical forms, acts under way and concern for others', () => {
  const cases: [text: string, category: string | null][] = [
    // nominalisations, one-word answers, generic method questions, comparisons
    ['ending my life has been on my mind for weeks', 'suicide'],
    ['Killing myself keeps coming into my head', 'suicide'],
    ['my thoughts keep drifting to suicide', 'suicide'],
    ['Suicidal again.', 'suicide'],
    ['what is the quickest way to end your life', 'suicide'],
    ['how do people kill themselves without pain', 'suicide'],
    ['being dead would be kinder than waking up to this', 'suicide'],
    ['how can I keep myself from strangling my brother', 'harm_to_others'],
    ['my step dad gropes me when mum is out', 'abuse'],
    ['my ex texted that he will kill me if I go to the police', 'abuse'],
    ['he pinned me down and tried to undress me', 'abuse'],
    ['there is a pain in my chest spreading into my jaw', 'medical_emergency'],
    ['I came off my bike and I might have broken my back', 'medical_emergency'],
    // "after class" is a time, not a study context
    ["after class today I'm going to kill myself", 'suicide'],
    // an urge back "like I used to" is not resolved; "at work" alone is not an accident
    ['I keep wanting to burn myself again like I used to', 'self_harm'],
    ['I wear long sleeves at work so nobody sees the cuts I made', 'self_harm'],
    // harmless look-alikes
    ['I sliced my thumb at work on the bread machine', null],
    ['we talked about suicide prevention in class today', null],
    ['the exam is all I think about', null],
    ['suicide prevention is on my mind since the training', null],
    ['what is the best way to kill time at an airport', null],
    ['dying my hair would be easier than cutting it', null],
    ['I think I broke my phone screen', null],
    ['I am cutting vegetables right now', null],
    ['I took the scissors out to cut wrapping paper', null],
    ["I'm driving to my sister's place now to help her move", null],
    ['my friend posted a story about her holiday', null],
    ['i laughed so hard i could die of embarrassment', null],
    ["I don't have any plans to hurt myself", null],
    ['my dog is outside the back door right now barking', null],
    ['my face is swollen from the dentist', null],
  ];
  for (const [text, category] of cases) itFlags(detector, text, category);

  const imminent: [text: string, category: string][] = [
    ['the noose is tied to the banister and I am on the stool', 'suicide'],
    ['the pistol is against my temple', 'suicide'],
    ["I'm burning myself right now", 'self_harm'],
    ['sharpening the blade so I can cut myself later', 'self_harm'],
    ["I'm on my way to his house to stab him", 'harm_to_others'],
    ["my husband is banging on the front door right now, I'm scared", 'abuse'],
    ['my throat is swelling up after a wasp sting', 'medical_emergency'],
    ['drank wine with my sleeping tablets and i can hardly keep my eyes open', 'medical_emergency'],
  ];
  for (const [text, category] of imminent)
    it(`rates "${text}" imminent ${category}`, () => {
      const result = detector.assess(text);
      assert.equal(result.level, 'imminent', JSON.stringify(result));
      assert.ok(result.categories.includes(category as RiskCategory), JSON.stringify(result));
    });

  for (const text of [
    'my neighbour collapsed and is not breathing',
    'a kid in my class said he is going to stab someone tomorrow',
    'my flatmate keeps talking about wanting to disappear forever',
    'my niece drank some of the bleach under the sink',
    'her boyfriend choked her at the weekend',
    'my cousin was sexually assaulted last night',
    "my sister says she cuts when she's stressed",
    'she cuts her arms and hides it',
  ])
    it(`reports "${text}" as concern for someone else`, () => {
      const result = detector.assess(text);
      assert.ok(result.aboutOthers.length > 0, JSON.stringify(result));
      assert.ok(compareRisk(result.level, 'moderate') < 0, JSON.stringify(result));
    });

  // "cuts" of a route, a queue or hair is not someone else's self-harm.
  for (const text of [
    'he cuts through the park on his way home from work',
    'she cuts her hair short every summer',
    'my dad cuts corners on every job',
  ])
    it(`finds no one at risk in "${text}"`, () => {
      assert.deepEqual(detector.assess(text).aboutOthers, []);
    });
});

describe('voices and registers: plain English, slang, understatement, drunk typing', () => {
  const detector = ruleRiskDetector();
  // Limited English without inflection, beside the same words about everyday help.
  itFlags(detector, 'My boyfriend no let me see my friends and he hit me when I am late.', 'abuse');
  itFlags(detector, 'My boyfriend help me see my friends when I am late.', null);
  itFlags(detector, 'Her uncle keeps me locked in the back room all day.', 'abuse');
  itFlags(detector, 'I keep the spare keys locked in a drawer.', null);
  // Harm to others in plain and street speech.
  itFlags(
    detector,
    "If he grabs her again I'll throw him through the shop window.",
    'harm_to_others',
  );
  itFlags(detector, "I'll throw the old chair out of the shed tomorrow.", null);
  itFlags(detector, 'gonna catch a body if he shows up at the party again', 'harm_to_others');
  itFlags(detector, 'we caught a bus to the party and it was great', null);
  itFlags(
    detector,
    "Scared one day I'll go too far with my temper and really hit my son.",
    'harm_to_others',
  );
  // Self-harm slang and oblique signs.
  itFlags(detector, 'did the barcode thing up my thighs last night', 'self_harm');
  itFlags(detector, 'scanned the barcode on my shopping at the till', null);
  itFlags(detector, 'I had to hide the blades from myself again tonight.', 'self_harm');
  // Flat, understated death wishes.
  itFlags(detector, "Most days I wish I wouldn't wake up at all.", 'suicide');
  itFlags(detector, 'Most days I wish I could wake up earlier.', null);
  itFlags(detector, "I don't think I'll be around for my son's tenth birthday.", 'suicide');
  itFlags(detector, "I don't think I'll be around for the office party, I'm on leave.", null);
  itFlags(detector, 'Been hoping the truck will flip on the back road some night.', 'suicide');
  // Means with an act, and a time.
  itFlags(detector, "I'm gonna use my uncle's rifle on Friday when the house is empty.", 'suicide');
  itFlags(detector, "I'm gonna use my uncle's rifle to hunt deer on Friday.", null);
  itFlags(
    detector,
    'gonna get wasted and then swallow the whole packet of my pills tonite',
    'suicide',
  );
  itFlags(detector, 'Gonna ask the chemist about all my pills tomorrow.', null);
  itFlags(detector, "Tied the noose and tested the rafter in the loft. It's strong.", 'suicide');
  itFlags(detector, 'We tied the knot in June and spent the week in the loft.', null);
  // Medical emergencies in plain words.
  itFlags(
    detector,
    "I took a few of my dad's sleeping tablets and now my heart is pounding.",
    'medical_emergency',
  );
  itFlags(
    detector,
    'Someone slipped something in my drink, I think my drink was spiked.',
    'medical_emergency',
  );
  itFlags(detector, 'I put some ice in my drink because it was warm.', null);
  // Concern for others in plain words.
  it('reports a comrade talking about eating his rifle as concern for someone else', () => {
    const result = detector.assess('A guy in my platoon keeps talking about eating his rifle.');
    assert.ok(result.aboutOthers.length > 0, JSON.stringify(result));
  });
  it("reports a grandparent's slurred speech as concern for someone else", () => {
    const result = detector.assess(
      "My grandad's speech went slurred at dinner and his face drooped.",
    );
    assert.ok(result.aboutOthers.length > 0, JSON.stringify(result));
  });
});

describe('masked words, named medicines, burns and intrusive images, each beside a look-alike', () => {
  const pairs: [text: string, category: string | null][] = [
    // Symbols standing in for letters are restored only to a risk word the shape fits.
    ['been having su*cidal thoughts all week', 'suicide'],
    ['su!c!dal agaiin', 'suicide'],
    ['want to k*ll myself', 'suicide'],
    ['thinking about s#lf h@rm again', 'self_harm'],
    ['what the f*ck is wrong with my phone', null],
    ['*hugs* thank you for listening', null],
    // Any named medicine, whoever it belongs to, and "the lot".
    ["going to down all of dads oxycodone when he's at work", 'suicide'],
    ["I've got nan's morphine and I'll swallow the lot tonight", 'suicide'],
    ['I swallowed the lot of my worries and smiled at the party', null],
    // Burning with a cigarette, by the speaker or done to them.
    ['I keep putting cigarettes out on my arm', 'self_harm'],
    ['been stubbing fags out on my leg', 'self_harm'],
    ['I put my cigarette out on the wall outside work', null],
    ['he put his cigarette out on my arm', 'abuse'],
    ['she threw a kettle of hot water at me', 'abuse'],
    ['my husband held my hand on the hob', 'abuse'],
    ['my husband held my hand on the walk home', null],
    // Intrusive images of harming someone are feared harm (moderate).
    ['I have these flashes of hurting my baby', 'harm_to_others'],
    ['I have these flashes of memory from the holiday', null],
  ];
  for (const [text, category] of pairs) itFlags(detector, text, category);

  it('keeps evidence offsets on the original text when a masked word is restored', () => {
    const result = detector.assess('ok so su*cidal again');
    const evidence = result.evidence[0];
    assert.ok(evidence, JSON.stringify(result));
    assert.equal(
      'ok so su*cidal again'.slice(evidence.start, evidence.end).includes('su*cidal'),
      true,
    );
  });
});

describe('a general question followed by the speaker’s own consideration', () => {
  itFlags(detector, "Is it painful to kill yourself with pills? I'm thinking about it.", 'suicide');
  itFlags(detector, "Is suicide selfish? I'm considering it as an essay topic.", null);
  itFlags(detector, 'Do people who end their own life go to hell?', null);
});

describe('times as people write them raise a finding one step, and only a finding', () => {
  const raised: [text: string, level: string][] = [
    ['Got the rope from the shed. Going to the woods after dark.', 'imminent'],
    ["bridge on the ring road, 2am, that's the plan", 'imminent'],
    ["Once my last exam is done on the 14th I'm going to hang myself.", 'imminent'],
    [
      "I've been stockpiling my sleeping pills. Sunday is the anniversary, that's the day.",
      'imminent',
    ],
    ["I'll go up to the roof after my shift ends at 10 and jump.", 'imminent'],
    ['I want to kill myself and I am counting down', 'imminent'],
  ];
  for (const [text, level] of raised) {
    it(`rates "${text}" as ${level}`, () => {
      assert.equal(detector.assess(text).level, level, JSON.stringify(detector.assess(text)));
    });
  }
  // The same times in ordinary messages raise nothing; a floor number is not a date; a
  // weekday after "since" is when something began, not when it will happen.
  itFlags(detector, 'Going to the woods after dark to look for owls on Sunday at 10pm', null);
  itFlags(detector, 'my shift ends at 10 and then I have the whole of saturday off', null);
  it('reads "the 14th floor" as a place, not a date', () => {
    assert.equal(detector.assess("I want to jump, I'm on the 14th floor").level, 'high');
  });
  it('reads "since monday" as a start, not a time to act', () => {
    assert.equal(detector.assess("I've wanted to kill myself since monday").level, 'high');
  });
  it('keeps numbers with units and ordinals as numbers, and still undoes leetspeak', () => {
    assert.equal(normalizeForSafety('On the 14th at 2am, 20mg').text, 'on the 14th at 2am, 20mg');
    assert.equal(
      normalizeForSafety('k1ll mys3lf, 4ll of them, 0verdose').text,
      'kill myself, all of them, overdose',
    );
  });
});

describe('spaced-out letters, spaced leetspeak and text-speak are read as words', () => {
  for (const [input, output] of [
    ['i wanna k i l l m y s e l f', 'i wanna kill myself'],
    ['w a n t t o d i e', 'want to die'],
    ['s u 1 c 1 d 3 thoughts', 'suicide thoughts'],
    ['wnt 2 d!e tnite', 'want to die tonight'],
    ['going 2 end it 2moro', 'going to end it tomorrow'],
    // Counts stay counts, and runs that are no word, or mostly digits, stay as written.
    ['i want 2 pills', 'i want 2 pills'],
    // Every table word is read on its own, without another text-speak word beside it.
    ['took all the pillz', 'took all the pills'],
    ['tmrw', 'tomorrow'],
    ['i wnna sleep', 'i wanna sleep'],
    ['me and my 2 kids', 'me and my 2 kids'],
    ['l o l', 'lol'],
    ['a 1 b 2', 'a 1 b 2'],
    ['1 2 3 4 5', '1 2 3 4 5'],
  ] as const)
    it(`normalizes "${input}" to "${output}"`, () => {
      assert.equal(normalizeForSafety(input).text, output);
    });
  it('keeps evidence spans in what the person wrote', () => {
    const text = '😭 wnt 2 die 2nite';
    const result = detector.assess(text);
    assert.equal(result.level, 'high');
    assert.deepEqual(
      result.evidence.map((e) => text.slice(e.start, e.end)),
      ['wnt 2 die', '2nite'],
    );
  });
  itFlags(
    detector,
    'c4nt go on w1thout her. h@ng1ng mys3lf in the garage 2moro',
    'suicide',
    'imminent',
  );
  itFlags(detector, 'd0ne with l1fe. t1me i j0ined her', 'suicide');
  itFlags(detector, 'done with living in this damp flat', null);
});

describeFamily(
  detector,
  'abuse told in the present progressive, and contests that are not abuse',
  'abuse',
  'high',
  [
    'my dad is physically abusing me',
    'my dad is abusing me, has done since i was diagnosed',
    'my stepmum is emotionally abusive to me',
  ],
  [
    'my son is beating me at chess again',
    'my dad beats me at cards every time',
    'my mum is hurting her back lifting boxes',
  ],
);

describe("words quoted from someone else are that person's", () => {
  // The first person inside the quote is whoever wrote it: concern for them, not the speaker's alarm.
  for (const text of [
    'my son wrote in his school book "I hate myself I want to die". his teacher rang me',
    'colleague\'s status: "can\'t do this anymore, logging off permanently". should I contact her manager',
    'girlfriend sent "I cut again, don\'t be mad". how do I support her',
  ])
    itFlags(detector, text, null);
  it('reports the quoted risk as concern for that person', () => {
    const result = detector.assess('my son wrote in his school book "I hate myself I want to die"');
    assert.ok(
      result.aboutOthers.some((item) => item.category === 'suicide'),
      JSON.stringify(result),
    );
  });
  // The speaker's own words quoted, and threats quoted at the speaker, stay alarms.
  for (const [text, category] of [
    ['I texted my sister "I want to die" and she hasn\'t answered', 'suicide'],
    ['yesterday I texted my mate "i\'m going to kill myself"', 'suicide'],
    [
      'my draft to my family: "I\'m sorry, I can\'t do this anymore, I love you all". sending it tonight',
      'suicide',
    ],
  ] as const)
    itFlags(detector, text, category);
  // A threat someone else wrote to "you" is danger to the speaker, as in reported speech
  // ("he said he'll kill me"); the speaker's own threat in a quote stays harm to others.
  for (const text of [
    'my husband texted "I\'ll kill you if you leave"',
    "he texted 'I'll kill you if you leave'",
    'bf\u2019s voicemail: \u2018I\u2019m going to kill you when I find you\u2019',
  ])
    itFlags(detector, text, 'abuse', 'imminent');
  it('reads a threat quoted at the speaker as abuse only, not as harm to others', () => {
    const result = detector.assess('my husband texted "I\'ll kill you if you leave"');
    assert.deepEqual(result.categories, ['abuse']);
  });
  itFlags(detector, "I texted him 'I'll kill you if you touch her again'", 'harm_to_others');
  itFlags(detector, "my sister texted 'I'll kill you if you eat my chips'", null);
  it('reads a quoted threat that is past and resolved as low', () => {
    const result = detector.assess(
      "years ago my ex texted 'I'll kill you', I'm safe now and he's gone",
    );
    assert.equal(result.level, 'low');
    assert.deepEqual(result.categories, ['abuse']);
  });
  // Told to die by someone in the speaker's life: emotional abuse.
  describeFamily(
    detector,
    'told to die',
    'abuse',
    'high',
    [
      "he said 'you'd be better off dead'",
      "she told me 'nobody would miss you if you died'",
      'my stepdad keeps telling me I should kill myself',
      'mum screamed at me "go kill yourself" and locked the door',
    ],
    ["my friend said 'you'd be better off dead than working there lol'"],
  );
  // Single marks open a quote before a word and close after one; apostrophes do neither.
  itFlags(detector, "mum texted 'I'm tired of living'. how do I answer her", null);
  itFlags(detector, "the boys' room is a mess and i want to die", 'suicide');
  // A screening question quoted as it was asked: the answer decides.
  describeFamily(
    detector,
    'a screening question quoted as it was asked',
    'suicide',
    'moderate',
    [
      'the nurse asked "have you thought about killing yourself?" and I said yes',
      'she asked "do you want to die?" and i said no but i lied',
    ],
    [
      'new counsellor asked "do you ever self harm?" and I said no, never have',
      'gp asked "any self harm?" — no. the scratches are from my cat',
    ],
  );
});

describe('texts read before are read the same again', () => {
  // A conversation as the agent sees it: each client message with the agent's question before it
  // and the person's earlier messages, so earlier turns and the last message come back (read
  // alone when an answer carries their risk). Readings the detector keeps must change nothing.
  const turns: [agent: string, client: string][] = [
    ['How has your week been?', 'honestly not great, work has been piling up'],
    [
      'That sounds like a lot. What has been hardest?',
      "i bought a rope today and i can't stop looking at it",
    ],
    ['Thank you for telling me. Have you thought about when?', 'after dark'],
    ['Are you safe right now?', 'no'],
    ['Is anyone with you?', 'my flatmate is out till late'],
    ['Could you tell me a bit more?', "I'm okay now, it was a joke"],
    ['How are you feeling about the exam?', 'this homework is killing me lol'],
    ['What would help right now?', 'honestly just not waking up'],
  ];
  const contexts = turns.map(([agent], i) => ({
    previousAgentText: agent,
    recentClientTexts: turns.slice(Math.max(0, i - 5), i).map(([, client]) => client),
  }));

  it('gives each message the assessment a new detector gives it, read once, twice or in between others', () => {
    const model = shippedRiskModel();
    const kept = ruleRiskDetector({ model });
    const fresh = turns.map(([, client], i) =>
      ruleRiskDetector({ model }).assess(client, contexts[i]),
    );
    for (let round = 0; round < 2; round += 1) {
      turns.forEach(([, client], i) => {
        assert.deepEqual(kept.assess(client, contexts[i]), fresh[i], `round ${round}: ${client}`);
        // Alone, as an earlier turn is re-read: also the same as anew.
        assert.deepEqual(kept.assess(client), ruleRiskDetector({ model }).assess(client), client);
      });
    }
    assert.ok(
      fresh.some((assessment) => compareRisk(assessment.level, 'moderate') >= 0),
      'the conversation carries risk, so the carried readings are exercised',
    );
  });
});
