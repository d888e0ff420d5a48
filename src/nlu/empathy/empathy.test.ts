import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import {
  EPITOME_FILES,
  MECHANISMS,
  WEIGHT_FILES,
  WEIGHTS_DIRECTORY,
  empathyFeatures,
  empathyModel,
  pairFeatures,
  readEmpathyWeights,
  serializeWeights,
  shippedEmpathyModel,
  splitSentences,
  trainEmpathyModels,
} from './index.ts';

const DATASET = fileURLToPath(new URL('../../../../shared/datasets/epitome', import.meta.url));

describe('empathy features', () => {
  it('reads question form: wh-questions, "have you" and "did you", and the question’s first words', () => {
    const wh = empathyFeatures('What happened after that?');
    assert.ok(wh.includes('q:wh'));
    assert.ok(wh.includes('qs:what'));
    assert.ok(wh.includes('q:n1'));
    assert.ok(empathyFeatures('Have you talked to anyone about it?').includes('q:aux_you'));
    assert.ok(empathyFeatures('did you tell your mum').includes('b:<s>_did'));
    assert.ok(!empathyFeatures('I went for a walk.').includes('q:?'));
  });

  it('reads pronouns and self-disclosure: "I felt the same", "you must feel"', () => {
    const own = empathyFeatures('I felt the same when I lost my job.');
    assert.ok(own.includes('p:i'));
    assert.ok(own.includes('p:starts_i'));
    assert.ok(own.includes('x:i_past'));
    assert.ok(own.includes('x:i_share'));
    assert.ok(own.includes('ph:i_felt'));
    const yours = empathyFeatures('You must feel so alone right now.');
    assert.ok(yours.includes('p:you'));
    assert.ok(yours.includes('x:you_feel'));
  });

  it('marks words inside a negation and empathy phrases', () => {
    const features = empathyFeatures("I'm so sorry, you don't deserve this.");
    assert.ok(features.includes('n:deserve'));
    assert.ok(features.includes('ph:so_sorry'));
    assert.ok(features.includes('lx:er'));
  });

  it('measures overlap with the seeker post, and echoes of the seeker’s feelings', () => {
    const seeker = 'My job is so stressful and I feel stressed all the time.';
    const echo = empathyFeatures(
      'A stressful job wears anyone down; feeling stressed is normal.',
      seeker,
    );
    assert.ok(echo.includes('ov:n3-4'), echo.filter((f) => f.startsWith('ov:')).join(' '));
    assert.ok(echo.includes('ov:feeling'));
    const unrelated = empathyFeatures('Nice weather today.', seeker);
    assert.ok(unrelated.includes('ov:n0'));
    assert.ok(!unrelated.includes('ov:feeling'));
    assert.ok(empathyFeatures('Nice weather today.').includes('sk:none'));
  });

  it('splits sentences at end marks and line breaks, not inside numbers', () => {
    const text = 'Oh no. Took 2.5 mg?! ok\nthanks';
    const spans = splitSentences(text).map((s) => text.slice(s.start, s.end).trim());
    assert.deepEqual(spans, ['Oh no.', 'Took 2.5 mg?!', 'ok', 'thanks']);
  });

  it('lists each feature once for the reply, first where a sentence introduces it', () => {
    const f = pairFeatures('I am sorry. I am here. What happened?', 'I failed my exam');
    assert.equal(new Set(f.response).size, f.response.length);
    assert.equal(f.sentences.length, 3);
    const fresh = f.sentences.flatMap((list, i) => list.slice(0, f.fresh[i]));
    assert.deepEqual(f.response, [...fresh, ...f.extra]);
    // "I am" opens the second sentence too, but it is not new to the reply there.
    assert.ok(f.sentences[1]!.includes('b:i_am'));
    assert.ok(!f.sentences[1]!.slice(0, f.fresh[1]).includes('b:i_am'));
  });
});

/** A small EPITOME-like directory: three files, the same pairs, labels by simple cues. */
function tinyDataset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'epitome-'));
  const replies = [
    ["I'm so sorry you're going through this.", 2, 0, 0],
    ['That sounds really hard, hope you feel better.', 1, 0, 0],
    ['What happened after that?', 0, 0, 2],
    ['How long have you felt this way?', 0, 0, 2],
    ['I went through the same thing last year.', 0, 2, 0],
    ['I understand.', 0, 1, 0],
    ['lol ok', 0, 0, 0],
    ['Try going for a run.', 0, 0, 0],
    ['Sorry to hear that. What happened?', 2, 0, 1],
    ['I felt the same when my dad left. Stay strong!', 1, 2, 0],
  ] as const;
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  MECHANISMS.forEach((mechanism, m) => {
    const rows = ['sp_id,rp_id,seeker_post,response_post,level,rationales'];
    for (let copy = 0; copy < 4; copy += 1) {
      replies.forEach(([reply, ...levels], i) => {
        const level = levels[m]!;
        rows.push(
          [
            `sp${copy}${i}`,
            `rp${copy}${i}`,
            quote('I feel awful and alone since I lost my job'),
            quote(reply),
            level,
            quote(level > 0 ? `${reply}|` : ''),
          ].join(','),
        );
      });
    }
    writeFileSync(join(dir, EPITOME_FILES[mechanism]), `${rows.join('\n')}\n`);
  });
  return dir;
}

describe('empathy training', () => {
  it('is deterministic: the same data gives byte-identical weights', () => {
    const dir = tinyDataset();
    try {
      const a = trainEmpathyModels(dir);
      const b = trainEmpathyModels(dir);
      for (const m of MECHANISMS) {
        assert.equal(serializeWeights(a[m]), serializeWeights(b[m]));
        assert.equal(a[m].mechanism, m);
        assert.equal(a[m].offsets.length, 3);
      }
      // Trained on its own cues, the model gives them back.
      const model = empathyModel(a);
      assert.ok(model.score('What happened after that?').explorations >= 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the shipped empathy model', () => {
  const model = shippedEmpathyModel();
  const post =
    'I lost my job last week and I feel worthless. I can’t sleep and I just cry all day.';

  it('hears warmth: "I’m so sorry you’re going through this"', () => {
    const score = model.score("I'm so sorry you're going through this", post);
    assert.ok(score.emotional_reactions >= 1, JSON.stringify(score));
  });

  it('hears exploration: questions about what the seeker has not said', () => {
    for (const reply of [
      'What happened after that?',
      'Have you talked to anyone about how you have been feeling since you lost your job?',
    ]) {
      const score = model.score(reply, post);
      assert.ok(score.explorations >= 1, `${reply} ${JSON.stringify(score)}`);
    }
  });

  it('hears interpretation: understanding shown through a shared experience', () => {
    const reply =
      'I went through the same thing when I was laid off two years ago. I felt worthless for months and barely slept.';
    const score = model.score(reply, post);
    assert.ok(score.interpretations >= 1, JSON.stringify(score));
  });

  it('points at the sentence that carries each mechanism found in a longer reply', () => {
    const reply =
      'I went to the shop today.  I am so sorry for your loss, that must be incredibly hard. Have you been able to talk to anyone about it?';
    const score = model.score(reply, 'My mum died last month and I cannot stop crying.');
    const said = (m: (typeof MECHANISMS)[number]) =>
      score.spans[m] && reply.slice(score.spans[m].start, score.spans[m].end);
    assert.ok(score.emotional_reactions >= 1 && score.explorations >= 1, JSON.stringify(score));
    assert.equal(
      said('emotional_reactions'),
      'I am so sorry for your loss, that must be incredibly hard.',
    );
    assert.equal(said('explorations'), 'Have you been able to talk to anyone about it?');
    // Only mechanisms found get a span; a reply of one sentence gets none (it is the evidence).
    for (const m of MECHANISMS) assert.equal(score[m] === 0, score.spans[m] === undefined, m);
    assert.deepEqual(model.score("I'm so sorry you're going through this", post).spans, {});
    assert.deepEqual(model.score('The bus is cheaper. It goes every hour.', post).spans, {});
  });

  it('finds no empathy in "lol ok"', () => {
    const score = model.score('lol ok', post);
    assert.deepEqual(
      [score.emotional_reactions, score.interpretations, score.explorations],
      [0, 0, 0],
      JSON.stringify(score),
    );
  });

  it('works without a seeker post, and gives probabilities that sum to 1', () => {
    const alone = model.score("I'm so sorry. What happened?");
    assert.deepEqual(alone, model.score("I'm so sorry. What happened?", ''));
    for (const m of MECHANISMS) {
      const p = alone.scores[m];
      assert.ok(Math.abs(p[0] + p[1] + p[2] - 1) < 1e-9);
      assert.equal(alone[m], p.indexOf(Math.max(...p)));
    }
  });

  it('survives a 100 kB reply and odd input', () => {
    const long = 'I hear you. What happened next? '.repeat(3_200);
    assert.ok(long.length > 100_000);
    const score = model.score(long, long);
    for (const m of MECHANISMS) assert.ok([0, 1, 2].includes(score[m]));
    for (const text of ['', '   ', '?!?!', '😢😢', '\n\n\n', 'İİİ ÇA ǅ']) {
      const s = model.score(text, text);
      for (const m of MECHANISMS) assert.ok([0, 1, 2].includes(s[m]), text);
    }
  });

  it('loads the same weights as the files, once', () => {
    assert.equal(shippedEmpathyModel(), model);
    const fresh = empathyModel(readEmpathyWeights());
    assert.deepEqual(
      fresh.score('Sorry to hear that.', post),
      model.score('Sorry to hear that.', post),
    );
    assert.match(model.name, /^epitome-emotional_reactions@1\+/);
  });

  it(
    'is reproducible: retraining from ../shared/datasets/epitome gives the shipped bytes',
    {
      skip: existsSync(DATASET)
        ? false
        : `the EPITOME dataset is not at ${DATASET} (it is never committed; CI has none)`,
      timeout: 900_000,
    },
    () => {
      const weights = trainEmpathyModels(DATASET);
      for (const m of MECHANISMS) {
        const shipped = readFileSync(join(WEIGHTS_DIRECTORY, WEIGHT_FILES[m]), 'utf8');
        assert.ok(serializeWeights(weights[m]) === shipped, `${WEIGHT_FILES[m]} differs`);
      }
    },
  );
});
