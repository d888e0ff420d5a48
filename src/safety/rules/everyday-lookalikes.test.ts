import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { statesSafety } from './context-rules.ts';
import { describeFamily } from './rule-test-support.ts';

const detector = ruleRiskDetector();

// Loneliness and low mood told in risk's words, from session 20's blind collections of everyday
// loneliness and low mood: each rule keeps its risk and loses the look-alike.
describe('everyday loneliness and low mood told in the words of risk', () => {
  describeFamily(
    detector,
    'an overdose of something that is not a drug',
    'medical_emergency',
    'imminent',
    ['I overdosed on paracetamol an hour ago', "i od'd on my meds", 'just od on my tablets'],
    [
      "I've overdosed on true crime podcasts this week, that's how little human contact I've had.",
      'i od on netflix every weekend',
      'just od on chocolate, send help lol',
    ],
  );
  describeFamily(
    detector,
    'a threat to kill from a person, not from a weekend',
    'abuse',
    'imminent',
    [
      "he's going to kill me when he gets home",
      'my dad is going to kill me, he said so with the knife out',
    ],
    [
      'This weekend is going to kill me. Nothing planned, no one to see, two full days of me.',
      "this week's going to kill me, three night shifts in a row",
      'that commute is going to kill me',
    ],
  );
  describeFamily(
    detector,
    'asked for pictures, not sent pictures',
    'abuse',
    'high',
    ['my coach wants me to send pictures of myself', 'he asked me to send photos of me in bed'],
    [
      "I'm 64 and my daughter put me on a dating site. The men on it only want to send pictures of fish they've caught.",
    ],
  );
  describeFamily(
    detector,
    'a phone taken to control, not at a child’s bedtime',
    'abuse',
    'high',
    [
      "my boyfriend takes my phone every night so i can't call anyone",
      'my husband took my phone and my bank card',
    ],
    [
      "My mum takes my phone at 10 on school nights and that's exactly when I feel the loneliest. Can't even message anyone.",
      'dad takes my phone at bedtime, so annoying',
      'my mum took my phone for the week bc of my grades and honestly i realised nobody would’ve messaged anyway',
    ],
  );
  describeFamily(
    detector,
    'made to do something, not made to think',
    'abuse',
    'moderate',
    ['my husband makes me ask before I leave the house'],
    [
      'Had a fall last winter, nothing broken, I’m fine now. But lying there waiting for the carer made me think about how alone I actually am.',
      'my daughter made me realise I never go out any more',
      "My grandmother says she's 'just waiting now'. She's 94 and means it peacefully, but it makes me sad to hear",
    ],
  );
  describeFamily(
    detector,
    'kept in a room, not shut in to revise',
    'abuse',
    'high',
    ['I have been locked in my room for 3 days, they slide food under the door'],
    [
      "been locked in my room revising for 2 weeks and just realised i haven't spoken to a single person",
    ],
  );
  describeFamily(
    detector,
    'nobody noticing an absence from the world, not from an app',
    'suicide',
    'moderate',
    [
      'nobody would notice if I vanished off the face of the earth',
      'no one would even notice if i was gone',
    ],
    ['would anyone notice if i vanished off insta for a bit'],
  );
});

describeFamily(
  detector,
  'tablets and a day: a plan, not a weekly pill organiser',
  'suicide',
  'imminent',
  ["I've got the tablets ready for tonight", 'been saving my tablets, sunday is the day'],
  [
    "I sort my tablets into the Monday-to-Sunday box of a Sunday night. It's the highlight of my week, and I'm not joking.",
    'filled my dosette box for the week on sunday',
  ],
);

describe('a head or a heart "not in it"', () => {
  it('is low spirits, not a person gone unresponsive', () => {
    for (const text of [
      "Feel like I'm letting everyone down at work. Missed two deadlines. My head's just not in it.",
      "my heart's not in it anymore, the job I mean",
    ])
      assert.equal(detector.assess(text).level, 'none', text);
    const mate = detector.assess("my mate's not in it, can't wake him");
    assert.ok(mate.aboutOthers.some((e) => e.category === 'medical_emergency'));
  });
});

describe('the urge to do again what the message places in the past', () => {
  describeFamily(
    detector,
    'a past act and the urge to do it again',
    'self_harm',
    'moderate',
    [
      "Back when I was 14 I used to hurt myself. Haven't for years. Today I thought about doing it again for the first time in forever and it scared me",
      'I used to self-harm at uni, stopped years ago. I really want to do it again tonight',
    ],
    [
      'I used to self harm when I was younger, fine now. Ran the half marathon today and I’m thinking about doing it again in spring',
      'I used to self-harm but I have been fine for years. I would never do that again.',
    ],
  );
  describeFamily(
    detector,
    'the past come back, not "again" denied',
    'self_harm',
    'high',
    ["I used to self-harm years ago and I've started again"],
    [
      "I used to self-harm but I've been fine for years and I don't want to do it again",
      "I used to self-harm but I've been fine for years, never again",
      "I used to self-harm but I've been fine for years and I would never do that again",
    ],
  );
  it('reads "thinking about doing it" as no picture of harm on its own', () => {
    assert.equal(
      detector.assess("Did the charity swim. I'm thinking about doing it again").level,
      'none',
    );
    assert.equal(
      detector.assess('I keep picturing myself doing it, holding her under the bath water')
        .categories[0],
      'harm_to_others',
    );
  });
});

describe('an answer to "are you safe right now?"', () => {
  const asked = { previousAgentText: 'Are you safe right now?' };
  for (const text of ['no', 'no i dont think im safe', 'no, not really. I’m scared'])
    it(`reads "${text}" as not safe`, () => {
      assert.ok(
        detector.assess(text, asked).evidence.some((e) => e.rule === 'context.safe_now-no'),
      );
    });
  for (const text of ["no i'm safe. just low. really low but safe", 'nah im ok'])
    it(`reads "${text}" as safe`, () => {
      assert.equal(detector.assess(text, asked).level, 'none');
    });
  it('still reads "no, I\'m safe, he left" to "is he still there?" as no danger', () => {
    assert.equal(
      detector.assess("no i'm safe, he left", { previousAgentText: 'Is he still there?' }).level,
      'none',
    );
  });
  it('says whether a message states safety, not a doubted or negated one', () => {
    assert.equal(statesSafety("No, I'm safe"), true);
    assert.equal(statesSafety("no i don't think i'm safe"), false);
    assert.equal(statesSafety("I'm not safe"), false);
    assert.equal(statesSafety('not sure if im safe'), false);
  });
});

// From session 21: the look-alikes written for the tenth floor's group threat found a prank read
// as revenge.
describe('getting someone back', () => {
  describeFamily(
    detector,
    'revenge, not a prank',
    'harm_to_others',
    'moderate',
    [
      "I'm going to get him back for what he did to my sister",
      'i will get them all back one day, every one of them',
    ],
    [
      "me and the girls are going to get her back for the prank, she's done it to us twice, water balloons ready",
      "we'll get them back for the water fight next weekend, buckets at dawn",
    ],
  );
});
