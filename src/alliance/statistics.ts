/** Small, exact statistics for calibration and validation. */

/** Pearson's r, or null when either variable is constant or there are fewer than 3 pairs. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = Math.min(x.length, y.length);
  if (n < 3) return null;
  const mx = x.slice(0, n).reduce((a, b) => a + b, 0) / n;
  const my = y.slice(0, n).reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** Average ranks (ties share the mean rank), 1-based. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const result = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j += 1;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k += 1) result[order[k]![1]] = rank;
    i = j + 1;
  }
  return result;
}

/** Spearman's ρ: Pearson's r on ranks. */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  return pearson(ranks(x), ranks(y));
}

/**
 * Area under the ROC curve of `scores` for telling positives from negatives (the Mann–Whitney U
 * statistic over n₊·n₋), ties counted as one half. Null without both classes.
 * @example auc([0.9, 0.8, 0.3], [true, true, false]) // 1
 */
export function auc(scores: readonly number[], positive: readonly boolean[]): number | null {
  const r = ranks(scores);
  let sum = 0;
  let pos = 0;
  positive.forEach((p, i) => {
    if (p) {
      sum += r[i]!;
      pos += 1;
    }
  });
  const neg = positive.length - pos;
  if (pos === 0 || neg === 0) return null;
  return (sum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Least-squares line y = a + b·x, or null when x is constant or there are fewer than 3 pairs. */
export function fitLine(
  x: readonly number[],
  y: readonly number[],
): { intercept: number; slope: number } | null {
  const n = Math.min(x.length, y.length);
  if (n < 3) return null;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i += 1) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { intercept: my - slope * mx, slope };
}
