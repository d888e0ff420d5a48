import type { InstrumentDefinition } from '../definition.ts';
import { ALLIANCE_CODES, numericItem } from './builders.ts';

const DUNCAN_2003 =
  'Duncan BL, Miller SD, Sparks JA, Claud DA, Reynolds LR, Brown J, Johnson LD. The Session Rating Scale: preliminary psychometric properties of a "working" alliance measure. J Brief Ther 2003;3(1):3–12.';

const item = (n: number) => `srs-${n}`;
const KEYS: [string, string][] = [
  ['relationship', 'Relationship'],
  ['goals', 'Goals and topics'],
  ['approach', 'Approach or method'],
  ['overall', 'Overall'],
];

/**
 * The Session Rating Scale: four marks on a 10 cm line, each scored 0–10, total 0–40; a total of
 * 36 or below flags an alliance concern. The wording is licensed and loads from the deployer's file.
 */
export const SRS: InstrumentDefinition = {
  key: 'srs',
  name: 'SRS',
  construct: 'session alliance (client rated)',
  wording: 'deployer',
  licence: {
    status: 'licensed',
    statement:
      'The SRS is copyrighted and licensed by its authors; supply its wording as a FHIR Questionnaire file under your licence (see docs/instruments.md).',
  },
  sources: [DUNCAN_2003],
  validated: true,
  questionnaire: {
    resourceType: 'Questionnaire',
    url: 'urn:alliance:fhir:Questionnaire:srs',
    version: '3.0',
    name: 'SRS',
    title: 'Session Rating Scale (SRS)',
    status: 'active',
    item: KEYS.map((_, index) =>
      numericItem({ linkId: item(index + 1), min: 0, max: 10, decimals: true }),
    ),
  },
  scoring: {
    method: 'sum',
    items: KEYS.map((_, index) => item(index + 1)),
    reverse: [],
    missing: { rule: 'complete' },
    subscales: KEYS.map(([key, label], index) => ({
      key,
      label,
      items: [item(index + 1)],
      method: 'sum',
      missing: { rule: 'complete' },
    })),
    bands: [],
    itemFlags: [],
    totalFlags: [
      {
        atOrBelow: 36,
        code: 'alliance_concern',
        message:
          'An SRS total of 36 or below suggests the alliance needs attention: ask what could be better.',
        source: `${DUNCAN_2003} Clinical cut-off of 36.`,
      },
    ],
    precision: 1,
  },
  observation: {
    code: {
      system: ALLIANCE_CODES,
      code: 'srs-total',
      display: 'Session Rating Scale total score',
    },
  },
  allowSkip: false,
};
