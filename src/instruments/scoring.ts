import { AllianceError } from '../core/index.ts';
import {
  answerableItems,
  itemScale,
  type InstrumentDefinition,
  type ItemScale,
  type MissingRule,
} from './definition.ts';

/** Answers by linkId: a number, or null for an item that was skipped or left blank. */
export type Answers = Readonly<Record<string, number | null | undefined>>;

/** A flag raised by an item or the total. */
export interface ScoreFlag {
  code: string;
  message: string;
  /** The item that raised it, for item flags. */
  item?: string;
  handover?: 'safety_protocol';
  source: string;
}

/** One instrument's score: the same shape for every instrument. */
export interface ScoreResult {
  instrument: string;
  name: string;
  version: string;
  method: 'sum' | 'mean';
  /** Null when too many items are missing for the instrument's rule. */
  total: number | null;
  range: { min: number; max: number };
  band: { code: string; label: string } | null;
  subscales: { key: string; label: string; score: number | null }[];
  flags: ScoreFlag[];
  /** Scored items answered, and the ones missing (skipped or not yet asked). */
  answered: number;
  missing: string[];
  /** True when missing items were filled in by the instrument's rule. */
  prorated: boolean;
  /** True when every scored item is answered. */
  complete: boolean;
  validated: boolean;
}

/**
 * Checks one answer against its item: a known linkId, a value the item allows. Throws
 * `answer_invalid` naming the item.
 */
export function checkAnswer(
  definition: InstrumentDefinition,
  linkId: string,
  value: number,
): ItemScale {
  const item = answerableItems(definition).find((candidate) => candidate.linkId === linkId);
  if (!item) {
    throw new AllianceError(
      'answer_invalid',
      `${definition.name} has no item "${linkId}".`,
      `Its items are ${answerableItems(definition)
        .map((i) => i.linkId)
        .join(', ')}.`,
    );
  }
  const scale = itemScale(item);
  const allowed =
    scale.kind === 'choice'
      ? scale.options.some((option) => option.value === value)
      : Number.isFinite(value) &&
        value >= scale.min &&
        value <= scale.max &&
        (scale.decimals || Number.isInteger(value));
  if (!allowed) {
    const expected =
      scale.kind === 'choice'
        ? `one of ${scale.options.map((o) => o.value).join(', ')}`
        : `${scale.decimals ? 'a number' : 'a whole number'} from ${scale.min} to ${scale.max}`;
    throw new AllianceError(
      'answer_invalid',
      `${definition.name} item ${linkId} cannot be ${Number.isFinite(value) ? value : 'that'}.`,
      `Answer it with ${expected}.`,
    );
  }
  return scale;
}

/**
 * Scores a (possibly partial) response with the instrument's own rules: sum or mean, reverse
 * keys, subscales, bands, item and total flags, and its rule for missing items. The same function
 * serves every instrument.
 * @example scoreResponse(PHQ9, { 'phq9-1': 0, 'phq9-2': 1, … }).band?.label // 'mild'
 */
export function scoreResponse(definition: InstrumentDefinition, answers: Answers): ScoreResult {
  const scales = new Map<string, ItemScale>();
  for (const [linkId, value] of Object.entries(answers)) {
    if (value === null || value === undefined) {
      // A blank is still checked for being a real item.
      if (!answerableItems(definition).some((item) => item.linkId === linkId)) {
        checkAnswer(definition, linkId, Number.NaN);
      }
      continue;
    }
    scales.set(linkId, checkAnswer(definition, linkId, value));
  }
  const { scoring } = definition;
  const scaleOf = (linkId: string): ItemScale => {
    const known = scales.get(linkId);
    if (known) return known;
    const item = answerableItems(definition).find((candidate) => candidate.linkId === linkId);
    if (!item) throw new Error(`${definition.key}: scoring names unknown item ${linkId}`);
    const scale = itemScale(item);
    scales.set(linkId, scale);
    return scale;
  };
  const scored = (linkId: string): number | null => {
    const value = answers[linkId];
    if (value === null || value === undefined) return null;
    if (!scoring.reverse.includes(linkId)) return value;
    const scale = scaleOf(linkId);
    return scale.min + scale.max - value;
  };
  const round = (value: number) => {
    const factor = 10 ** scoring.precision;
    return Math.round(value * factor) / factor;
  };

  const totalPart = combine(scoring.items.map(scored), scoring.method, scoring.missing);
  const total = totalPart.score === null ? null : round(totalPart.score);
  const subscales = scoring.subscales.map((subscale) => {
    const part = combine(subscale.items.map(scored), subscale.method, subscale.missing);
    return {
      key: subscale.key,
      label: subscale.label,
      score: part.score === null ? null : round(part.score),
    };
  });

  const band =
    total === null
      ? null
      : ([...scoring.bands].reverse().find((candidate) => total >= candidate.from) ?? null);

  const flags: ScoreFlag[] = [];
  for (const flag of scoring.itemFlags) {
    const value = answers[flag.item];
    if (value !== null && value !== undefined && value > flag.above) {
      flags.push({
        code: flag.code,
        message: flag.message,
        item: flag.item,
        ...(flag.handover ? { handover: flag.handover } : {}),
        source: flag.source,
      });
    }
  }
  if (total !== null) {
    for (const flag of scoring.totalFlags) {
      const low = flag.atOrBelow !== undefined && total <= flag.atOrBelow;
      const high = flag.atOrAbove !== undefined && total >= flag.atOrAbove;
      if (low || high) flags.push({ code: flag.code, message: flag.message, source: flag.source });
    }
  }

  const itemScales = scoring.items.map(scaleOf);
  const itemMin = itemScales.reduce((sum, scale) => sum + scale.min, 0);
  const itemMax = itemScales.reduce((sum, scale) => sum + scale.max, 0);
  const count = scoring.items.length;
  const missing = scoring.items.filter((linkId) => scored(linkId) === null);
  return {
    instrument: definition.key,
    name: definition.name,
    version: definition.questionnaire.version,
    method: scoring.method,
    total,
    range:
      scoring.method === 'sum'
        ? { min: itemMin, max: itemMax }
        : { min: round(itemMin / count), max: round(itemMax / count) },
    band: band ? { code: band.code, label: band.label } : null,
    subscales,
    flags,
    answered: count - missing.length,
    missing,
    prorated: totalPart.prorated,
    complete: missing.length === 0,
    validated: definition.validated,
  };
}

/** Combines item scores by sum or mean under a missing-item rule. */
function combine(
  values: (number | null)[],
  method: 'sum' | 'mean',
  rule: MissingRule,
): { score: number | null; prorated: boolean } {
  const present = values.filter((value): value is number => value !== null);
  const missing = values.length - present.length;
  if (values.length === 0) return { score: null, prorated: false };
  const sum = present.reduce((total, value) => total + value, 0);
  if (missing === 0) {
    return { score: method === 'sum' ? sum : sum / values.length, prorated: false };
  }
  const allowed =
    (rule.rule === 'prorate' && missing <= rule.maxMissing) ||
    (rule.rule === 'mean_of_answered' && present.length >= rule.minAnswered);
  if (!allowed || present.length === 0) return { score: null, prorated: false };
  const mean = sum / present.length;
  return { score: method === 'sum' ? mean * values.length : mean, prorated: true };
}
