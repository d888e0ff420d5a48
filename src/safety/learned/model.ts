import { readFileSync } from 'node:fs';
import type { RiskCategory } from '../../core/index.ts';
import {
  packShared,
  probabilitiesOf,
  sharedLogits,
  sharedRowsOf,
  type SoftmaxWeights,
} from '../../nlu/index.ts';
import { messageFeatures } from './features.ts';

/**
 * The classes the model tells apart: no alarm, the category of an alarm, or `others`: concern
 * for someone else's safety (the speaker's own level is none).
 */
export const MODEL_CLASSES = [
  'none',
  'suicide',
  'self_harm',
  'harm_to_others',
  'abuse',
  'medical_emergency',
  'others',
] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

/** Weights as shipped: one row per feature, one weight per class, plus the biases. */
export interface RiskModelWeights extends SoftmaxWeights {
  name: string;
  classes: readonly ModelClass[];
  /** Probability of an alarm (1 − P(none)) above which the model reports a finding. */
  threshold: number;
  /**
   * The same for a message that names a danger concept (death, a means, harm, a body in
   * distress, a weapon: `DANGER_CONCEPT`); `threshold` when absent.
   */
  dangerThreshold?: number;
  /**
   * How close the danger is, read from a message that carries risk: a second softmax over the
   * same features, trained on the risk messages alone to tell imminent ones (intent with a
   * method or a time, preparatory acts, an overdose taken, harm happening now) from the rest.
   */
  imminence?: SoftmaxWeights;
  /** The probability of `imminence` at or above which an alarm is raised to imminent. */
  imminenceThreshold?: number;
}

/** The model's verdict on one message. */
export interface ModelScore {
  probabilities: Record<ModelClass, number>;
  /** The most likely alarm category and its probability. */
  top: { category: RiskCategory; probability: number };
  /**
   * The probability of any alarm (1 − P(none)), compared with the threshold: risk the model
   * spreads over two categories ("cutting" between self-harm and suicide) still counts in full.
   */
  alarm: number;
  /** The probability that the message is concern for someone else's safety. */
  others: number;
  /** If the message carries risk, the probability that it is imminent (0 without the head). */
  imminent: number;
}

/**
 * A softmax regression over `messageFeatures`, scoring a message in microseconds.
 * @example riskModel(weights).score('i want to unalive myself').top.category // 'suicide'
 */
export function riskModel(weights: RiskModelWeights) {
  const classes = weights.classes;
  // Only the packed rows are kept (no closure here reads `weights`), so the parsed file can go.
  // With the imminence head, both models share one feature index: a feature is looked up once.
  const head = weights.imminence;
  const shared = packShared(head ? [weights, head] : [weights]);
  const imminent = head ? head.classes.indexOf('imminent') : -1;
  return {
    name: weights.name,
    threshold: weights.threshold,
    dangerThreshold: weights.dangerThreshold ?? weights.threshold,
    /** Infinity without the head: nothing is raised. */
    imminenceThreshold: head ? (weights.imminenceThreshold ?? 0.8) : Infinity,
    /** `normalized`: `normalizeForSafety(text).text`, when the caller has it (see `modelTokens`). */
    score(text: string, normalized?: string): ModelScore {
      const rows = sharedRowsOf(shared, messageFeatures(text, normalized));
      const p = probabilitiesOf(sharedLogits(shared, 0, rows));
      const closeness = head ? probabilitiesOf(sharedLogits(shared, 1, rows))[imminent]! : 0;
      const probabilities = Object.fromEntries(classes.map((c, k) => [c, p[k]!])) as Record<
        ModelClass,
        number
      >;
      let top: ModelScore['top'] = { category: 'suicide', probability: -1 };
      for (const c of classes) {
        if (c !== 'none' && c !== 'others' && probabilities[c] > top.probability) {
          top = { category: c, probability: probabilities[c] };
        }
      }
      const others = probabilities.others ?? 0;
      return {
        probabilities,
        top,
        alarm: 1 - probabilities.none - others,
        others,
        imminent: closeness,
      };
    },
  };
}
export type RiskModel = ReturnType<typeof riskModel>;

let shipped: RiskModel | undefined;

/**
 * The model trained by `npm run train:safety` and shipped in the repository (loaded once).
 * @example ruleRiskDetector({ model: shippedRiskModel() })
 */
export function shippedRiskModel(): RiskModel {
  shipped ??= riskModel(
    JSON.parse(
      readFileSync(new URL('./risk-model.json', import.meta.url), 'utf8'),
    ) as RiskModelWeights,
  );
  return shipped;
}
