/**
 * Softmax regression over sparse features that carry values (1 for a present binary feature,
 * a TF-IDF weight for a word…): the same full-batch Adam with L2 as `trainSoftmax` in
 * `../learn/softmax-regression.ts`, with the examples packed into typed arrays once so that the
 * many fits of a cross-validation stay quick. Deterministic: same examples, same weights.
 */
import {
  frequentFeatures,
  type SoftmaxWeights,
  type TrainingOptions,
} from '../learn/softmax-regression.ts';

/** A training example: feature names, optional values (default 1 each) and a class index. */
export interface ValuedExample {
  features: readonly string[];
  values?: readonly number[];
  label: number;
}

export interface ValuedTrainingOptions extends TrainingOptions {
  /** Rows whose weights all stay below this (after rounding) are dropped; default 0.01. */
  prune?: number;
}

/**
 * Trains a softmax regression over valued sparse features.
 * @example trainValuedSoftmax(['a', 'b'], [{ features: ['w:x'], values: [0.5], label: 1 }], { epochs: 100, l2: 1e-4, rate: 0.05, minCount: 1 })
 */
export function trainValuedSoftmax(
  classes: readonly string[],
  data: readonly ValuedExample[],
  options: ValuedTrainingOptions,
): SoftmaxWeights {
  const { vocabulary } = frequentFeatures(data, options.minCount);
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const offsets = new Int32Array(data.length + 1);
  const ids: number[] = [];
  const vals: number[] = [];
  data.forEach((example, e) => {
    const seen = new Set<number>();
    example.features.forEach((f, j) => {
      const i = index.get(f);
      if (i === undefined || seen.has(i)) return;
      seen.add(i);
      ids.push(i);
      vals.push(example.values?.[j] ?? 1);
    });
    offsets[e + 1] = ids.length;
  });
  const featureIds = Int32Array.from(ids);
  const featureValues = Float64Array.from(vals);
  const labels = Int32Array.from(data, (example) => example.label);
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
  const weightOf = (label: number) => options.classWeights?.[label] ?? 1;
  let total = 0;
  for (const label of labels) total += weightOf(label);
  const z = new Float64Array(K);
  for (let epoch = 1; epoch <= options.epochs; epoch += 1) {
    gW.fill(0);
    gb.fill(0);
    for (let e = 0; e < labels.length; e += 1) {
      const start = offsets[e]!;
      const end = offsets[e + 1]!;
      for (let k = 0; k < K; k += 1) z[k] = b[k]!;
      for (let j = start; j < end; j += 1) {
        const row = featureIds[j]! * K;
        const value = featureValues[j]!;
        for (let k = 0; k < K; k += 1) z[k]! += W[row + k]! * value;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k += 1) max = Math.max(max, z[k]!);
      let sum = 0;
      for (let k = 0; k < K; k += 1) {
        z[k] = Math.exp(z[k]! - max);
        sum += z[k]!;
      }
      const label = labels[e]!;
      const scale = weightOf(label) / total;
      for (let k = 0; k < K; k += 1) {
        const g = (z[k]! / sum - (k === label ? 1 : 0)) * scale;
        gb[k]! += g;
        for (let j = start; j < end; j += 1) gW[featureIds[j]! * K + k]! += g * featureValues[j]!;
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
  const round = (w: number) => Math.round(w * factor) / factor || 0;
  const prune = options.prune ?? 0.01;
  const features: Record<string, number[]> = {};
  vocabulary.forEach((f, i) => {
    const row = Array.from(W.slice(i * K, i * K + K), round);
    if (row.some((w) => Math.abs(w) >= prune)) features[f] = row;
  });
  return { classes: [...classes], bias: Array.from(b, round), features };
}

/**
 * Class scores (logits) for valued features; `softmax` turns them into probabilities.
 * @example valuedLogits(weights, ['w:x'], [0.5])
 */
export function valuedLogits(
  weights: SoftmaxWeights,
  features: readonly string[],
  values?: readonly number[],
): number[] {
  const logits = [...weights.bias];
  const K = logits.length;
  for (let j = 0; j < features.length; j += 1) {
    const row = weights.features[features[j]!];
    if (!row) continue;
    const value = values?.[j] ?? 1;
    for (let k = 0; k < K; k += 1) logits[k]! += row[k]! * value;
  }
  return logits;
}

/** Probabilities from logits, computed stably. */
export function softmax(logits: readonly number[]): number[] {
  let max = -Infinity;
  for (const v of logits) if (v > max) max = v;
  const exps = logits.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, c) => a + c, 0);
  return exps.map((v) => v / sum);
}
