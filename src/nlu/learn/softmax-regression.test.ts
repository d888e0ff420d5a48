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
});
