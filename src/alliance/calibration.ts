import { fitLine, pearson, spearman } from './statistics.ts';
import { DTA_DIMENSIONS, type DtaScores } from './dta-index.ts';

/** A session's index beside the self-report the person gave at its end. */
export interface CalibrationPair {
  instrument: string;
  index: DtaScores;
  /** Self-report by dimension on the instrument's scale (e.g. WAI-SR 1–5); `overall` is its total. */
  report: Partial<Record<keyof DtaScores, number>>;
}

/** The fitted mapping of one dimension from the index (0–100) onto the self-report scale. */
export interface DimensionCalibration {
  n: number;
  intercept: number | null;
  slope: number | null;
  pearson: number | null;
  spearman: number | null;
}

/** A calibration of the index against one self-report instrument. */
export interface Calibration {
  instrument: string;
  fittedAt: string;
  dimensions: Partial<Record<keyof DtaScores, DimensionCalibration>>;
}

/**
 * Fits, per dimension, the least-squares line from the index to the self-report, with Pearson's
 * and Spearman's correlations. Dimensions with fewer than three pairs are reported without a fit.
 * @example calibrate(pairs, 'wai-sr', new Date().toISOString()).dimensions.bond?.pearson
 */
export function calibrate(
  pairs: readonly CalibrationPair[],
  instrument: string,
  fittedAt: string,
): Calibration {
  const dimensions: Calibration['dimensions'] = {};
  for (const dimension of [...DTA_DIMENSIONS, 'overall'] as const) {
    const usable = pairs.filter(
      (p) => p.instrument === instrument && p.report[dimension] !== undefined,
    );
    if (usable.length === 0) continue;
    const x = usable.map((p) => p.index[dimension]);
    const y = usable.map((p) => p.report[dimension]!);
    const line = fitLine(x, y);
    dimensions[dimension] = {
      n: usable.length,
      intercept: line ? round(line.intercept) : null,
      slope: line ? round(line.slope) : null,
      pearson: roundOrNull(pearson(x, y)),
      spearman: roundOrNull(spearman(x, y)),
    };
  }
  return { instrument, fittedAt, dimensions };
}

/** The index on the self-report scale, for dimensions the calibration fitted. */
export function applyCalibration(
  calibration: Calibration,
  index: DtaScores,
): Partial<Record<keyof DtaScores, number>> {
  const result: Partial<Record<keyof DtaScores, number>> = {};
  for (const [dimension, fit] of Object.entries(calibration.dimensions)) {
    if (!fit || fit.slope === null || fit.intercept === null) continue;
    const key = dimension as keyof DtaScores;
    result[key] = round(fit.intercept + fit.slope * index[key]);
  }
  return result;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const roundOrNull = (x: number | null) => (x === null ? null : round(x));
