import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compileNetwork,
  trainSparseNetwork,
  type NetworkTrainingOptions,
} from './sparse-network.ts';
import { softmaxProbabilities, trainSoftmax } from './softmax-regression.ts';

// Either word alone means "yes", both together or neither mean "no" (exclusive or): no sum of
// per-word weights can say that, so a softmax regression cannot learn it and a hidden layer can.
const XOR = [
  { features: ['w:left'], label: 1 },
  { features: ['w:right'], label: 1 },
  { features: ['w:left', 'w:right'], label: 0 },
  { features: [], label: 0 },
].flatMap((example) => Array.from({ length: 5 }, () => example));
const options: NetworkTrainingOptions = {
  hidden: 8,
  epochs: 200,
  rate: 0.1,
  l2: 1e-6,
  minCount: 1,
  // On a problem this small some seeds leave units dead and the network stuck at a half-answer;
  // a real training set has tens of thousands of inputs per unit.
  seed: 1,
};
const yes = (p: number[]) => p[1]! > 0.5;

describe('a sparse network with one hidden layer', () => {
  it('learns how features combine, which a softmax regression cannot', () => {
    const network = compileNetwork(trainSparseNetwork(['no', 'yes'], XOR, options));
    assert.ok(yes(network.probabilities(['w:left'])));
    assert.ok(yes(network.probabilities(['w:right'])));
    assert.ok(!yes(network.probabilities(['w:left', 'w:right'])));
    assert.ok(!yes(network.probabilities([])));
    const linear = trainSoftmax(['no', 'yes'], XOR, {
      epochs: 300,
      l2: 1e-6,
      rate: 0.1,
      minCount: 1,
    });
    const verdicts = [['w:left'], ['w:right'], ['w:left', 'w:right'], []].map((f) =>
      yes(softmaxProbabilities(linear, f)),
    );
    assert.notDeepEqual(verdicts, [true, true, false, false]);
  });

  it('gives probabilities that sum to one, and ignores features it does not know', () => {
    const network = compileNetwork(trainSparseNetwork(['no', 'yes'], XOR, options));
    const p = network.probabilities(['w:left', 'w:never-seen']);
    assert.ok(Math.abs(p[0]! + p[1]! - 1) < 1e-12);
    assert.deepEqual(p, network.probabilities(['w:left']));
    assert.deepEqual(network.probabilities([]), network.probabilities(['w:unknown']));
  });

  it('gives the same bytes for the same examples, and other weights for another seed', () => {
    const bytes = (w: ReturnType<typeof trainSparseNetwork>) =>
      JSON.stringify({ ...w, rows: Buffer.from(w.rows.buffer).toString('base64') });
    const a = bytes(trainSparseNetwork(['no', 'yes'], XOR, options));
    const b = bytes(trainSparseNetwork(['no', 'yes'], XOR, options));
    assert.equal(a, b);
    const c = bytes(trainSparseNetwork(['no', 'yes'], XOR, { ...options, seed: 2 }));
    assert.notEqual(a, c);
  });

  it('keeps as inputs only the features seen often enough, one signed byte per weight', () => {
    const data = [...XOR, { features: ['w:rare'], label: 1 }];
    const weights = trainSparseNetwork(['no', 'yes'], data, { ...options, minCount: 2 });
    assert.deepEqual(weights.features, ['w:left', 'w:right']);
    const bytes = weights.rows;
    assert.equal(bytes.length, 2 * options.hidden);
    // Each row is scaled to its largest weight: one byte in every row is ±127.
    for (let r = 0; r < 2; r += 1) {
      const row = Array.from(bytes.subarray(r * options.hidden, (r + 1) * options.hidden));
      assert.equal(Math.max(...row.map(Math.abs)), 127);
    }
  });

  it('refuses weights whose parts do not fit together, saying what is wrong', () => {
    const weights = trainSparseNetwork(['no', 'yes'], XOR, options);
    assert.throws(
      () => compileNetwork({ ...weights, scales: weights.scales.slice(1) }),
      /do not fit: 2 features of 8 hidden units/u,
    );
    assert.throws(
      () => compileNetwork({ ...weights, output: weights.output.slice(1) }),
      /output layer of the wrong size/u,
    );
  });
  it('with dropout still learns, differs from no dropout, and gives the same bytes again', () => {
    const bytes = (w: ReturnType<typeof trainSparseNetwork>) =>
      JSON.stringify({ ...w, rows: Buffer.from(w.rows.buffer).toString('base64') });
    const plain = bytes(trainSparseNetwork(['no', 'yes'], XOR, options));
    // 0 draws nothing: the weights are those of a network trained before dropout existed.
    assert.equal(bytes(trainSparseNetwork(['no', 'yes'], XOR, { ...options, dropout: 0 })), plain);
    const dropped = { ...options, dropout: 0.2 };
    const weights = trainSparseNetwork(['no', 'yes'], XOR, dropped);
    assert.notEqual(bytes(weights), plain);
    assert.equal(bytes(trainSparseNetwork(['no', 'yes'], XOR, dropped)), bytes(weights));
    const network = compileNetwork(weights);
    assert.ok(yes(network.probabilities(['w:left'])));
    assert.ok(yes(network.probabilities(['w:right'])));
    assert.ok(!yes(network.probabilities(['w:left', 'w:right'])));
  });

  it('joins an ensemble into one network whose logits are the mean of its members', () => {
    const joined = trainSparseNetwork(['no', 'yes'], XOR, { ...options, ensemble: 2 });
    assert.equal(joined.hidden, 2 * options.hidden);
    const one = compileNetwork(trainSparseNetwork(['no', 'yes'], XOR, options));
    const two = compileNetwork(trainSparseNetwork(['no', 'yes'], XOR, { ...options, seed: 2 }));
    const both = compileNetwork(joined);
    for (const input of [['w:left'], ['w:right'], ['w:left', 'w:right'], []]) {
      // log p differs from the logits by one constant per message, so the mean of the log
      // probabilities, through a softmax, is the softmax of the mean logits.
      const mean = [0, 1].map(
        (k) =>
          (Math.log(one.probabilities(input)[k]!) + Math.log(two.probabilities(input)[k]!)) / 2,
      );
      const top = Math.max(...mean);
      const sum = mean.reduce((a, v) => a + Math.exp(v - top), 0);
      const expected = mean.map((v) => Math.exp(v - top) / sum);
      const got = both.probabilities(input);
      // Each row is quantised again against the larger of the two members' weights.
      assert.ok(
        Math.abs(got[1]! - expected[1]!) < 0.02,
        `${input}: ${got[1]} against ${expected[1]}`,
      );
    }
  });

  it('refuses an ensemble or a dropout it cannot train', () => {
    assert.throws(
      () => trainSparseNetwork(['no', 'yes'], XOR, { ...options, ensemble: 0 }),
      /ensemble/u,
    );
    assert.throws(
      () => trainSparseNetwork(['no', 'yes'], XOR, { ...options, dropout: 1 }),
      /dropout/u,
    );
  });
});
