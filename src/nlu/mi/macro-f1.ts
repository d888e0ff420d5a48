/**
 * Macro-averaged F1: the unweighted mean over classes of each class's F1, so a rare class
 * counts as much as a common one (a class never predicted nor present is left out).
 * @example macroF1([0, 1, 1], [0, 1, 0], 2) // 0.667
 */
export function macroF1(gold: readonly number[], predicted: readonly number[], classes: number) {
  const scores = perClassF1(gold, predicted, classes).filter((f): f is number => f !== undefined);
  return scores.length === 0 ? 0 : scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** F1 of each class (undefined for a class that is neither present nor predicted). */
export function perClassF1(gold: readonly number[], predicted: readonly number[], classes: number) {
  const tp = new Array<number>(classes).fill(0);
  const fp = new Array<number>(classes).fill(0);
  const fn = new Array<number>(classes).fill(0);
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    if (g === p) tp[g]! += 1;
    else {
      fp[p]! += 1;
      fn[g]! += 1;
    }
  });
  return tp.map((t, k) => {
    const support = t + fp[k]! + fn[k]!;
    return support === 0 ? undefined : (2 * t) / (2 * t + fp[k]! + fn[k]!);
  });
}
