import { readFileSync } from 'node:fs';
import type { RiskCategory } from '../../core/index.ts';
import { messageFeatures } from './features.ts';

/** The classes the model tells apart: no alarm, or the category of an alarm. */
export const MODEL_CLASSES = [
  'none',
  'suicide',
  'self_harm',
  'harm_to_others',
  'abuse',
  'medical_emergency',
] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

/** Weights as shipped: one row per feature, one weight per class, plus the biases. */
export interface RiskModelWeights {
  name: string;
  classes: readonly ModelClass[];
  bias: number[];
  features: Record<string, number[]>;
  /** Probability of a category above which the model reports a finding. */
  threshold: number;
}

/** The model's verdict on one message. */
export interface ModelScore {
  probabilities: Record<ModelClass, number>;
  /** The most likely alarm category and its probability. */
  top: { category: RiskCategory; probability: number };
}

/**
 * A softmax regression over `messageFeatures`, scoring a message in microseconds.
 * @example riskModel(weights).score('i want to unalive myself').top.category // 'suicide'
 */
export function riskModel(weights: RiskModelWeights) {
  const classes = weights.classes;
  return {
    name: weights.name,
    threshold: weights.threshold,
    score(text: string): ModelScore {
      const logits = [...weights.bias];
      for (const feature of messageFeatures(text)) {
        const row = weights.features[feature];
        if (!row) continue;
        for (let k = 0; k < logits.length; k += 1) logits[k]! += row[k]!;
      }
      const max = Math.max(...logits);
      const exps = logits.map((z) => Math.exp(z - max));
      const sum = exps.reduce((a, b) => a + b, 0);
      const probabilities = Object.fromEntries(
        classes.map((c, k) => [c, exps[k]! / sum]),
      ) as Record<ModelClass, number>;
      let top: ModelScore['top'] = { category: 'suicide', probability: -1 };
      for (const c of classes) {
        if (c !== 'none' && probabilities[c] > top.probability) {
          top = { category: c, probability: probabilities[c] };
        }
      }
      return { probabilities, top };
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
