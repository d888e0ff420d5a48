import { readFileSync } from 'node:fs';
import { MECHANISMS, type EmpathyLevel, type Mechanism } from './epitome-data.ts';
import { pairFeatures, sentenceSpans, type PairFeatures, type SentenceSpan } from './features.ts';

/** One linear layer as shipped: a bias per output and a row of weights per feature. */
export interface LinearWeights {
  bias: number[];
  features: Record<string, number[]>;
}

/**
 * The weights of one mechanism's classifier: an ensemble of three linear models whose class
 * probabilities are averaged, then shifted by `offsets` (log-space, tuned for macro-F1 by
 * cross-validation on the training data).
 * - `response` rows hold 6 weights: a softmax regression over the whole reply (3 logits), then
 *   three one-vs-rest logistic regressions over naive-Bayes-scaled features (Wang & Manning 2012),
 *   with the scaling folded into the weights.
 * - `sentence` rows hold 3 logits of a softmax regression over one sentence, trained on the
 *   annotators' rationale spans; the reply takes its most empathic sentence.
 */
export interface MechanismWeights {
  name: string;
  mechanism: Mechanism;
  offsets: number[];
  response: LinearWeights;
  sentence: LinearWeights;
}

/** The three mechanisms' weights. */
export type EmpathyWeights = Record<Mechanism, MechanismWeights>;

/** Class probabilities of one mechanism, levels 0, 1, 2. */
export type LevelProbabilities = [number, number, number];

/** Levels of the three EPITOME mechanisms for one reply, with their probabilities. */
export interface EmpathyScore {
  emotional_reactions: EmpathyLevel;
  interpretations: EmpathyLevel;
  explorations: EmpathyLevel;
  /** Per mechanism, the probabilities the level was chosen from (ensemble, offsets applied). */
  scores: Record<Mechanism, LevelProbabilities>;
  /**
   * In a reply of several sentences, for each mechanism found (level 1 or 2), the sentence its
   * sentence-level reader (trained on the annotators' rationales) found most empathic: offsets
   * into the reply, end exclusive, spaces trimmed. Absent for a reply of one sentence, where the
   * evidence is the whole reply.
   */
  spans: Partial<Record<Mechanism, SentenceSpan>>;
}

/**
 * Weights compiled for speed: one lookup table for both layers and all compiled mechanisms.
 * A row holds the reply-level weights (6 per mechanism), then the sentence-level ones (3 each).
 */
export interface CompiledEmpathyWeights {
  count: number;
  /** Feature → where its row starts in `weights`. */
  rows: Map<string, number>;
  /** Every row back to back (single precision: half the memory, so more of it stays in cache). */
  weights: Float32Array;
  responseBias: Float64Array;
  sentenceBias: Float64Array;
  offsets: Float64Array;
}

const RESPONSE_WIDTH = 6;
const SENTENCE_WIDTH = 3;

/**
 * Merges mechanisms' weights into one lookup table, so each feature of a reply is looked up once
 * for every mechanism and both layers.
 */
export function compileWeights(list: readonly MechanismWeights[]): CompiledEmpathyWeights {
  const n = list.length;
  const sentenceAt = n * RESPONSE_WIDTH;
  const width = n * (RESPONSE_WIDTH + SENTENCE_WIDTH);
  const rows = new Map<string, number>();
  for (const weights of list) {
    for (const f of Object.keys(weights.response.features))
      if (!rows.has(f)) rows.set(f, rows.size * width);
    for (const f of Object.keys(weights.sentence.features))
      if (!rows.has(f)) rows.set(f, rows.size * width);
  }
  const data = new Float32Array(rows.size * width);
  const responseBias = new Float64Array(sentenceAt);
  const sentenceBias = new Float64Array(n * SENTENCE_WIDTH);
  list.forEach((weights, m) => {
    weights.response.bias.forEach((b, k) => (responseBias[m * RESPONSE_WIDTH + k] = b));
    weights.sentence.bias.forEach((b, k) => (sentenceBias[m * SENTENCE_WIDTH + k] = b));
    for (const [feature, weight] of Object.entries(weights.response.features)) {
      const at = rows.get(feature)! + m * RESPONSE_WIDTH;
      weight.forEach((w, k) => (data[at + k] = w));
    }
    for (const [feature, weight] of Object.entries(weights.sentence.features)) {
      const at = rows.get(feature)! + sentenceAt + m * SENTENCE_WIDTH;
      weight.forEach((w, k) => (data[at + k] = w));
    }
  });
  return {
    count: n,
    rows,
    weights: data,
    responseBias,
    sentenceBias,
    offsets: Float64Array.from(list.flatMap((w) => w.offsets)),
  };
}

function softmax3(z: Float64Array, at: number): LevelProbabilities {
  const max = Math.max(z[at]!, z[at + 1]!, z[at + 2]!);
  const a = Math.exp(z[at]! - max);
  const b = Math.exp(z[at + 1]! - max);
  const c = Math.exp(z[at + 2]! - max);
  const sum = a + b + c;
  return [a / sum, b / sum, c / sum];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Each component's probabilities for one reply's features, per compiled mechanism (training
 * tunes the offsets on them): [whole-reply softmax, naive-Bayes one-vs-rest, best sentence].
 */
export function componentProbabilities(
  compiled: CompiledEmpathyWeights,
  features: PairFeatures,
  /** Filled, when given, with each mechanism's most empathic sentence (-1: none). */
  bestSentence?: Int32Array,
): LevelProbabilities[][] {
  const n = compiled.count;
  const { rows, weights } = compiled;
  const sentenceAt = n * RESPONSE_WIDTH;
  const sentenceWidth = n * SENTENCE_WIDTH;
  const z = Float64Array.from(compiled.responseBias);
  const s = new Float64Array(sentenceWidth);
  // What every sentence shares (the seeker post's form) is added to the bias once.
  const base = Float64Array.from(compiled.sentenceBias);
  for (const feature of features.context) {
    const at = rows.get(feature);
    if (at === undefined) continue;
    for (let k = 0; k < sentenceWidth; k += 1) base[k] = base[k]! + weights[at + sentenceAt + k]!;
  }
  const best: LevelProbabilities[] = Array.from({ length: n }, () => [1, 0, 0]);
  bestSentence?.fill(-1);
  const { sentences, fresh } = features;
  for (let i = 0; i < sentences.length; i += 1) {
    const list = sentences[i]!;
    const freshCount = fresh[i]!;
    s.set(base);
    for (let j = 0; j < list.length; j += 1) {
      const at = rows.get(list[j]!);
      if (at === undefined) continue;
      const sentenceRow = at + sentenceAt;
      for (let k = 0; k < sentenceWidth; k += 1) s[k] = s[k]! + weights[sentenceRow + k]!;
      if (j < freshCount) for (let k = 0; k < sentenceAt; k += 1) z[k] = z[k]! + weights[at + k]!;
    }
    for (let m = 0; m < n; m += 1) {
      const p = softmax3(s, m * SENTENCE_WIDTH);
      if (p[0] < best[m]![0]) {
        best[m] = p;
        if (bestSentence) bestSentence[m] = i;
      }
    }
  }
  for (const feature of features.extra) {
    const at = rows.get(feature);
    if (at !== undefined) for (let k = 0; k < sentenceAt; k += 1) z[k] = z[k]! + weights[at + k]!;
  }
  return best.map((sentence, m) => {
    const at = m * RESPONSE_WIDTH;
    const bag = softmax3(z, at);
    const ovr = [sigmoid(z[at + 3]!), sigmoid(z[at + 4]!), sigmoid(z[at + 5]!)];
    const total = ovr[0]! + ovr[1]! + ovr[2]!;
    const nb: LevelProbabilities = [ovr[0]! / total, ovr[1]! / total, ovr[2]! / total];
    return [bag, nb, sentence];
  });
}

/** A range without the spaces at its ends. */
function trimmed(text: string, { start, end }: SentenceSpan): SentenceSpan {
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/** The ensemble's probabilities: the components' mean. */
export function ensemble(components: readonly LevelProbabilities[]): LevelProbabilities {
  const p = [0, 0, 0];
  for (const c of components) for (let k = 0; k < 3; k += 1) p[k]! += c[k]! / components.length;
  return [p[0]!, p[1]!, p[2]!];
}

/** Probabilities shifted by log-space offsets and renormalised; the level is their argmax. */
export function applyOffsets(p: readonly number[], offsets: ArrayLike<number>): LevelProbabilities {
  const q = [0, 1, 2].map((k) => p[k]! * Math.exp(offsets[k]!));
  const sum = q[0]! + q[1]! + q[2]!;
  return [q[0]! / sum, q[1]! / sum, q[2]! / sum];
}

/** The most probable level (ties go to the lower level). */
export function levelOf(p: readonly number[]): EmpathyLevel {
  let best: EmpathyLevel = 0;
  if (p[1]! > p[best]!) best = 1;
  if (p[2]! > p[best]!) best = 2;
  return best;
}

/**
 * The EPITOME empathy classifiers (emotional reactions, interpretations, explorations) over a
 * reply and, when known, the post it answers.
 * @example empathyModel(weights).score("I'm so sorry you're going through this").emotional_reactions // 2
 */
export function empathyModel(weights: EmpathyWeights) {
  // No closure here reads `weights` or `list` (a closure shares its function's whole scope), so
  // only the compiled table stays once the model is built.
  const list: MechanismWeights[] = [];
  for (const mechanism of MECHANISMS) list.push(weights[mechanism]);
  const compiled = compileWeights(list);
  const name = list.map((w) => w.name).join('+');
  const bestSentence = new Int32Array(list.length);
  pairFeatures('', ''); // reads the word lists now rather than on the first reply
  return {
    name,
    /** Levels for a reply (`seekerPost`: the message it answers, if any). */
    score(response: string, seekerPost?: string): EmpathyScore {
      const features = pairFeatures(response, seekerPost);
      const components = componentProbabilities(compiled, features, bestSentence);
      const scores = {} as Record<Mechanism, LevelProbabilities>;
      const levels = {} as Record<Mechanism, EmpathyLevel>;
      const spans: EmpathyScore['spans'] = {};
      let ranges: SentenceSpan[] | undefined;
      MECHANISMS.forEach((mechanism, m) => {
        const p = applyOffsets(ensemble(components[m]!), compiled.offsets.subarray(m * 3));
        scores[mechanism] = p;
        levels[mechanism] = levelOf(p);
        if (levels[mechanism] === 0 || features.sentences.length < 2) return;
        // The features' sentences are `sentenceSpans` of the reply, in order (features.ts).
        ranges ??= sentenceSpans(response);
        const range = ranges[bestSentence[m]!];
        if (range) spans[mechanism] = trimmed(response, range);
      });
      return { ...levels, scores, spans };
    },
  };
}
export type EmpathyModel = ReturnType<typeof empathyModel>;

/** Where the shipped weight files live, one per mechanism. */
export const WEIGHT_FILES: Record<Mechanism, string> = {
  emotional_reactions: 'emotional-reactions.json',
  interpretations: 'interpretations.json',
  explorations: 'explorations.json',
};

/** Reads the shipped weight files from a directory (default: `src/nlu/empathy/weights/`). */
export function readEmpathyWeights(
  directory: URL = new URL('./weights/', import.meta.url),
): EmpathyWeights {
  return Object.fromEntries(
    MECHANISMS.map((m) => [
      m,
      JSON.parse(readFileSync(new URL(WEIGHT_FILES[m], directory), 'utf8')) as MechanismWeights,
    ]),
  ) as EmpathyWeights;
}

let shipped: EmpathyModel | undefined;

/**
 * The classifiers trained by `trainEmpathyModels` on EPITOME and shipped in the repository
 * (loaded once).
 * @example shippedEmpathyModel().score('What happened after that?', post).explorations // 2
 */
export function shippedEmpathyModel(): EmpathyModel {
  shipped ??= empathyModel(readEmpathyWeights());
  return shipped;
}
