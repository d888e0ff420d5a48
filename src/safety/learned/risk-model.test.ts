import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  readFileSync,
  mkdtempSync,
  cpSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  MODEL_CLASSES,
  ruleRiskDetector,
  shippedRiskModel,
  riskModel,
  loadRiskModelWeights,
  messageFeatures,
} from '../index.ts';
import { compareRisk } from '../../core/index.ts';
import { trainSparseNetwork } from '../../nlu/index.ts';
import { riskModelFile } from './model.ts';

const model = shippedRiskModel();
const combined = ruleRiskDetector({ model });
const rules = ruleRiskDetector();

describe('the learned risk scorer (model@16)', () => {
  it('marks words in a negation’s scope and adds letter 4-grams for misspellings', () => {
    const features = messageFeatures("I don't want to die");
    assert.ok(features.includes('w:dont'));
    assert.ok(features.includes('w:!want'));
    assert.ok(features.includes('b:to_die'));
    assert.ok(messageFeatures('unalive').includes('c:unal'));
  });

  it('adds a finding the rules miss, with its name as the rule and the whole message as the span', () => {
    const text = 'nobody will have to put up with me for much longer';
    assert.equal(rules.assess(text).level, 'low');
    const result = combined.assess(text);
    // Moderate, or high when the model is confident (CONFIDENT in rule-risk-detector.ts).
    assert.ok(['moderate', 'high'].includes(result.level), result.level);
    const evidence = result.evidence.find((e) => e.rule === 'model@16.suicide');
    assert.ok(evidence, JSON.stringify(result.evidence));
    assert.deepEqual([evidence.start, evidence.end], [0, text.length]);
    assert.equal(combined.name, 'rules@19+model@16');
  });

  it('reports worry about someone else the rules did not place, under aboutOthers', () => {
    const text = 'my dad gave away his guitar and said goodbye weirdly, should I be worried?';
    assert.deepEqual(rules.assess(text).aboutOthers, []);
    const result = combined.assess(text);
    assert.equal(result.level, 'none');
    assert.equal(result.aboutOthers[0]?.rule, 'model@16.about-others');
    // The speaker's own statement in the same words stays the speaker's.
    const own = combined.assess('I gave away my guitar and said goodbye to everyone today');
    assert.ok(['high', 'imminent'].includes(own.level), own.level);
    assert.deepEqual(own.aboutOthers, []);
  });

  it('reads risk in words quoted from someone else as concern for them, not the speaker', () => {
    const text = "dad's voicemail: 'I've put the gun in the car, don't come round'";
    // The model alone reads the whole message as the speaker's alarm.
    assert.ok(model.score(text).alarm >= model.threshold);
    const result = combined.assess(text);
    assert.equal(result.level, 'none', JSON.stringify(result.evidence));
    assert.equal(result.aboutOthers[0]?.category, 'suicide');
    // The same words as the speaker's own stay an alarm, and so does a threat quoted at them.
    assert.ok(
      compareRisk(combined.assess("I've put the gun in the car, don't come round").level, 'high') >=
        0,
    );
    assert.ok(
      compareRisk(combined.assess("my bf texts me 'ur dead when i get home'").level, 'moderate') >=
        0,
    );
  });

  it('reads a time given to the agent\'s "when could you do it?" on its own', () => {
    const previousAgentText =
      'A small next step could be to take a short walk. When could you do it? Be as specific as you like, a day and a rough time.';
    const context = { previousAgentText, recentClientTexts: [] };
    for (const text of ['tonight', 'later tonight', 'sunday night', 'Thursday after I get home']) {
      // Joined with the question in the person's words, the model reads a plan with a time.
      assert.ok(model.score(`when could i do it? ${text}`).alarm >= 0.6, text);
      assert.equal(combined.assess(text, context).level, 'none', text);
    }
    // "Yes" affirms a time: the question, said by the person, is not their answer here.
    assert.equal(combined.assess('yes ok', context).level, 'none');
    // Risk in the answer itself is read as always.
    const risky = "tonight. won't matter after that, I'll be gone";
    assert.ok(compareRisk(combined.assess(risky, context).level, 'high') >= 0);
  });

  it('never removes or lowers what the rules found', () => {
    for (const text of [
      'I want to kill myself tonight, I have the pills here',
      'he hits me when he drinks and I am scared to go home',
      'I took 30 paracetamol an hour ago',
      'I cut myself again last night',
    ]) {
      const alone = rules.assess(text);
      const both = combined.assess(text);
      assert.equal(both.level, alone.level, text);
      for (const evidence of alone.evidence)
        assert.ok(both.evidence.some((e) => e.rule === evidence.rule));
    }
  });

  it('stays quiet on everyday conversation, questionnaire answers and goodbyes', () => {
    for (const text of [
      "thanks, that's all for today, bye",
      'I have to go now, goodbye',
      "hi there, I'm Sam",
      'more than half the days',
      'nearly every day',
      'yes',
      'I did my walk yesterday and it helped',
      'work was busy today',
    ]) {
      assert.equal(combined.assess(text).level, 'none', text);
    }
  });

  it('leaves risk the rules placed in someone else to the support-for-others path', () => {
    const text = 'my friend told me she wants to kill herself, how can I help her?';
    const result = combined.assess(text);
    assert.equal(result.level, 'none');
    assert.ok(result.aboutOthers.length > 0);
  });

  it('hears ordinary goals as goals, and a wish not to wake up as risk', () => {
    for (const text of [
      'I want to sleep better',
      'I want to get back into running',
      'I would like to worry less about money',
    ]) {
      assert.equal(combined.assess(text).level, 'none', text);
    }
    assert.notEqual(combined.assess('I want to sleep and never wake up').level, 'none');
  });

  it('reads caring for oneself as a goal, and still hears risk beside it or with an ending', () => {
    // rules@6: the model learned "myself" from suicidal statements; the phrase is set aside and
    // the rest of the message decides.
    for (const text of [
      'I want to look after myself better',
      'I want to find myself again',
      'I just want to be myself',
      'I want to feel like myself again after the breakup',
    ]) {
      assert.equal(combined.assess(text).level, 'none', text);
    }
    for (const text of [
      "I want to look after myself but honestly I'd rather not wake up tomorrow",
      'I want to forgive myself before I go',
      'I want to push myself off the bridge',
    ]) {
      assert.notEqual(combined.assess(text).level, 'none', text);
    }
  });

  it('hears "I can\'t find myself wanting to live anymore" (a rule since rules@11)', () => {
    // model@8 raised it; model@9, model@10, model@12, model@13 and model@15 read it under the
    // threshold (0.55, 0.43, 0.42, 0.40, 0.41).
    assert.notEqual(combined.assess("I can't find myself wanting to live anymore").level, 'none');
    assert.equal(rules.assess("I can't find myself wanting to live anymore").level, 'moderate');
    // Where the person would live is not a wish to die.
    assert.equal(rules.assess("I can't see myself wanting to live in London").level, 'none');
  });

  it('raises an alarm of the message itself to imminent when the imminence head reads it so', () => {
    for (const [text, category] of [
      [
        'Got a full bottle of vodka and all my antidepressants on the table. Waiting for the house to go quiet.',
        'suicide',
      ],
      [
        "I know what time he leaves the pub on Fridays. I'll be waiting in the alley.",
        'harm_to_others',
      ],
    ] as const) {
      assert.equal(rules.assess(text).level, 'high', text);
      const result = combined.assess(text);
      assert.equal(result.level, 'imminent', text);
      const raised = result.evidence.find((e) => e.rule === 'model@16.imminent');
      assert.equal(raised?.category, category);
      // The rule's own span stays in the evidence beside the model's reading.
      assert.ok(result.evidence.some((e) => e.rule !== 'model@16.imminent' && e.level === 'high'));
    }
  });

  it('never makes an alarm out of imminence alone, nor raises what the rules found low', () => {
    assert.equal(combined.assess('see you at the station at 8 tonight').level, 'none');
    // Past and resolved stays low however concrete it sounds.
    const past =
      'years ago I had the pills lined up on the table, but I have been well for a long time now';
    assert.notEqual(combined.assess(past).level, 'imminent');
    // A short answer carried from an earlier turn is left to the rules that read the turns.
    const answer = combined.assess('yes', {
      recentClientTexts: ['I keep thinking about ending it'],
      previousAgentText: 'Are you having thoughts of suicide?',
    });
    assert.ok(!answer.evidence.some((e) => e.rule === 'model@16.imminent'));
  });

  it('lets the object of rumination decide, and reads turns together only when they add up', () => {
    // model@8: "keep thinking about" is how suicidal thoughts are told; what is thought about decides.
    assert.equal(combined.assess('I keep thinking about calling my old flatmate').level, 'none');
    assert.notEqual(combined.assess('I keep thinking about not waking up tomorrow').level, 'none');
    // A turn near an alarm does not colour the next, ordinary one.
    const lonely = { recentClientTexts: ['not today thanks', 'and I never see anyone'] };
    assert.equal(combined.assess('I want to sleep better', lonely).level, 'none');
    const ruminating = {
      recentClientTexts: [
        'I keep thinking about calling my old manager to ask for advice',
        'and I never see anyone these days',
      ],
    };
    assert.equal(combined.assess('I want to sleep better', ruminating).level, 'none');
  });

  // A toy model whose only feature gives `category` the alarm `p` (bias 0 for none, -20 else).
  const toyModel = (feature: string, category: number, p: number) => {
    const weights = [0, 0, 0, 0, 0, 0, 0];
    weights[category] = 20 + Math.log(p / (1 - p));
    return riskModel({
      name: 'toy',
      classes: MODEL_CLASSES,
      bias: [0, -20, -20, -20, -20, -20, -20],
      features: { [feature]: weights },
      threshold: 0.6,
      dangerThreshold: 0.5,
    });
  };

  it('lets a confident reading of another category stand beside risk the rules place in someone else', () => {
    const abuse = MODEL_CLASSES.indexOf('abuse');
    const selfHarm = MODEL_CLASSES.indexOf('self_harm');
    const text = 'my sister cuts herself zarg';
    // The rules read "cuts herself" as concern for the sister.
    assert.equal(rules.assess(text).aboutOthers[0]?.category, 'self_harm');
    const confident = ruleRiskDetector({ model: toyModel('w:zarg', abuse, 0.97) });
    assert.deepEqual(confident.assess(text).categories, ['abuse']);
    // Less than confident, or the same category as the concern: the rules' frame decides.
    for (const model of [toyModel('w:zarg', abuse, 0.9), toyModel('w:zarg', selfHarm, 0.99)])
      assert.equal(ruleRiskDetector({ model }).assess(text).level, 'none');
  });

  it('names harm to others when the words of own risk are aimed at someone else', () => {
    const harm = MODEL_CLASSES.indexOf('harm_to_others');
    const text = "gonna unalive my ex's new gf zarg";
    // The rules read the slang as the speaker's own suicide.
    assert.deepEqual(rules.assess(text).categories, ['suicide']);
    const confident = ruleRiskDetector({ model: toyModel('w:zarg', harm, 0.9) }).assess(text);
    // Beside the rules' reading, at its level: the protocol leads with harm to others.
    assert.deepEqual([...confident.categories].sort(), ['harm_to_others', 'suicide']);
    assert.equal(confident.level, 'high');
    assert.ok(confident.evidence.some((e) => e.rule === 'toy.harm-reading'));
    // Under 0.8 the rules' category stands alone.
    const unsure = ruleRiskDetector({ model: toyModel('w:zarg', harm, 0.7) }).assess(text);
    assert.deepEqual(unsure.categories, ['suicide']);
    // The speaker's own words about themselves are not read as harm to others.
    const own = combined.assess('gonna unalive myself tonight fr');
    assert.ok(!own.categories.includes('harm_to_others'), JSON.stringify(own.evidence));
    // The shipped model on the same message.
    assert.ok(
      combined.assess("gonna unalive my ex's new gf fr").categories.includes('harm_to_others'),
    );
  });

  it('does not explain a confident alarm away as rumination', () => {
    const suicide = MODEL_CLASSES.indexOf('suicide');
    const text = 'I keep thinking about it';
    const confident = ruleRiskDetector({ model: toyModel('w:thinking', suicide, 0.93) });
    assert.deepEqual(confident.assess(text).categories, ['suicide']);
    // Under 0.9 the rumination words are taken out and what is left decides.
    const unsure = ruleRiskDetector({ model: toyModel('w:thinking', suicide, 0.85) });
    assert.equal(unsure.assess(text).level, 'none');
  });

  it('needs less from the model when a message names a danger concept', () => {
    // A toy model whose only feature, "blorf", gives an alarm of about 0.55: between the two.
    const toy = riskModel({
      name: 'toy',
      classes: MODEL_CLASSES,
      bias: [0, -20, -20, -20, -20, -20, -20],
      features: { 'w:blorf': [0, 20.2, 0, 0, 0, 0, 0] },
      threshold: 0.6,
      dangerThreshold: 0.5,
    });
    assert.ok(Math.abs(toy.score('blorf').alarm - 0.55) < 0.01);
    const detector = ruleRiskDetector({ model: toy });
    // A finding (the rope, a means, then raises it to high like any finding).
    assert.deepEqual(detector.assess('blorf the rope in the shed').categories, ['suicide']);
    assert.equal(detector.assess('blorf the cake in the shed').level, 'none');
    assert.equal(shippedRiskModel().dangerThreshold, 0.5);
  });

  it('marks a reading below the threshold from 0.45 as unsure, to be asked about, never as an alarm', () => {
    // A toy model: "blorf" reads about 0.5, "snarg" about 0.35, "zint" as abuse at about 0.98.
    const toy = riskModel({
      name: 'toy',
      classes: MODEL_CLASSES,
      bias: [0, -20, -20, -20, -20, -20, -20],
      features: {
        'w:blorf': [0, 0, 20, 0, 0, 0, 0],
        'w:snarg': [0, 0, 19.4, 0, 0, 0, 0],
        'w:zint': [0, 0, 0, 0, 24, 0, 0],
      },
      threshold: 0.6,
      dangerThreshold: 0.5,
    });
    assert.ok(Math.abs(toy.score('blorf').alarm - 0.5) < 0.02);
    assert.ok(Math.abs(toy.score('snarg').alarm - 0.35) < 0.02);
    const detector = ruleRiskDetector({ model: toy });
    const unsure = detector.assess('blorf all week');
    assert.equal(unsure.level, 'none');
    assert.deepEqual(unsure.evidence, []);
    assert.equal(unsure.unsure?.category, 'self_harm');
    assert.ok(Math.abs(unsure.unsure!.probability - 0.5) < 0.02);
    // Below the floor, an alarm, someone else's risk, emoji alone, or a time given to the
    // agent's scheduling question: nothing to ask.
    assert.equal(detector.assess('snarg all week').unsure, undefined);
    const alarm = detector.assess('zint all week');
    assert.ok(compareRisk(alarm.level, 'moderate') >= 0);
    assert.equal(alarm.unsure, undefined);
    assert.equal(detector.assess('I want to kill myself, blorf').unsure, undefined);
    const friend = detector.assess('my friend wants to kill herself, blorf');
    assert.ok(friend.aboutOthers.length > 0);
    assert.equal(friend.unsure, undefined);
    assert.equal(detector.assess('😔😔').unsure, undefined);
    const when = { previousAgentText: 'When could you do it? A day and a rough time.' };
    assert.equal(detector.assess('blorf after work', when).unsure, undefined);
    // Without a model there is nothing to be unsure of.
    assert.equal(rules.assess('blorf all week').unsure, undefined);
  });

  it('reports the threshold and stays deterministic', () => {
    assert.equal(model.threshold, 0.55);
    const a = model.score('everyone would be better off without me');
    const b = riskModel(loadRiskModelWeights(new URL('./risk-model.json', import.meta.url))).score(
      'everyone would be better off without me',
    );
    assert.deepEqual(a, b);
    assert.equal(a.top.category, 'suicide');
  });

  const annomi = new URL('../../../../shared/datasets/annomi/AnnoMI-simple.csv', import.meta.url);
  it(
    'is regenerated byte for byte by npm run train:safety',
    existsSync(annomi)
      ? { timeout: 900_000 }
      : { skip: `the shared AnnoMI dataset is not at ${annomi.pathname}` },
    () => {
      const root = new URL('../../../', import.meta.url).pathname;
      const copy = mkdtempSync(join(tmpdir(), 'alliance-train-'));
      try {
        for (const part of ['scripts', 'src', 'test', 'training', 'package.json', 'tsconfig.json'])
          cpSync(join(root, part), join(copy, 'main', part), { recursive: true });
        symlinkSync(join(root, 'node_modules'), join(copy, 'main', 'node_modules'));
        cpSync(
          join(root, '..', 'shared', 'datasets', 'annomi'),
          join(copy, 'shared', 'datasets', 'annomi'),
          { recursive: true },
        );
        const run = spawnSync(
          process.execPath,
          ['--import', 'tsx', 'scripts/train-safety-model.ts'],
          {
            cwd: join(copy, 'main'),
            encoding: 'utf8',
            // Training reads about 70,000 messages: about four minutes on two cores.
            timeout: 900_000,
          },
        );
        assert.equal(run.status, 0, run.stderr);
        for (const file of ['risk-model.json', 'risk-model.network.bin'])
          assert.ok(
            readFileSync(join(copy, 'main', 'src/safety/learned', file)).equals(
              readFileSync(join(root, 'src/safety/learned', file)),
            ),
            `${file} differs`,
          );
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    },
  );
});

describe('the alarm probability of model@16', () => {
  it('is the whole probability of risk, not only the likeliest category', () => {
    const score = shippedRiskModel().score('i keep cutting and i dont want to be here anymore');
    const risky = Object.entries(score.probabilities)
      .filter(([name]) => name !== 'none' && name !== 'others')
      .reduce((sum, [, p]) => sum + p, 0);
    assert.ok(Math.abs(score.alarm - risky) < 1e-9);
    assert.ok(score.alarm >= score.top.probability);
  });
  it('keeps concern for someone else out of the alarm, as its own class', () => {
    const mine = model.score('i keep cutting and i dont want to be here anymore');
    const theirs = model.score(
      'my daughter has stopped eating and gave her bike away, should I be worried about her?',
    );
    assert.ok(theirs.others > 0.5, JSON.stringify(theirs.probabilities));
    assert.ok(theirs.alarm < model.threshold);
    assert.ok(mine.others < 0.1 && mine.alarm > 0.9);
  });
  it('adds stems and stem pairs, so word forms share what they teach', () => {
    const features = messageFeatures('overdosing tonight');
    assert.ok(features.includes('s:overdo'));
    assert.ok(features.includes('sb:overdo_tonigh'));
  });
  it('names the concepts in a message, so a means and a time share features with others', () => {
    const insulin = messageFeatures('saving my insulin for tomorrow');
    const pills = messageFeatures('i have my pills ready for friday');
    for (const shared of ['k:MEANS', 'kw:my_MEANS', 'kn:SELF_MEANS', 'kp:MEANS+TIME'])
      assert.ok(insulin.includes(shared) && pills.includes(shared), shared);
    // "knife" is a means and a weapon; a negation is a concept of its own.
    assert.ok(messageFeatures('not the knife').includes('kn:NEG_WEAPON'));
    assert.ok(!messageFeatures('see you at the weekend').some((f) => f.startsWith('kp:')));
    // A verb of harm with an ordinary particle names no harm: "cut down", "burnt out".
    assert.ok(messageFeatures('i cut my arm again').includes('k:HARM'));
    for (const text of ['i want to cut down on drinking', 'totally burnt out', 'i threw up twice'])
      assert.ok(!messageFeatures(text).includes('k:HARM'), text);
  });
});

describe('a risk model read by a network', () => {
  // A network that reads "zarg" as abuse and anything else as none.
  const network = trainSparseNetwork(
    MODEL_CLASSES,
    [
      ...Array.from({ length: 20 }, () => ({ features: ['w:zarg'], label: 4 })),
      ...Array.from({ length: 20 }, () => ({ features: ['w:hello'], label: 0 })),
    ],
    { hidden: 8, epochs: 30, rate: 0.1, l2: 1e-6, minCount: 1, seed: 1 },
  );
  const base = { name: 'toy', classes: MODEL_CLASSES, threshold: 0.6 };

  it('scores with the network alone, or averaged with a softmax by its share', () => {
    const alone = riskModel({ ...base, network });
    assert.equal(alone.score('zarg').top.category, 'abuse');
    assert.ok(alone.score('zarg').alarm > 0.9 && alone.score('hello').alarm < 0.1);
    // A softmax that reads everything as none, given half: the alarm is halved.
    const none = { bias: [20, 0, 0, 0, 0, 0, 0], features: {} };
    const half = riskModel({ ...base, ...none, network, networkShare: 0.5 });
    assert.ok(Math.abs(half.score('zarg').alarm - alone.score('zarg').alarm / 2) < 1e-6);
  });

  it('refuses weights with no reader, or two without the share, saying so', () => {
    assert.throws(() => riskModel(base), /needs a softmax \(bias and features\), a network/u);
    const both = { ...base, bias: [0, 0, 0, 0, 0, 0, 0], features: {}, network };
    assert.throws(() => riskModel(both), /networkShare must be a number from 0 to 1/u);
    assert.throws(() => riskModel({ ...both, networkShare: 2 }), /networkShare/u);
  });

  it('writes the rows beside the weight file and reads them back, only from the same folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alliance-model-'));
    try {
      const { json, rows } = riskModelFile({ ...base, network }, 'toy.network.bin');
      assert.ok(!json.includes('"rows"'));
      writeFileSync(join(dir, 'toy.json'), json);
      writeFileSync(join(dir, 'toy.network.bin'), rows!);
      const loaded = riskModel(loadRiskModelWeights(join(dir, 'toy.json')));
      assert.deepEqual(loaded.score('zarg'), riskModel({ ...base, network }).score('zarg'));
      for (const rowsFile of ['../toy.network.bin', '/etc/passwd', '', '..', '.hidden']) {
        writeFileSync(join(dir, 'bad.json'), json.replace('toy.network.bin', rowsFile));
        assert.throws(
          () => loadRiskModelWeights(join(dir, 'bad.json')),
          /rowsFile must be a file name in the same folder/u,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
