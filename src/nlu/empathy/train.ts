import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import {
  foldOf,
  loadEpitome,
  MECHANISMS,
  type EpitomePair,
  type Mechanism,
} from './epitome-data.ts';
import { pairFeatures, sentenceSpans, type PairFeatures } from './features.ts';
import { macroF1 } from './macro-f1.ts';
import {
  applyOffsets,
  componentProbabilities,
  compileWeights,
  ensemble,
  levelOf,
  WEIGHT_FILES,
  type EmpathyWeights,
  type LevelProbabilities,
  type LinearWeights,
  type MechanismWeights,
} from './model.ts';
import { trainSparseSoftmax, type SparseExample } from './sparse-softmax.ts';

/**
 * The training protocol, fixed before the final evaluation: chosen by cross-validation on four
 * of the five seeker-post folds (the fifth was held out until the end; see
 * scripts/empathy-experiments.ts). Offsets are then tuned inside each training set.
 */
export const EMPATHY_HYPERPARAMETERS = {
  /** Softmax regression over the whole reply. */
  bag: { epochs: 150, l2: 1e-2, rate: 0.05, minCount: 2 },
  /** One-vs-rest logistic regressions over naive-Bayes-scaled features (smoothing `alpha`). */
  naiveBayes: { epochs: 150, l2: 3e-2, rate: 0.05, minCount: 2, alpha: 1 },
  /** Softmax regression over single sentences, labelled from the rationale spans. */
  sentence: { epochs: 150, l2: 1e-2, rate: 0.05, minCount: 2 },
  /** Class weights are (n / (K·n_k))^power: halfway between none and fully balanced. */
  classWeightPower: 0.5,
  /** Folds (by seeker post) whose held-out predictions tune the offsets. */
  innerFolds: 5,
  /** Offsets for levels 1 and 2 searched on this grid (log-space), level 0 fixed at 0. */
  offsetGrid: { steps: 15, step: 0.2 },
  /** Offsets are averaged over this many bootstrap resamples of the held-out predictions. */
  offsetBootstraps: 30,
  /** Shipped weights: rounded to this many decimals, rows below `prune` everywhere dropped. */
  precision: 3,
  prune: 0.01,
} as const;

/** Progress of training, for a progress bar. */
export interface EmpathyProgress {
  mechanism: Mechanism;
  /** What is being trained ("inner fold 2/5", "final"). */
  stage: string;
  done: number;
  total: number;
}

export interface EmpathyTrainingOptions {
  onProgress?: (progress: EmpathyProgress) => void;
}

/** A pair with its features computed once, and its sentences' labels when the rationales allow. */
export interface PreparedPair {
  pair: EpitomePair;
  features: PairFeatures;
  /** Per sentence: the pair's level where a rationale span touches it, else 0. */
  sentenceLabels?: number[];
}

/**
 * Labels each sentence of a reply from the annotators' rationale spans: the pair's level where a
 * span overlaps the sentence, 0 elsewhere. A weak or strong pair whose spans cannot be found
 * gives no sentence labels (unless it is one sentence long).
 * @example sentenceLabels({ response: 'Oh no. I am so sorry.', level: 2, rationales: ['I am so sorry.'] }) // [0, 2]
 */
export function sentenceLabels(
  pair: Pick<EpitomePair, 'response' | 'level' | 'rationales'>,
): number[] | undefined {
  const spans = sentenceSpans(pair.response);
  const ranges: [number, number][] = [];
  for (const rationale of pair.rationales) {
    const at = pair.response.indexOf(rationale);
    if (at >= 0) ranges.push([at, at + rationale.length]);
  }
  if (pair.level > 0 && ranges.length === 0) {
    return spans.length === 1 ? [pair.level] : undefined;
  }
  return spans.map((s) => (ranges.some(([a, b]) => a < s.end && b > s.start) ? pair.level : 0));
}

/** Computes each pair's features and sentence labels once. */
export function preparePairs(pairs: readonly EpitomePair[]): PreparedPair[] {
  return pairs.map((pair) => {
    const features = pairFeatures(pair.response, pair.seekerPost);
    const labels = sentenceLabels(pair);
    return labels && labels.length === features.sentences.length
      ? { pair, features, sentenceLabels: labels }
      : { pair, features };
  });
}

function classWeights(labels: readonly number[], classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (const label of labels) counts[label]! += 1;
  const power = EMPATHY_HYPERPARAMETERS.classWeightPower;
  return counts.map((n) => (labels.length / (classes * Math.max(n, 1))) ** power);
}

const raw = { precision: 9, prune: 0 };

/** Softmax regression over whole replies: three logits per feature. */
function trainBag(prepared: readonly PreparedPair[]): LinearWeights {
  const labels = prepared.map((p) => p.pair.level);
  const { bias, features } = trainSparseSoftmax(
    ['0', '1', '2'],
    prepared.map((p) => ({ features: p.features.response, label: p.pair.level })),
    { ...EMPATHY_HYPERPARAMETERS.bag, classWeights: classWeights(labels, 3), ...raw },
  );
  return { bias, features };
}

/**
 * One-vs-rest logistic regressions over features scaled by their naive-Bayes log-count ratio
 * (NBSVM, Wang & Manning, ACL 2012), with the scaling folded into the weights: per feature, one
 * logit per level.
 * @see https://aclanthology.org/P12-2018/
 */
function trainNaiveBayes(prepared: readonly PreparedPair[]): LinearWeights {
  const { alpha, ...options } = EMPATHY_HYPERPARAMETERS.naiveBayes;
  const bias: number[] = [];
  const features: Record<string, number[]> = {};
  for (let level = 0; level < 3; level += 1) {
    const inClass = new Map<string, number>();
    const outClass = new Map<string, number>();
    let nIn = 0;
    let nOut = 0;
    for (const p of prepared) {
      const counts = p.pair.level === level ? inClass : outClass;
      if (p.pair.level === level) nIn += 1;
      else nOut += 1;
      for (const f of p.features.response) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
    const ratio = (f: string) =>
      Math.log(((inClass.get(f) ?? 0) + alpha) / (nIn + alpha)) -
      Math.log(((outClass.get(f) ?? 0) + alpha) / (nOut + alpha));
    const examples: SparseExample[] = prepared.map((p) => ({
      features: p.features.response,
      values: p.features.response.map(ratio),
      label: p.pair.level === level ? 1 : 0,
    }));
    const trained = trainSparseSoftmax(['other', String(level)], examples, {
      ...options,
      classWeights: classWeights(
        examples.map((e) => e.label),
        2,
      ),
      ...raw,
    });
    bias.push(trained.bias[1]! - trained.bias[0]!);
    for (const [f, [no, yes]] of Object.entries(trained.features)) {
      const row = (features[f] ??= [0, 0, 0]);
      row[level] = ratio(f) * (yes! - no!);
    }
  }
  return { bias, features };
}

/** Softmax regression over single sentences labelled from the rationale spans. */
function trainSentences(prepared: readonly PreparedPair[]): LinearWeights {
  const examples: SparseExample[] = [];
  for (const p of prepared) {
    p.sentenceLabels?.forEach((label, i) =>
      examples.push({ features: [...p.features.sentences[i]!, ...p.features.context], label }),
    );
  }
  const { bias, features } = trainSparseSoftmax(['0', '1', '2'], examples, {
    ...EMPATHY_HYPERPARAMETERS.sentence,
    classWeights: classWeights(
      examples.map((e) => e.label),
      3,
    ),
    ...raw,
  });
  return { bias, features };
}

/** Rounds weights for shipping and drops rows that are near zero everywhere. */
function ship(layer: LinearWeights, width: number): LinearWeights {
  const { precision, prune } = EMPATHY_HYPERPARAMETERS;
  const factor = 10 ** precision;
  const round = (w: number) => Math.round(w * factor) / factor + 0;
  const features: Record<string, number[]> = {};
  for (const f of Object.keys(layer.features).sort()) {
    const row = Array.from({ length: width }, (_, k) => round(layer.features[f]![k] ?? 0));
    if (row.some((w) => Math.abs(w) >= prune)) features[f] = row;
  }
  return { bias: layer.bias.map(round), features };
}

/** The three components trained on the given pairs, as shippable layers. */
function trainComponents(
  prepared: readonly PreparedPair[],
): Pick<MechanismWeights, 'response' | 'sentence'> {
  const bag = trainBag(prepared);
  const nb = trainNaiveBayes(prepared);
  const merged: Record<string, number[]> = {};
  for (const f of new Set([...Object.keys(bag.features), ...Object.keys(nb.features)])) {
    merged[f] = [...(bag.features[f] ?? [0, 0, 0]), ...(nb.features[f] ?? [0, 0, 0])];
  }
  return {
    response: ship({ bias: [...bag.bias, ...nb.bias], features: merged }, 6),
    sentence: ship(trainSentences(prepared), 3),
  };
}

/**
 * The log-space offsets for levels 1 and 2 that maximise macro-F1 of the given predictions
 * (level 0 stays at 0); among ties, the smallest shift.
 * @example tuneOffsets([1, 0], [[0.6, 0.4, 0], [0.9, 0.1, 0]]) // [0, 0.6, 0] or close
 */
export function tuneOffsets(gold: readonly number[], probabilities: readonly number[][]): number[] {
  const { steps, step } = EMPATHY_HYPERPARAMETERS.offsetGrid;
  const logs = probabilities.map((p) => p.map((x) => Math.log(Math.max(x, 1e-12))));
  let best = { f1: -1, size: Infinity, offsets: [0, 0, 0] };
  const predicted = new Array<number>(gold.length);
  for (let i = -steps; i <= steps; i += 1) {
    for (let j = -steps; j <= steps; j += 1) {
      const a = i * step;
      const b = j * step;
      logs.forEach((l, n) => {
        const one = l[1]! + a;
        const two = l[2]! + b;
        predicted[n] = l[0]! >= one && l[0]! >= two ? 0 : one >= two ? 1 : 2;
      });
      const f1 = macroF1(gold, predicted, 3);
      const size = Math.abs(i) + Math.abs(j);
      if (f1 > best.f1 + 1e-12 || (Math.abs(f1 - best.f1) <= 1e-12 && size < best.size)) {
        best = { f1, size, offsets: [0, Math.round(a * 10) / 10, Math.round(b * 10) / 10] };
      }
    }
  }
  return best.offsets;
}

/** A small deterministic PRNG (mulberry32) for the bootstrap. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Offsets tuned on bootstrap resamples of the held-out predictions and averaged: the best
 * offsets of one sample swing with a handful of weak-level pairs, their mean much less.
 */
export function baggedOffsets(
  gold: readonly number[],
  probabilities: readonly number[][],
): number[] {
  const next = random(20201116);
  const sum = [0, 0, 0];
  const rounds = EMPATHY_HYPERPARAMETERS.offsetBootstraps;
  for (let r = 0; r < rounds; r += 1) {
    const g: number[] = [];
    const p: number[][] = [];
    for (let i = 0; i < gold.length; i += 1) {
      const j = Math.floor(next() * gold.length);
      g.push(gold[j]!);
      p.push(probabilities[j]!);
    }
    tuneOffsets(g, p).forEach((o, k) => (sum[k]! += o / rounds));
  }
  return sum.map((o) => Math.round(o * 100) / 100 + 0);
}

/** The ensemble's probabilities for prepared pairs under one mechanism's (offset-free) layers. */
function predict(
  layers: Pick<MechanismWeights, 'response' | 'sentence'>,
  prepared: readonly PreparedPair[],
): LevelProbabilities[] {
  const compiled = compileWeights([
    { name: '', mechanism: 'emotional_reactions', offsets: [0, 0, 0], ...layers },
  ]);
  return prepared.map((p) => ensemble(componentProbabilities(compiled, p.features)[0]!));
}

/**
 * Trains one mechanism's classifier on pairs of its EPITOME file: the offsets come from
 * held-out predictions of an inner cross-validation (folds keep each seeker post whole), then the
 * components are trained on every pair.
 */
export function trainMechanism(
  mechanism: Mechanism,
  pairs: readonly EpitomePair[],
  options: EmpathyTrainingOptions = {},
): MechanismWeights {
  const prepared = preparePairs(pairs);
  const inner = EMPATHY_HYPERPARAMETERS.innerFolds;
  const total = inner + 1;
  const gold: number[] = [];
  const held: LevelProbabilities[] = [];
  for (let fold = 0; fold < inner; fold += 1) {
    options.onProgress?.({
      mechanism,
      stage: `inner fold ${fold + 1}/${inner}`,
      done: fold,
      total,
    });
    const inFold = (p: PreparedPair) => foldOf(`inner:${p.pair.seekerId}`, inner) === fold;
    const test = prepared.filter(inFold);
    const layers = trainComponents(prepared.filter((p) => !inFold(p)));
    gold.push(...test.map((p) => p.pair.level));
    held.push(...predict(layers, test));
  }
  const offsets = baggedOffsets(gold, held);
  options.onProgress?.({ mechanism, stage: 'final', done: inner, total });
  const layers = trainComponents(prepared);
  options.onProgress?.({ mechanism, stage: 'done', done: total, total });
  return { name: `epitome-${mechanism}@1`, mechanism, offsets, ...layers };
}

/**
 * Trains the three mechanisms' classifiers from an EPITOME directory (the Reddit CSVs).
 * Deterministic: the same files give byte-identical weights.
 * @example writeEmpathyWeights(trainEmpathyModels('../shared/datasets/epitome'))
 */
export function trainEmpathyModels(
  datasetDir: string,
  options: EmpathyTrainingOptions = {},
): EmpathyWeights {
  return Object.fromEntries(
    MECHANISMS.map((m) => [m, trainMechanism(m, loadEpitome(datasetDir, m), options)]),
  ) as EmpathyWeights;
}

/** The directory the shipped weights live in. */
export const WEIGHTS_DIRECTORY = fileURLToPath(new URL('./weights/', import.meta.url));

/** Weights as written to disk: compact JSON and a final newline. */
export function serializeWeights(weights: MechanismWeights): string {
  return `${JSON.stringify(weights)}\n`;
}

/**
 * Writes one JSON file per mechanism (default: the shipped `src/nlu/empathy/weights/`) and
 * returns their paths.
 */
export function writeEmpathyWeights(
  weights: EmpathyWeights,
  directory: string = WEIGHTS_DIRECTORY,
): string[] {
  mkdirSync(directory, { recursive: true });
  return MECHANISMS.map((m) => {
    const path = join(directory, WEIGHT_FILES[m]);
    writeFileSync(path, serializeWeights(weights[m]));
    return path;
  });
}

/** Levels predicted for prepared pairs under one mechanism's weights (for evaluation). */
export function predictLevels(
  weights: MechanismWeights,
  prepared: readonly PreparedPair[],
): number[] {
  const compiled = compileWeights([weights]);
  return prepared.map((p) =>
    levelOf(
      applyOffsets(ensemble(componentProbabilities(compiled, p.features)[0]!), weights.offsets),
    ),
  );
}
