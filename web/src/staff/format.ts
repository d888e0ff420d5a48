import type { Change, RiskLevel } from './staff-types.ts';

const RISK_ORDER: RiskLevel[] = ['none', 'low', 'moderate', 'high', 'imminent'];

/** Risk levels in order, for sorting. */
export function riskRank(level: RiskLevel): number {
  return RISK_ORDER.indexOf(level);
}

/** A date and time in the reader's locale, short. */
export function when(iso: string | null): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A date in the reader's locale. */
export function day(iso: string | null): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** A score on 0–100 as a whole number, or a dash. */
export function score(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(Math.round(value));
}

/** A signed change, e.g. "−8". */
export function signed(value: number): string {
  if (value === 0) return '0';
  return value > 0 ? `+${value}` : `−${Math.abs(value)}`;
}

/** What a change means, in words. */
export function changeWords(change: Change | null): string {
  if (!change) return 'one score so far';
  const base = `${change.from} → ${change.to} (${signed(change.change)})`;
  if (change.direction === 'improved')
    return `${base}, reliable improvement${change.clinicallySignificant ? ', clinically significant' : ''}`;
  if (change.direction === 'deteriorated') return `${base}, reliable deterioration`;
  return `${base}, no reliable change`;
}

/** A short arrow for a change's direction (with text beside it, never alone). */
export function changeSymbol(change: Change | null): string {
  if (!change) return '·';
  if (change.direction === 'improved') return '▼';
  if (change.direction === 'deteriorated') return '▲';
  return '–';
}

/** Words for a risk level. */
export function riskWords(level: RiskLevel): string {
  return level === 'none' ? 'none seen' : level;
}

/** A change in a few words, for a table cell. */
export function changeShort(change: Change | null): string {
  if (!change) return 'first score';
  const words =
    change.direction === 'improved'
      ? 'reliably better'
      : change.direction === 'deteriorated'
        ? 'reliably worse'
        : 'no reliable change';
  return `${signed(change.change)} since first, ${words}`;
}
