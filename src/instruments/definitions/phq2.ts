import type { InstrumentDefinition } from '../definition.ts';
import { PHQ9 } from './phq9.ts';
import { LOINC } from './builders.ts';

const KROENKE_2003 =
  'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care 2003;41(11):1284–92.';

/** The PHQ-2: the first two PHQ-9 items, a depression screener; 3 or more screens positive. */
export const PHQ2: InstrumentDefinition = {
  ...PHQ9,
  key: 'phq2',
  name: 'PHQ-2',
  construct: 'depression screening',
  sources: [KROENKE_2003],
  questionnaire: {
    ...PHQ9.questionnaire,
    url: 'http://loinc.org/q/55757-9',
    version: '2003',
    name: 'PHQ2',
    title: 'Patient Health Questionnaire-2 (PHQ-2)',
    code: [
      {
        system: LOINC,
        code: '55757-9',
        display: 'Patient Health Questionnaire 2 item (PHQ-2) [Reported]',
      },
    ],
    item: PHQ9.questionnaire.item.slice(0, 2).map((item, index) => ({
      ...item,
      linkId: `phq2-${index + 1}`,
    })),
  },
  scoring: {
    method: 'sum',
    items: ['phq2-1', 'phq2-2'],
    reverse: [],
    missing: { rule: 'complete' },
    subscales: [],
    bands: [
      { from: 0, code: 'negative', label: 'below the screening cut-off' },
      { from: 3, code: 'positive', label: 'at or above the screening cut-off of 3' },
    ],
    bandSource: `${KROENKE_2003} A score of 3 or more had 83% sensitivity and 92% specificity for major depression.`,
    itemFlags: [],
    totalFlags: [],
    precision: 0,
  },
  change: undefined,
  observation: {
    code: {
      system: LOINC,
      code: '55758-7',
      display: 'Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]',
    },
  },
  allowSkip: false,
};
