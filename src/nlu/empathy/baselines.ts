import { createRequire } from 'node:module';
import type { EmpathyLevel, EpitomePair } from './epitome-data.ts';
import { sparseLogits, trainSparseSoftmax } from './sparse-softmax.ts';

/** A trained baseline: the level it gives a pair. */
export type BaselinePredictor = (pair: EpitomePair) => EmpathyLevel;

/** Fully balanced class weights (n / (K·n_k)), so a baseline is not beaten by a prior alone. */
function balanced(pairs: readonly EpitomePair[]): number[] {
  const counts = [0, 0, 0];
  for (const p of pairs) counts[p.level]! += 1;
  return counts.map((n) => pairs.length / (3 * Math.max(n, 1)));
}

function argmax(logits: readonly number[]): EmpathyLevel {
  let best: EmpathyLevel = 0;
  if (logits[1]! > logits[best]!) best = 1;
  if (logits[2]! > logits[best]!) best = 2;
  return best;
}

function responseWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['’]/gu, '')
      .match(/[a-z0-9]+/gu) ?? []
  );
}

/**
 * The published floor: logistic regression on TF-IDF of the reply's words alone (sublinear term
 * frequency, smoothed idf, L2-normalised rows, L2 penalty as scikit-learn's C = 1), here with
 * balanced class weights. Sharma et al. (EMNLP 2020) report macro-F1 ≈ .74 / .56 / .69.
 * @example trainTfidfBaseline(pairs)(pair) // 0, 1 or 2
 */
export function trainTfidfBaseline(pairs: readonly EpitomePair[]): BaselinePredictor {
  const documentFrequency = new Map<string, number>();
  for (const p of pairs) {
    for (const w of new Set(responseWords(p.response))) {
      documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
    }
  }
  const n = pairs.length;
  const vector = (text: string) => {
    const tf = new Map<string, number>();
    for (const w of responseWords(text)) {
      if (documentFrequency.has(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
    }
    const features = [...tf.keys()].sort();
    const values = features.map(
      (w) => (1 + Math.log(tf.get(w)!)) * (Math.log((1 + n) / (1 + documentFrequency.get(w)!)) + 1),
    );
    const norm = Math.sqrt(values.reduce((a, v) => a + v * v, 0)) || 1;
    return { features, values: values.map((v) => v / norm) };
  };
  const weights = trainSparseSoftmax(
    ['0', '1', '2'],
    pairs.map((p) => ({ ...vector(p.response), label: p.level })),
    {
      epochs: 200,
      l2: 1 / n,
      rate: 0.05,
      minCount: 1,
      classWeights: balanced(pairs),
      precision: 9,
      prune: 0,
    },
  );
  return (pair) => {
    const v = vector(pair.response);
    return argmax(sparseLogits(weights, v.features, v.values));
  };
}

type Vader = typeof import('vader-sentiment');
let vader: Vader | undefined;

/** VADER's four scores of a text, as values and as coarse buckets. */
function vaderFeatures(text: string): { features: string[]; values: number[] } {
  // Loaded on first use: importing the package costs tens of milliseconds at start-up.
  vader ??= createRequire(import.meta.url)('vader-sentiment') as Vader;
  const s = vader.SentimentIntensityAnalyzer.polarity_scores(text);
  const bin = (x: number, bins: number) => Math.min(bins - 1, Math.floor(x * bins));
  const features = [
    'neg',
    'neu',
    'pos',
    'compound',
    `compound=${bin((s.compound + 1) / 2, 8)}`,
    `neg=${bin(s.neg, 5)}`,
    `neu=${bin(s.neu, 5)}`,
    `pos=${bin(s.pos, 5)}`,
  ];
  return { features, values: [s.neg, s.neu, s.pos, s.compound, 1, 1, 1, 1] };
}

/**
 * A sentiment-only baseline: softmax regression over the VADER scores (neg, neu, pos, compound,
 * raw and bucketed) of the reply (Hutto & Gilbert, ICWSM 2014), balanced class weights.
 * @example trainVaderBaseline(pairs)(pair) // 0, 1 or 2
 */
export function trainVaderBaseline(pairs: readonly EpitomePair[]): BaselinePredictor {
  const weights = trainSparseSoftmax(
    ['0', '1', '2'],
    pairs.map((p) => ({ ...vaderFeatures(p.response), label: p.level })),
    {
      epochs: 300,
      l2: 1e-3,
      rate: 0.05,
      minCount: 1,
      classWeights: balanced(pairs),
      precision: 9,
      prune: 0,
    },
  );
  return (pair) => {
    const v = vaderFeatures(pair.response);
    return argmax(sparseLogits(weights, v.features, v.values));
  };
}
