/**
 * F1 of each class 0..K-1, undefined for a class neither present nor predicted.
 * @example perClassF1([0, 1, 2], [0, 1, 1], 4) // [1, 0.667, 0, undefined]
 */
export function perClassF1(
  gold: readonly number[],
  predicted: readonly number[],
  classes: number,
): (number | undefined)[] {
  const tp = new Array<number>(classes).fill(0);
  const fp = new Array<number>(classes).fill(0);
  const fn = new Array<number>(classes).fill(0);
  for (let i = 0; i < gold.length; i += 1) {
    const g = gold[i]!;
    const p = predicted[i]!;
    if (g === p) tp[g]! += 1;
    else {
      fp[p]! += 1;
      fn[g]! += 1;
    }
  }
  return tp.map((t, k) =>
    t + fp[k]! + fn[k]! === 0 ? undefined : (2 * t) / (2 * t + fp[k]! + fn[k]!),
  );
}

/**
 * Macro-averaged F1. By default every class counts, a class neither present nor predicted as 0
 * (scikit-learn's zero_division=0); with `skipAbsent` such a class is left out of the mean.
 * @example macroF1([0, 1, 2], [0, 1, 1], 3) // 0.556
 */
export function macroF1(
  gold: readonly number[],
  predicted: readonly number[],
  classes: number,
  options: { skipAbsent?: boolean } = {},
): number {
  const scores = perClassF1(gold, predicted, classes);
  const counted = options.skipAbsent
    ? scores.filter((f): f is number => f !== undefined)
    : scores.map((f) => f ?? 0);
  return counted.length === 0 ? 0 : counted.reduce((a, b) => a + b, 0) / counted.length;
}
