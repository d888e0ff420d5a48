import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import {
  MI_WEIGHT_FILES,
  evaluateMi,
  formatMiReport,
  loadAnnoMi,
  miFeatures,
  miModel,
  serializeTaskWeights,
  shippedMiModel,
  trainMiModels,
  transcriptFolds,
  writeMiWeights,
  type MiWeights,
} from './index.ts';
import { majority } from './annomi-dataset.ts';
import { macroF1 } from './macro-f1.ts';

/** The shared AnnoMI copy beside the repository (absent where the data is not laid out). */
const ANNOMI = fileURLToPath(new URL('../../../../shared/datasets/annomi/', import.meta.url));
const WEIGHTS = fileURLToPath(new URL('./weights/', import.meta.url));

/** A tiny AnnoMI-shaped dataset: 8 transcripts of therapist and client turns, all labels. */
function writeTinyDataset(dir: string) {
  const therapist = [
    ['What brings you here today?', 'question', 'n/a', 'open'],
    ['Do you drink every day?', 'question', 'n/a', 'closed'],
    ['It sounds like you are worried about your health.', 'reflection', 'complex', 'n/a'],
    ['So you drink on weekends.', 'reflection', 'simple', 'n/a'],
    ['Research shows that two drinks a day raise the risk.', 'therapist_input', 'n/a', 'n/a'],
    ['Mm-hmm.', 'other', 'n/a', 'n/a'],
  ] as const;
  const client = [
    ['I really want to cut down for my kids.', 'change'],
    ['I work at the bank.', 'neutral'],
    ['I like drinking, I do not want to stop.', 'sustain'],
    ['Yeah.', 'neutral'],
  ] as const;
  const quote = (s: string) => `"${s.replace(/"/gu, '""')}"`;
  const simple = [
    'transcript_id,mi_quality,utterance_id,interlocutor,utterance_text,main_therapist_behaviour,client_talk_type',
  ];
  const full = [
    'transcript_id,mi_quality,utterance_id,interlocutor,utterance_text,annotator_id,reflection_subtype,question_subtype,main_therapist_behaviour,client_talk_type',
  ];
  for (let t = 1; t <= 8; t += 1) {
    for (let i = 0; i < 12; i += 1) {
      const id = `${t},${t % 4 === 0 ? 'low' : 'high'},${i}`;
      if (i % 2 === 0) {
        const [text, behaviour, reflection, question] = therapist[(i / 2 + t) % therapist.length]!;
        simple.push(`${id},therapist,${quote(text)},${behaviour},n/a`);
        full.push(`${id},therapist,${quote(text)},1,${reflection},${question},${behaviour},n/a`);
      } else {
        const [text, talk] = client[(i + t) % client.length]!;
        simple.push(`${id},client,${quote(text)},n/a,${talk}`);
        full.push(`${id},client,${quote(text)},1,n/a,n/a,n/a,${talk}`);
      }
    }
  }
  writeFileSync(join(dir, 'AnnoMI-simple.csv'), `${simple.join('\n')}\n`);
  writeFileSync(join(dir, 'AnnoMI-full.csv'), `${full.join('\n')}\n`);
}

function withTinyDataset<T>(run: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'annomi-tiny-'));
  try {
    writeTinyDataset(dir);
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function serializeAll(weights: MiWeights) {
  return (Object.keys(MI_WEIGHT_FILES) as (keyof MiWeights)[])
    .map((key) => serializeTaskWeights(weights[key]))
    .join('');
}

describe('MI features', () => {
  it('mark a question by its mark and its opening: wh-word, "do you", or a statement asked', () => {
    const open = miFeatures('What brings you here today?', 'Hi.');
    assert.ok(open.includes('q:end'));
    assert.ok(open.includes('q:wh:last'));
    assert.ok(miFeatures('Okay. So, do you drink every day?').includes('q:aux:last'));
    assert.ok(miFeatures('Could you tell me more').includes('q:aux:last'));
    assert.ok(miFeatures("You've been feeling stuck?").includes('q:declarative:last'));
    assert.ok(!miFeatures('You have been feeling stuck.').includes('q:end'));
  });

  it('count the client’s words a reflection reuses, and read the previous turn’s form', () => {
    const features = miFeatures(
      'So drinking helps you relax at night.',
      'Honestly drinking helps me relax at night?',
    );
    assert.ok(features.includes('ov:n4+'), features.join(' '));
    assert.ok(features.includes('pq:end'));
    assert.ok(features.includes('pw:drinking'));
    assert.ok(miFeatures('So you feel tired.', 'I want to eat better').includes('ov:n0'));
  });

  it('find change-talk and sustain-talk cues, with negation in scope', () => {
    const change = miFeatures('I want to cut down for my kids');
    assert.ok(change.includes('cue:change=i want to'));
    assert.ok(change.includes('cue:change=cut down'));
    const sustain = miFeatures("I don't want to stop, it's not a problem");
    assert.ok(sustain.includes('cue:sustain=i dont want'));
    assert.ok(sustain.includes('cue:sustain=not a problem'));
    assert.ok(sustain.includes('w:!want'));
    assert.ok(miFeatures('it sounds like you are tired').includes('cue:reflect=it sounds like'));
    assert.ok(miFeatures('I would recommend a patch').includes('cue:input=i would recommend'));
  });

  it('cross a short answer with the question it answers, and mark a missing previous turn', () => {
    const yes = miFeatures('Yeah.', 'Do you want to quit?');
    assert.ok(yes.includes('a:yes'));
    assert.ok(yes.includes('a:yes*pq:end'));
    assert.ok(yes.includes('a:yes*pw:quit'));
    assert.ok(miFeatures('Yeah.').includes('p:none'));
    assert.deepEqual(miFeatures('Yeah.', ''), miFeatures('Yeah.'));
  });
});

describe('AnnoMI reading and scoring', () => {
  it('derives a subtype only from a clear majority of the annotators', () => {
    assert.equal(majority(['simple', 'complex', 'simple'], ['simple', 'complex']), 'simple');
    assert.equal(majority(['simple', 'complex'], ['simple', 'complex']), undefined);
    assert.equal(majority(['n/a'], ['simple', 'complex']), undefined);
  });

  it('keeps each transcript whole in one fold and computes macro-F1', () => {
    withTinyDataset((dir) => {
      const utterances = loadAnnoMi(dir);
      assert.equal(utterances.length, 96);
      assert.equal(utterances[0]!.previous, undefined);
      assert.equal(utterances[1]!.previous, utterances[0]!.text);
      const folds = transcriptFolds(utterances, 4);
      assert.equal(new Set(folds.values()).size, 4);
      assert.equal(folds.size, 8);
    });
    assert.equal(macroF1([0, 0, 1, 1], [0, 0, 1, 1], 2), 1);
    assert.ok(Math.abs(macroF1([0, 1, 1], [0, 1, 0], 2) - 2 / 3) < 1e-9);
  });
});

describe('MI training', () => {
  it('is deterministic: the same data gives byte-identical weight files', () => {
    withTinyDataset((dir) => {
      const a = trainMiModels(dir);
      const b = trainMiModels(dir);
      assert.equal(serializeAll(a), serializeAll(b));
      const out = mkdtempSync(join(tmpdir(), 'mi-weights-'));
      try {
        const paths = writeMiWeights(a, out);
        assert.equal(paths.length, 4);
        assert.equal(readFileSync(paths[0]!, 'utf8'), serializeTaskWeights(a.behaviour));
        // The tiny data are separable: the trained model reads them back.
        const model = miModel(a);
        assert.equal(model.behaviour('Do you drink every day?').behaviour, 'question');
        assert.equal(model.talkType('I really want to cut down for my kids.').talk_type, 'change');
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  });

  it('reports cross-validated macro-F1 for four tasks beside both baselines', () => {
    const report = withTinyDataset((dir) => evaluateMi(dir, { folds: 2, clock: () => 0 }));
    assert.deepEqual(
      report.tasks.map((task) => task.task),
      ['therapist behaviour', 'client talk type', 'reflection subtype', 'question subtype'],
    );
    for (const task of report.tasks) {
      assert.deepEqual(
        task.models.map((m) => m.model),
        ['mi', 'tfidf', 'vader'],
      );
      for (const m of task.models) assert.equal(m.folds.length, 2);
    }
    const text = formatMiReport(report);
    assert.match(text, /therapist behaviour +MI features \+ previous turn +\d\.\d{3}/u);
    assert.match(text, /TF-IDF LR/u);
    assert.match(text, /VADER buckets/u);
  });
});

describe('the shipped MI models', () => {
  const model = shippedMiModel();

  it('tell questions, open and closed, from reflections, information and the rest', () => {
    const open = model.behaviour('What brings you here today?');
    assert.equal(open.behaviour, 'question');
    assert.equal(open.question, 'open');
    assert.equal(open.reflection, undefined);
    const closed = model.behaviour('Do you drink every day?', 'I drink quite a lot.');
    assert.deepEqual([closed.behaviour, closed.question], ['question', 'closed']);
    assert.equal(
      model.behaviour(
        "It sounds like you're worried about your health.",
        'I keep getting chest pains and I think it might be the smoking.',
      ).behaviour,
      'reflection',
    );
    const complex = model.behaviour(
      'So you feel stuck between wanting to quit and needing a way to relax.',
      'I want to quit but smoking is how I relax.',
    );
    assert.equal(complex.behaviour, 'reflection');
    assert.ok(complex.reflection === 'simple' || complex.reflection === 'complex');
    assert.equal(
      model.behaviour(
        'Research shows that cutting down to two drinks a day lowers the risk of liver disease.',
      ).behaviour,
      'therapist_input',
    );
    assert.equal(model.behaviour('Mm-hmm.', 'I went to the shop.').behaviour, 'other');
  });

  it('tell change talk from sustain talk and neutral talk', () => {
    assert.equal(
      model.talkType(
        'I really want to cut down for my kids.',
        'What would be good about drinking less?',
      ).talk_type,
      'change',
    );
    assert.equal(
      model.talkType("I don't see why I should stop, I like drinking.").talk_type,
      'sustain',
    );
    assert.equal(
      model.talkType("I can't quit, it's the only thing that helps me relax.").talk_type,
      'sustain',
    );
    assert.equal(
      model.talkType('I work at the bank.', 'What do you do for a living?').talk_type,
      'neutral',
    );
  });

  it('works without a previous turn and gives probabilities that sum to 1', () => {
    for (const previous of [undefined, '', '   ']) {
      const behaviour = model.behaviour('What brings you here today?', previous);
      assert.equal(behaviour.behaviour, 'question');
      const sum = Object.values(behaviour.scores).reduce((a, b) => a + b, 0);
      assert.ok(Math.abs(sum - 1) < 1e-9);
      const talk = model.talkType('I really want to cut down for my kids.', previous);
      assert.equal(talk.talk_type, 'change');
      assert.deepEqual(Object.keys(talk.scores), ['change', 'neutral', 'sustain']);
    }
    assert.ok(model.behaviour('').behaviour);
    assert.ok(model.talkType('').talk_type);
  });

  it('reads a 100 kB utterance without crashing', () => {
    const huge = 'I want to stop drinking but it helps me relax. '.repeat(2_200);
    assert.ok(huge.length > 100_000);
    assert.ok(model.talkType(huge, huge).talk_type);
    assert.ok(model.behaviour(`${huge}?`, huge).behaviour);
  });

  it('can be retrained byte for byte from AnnoMI', { timeout: 600_000 }, (t) => {
    if (!existsSync(join(ANNOMI, 'AnnoMI-simple.csv'))) {
      t.skip(
        `AnnoMI is not at ${ANNOMI} (see ../shared/datasets/README.md): nothing to retrain from`,
      );
      return;
    }
    const weights = trainMiModels(ANNOMI);
    for (const key of Object.keys(MI_WEIGHT_FILES) as (keyof MiWeights)[]) {
      const shipped = readFileSync(join(WEIGHTS, MI_WEIGHT_FILES[key]), 'utf8');
      assert.ok(shipped === serializeTaskWeights(weights[key]), `${MI_WEIGHT_FILES[key]} differs`);
    }
  });
});
