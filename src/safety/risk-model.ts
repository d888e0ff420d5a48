import type { RiskCategory } from '../core/index.ts';
import { normalizeForSafety } from './normalize-text.ts';

/** The categories the learned scorer predicts, one logistic regression each. */
export const MODEL_CATEGORIES: readonly RiskCategory[] = [
  'suicide',
  'self_harm',
  'harm_to_others',
  'abuse',
  'medical_emergency',
];

/** A trained model as shipped in `src/safety/model/risk-model.json`. */
export interface RiskModelWeights {
  version: string;
  /** What it was trained on and how, for the record. */
  trainedOn: string;
  /** Probability above which a category is flagged, chosen by cross-validation. */
  threshold: number;
  /** Per category: bias and feature weights (features are words and word pairs). */
  categories: Record<string, { bias: number; weights: Record<string, number> }>;
}

/**
 * Features of a message: its words and adjacent word pairs after the safety normalisation
 * (lowercase, leetspeak and stretched letters undone), with the two words before a negation
 * marked, so "not suicidal" and "suicidal" are different features.
 * @example riskFeatures('I want to die') // ['i', 'want', 'to', 'die', 'i want', 'want to', 'to die']
 */
export function riskFeatures(text: string): string[] {
  const words = normalizeForSafety(text.slice(0, 4000)).text.match(/[a-z][a-z']*/gu) ?? [];
  const marked: string[] = [];
  let negatedFor = 0;
  for (const word of words) {
    if (
      /^(?:not|never|no|don't|dont|didn't|didnt|won't|wont|wouldn't|wouldnt|can't|cant|isn't|isnt)$/u.test(
        word,
      )
    ) {
      marked.push(word);
      negatedFor = 3;
      continue;
    }
    marked.push(negatedFor > 0 ? `not_${word}` : word);
    negatedFor = Math.max(0, negatedFor - 1);
  }
  const features = new Set(marked);
  for (let i = 1; i < marked.length; i++) features.add(`${marked[i - 1]} ${marked[i]}`);
  return [...features];
}

/** Probability per category for a message under a model. */
export function scoreRisk(model: RiskModelWeights, text: string): Record<string, number> {
  const features = riskFeatures(text);
  const scores: Record<string, number> = {};
  for (const [category, { bias, weights }] of Object.entries(model.categories)) {
    let z = bias;
    for (const feature of features) z += weights[feature] ?? 0;
    scores[category] = 1 / (1 + Math.exp(-z));
  }
  return scores;
}
