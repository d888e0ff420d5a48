/**
 * Softmax regression over sparse *valued* features with per-example weights: the shared
 * `trainSoftmax` reads binary features only, and the empathy models need TF-IDF values for the
 * baseline, rationale-derived training examples with their own weights, and a vocabulary that is
 * indexed once and reused across cross-validation runs. Same optimiser (full-batch Adam, L2), same
 * determinism: the same examples in the same order give the same weights.
 */
import { probabilitiesOf } from '../learn/softmax-regression.ts';

/** One training example: feature names with optional values (1 when absent). */
export interface SparseExample {
  features: readonly string[];
  values?: readonly number[];
  label: number;
  /** Weight on this example's loss; default 1. */
  weight?: number;
}

/** Weights as shipped: one row per feature (one weight per class), and the biases. */
export interface SparseSoftmaxWeights {
  classes: readonly string[];
  bias: number[];
  features: Record<string, number[]>;
}

export interface SparseTrainingOptions {
  epochs: number;
  /** L2 penalty on the feature weights. */
  l2: number;
  /** Adam step size. */
  rate: number;
  /** Features seen in fewer examples are dropped. */
  minCount: number;
  /** Per-class weights on the loss; default 1 each. */
  classWeights?: readonly number[];
  /** Decimal places kept in the returned weights; default 3. */
  precision?: number;
  /** Rows whose weights are all below this (absolute) are pruned; default 0.01. */
  prune?: number;
  onEpoch?: (epoch: number, epochs: number) => void;
}

/** Examples indexed against one vocabulary (compressed sparse rows). */
interface IndexedData {
  vocabulary: string[];
  start: Int32Array;
  index: Int32Array;
  value: Float64Array;
  labels: Int32Array;
  weights: Float64Array;
}

function indexExamples(data: readonly SparseExample[], minCount: number): IndexedData {
  const counts = new Map<string, number>();
  for (const example of data) {
    for (const f of new Set(example.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const vocabulary = [...counts.entries()]
    .filter(([, n]) => n >= minCount)
    .map(([f]) => f)
    .sort();
  const position = new Map(vocabulary.map((f, i) => [f, i]));
  const start = new Int32Array(data.length + 1);
  const index: number[] = [];
  const value: number[] = [];
  data.forEach((example, row) => {
    // Duplicate names add their values, so a feature list may repeat a name as a count.
    const merged = new Map<number, number>();
    example.features.forEach((f, j) => {
      const k = position.get(f);
      if (k !== undefined) merged.set(k, (merged.get(k) ?? 0) + (example.values?.[j] ?? 1));
    });
    for (const k of [...merged.keys()].sort((a, b) => a - b)) {
      index.push(k);
      value.push(merged.get(k)!);
    }
    start[row + 1] = index.length;
  });
  return {
    vocabulary,
    start,
    index: Int32Array.from(index),
    value: Float64Array.from(value),
    labels: Int32Array.from(data, (e) => e.label),
    weights: Float64Array.from(data, (e) => e.weight ?? 1),
  };
}

/**
 * Trains a softmax regression over valued sparse features.
 * @example trainSparseSoftmax(['no', 'yes'], [{ features: ['w:sorry'], values: [0.7], label: 1 }], { epochs: 100, l2: 1e-4, rate: 0.05, minCount: 1 })
 */
export function trainSparseSoftmax(
  classes: readonly string[],
  data: readonly SparseExample[],
  options: SparseTrainingOptions,
): SparseSoftmaxWeights {
  const { vocabulary, start, index, value, labels, weights } = indexExamples(
    data,
    options.minCount,
  );
  const K = classes.length;
  const W = new Float64Array(vocabulary.length * K);
  const b = new Float64Array(K);
  const mW = new Float64Array(W.length);
  const vW = new Float64Array(W.length);
  const mb = new Float64Array(K);
  const vb = new Float64Array(K);
  const gW = new Float64Array(W.length);
  const gb = new Float64Array(K);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const exampleWeight = new Float64Array(labels.length);
  let total = 0;
  for (let i = 0; i < labels.length; i += 1) {
    exampleWeight[i] = weights[i]! * (options.classWeights?.[labels[i]!] ?? 1);
    total += exampleWeight[i]!;
  }
  const z = new Float64Array(K);
  for (let epoch = 1; epoch <= options.epochs; epoch += 1) {
    gW.fill(0);
    gb.fill(0);
    for (let i = 0; i < labels.length; i += 1) {
      const from = start[i]!;
      const to = start[i + 1]!;
      for (let k = 0; k < K; k += 1) z[k] = b[k]!;
      for (let j = from; j < to; j += 1) {
        const base = index[j]! * K;
        const x = value[j]!;
        for (let k = 0; k < K; k += 1) z[k]! += W[base + k]! * x;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k += 1) max = Math.max(max, z[k]!);
      let sum = 0;
      for (let k = 0; k < K; k += 1) {
        z[k] = Math.exp(z[k]! - max);
        sum += z[k]!;
      }
      const scale = exampleWeight[i]! / total;
      const label = labels[i]!;
      for (let k = 0; k < K; k += 1) {
        const g = (z[k]! / sum - (k === label ? 1 : 0)) * scale;
        gb[k]! += g;
        for (let j = from; j < to; j += 1) gW[index[j]! * K + k]! += g * value[j]!;
      }
    }
    const c1 = 1 - beta1 ** epoch;
    const c2 = 1 - beta2 ** epoch;
    for (let i = 0; i < W.length; i += 1) {
      const g = gW[i]! + options.l2 * W[i]!;
      mW[i] = beta1 * mW[i]! + (1 - beta1) * g;
      vW[i] = beta2 * vW[i]! + (1 - beta2) * g * g;
      W[i]! -= (options.rate * (mW[i]! / c1)) / (Math.sqrt(vW[i]! / c2) + 1e-8);
    }
    for (let k = 0; k < K; k += 1) {
      mb[k] = beta1 * mb[k]! + (1 - beta1) * gb[k]!;
      vb[k] = beta2 * vb[k]! + (1 - beta2) * gb[k]! * gb[k]!;
      b[k]! -= (options.rate * (mb[k]! / c1)) / (Math.sqrt(vb[k]! / c2) + 1e-8);
    }
    options.onEpoch?.(epoch, options.epochs);
  }
  const factor = 10 ** (options.precision ?? 3);
  const round = (w: number) => Math.round(w * factor) / factor + 0;
  const prune = options.prune ?? 0.01;
  const features: Record<string, number[]> = {};
  vocabulary.forEach((f, i) => {
    const row = Array.from(W.subarray(i * K, i * K + K), round);
    if (row.some((w) => Math.abs(w) >= prune)) features[f] = row;
  });
  return { classes: [...classes], bias: Array.from(b, round), features };
}

/**
 * Class logits for valued features under trained weights (unknown features are ignored).
 * @example sparseLogits(weights, ['w:sorry'], [0.7]) // [-1.2, 0.4]
 */
export function sparseLogits(
  weights: SparseSoftmaxWeights,
  features: readonly string[],
  values?: readonly number[],
): number[] {
  const logits = [...weights.bias];
  features.forEach((f, j) => {
    const row = weights.features[f];
    if (!row) return;
    const x = values?.[j] ?? 1;
    for (let k = 0; k < logits.length; k += 1) logits[k]! += row[k]! * x;
  });
  return logits;
}

/** Softmax of logits. @example softmax([0, 0]) // [0.5, 0.5] */
export const softmax = probabilitiesOf;
