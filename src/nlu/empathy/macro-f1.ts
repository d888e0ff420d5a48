import { macroF1 as sharedMacroF1, perClassF1 } from '../learn/metrics.ts';

/**
 * F1 of each class 0..K-1 (a class neither predicted nor present scores 0, as scikit-learn does
 * with zero_division=0).
 * @example classF1([0, 1, 2], [0, 1, 1], 3) // [1, 0.667, 0]
 */
export function classF1(
  gold: readonly number[],
  predicted: readonly number[],
  classes: number,
): number[] {
  return perClassF1(gold, predicted, classes).map((f) => f ?? 0);
}

/**
 * Macro-averaged F1 over classes 0..K-1, every class counted.
 * @example macroF1([0, 1, 2], [0, 1, 1], 3) // 0.556
 */
export function macroF1(
  gold: readonly number[],
  predicted: readonly number[],
  classes: number,
): number {
  return sharedMacroF1(gold, predicted, classes);
}

/**
 * Counts of (gold, predicted) pairs: `matrix[gold][predicted]`.
 * @example confusion([0, 1], [0, 0], 2) // [[1, 0], [1, 0]]
 */
export function confusion(
  gold: readonly number[],
  predicted: readonly number[],
  classes: number,
): number[][] {
  const matrix = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < gold.length; i += 1) matrix[gold[i]!]![predicted[i]!]! += 1;
  return matrix;
}
