/**
 * Multinomial logistic (softmax) regression over sparse string features, trained by full-batch
 * Adam for a fixed number of steps with L2 regularisation. Deterministic: the same examples in
 * the same order give the same weights, so shipped weight files can be regenerated exactly.
 * Small, fast and dependency-free; used by the safety scorer and the nlu classifiers.
 */

/** Trained weights: one row per kept feature (one weight per class), and the biases. */
export interface SoftmaxWeights {
  classes: readonly string[];
  bias: number[];
  features: Record<string, number[]>;
}

export interface TrainingOptions {
  epochs: number;
  /** L2 penalty on the feature weights. */
  l2: number;
  /** Adam step size. */
  rate: number;
  /** Features seen in fewer examples are dropped. */
  minCount: number;
  /** Per-class weights on the loss (e.g. to balance rare classes); default 1 each. */
  classWeights?: readonly number[];
  /** Decimal places kept in the shipped weights. */
  precision?: number;
  /**
   * A feature is kept only when one of its weights is at least this large (default 0.01): the
   * rest barely move a score, and every kept feature costs memory where the model is served.
   */
  minWeight?: number;
  /** Called after each epoch (e.g. a progress bar). */
  onEpoch?: (epoch: number, epochs: number) => void;
}

/**
 * The features of `data` seen in at least `minCount` examples, sorted, and how many examples
 * each is seen in (a feature repeated within an example counts once).
 * @example frequentFeatures([{ features: ['w:a', 'w:a'] }, { features: ['w:a', 'w:b'] }], 2).vocabulary // ['w:a']
 */
export function frequentFeatures(
  data: readonly { features: readonly string[] }[],
  minCount: number,
): { counts: Map<string, number>; vocabulary: string[] } {
  const counts = new Map<string, number>();
  for (const example of data)
    for (const f of new Set(example.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts.entries()]
    .filter(([, n]) => n >= minCount)
    .map(([f]) => f)
    .sort();
  return { counts, vocabulary };
}

/**
 * Trains a softmax regression.
 * @example trainSoftmax(['none', 'risk'], [{ features: ['w:die'], label: 1 }], { epochs: 100, l2: 1e-4, rate: 0.05, minCount: 1 })
 */
export function trainSoftmax(
  classes: readonly string[],
  data: readonly { features: readonly string[]; label: number }[],
  options: TrainingOptions,
): SoftmaxWeights {
  const { counts, vocabulary } = frequentFeatures(data, options.minCount);
  // Rows are laid out most-used first, so the rows most examples touch share cache lines; each row
  // holds a feature's weights and, beside them, its gradient. Classes are padded to a multiple of
  // four and summed four at a time in local variables. None of this changes the arithmetic: each
  // logit adds the same doubles in the example's feature order, and each gradient cell receives one
  // addition per example in example order, so the weights are bit-for-bit those of a plain loop
  // (the test compares the two). It makes training about 2.5 times faster (model@10: 10 → 4 min).
  const byUse = vocabulary
    .map((_, i) => i)
    .sort((a, b) => counts.get(vocabulary[b]!)! - counts.get(vocabulary[a]!)! || a - b);
  const rowOf = new Map<string, number>();
  byUse.forEach((v, r) => rowOf.set(vocabulary[v]!, r));
  const K = classes.length;
  const KP = Math.ceil(K / 4) * 4;
  const S = 2 * KP;
  const V = vocabulary.length;
  // Each example's rows (as offsets into P), flattened: example e owns at[starts[e]…starts[e+1]).
  const starts = new Int32Array(data.length + 1);
  const offsets: number[] = [];
  const labels = new Int32Array(data.length);
  data.forEach((example, e) => {
    for (const f of new Set(example.features)) {
      const r = rowOf.get(f);
      if (r !== undefined) offsets.push(r * S);
    }
    starts[e + 1] = offsets.length;
    labels[e] = example.label;
  });
  const at = Int32Array.from(offsets);
  const P = new Float64Array(V * S);
  const mW = new Float64Array(V * K);
  const vW = new Float64Array(V * K);
  const b = new Float64Array(K);
  const mb = new Float64Array(K);
  const vb = new Float64Array(K);
  const gb = new Float64Array(K);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const weights = Float64Array.from(classes, (_, k) => options.classWeights?.[k] ?? 1);
  let total = 0;
  for (let e = 0; e < data.length; e += 1) total += weights[labels[e]!]!;
  const z = new Float64Array(KP);
  const g = new Float64Array(KP);
  for (let epoch = 1; epoch <= options.epochs; epoch += 1) {
    for (let r = 0; r < V; r += 1) for (let k = 0; k < K; k += 1) P[r * S + KP + k] = 0;
    gb.fill(0);
    for (let e = 0; e < data.length; e += 1) {
      const first = starts[e]!;
      const last = starts[e + 1]!;
      for (let k0 = 0; k0 < KP; k0 += 4) {
        let z0 = b[k0] ?? 0;
        let z1 = b[k0 + 1] ?? 0;
        let z2 = b[k0 + 2] ?? 0;
        let z3 = b[k0 + 3] ?? 0;
        for (let j = first; j < last; j += 1) {
          const o = at[j]! + k0;
          z0 += P[o]!;
          z1 += P[o + 1]!;
          z2 += P[o + 2]!;
          z3 += P[o + 3]!;
        }
        z[k0] = z0;
        z[k0 + 1] = z1;
        z[k0 + 2] = z2;
        z[k0 + 3] = z3;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k += 1) max = Math.max(max, z[k]!);
      let sum = 0;
      for (let k = 0; k < K; k += 1) {
        z[k] = Math.exp(z[k]! - max);
        sum += z[k]!;
      }
      const label = labels[e]!;
      const weight = weights[label]!;
      for (let k = 0; k < K; k += 1) {
        g[k] = ((z[k]! / sum - (k === label ? 1 : 0)) * weight) / total;
        gb[k]! += g[k]!;
      }
      // Padded classes keep a zero gradient, so their cells stay zero.
      for (let k0 = 0; k0 < KP; k0 += 4) {
        const g0 = g[k0]!;
        const g1 = g[k0 + 1]!;
        const g2 = g[k0 + 2]!;
        const g3 = g[k0 + 3]!;
        for (let j = first; j < last; j += 1) {
          const o = at[j]! + KP + k0;
          P[o]! += g0;
          P[o + 1]! += g1;
          P[o + 2]! += g2;
          P[o + 3]! += g3;
        }
      }
    }
    const c1 = 1 - beta1 ** epoch;
    const c2 = 1 - beta2 ** epoch;
    for (let r = 0; r < V; r += 1) {
      for (let k = 0; k < K; k += 1) {
        const i = r * K + k;
        const w = r * S + k;
        const grad = P[w + KP]! + options.l2 * P[w]!;
        mW[i] = beta1 * mW[i]! + (1 - beta1) * grad;
        vW[i] = beta2 * vW[i]! + (1 - beta2) * grad * grad;
        P[w]! -= (options.rate * (mW[i]! / c1)) / (Math.sqrt(vW[i]! / c2) + 1e-8);
      }
    }
    for (let k = 0; k < K; k += 1) {
      mb[k] = beta1 * mb[k]! + (1 - beta1) * gb[k]!;
      vb[k] = beta2 * vb[k]! + (1 - beta2) * gb[k]! * gb[k]!;
      b[k]! -= (options.rate * (mb[k]! / c1)) / (Math.sqrt(vb[k]! / c2) + 1e-8);
    }
    options.onEpoch?.(epoch, options.epochs);
  }
  const factor = 10 ** (options.precision ?? 3);
  const round = (w: number) => Math.round(w * factor) / factor;
  const features: Record<string, number[]> = {};
  vocabulary.forEach((f) => {
    const r = rowOf.get(f)! * S;
    const row = Array.from(P.subarray(r, r + K), round);
    if (row.some((w) => Math.abs(w) >= (options.minWeight ?? 0.01))) features[f] = row;
  });
  return { classes, bias: Array.from(b, round), features };
}

/**
 * Weight rows packed for scoring: each feature's row number in a map, the weights in one typed
 * array (row r holds `data[r * width]` … `data[r * width + width - 1]`). Parsed weight files are
 * objects of tens of thousands of keys, each with its own array, several times the size; the
 * server keeps only this form (issue 7's memory budget). The numbers are the same doubles, added
 * in the same order, so scores do not change.
 */
export interface FeatureRows {
  width: number;
  index: ReadonlyMap<string, number>;
  data: Float64Array;
}

/**
 * Packs `features` (feature → row of `width` weights) into `FeatureRows`.
 * @example packRows({ 'w:die': [0.1, 0.9] }, 2).data // Float64Array [0.1, 0.9]
 */
export function packRows(features: Record<string, readonly number[]>, width: number): FeatureRows {
  const keys = Object.keys(features);
  const index = new Map<string, number>();
  const data = new Float64Array(keys.length * width);
  keys.forEach((feature, r) => {
    index.set(feature, r);
    const row = features[feature]!;
    for (let k = 0; k < width; k += 1) data[r * width + k] = row[k] ?? 0;
  });
  return { width, index, data };
}

/**
 * Adds each known feature's row (times its value, 1 when `values` is absent) to `logits`.
 * @example addRows(packRows({ 'w:x': [1, 2] }, 2), [0, 0], ['w:x']) // [1, 2]
 */
export function addRows(
  rows: FeatureRows,
  logits: number[],
  features: Iterable<string>,
  values?: readonly number[],
): number[] {
  const { width, index, data } = rows;
  let j = 0;
  for (const feature of features) {
    const r = index.get(feature);
    const value = values?.[j] ?? 1;
    j += 1;
    if (r === undefined) continue;
    const at = r * width;
    if (values) for (let k = 0; k < width; k += 1) logits[k]! += data[at + k]! * value;
    else for (let k = 0; k < width; k += 1) logits[k]! += data[at + k]!;
  }
  return logits;
}

/**
 * Several softmax models over one feature space, packed so that a message's features are looked
 * up once for all of them: one map from feature to row, and each row holds every model's weights
 * side by side (model `m` at `offsets[m]`, `widths[m]` wide; zeros where a model lacks the
 * feature). The alliance markers are seven binary models and the MI tasks four, over the same
 * features: looking each feature up once instead of once per model is most of their cost. Scores
 * are unchanged: each model adds the same doubles in the same order (a zero changes no sum).
 */
export interface SharedRows {
  index: ReadonlyMap<string, number>;
  /** The doubles in one row: the sum of the widths. */
  stride: number;
  offsets: readonly number[];
  widths: readonly number[];
  biases: readonly (readonly number[])[];
  data: Float64Array;
}

/**
 * Packs `models` (each as trained) into one shared feature index.
 * @example packShared([{ classes: ['a', 'b'], bias: [0, 0], features: { 'w:x': [1, 2] } }]).stride // 2
 */
export function packShared(models: readonly SoftmaxWeights[]): SharedRows {
  const index = new Map<string, number>();
  for (const model of models)
    for (const feature of Object.keys(model.features))
      if (!index.has(feature)) index.set(feature, index.size);
  const widths = models.map((model) => model.bias.length);
  const offsets: number[] = [];
  let stride = 0;
  for (const width of widths) {
    offsets.push(stride);
    stride += width;
  }
  const data = new Float64Array(index.size * stride);
  models.forEach((model, m) => {
    for (const [feature, row] of Object.entries(model.features)) {
      const at = index.get(feature)! * stride + offsets[m]!;
      for (let k = 0; k < widths[m]!; k += 1) data[at + k] = row[k] ?? 0;
    }
  });
  return { index, stride, offsets, widths, biases: models.map((model) => [...model.bias]), data };
}

/**
 * The rows of the features any of the shared models knows, in the features' order (looked up
 * once, for `sharedLogits` of each model).
 */
export function sharedRowsOf(shared: SharedRows, features: Iterable<string>): number[] {
  const rows: number[] = [];
  for (const feature of features) {
    const r = shared.index.get(feature);
    if (r !== undefined) rows.push(r);
  }
  return rows;
}

/** Model `m`'s logits for the rows found by `sharedRowsOf`: its bias plus its part of each row. */
export function sharedLogits(
  shared: Omit<SharedRows, 'index'>,
  m: number,
  rows: readonly number[],
): number[] {
  const logits = [...shared.biases[m]!];
  const { data, stride } = shared;
  const offset = shared.offsets[m]!;
  const width = shared.widths[m]!;
  for (let i = 0; i < rows.length; i += 1) {
    const at = rows[i]! * stride + offset;
    for (let k = 0; k < width; k += 1) logits[k]! += data[at + k]!;
  }
  return logits;
}

/** Probabilities from logits (the largest subtracted first, as `softmaxProbabilities` does). */
export function probabilitiesOf(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, c) => a + c, 0);
  return exps.map((v) => v / sum);
}

/** Softmax weights ready to score: the biases and the packed rows (see `compileSoftmax`). */
export interface CompiledSoftmax {
  classes: readonly string[];
  bias: readonly number[];
  rows: FeatureRows;
}

/**
 * The packed form of trained weights; a model that keeps only this lets the parsed file go.
 * @example softmaxProbabilities(compileSoftmax(weights), ['w:die'])
 */
export function compileSoftmax(weights: SoftmaxWeights): CompiledSoftmax {
  return {
    classes: weights.classes,
    bias: [...weights.bias],
    rows: packRows(weights.features, weights.bias.length),
  };
}

/**
 * Class probabilities for a feature list under trained weights (as trained, or compiled).
 * @example softmaxProbabilities(weights, ['w:die']) // [0.1, 0.9]
 */
export function softmaxProbabilities(
  weights: SoftmaxWeights | CompiledSoftmax,
  features: Iterable<string>,
): number[] {
  const rows = 'rows' in weights ? weights.rows : rowsOf(weights);
  return probabilitiesOf(addRows(rows, [...weights.bias], features));
}

const packed = new WeakMap<SoftmaxWeights['features'], FeatureRows>();

/**
 * The packed rows of weights as trained, built once per weights object (weights are read-only
 * once used); training and evaluation score with these.
 */
function rowsOf(weights: SoftmaxWeights): FeatureRows {
  let rows = packed.get(weights.features);
  if (!rows) {
    rows = packRows(weights.features, weights.bias.length);
    packed.set(weights.features, rows);
  }
  return rows;
}
