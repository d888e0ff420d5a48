import { AllianceError } from '../core/index.ts';
import { answerableItems, itemScale, type InstrumentDefinition } from './definition.ts';
import { checkAnswer, type Answers } from './scoring.ts';

/** Citation for coefficient alpha. */
export const CRONBACH_1951 =
  'Cronbach LJ. Coefficient alpha and the internal structure of tests. Psychometrika 1951;16(3):297–334.';
/** Citation for the reliable change index and clinically significant change. */
export const JACOBSON_TRUAX_1991 =
  'Jacobson NS, Truax P. Clinical significance: a statistical approach to defining meaningful change in psychotherapy research. J Consult Clin Psychol 1991;59(1):12–19.';

/** The |RCI| beyond which change is reliable: p < .05, two-tailed (Jacobson & Truax 1991). */
export const RELIABLE_CHANGE_Z = 1.96;

/** Cronbach's alpha and what it was computed from. */
export interface AlphaResult {
  /** Null when alpha is undefined for the data; `reason` says why. May be negative. */
  alpha: number | null;
  /** Complete rows used. */
  respondents: number;
  items: number;
  reason?: string;
}

/** Reliable and clinically significant change between two administrations. */
export interface ChangeResult {
  instrument: string;
  before: number;
  after: number;
  /** after − before, at the instrument's precision. */
  change: number;
  /** `jacobson-truax`: RCI from a cohort SD; `published-threshold`: the instrument's fixed points. */
  method: 'jacobson-truax' | 'published-threshold';
  /** The reliable change index; null for the published-threshold method. */
  rci: number | null;
  /** The smallest reliable change, in points. */
  threshold: number;
  direction: 'improved' | 'deteriorated' | 'no_reliable_change';
  /** Moved from the clinical to the non-clinical range, reliable or not (IAPT "recovery"). */
  crossedCutoff: boolean;
  /** Reliably improved and crossed the cut-off (Jacobson & Truax's "recovered"; IAPT "reliable recovery"). */
  clinicallySignificant: boolean;
  sources: string[];
}

/**
 * Cronbach's alpha, k/(k−1)·(1 − Σ item variances / total variance), over the complete rows
 * (respondents) of an item matrix, with sample (n−1) variances. Null, with a reason, for fewer
 * than 2 items or complete rows, or when every total is the same.
 * @see Cronbach LJ. Coefficient alpha and the internal structure of tests. Psychometrika 1951;16(3):297–334.
 * @example cronbachAlpha([[1, 2, 2], [2, 2, 3], [3, 4, 3], [4, 4, 4]]).alpha // 27/29 ≈ 0.931
 */
export function cronbachAlpha(rows: readonly (readonly (number | null)[])[]): AlphaResult {
  const items = rows[0]?.length ?? 0;
  rows.forEach((row, index) => checkRow(row, index, items));
  const complete = rows.filter((row): row is readonly number[] => row.every((v) => v !== null));
  const result = { respondents: complete.length, items };
  if (items < 2) return { ...result, alpha: null, reason: 'Alpha needs at least 2 items.' };
  if (complete.length < 2) {
    return { ...result, alpha: null, reason: 'Alpha needs at least 2 complete rows.' };
  }
  const columns = Array.from({ length: items }, (_, column) => complete.map((row) => row[column]!));
  const itemVariance = columns.reduce((sum, column) => sum + variance(column), 0);
  const totalVariance = variance(complete.map((row) => row.reduce((sum, v) => sum + v, 0)));
  if (totalVariance === 0) {
    return { ...result, alpha: null, reason: 'Every respondent has the same total.' };
  }
  return { ...result, alpha: (items / (items - 1)) * (1 - itemVariance / totalVariance) };
}

/**
 * Cronbach's alpha of an instrument's scored items across responses, reverse-keyed items turned
 * round (min + max − answer) first; responses with a missing scored item are left out.
 * @see Cronbach LJ. Coefficient alpha and the internal structure of tests. Psychometrika 1951;16(3):297–334.
 * @example instrumentAlpha(PHQ9, responses).alpha
 */
export function instrumentAlpha(
  definition: InstrumentDefinition,
  responses: readonly Answers[],
): AlphaResult {
  const { items, reverse } = definition.scoring;
  const byLinkId = new Map(answerableItems(definition).map((item) => [item.linkId, item]));
  const keyed = items.map((linkId) => {
    const item = byLinkId.get(linkId);
    if (!item) throw new Error(`${definition.key}: scoring names unknown item ${linkId}`);
    const { min, max } = itemScale(item);
    return { linkId, turn: reverse.includes(linkId) ? min + max : null };
  });
  const rows = responses.map((answers) =>
    keyed.map(({ linkId, turn }) => {
      const value = answers[linkId];
      if (value === null || value === undefined) return null;
      checkAnswer(definition, linkId, value);
      return turn === null ? value : turn - value;
    }),
  );
  return cronbachAlpha(rows);
}

/**
 * The Jacobson–Truax reliable change index: (after − before) / S_diff, where
 * S_diff = √2 · SD · √(1 − reliability). |RCI| > 1.96 is reliable change.
 * @see Jacobson NS, Truax P. Clinical significance: a statistical approach to defining meaningful change in psychotherapy research. J Consult Clin Psychol 1991;59(1):12–19.
 * @example reliableChangeIndex({ before: 20, after: 12, sd: 5, reliability: 0.84 }) // −2√2 ≈ −2.83
 */
export function reliableChangeIndex(input: {
  before: number;
  after: number;
  sd: number;
  reliability: number;
}): number {
  const { before, after, sd, reliability } = input;
  requireFinite(before, 'before');
  requireFinite(after, 'after');
  return (after - before) / differenceError(sd, reliability);
}

/**
 * Whether a change between two totals is reliable and clinically significant. With a cohort SD,
 * the Jacobson–Truax RCI on the instrument's published reliability; without, the instrument's
 * published reliable-change points. Clinically significant: reliably improved and moved from the
 * clinical range (at or beyond the cut-off) to the non-clinical range. Throws `usage` when the
 * instrument has no change criteria.
 * @see Jacobson NS, Truax P. Clinical significance: a statistical approach to defining meaningful change in psychotherapy research. J Consult Clin Psychol 1991;59(1):12–19.
 * @example classifyChange(PHQ9, 18, 8).direction // 'improved'
 */
export function classifyChange(
  definition: InstrumentDefinition,
  before: number,
  after: number,
  options: { cohortSd?: number } = {},
): ChangeResult {
  const criteria = definition.change;
  if (!criteria) {
    throw new AllianceError(
      'usage',
      `${definition.name} has no published criteria for reliable or clinically significant change.`,
      'Compare its scores descriptively, or use an outcome measure such as the PHQ-9 or GAD-7.',
    );
  }
  requireTotal(definition, before, 'before');
  requireTotal(definition, after, 'after');
  const factor = 10 ** definition.scoring.precision;
  const change = Math.round((after - before) * factor) / factor;
  const { cohortSd } = options;
  const judged =
    cohortSd === undefined
      ? {
          method: 'published-threshold' as const,
          rci: null,
          threshold: criteria.reliableChangePoints.value,
          reliable: Math.abs(change) >= criteria.reliableChangePoints.value,
          source: criteria.reliableChangePoints.source,
        }
      : jacobsonTruax(before, after, cohortSd, criteria.reliability);
  const improving = criteria.improvement === 'decrease' ? change < 0 : change > 0;
  const direction = !judged.reliable
    ? 'no_reliable_change'
    : improving
      ? 'improved'
      : 'deteriorated';
  const cutoff = criteria.clinicalCutoff.value;
  const crossedCutoff =
    criteria.improvement === 'decrease'
      ? before >= cutoff && after < cutoff
      : before < cutoff && after >= cutoff;
  return {
    instrument: definition.key,
    before,
    after,
    change,
    method: judged.method,
    rci: judged.rci,
    threshold: judged.threshold,
    direction,
    crossedCutoff,
    clinicallySignificant: direction === 'improved' && crossedCutoff,
    sources: [judged.source, criteria.clinicalCutoff.source, JACOBSON_TRUAX_1991],
  };
}

function jacobsonTruax(
  before: number,
  after: number,
  sd: number,
  reliability: { value: number; source: string },
) {
  const rci = reliableChangeIndex({ before, after, sd, reliability: reliability.value });
  return {
    method: 'jacobson-truax' as const,
    rci,
    threshold: RELIABLE_CHANGE_Z * differenceError(sd, reliability.value),
    reliable: Math.abs(rci) > RELIABLE_CHANGE_Z,
    source: `Reliability ${reliability.value}: ${reliability.source}`,
  };
}

/** The standard error of the difference between two scores, √2 · SD · √(1 − r). */
function differenceError(sd: number, reliability: number): number {
  if (!Number.isFinite(sd) || sd <= 0) {
    throw new AllianceError(
      'usage',
      `The standard deviation must be a number above 0; it is ${sd}.`,
      "Give the SD of the cohort's baseline scores.",
    );
  }
  if (!Number.isFinite(reliability) || reliability < 0 || reliability >= 1) {
    throw new AllianceError(
      'usage',
      `The reliability must be at least 0 and below 1; it is ${reliability}.`,
      "Give the instrument's test–retest or internal-consistency coefficient.",
    );
  }
  return Math.SQRT2 * sd * Math.sqrt(1 - reliability);
}

function requireTotal(definition: InstrumentDefinition, value: number, field: string): void {
  requireFinite(value, field);
  const scales = definition.scoring.items.map((linkId) => {
    const item = answerableItems(definition).find((candidate) => candidate.linkId === linkId);
    if (!item) throw new Error(`${definition.key}: scoring names unknown item ${linkId}`);
    return itemScale(item);
  });
  const divisor = definition.scoring.method === 'mean' ? scales.length : 1;
  const min = scales.reduce((sum, scale) => sum + scale.min, 0) / divisor;
  const max = scales.reduce((sum, scale) => sum + scale.max, 0) / divisor;
  if (value < min || value > max) {
    throw new AllianceError(
      'usage',
      `The ${field} score ${value} is outside the ${definition.name} range of ${min} to ${max}.`,
      `Give ${definition.name} totals from ${min} to ${max}.`,
    );
  }
}

function requireFinite(value: number, field: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new AllianceError(
      'usage',
      `The ${field} score must be a number; it is ${String(value)}.`,
      'Give both scores as numbers.',
    );
  }
}

function checkRow(row: readonly (number | null)[], index: number, items: number): void {
  if (row.length !== items) {
    throw new AllianceError(
      'usage',
      `Row ${index + 1} has ${row.length} items; the first row has ${items}.`,
      'Give every respondent one entry per item, null where an item is missing.',
    );
  }
  const bad = row.findIndex((value) => value !== null && !Number.isFinite(value));
  if (bad !== -1) {
    throw new AllianceError(
      'usage',
      `Row ${index + 1}, item ${bad + 1} is ${String(row[bad])}, not a number.`,
      'Use null for a missing answer.',
    );
  }
}

/** Sample variance (n − 1), two-pass for stability. */
function variance(values: readonly number[]): number {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
}
