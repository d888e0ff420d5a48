import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addRows,
  compileSoftmax,
  packRows,
  packShared,
  sharedLogits,
  sharedRowsOf,
  softmaxProbabilities,
  trainSoftmax,
} from './softmax-regression.ts';

const data = [
  { features: ['w:great', 'w:thanks'], label: 0 },
  { features: ['w:great', 'w:day'], label: 0 },
  { features: ['w:awful', 'w:day'], label: 1 },
  { features: ['w:awful', 'w:night'], label: 1 },
  { features: ['w:fine', 'w:day'], label: 2 },
  { features: ['w:fine', 'w:thanks'], label: 2 },
];
const options = { epochs: 200, l2: 1e-4, rate: 0.1, minCount: 1 };

describe('softmax regression', () => {
  it('learns a separable problem and gives probabilities that sum to 1', () => {
    const weights = trainSoftmax(['good', 'bad', 'neutral'], data, options);
    for (const example of data) {
      const p = softmaxProbabilities(weights, example.features);
      assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-9);
      assert.equal(p.indexOf(Math.max(...p)), example.label, example.features.join(' '));
    }
    assert.deepEqual(weights.classes, ['good', 'bad', 'neutral']);
  });

  it('is deterministic, ignores unknown features, and drops rare ones', () => {
    const a = trainSoftmax(['good', 'bad', 'neutral'], data, options);
    const b = trainSoftmax(['good', 'bad', 'neutral'], data, options);
    assert.equal(JSON.stringify(a), JSON.stringify(b));
    assert.deepEqual(softmaxProbabilities(a, ['w:unseen']), softmaxProbabilities(a, []));
    const pruned = trainSoftmax(['good', 'bad', 'neutral'], data, { ...options, minCount: 2 });
    assert.equal(pruned.features['w:night'], undefined);
    assert.ok(pruned.features['w:day']);
  });

  it('weights classes: a heavier class wins an ambiguous example', () => {
    const tie = [
      { features: ['w:x'], label: 0 },
      { features: ['w:x'], label: 1 },
    ];
    const weights = trainSoftmax(['a', 'b'], tie, { ...options, classWeights: [1, 3] });
    const [pa, pb] = softmaxProbabilities(weights, ['w:x']);
    assert.ok(pb! > pa!);
  });

  it('scores the same compiled as trained, and the compiled form owns its numbers', () => {
    const weights = trainSoftmax(['good', 'bad', 'neutral'], data, options);
    const compiled = compileSoftmax(weights);
    const lists = [
      ...data.map((example) => example.features),
      ['w:day', 'w:day'],
      ['w:unseen'],
      [],
    ];
    const before = lists.map((features) => softmaxProbabilities(weights, features));
    for (const [i, features] of lists.entries())
      assert.deepEqual(softmaxProbabilities(compiled, features), before[i]);
    // The parsed file can be dropped: changing it afterwards changes nothing compiled.
    for (const row of Object.values(weights.features)) row.fill(0);
    weights.bias.fill(0);
    for (const [i, features] of lists.entries())
      assert.deepEqual(softmaxProbabilities(compiled, features), before[i]);
  });

  it('packs rows into one typed array and adds them, valued or not', () => {
    const rows = packRows({ 'w:a': [1, 2], 'w:b': [-0.5, 0.25] }, 2);
    assert.equal(rows.data.length, 4);
    assert.deepEqual(addRows(rows, [0, 0], ['w:a', 'w:unseen', 'w:b']), [0.5, 2.25]);
    assert.deepEqual(addRows(rows, [1, 1], ['w:a', 'w:unseen', 'w:b'], [2, 9, 4]), [1, 6]);
    // A short row (an older file) reads as zeros, not NaN.
    assert.deepEqual([...packRows({ 'w:c': [3] }, 2).data], [3, 0]);
  });

  it('scores several models over one shared index exactly as each alone', () => {
    const first = trainSoftmax(['a', 'b', 'c'], data, options);
    const second = trainSoftmax(
      ['x', 'y'],
      data.map((d) => ({ features: [...d.features, 'w:extra'], label: d.label % 2 })),
      options,
    );
    delete second.features['w:great'];
    const shared = packShared([first, second]);
    assert.equal(shared.stride, 5);
    for (const features of [['w:great', 'w:day'], ['w:extra', 'w:unseen'], [], ['w:awful']]) {
      const rows = sharedRowsOf(shared, features);
      [first, second].forEach((model, m) => {
        const alone = addRows(
          packRows(model.features, model.bias.length),
          [...model.bias],
          features,
        );
        assert.deepEqual(sharedLogits(shared, m, rows), alone);
      });
    }
  });

  it('gives bit for bit the weights of a plain full-batch Adam loop, for any number of classes', () => {
    // The reference: the textbook loop, one class and one feature at a time, in vocabulary order.
    const plain = (
      classes: readonly string[],
      examples: readonly { features: readonly string[]; label: number }[],
      o: { epochs: number; l2: number; rate: number; minCount: number; classWeights?: number[] },
    ) => {
      const counts = new Map<string, number>();
      for (const ex of examples)
        for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
      const vocabulary = [...counts].filter(([, n]) => n >= o.minCount).map(([f]) => f);
      vocabulary.sort();
      const index = new Map(vocabulary.map((f, i) => [f, i]));
      const rows = examples.map((ex) =>
        [...new Set(ex.features)].map((f) => index.get(f)).filter((i) => i !== undefined),
      );
      const K = classes.length;
      const W = new Float64Array(vocabulary.length * K);
      const m = new Float64Array(W.length);
      const v = new Float64Array(W.length);
      const b = new Float64Array(K);
      const mb = new Float64Array(K);
      const vb = new Float64Array(K);
      const cw = (label: number) => o.classWeights?.[label] ?? 1;
      const total = examples.reduce((sum, ex) => sum + cw(ex.label), 0);
      for (let epoch = 1; epoch <= o.epochs; epoch += 1) {
        const gW = new Float64Array(W.length);
        const gb = new Float64Array(K);
        examples.forEach((ex, e) => {
          const z = Array.from(b);
          for (const f of rows[e]!) for (let k = 0; k < K; k += 1) z[k]! += W[f * K + k]!;
          const max = Math.max(...z);
          const exps = z.map((x) => Math.exp(x - max));
          let sum = 0;
          for (const x of exps) sum += x;
          for (let k = 0; k < K; k += 1) {
            const g = ((exps[k]! / sum - (k === ex.label ? 1 : 0)) * cw(ex.label)) / total;
            gb[k]! += g;
            for (const f of rows[e]!) gW[f * K + k]! += g;
          }
        });
        const c1 = 1 - 0.9 ** epoch;
        const c2 = 1 - 0.999 ** epoch;
        const step = (
          p: Float64Array,
          mm: Float64Array,
          vv: Float64Array,
          i: number,
          g: number,
        ) => {
          mm[i] = 0.9 * mm[i]! + (1 - 0.9) * g;
          vv[i] = 0.999 * vv[i]! + (1 - 0.999) * g * g;
          p[i]! -= (o.rate * (mm[i]! / c1)) / (Math.sqrt(vv[i]! / c2) + 1e-8);
        };
        for (let i = 0; i < W.length; i += 1) step(W, m, v, i, gW[i]! + o.l2 * W[i]!);
        for (let k = 0; k < K; k += 1) step(b, mb, vb, k, gb[k]!);
      }
      return { W, b, vocabulary };
    };
    // A small deterministic generator, so the examples are the same on every run.
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (const K of [2, 3, 4, 5, 7, 9]) {
      const classes = Array.from({ length: K }, (_, k) => `c${k}`);
      const examples = Array.from({ length: 120 }, () => ({
        features: Array.from(
          { length: 1 + Math.floor(next() * 12) },
          () => `f${Math.floor(next() * 40)}`,
        ),
        label: Math.floor(next() * K),
      }));
      const o = {
        epochs: 25,
        l2: 1e-3,
        rate: 0.05,
        minCount: 2,
        classWeights: classes.map((_, k) => 1 + (k % 3)),
      };
      const fast = trainSoftmax(classes, examples, { ...o, precision: 17, minWeight: 0 });
      const reference = plain(classes, examples, o);
      assert.deepEqual(Object.keys(fast.features).sort(), reference.vocabulary);
      reference.vocabulary.forEach((f, i) => {
        const exact = Array.from(
          reference.W.slice(i * K, i * K + K),
          (w) => Math.round(w * 1e17) / 1e17,
        );
        assert.deepEqual(fast.features[f], exact, `${K} classes, ${f}`);
      });
      assert.deepEqual(
        fast.bias,
        Array.from(reference.b, (w) => Math.round(w * 1e17) / 1e17),
      );
    }
  });
});
