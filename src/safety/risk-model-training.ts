import { compareRisk } from '../core/index.ts';
import { MODEL_CATEGORIES, riskFeatures, type RiskModelWeights } from './risk-model.ts';
import type { SafetyCase } from './safety-evaluation.ts';

/** Settings of the trainer; the defaults regenerate the shipped weights exactly. */
export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weights smaller than this are dropped from the shipped file. */
  prune: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  epochs: 30,
  learningRate: 0.5,
  l2: 0.001,
  prune: 0.25,
  seed: 7,
};

/** The label of a case for one category: the speaker's own risk at moderate or higher. */
export function isPositive(item: SafetyCase, category: string): boolean {
  return (
    !item.unassessable &&
    !item.about_others &&
    item.category === category &&
    compareRisk(item.level, 'moderate') >= 0
  );
}

/** A small deterministic generator (mulberry32) so training is reproducible to the byte. */
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
 * Trains one L2-regularised logistic regression per category by stochastic gradient descent over
 * word and word-pair features, deterministically (fixed seed and order).
 * @example trainRiskModel(cases, { ...DEFAULT_TRAINING }, 0.5, 'cases.jsonl')
 */
export function trainRiskModel(
  cases: readonly SafetyCase[],
  options: TrainingOptions,
  threshold: number,
  trainedOn: string,
): RiskModelWeights {
  const usable = cases.filter((item) => !item.unassessable);
  const features = usable.map((item) => riskFeatures(item.text));
  const next = random(options.seed);
  const order = usable.map((_, i) => i);
  const model: RiskModelWeights = { version: 'risk-model@1', trainedOn, threshold, categories: {} };
  for (const category of MODEL_CATEGORIES) {
    const weights = new Map<string, number>();
    let bias = 0;
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const rate = options.learningRate / (1 + epoch * 0.1);
      for (const index of order) {
        const x = features[index]!;
        let z = bias;
        for (const feature of x) z += weights.get(feature) ?? 0;
        const p = 1 / (1 + Math.exp(-z));
        const error = (isPositive(usable[index]!, category) ? 1 : 0) - p;
        bias += rate * error;
        for (const feature of x) {
          const w = weights.get(feature) ?? 0;
          weights.set(feature, w + rate * (error - options.l2 * w));
        }
      }
    }
    const kept: Record<string, number> = {};
    for (const [feature, weight] of [...weights.entries()].sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    )) {
      if (Math.abs(weight) >= options.prune) kept[feature] = Math.round(weight * 10_000) / 10_000;
    }
    model.categories[category] = { bias: Math.round(bias * 10_000) / 10_000, weights: kept };
  }
  return model;
}
