import type { InstrumentDefinition } from './definition.ts';
import { DTA_CHECKIN } from './definitions/dta-checkin.ts';
import { GAD2 } from './definitions/gad2.ts';
import { GAD7 } from './definitions/gad7.ts';
import { PHQ2 } from './definitions/phq2.ts';
import { PHQ9 } from './definitions/phq9.ts';
import { SRS } from './definitions/srs.ts';
import { WAI_SR } from './definitions/wai-sr.ts';

/** Every instrument that ships with Alliance, in the order `alliance measure list` shows them. */
export const BUILTIN_INSTRUMENTS: readonly InstrumentDefinition[] = [
  PHQ9,
  GAD7,
  PHQ2,
  GAD2,
  WAI_SR,
  SRS,
  DTA_CHECKIN,
];

export { PHQ9, GAD7, PHQ2, GAD2, WAI_SR, SRS, DTA_CHECKIN };
