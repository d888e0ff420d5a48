import { macroF1 as sharedMacroF1 } from '../learn/metrics.ts';

export { perClassF1 } from '../learn/metrics.ts';

/**
 * Macro-averaged F1: the unweighted mean over classes of each class's F1, so a rare class
 * counts as much as a common one (a class never predicted nor present is left out).
 * @example macroF1([0, 1, 1], [0, 1, 0], 2) // 0.667
 */
export function macroF1(gold: readonly number[], predicted: readonly number[], classes: number) {
  return sharedMacroF1(gold, predicted, classes, { skipAbsent: true });
}
