import type { InstrumentDefinition } from '../definition.ts';
import { ALLIANCE_CODES, choiceItem } from './builders.ts';

const HATCHER_2006 =
  'Hatcher RL, Gillaspy JA. Development and validation of a revised short version of the Working Alliance Inventory. Psychother Res 2006;16(1):12–25.';
const MUNDER_2010 =
  'Munder T, Wilmers F, Leonhart R, Linster HW, Barth J. Working Alliance Inventory-Short Revised (WAI-SR): psychometric properties in outpatients and inpatients. Clin Psychol Psychother 2010;17(3):231–9.';

/** Five-point answers; their wording comes with the licensed file. */
const OPTIONS = [1, 2, 3, 4, 5].map((value) => ({ value, code: String(value) }));
const item = (n: number) => `wai-sr-${n}`;
const NO_MISSING = { rule: 'complete' } as const;

/**
 * The Working Alliance Inventory – Short Revised: 12 items on a 1–5 scale with Goal, Task and
 * Bond subscales of four items each, reported as item means (1–5). The wording is licensed: only
 * the scoring ships here, and the items load from a FHIR Questionnaire file the deployer supplies.
 */
export const WAI_SR: InstrumentDefinition = {
  key: 'wai-sr',
  name: 'WAI-SR',
  construct: 'working alliance (client rated)',
  wording: 'deployer',
  licence: {
    status: 'licensed',
    statement:
      'The WAI-SR wording is copyrighted; obtain it and permission from its authors and supply it as a FHIR Questionnaire file (see docs/instruments.md).',
  },
  sources: [HATCHER_2006, MUNDER_2010],
  validated: true,
  questionnaire: {
    resourceType: 'Questionnaire',
    url: 'urn:alliance:fhir:Questionnaire:wai-sr',
    version: '2006',
    name: 'WAISR',
    title: 'Working Alliance Inventory – Short Revised (WAI-SR)',
    status: 'active',
    item: Array.from({ length: 12 }, (_, index) =>
      choiceItem({ linkId: item(index + 1), options: OPTIONS }),
    ),
  },
  scoring: {
    method: 'mean',
    items: Array.from({ length: 12 }, (_, index) => item(index + 1)),
    reverse: [],
    missing: NO_MISSING,
    subscales: [
      {
        key: 'goal',
        label: 'Goal',
        items: [4, 6, 8, 11].map(item),
        method: 'mean',
        missing: NO_MISSING,
      },
      {
        key: 'task',
        label: 'Task',
        items: [1, 2, 10, 12].map(item),
        method: 'mean',
        missing: NO_MISSING,
      },
      {
        key: 'bond',
        label: 'Bond',
        items: [3, 5, 7, 9].map(item),
        method: 'mean',
        missing: NO_MISSING,
      },
    ],
    bands: [],
    itemFlags: [],
    totalFlags: [],
    precision: 2,
  },
  observation: {
    code: { system: ALLIANCE_CODES, code: 'wai-sr-mean', display: 'WAI-SR mean item score' },
    subscaleCodes: {
      goal: { system: ALLIANCE_CODES, code: 'wai-sr-goal', display: 'WAI-SR Goal subscale mean' },
      task: { system: ALLIANCE_CODES, code: 'wai-sr-task', display: 'WAI-SR Task subscale mean' },
      bond: { system: ALLIANCE_CODES, code: 'wai-sr-bond', display: 'WAI-SR Bond subscale mean' },
    },
  },
  allowSkip: false,
};
