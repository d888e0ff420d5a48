/**
 * Macro-averaged F1 over classes 0..K-1 (a class never predicted nor present counts 0, as in
 * scikit-learn with zero_division=0).
 * @example macroF1([0, 1, 2], [0, 1, 1], 3) // 0.555…
 */
export function macroF1(
  gold: readonly number[],
  predicted: readonly number[],
  classes: number,
): number {
  let total = 0;
  for (let k = 0; k < classes; k += 1) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i += 1) {
      if (predicted[i] === k && gold[i] === k) tp += 1;
      else if (predicted[i] === k) fp += 1;
      else if (gold[i] === k) fn += 1;
    }
    total += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return total / classes;
}
