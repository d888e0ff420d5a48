import type { InstrumentDefinition } from '../definition.ts';
import { PHQ9 } from './phq9.ts';
import { LOINC, twoItemScreener } from './builders.ts';

const KROENKE_2003 =
  'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care 2003;41(11):1284–92.';

/** The PHQ-2: the first two PHQ-9 items, a depression screener; 3 or more screens positive. */
export const PHQ2: InstrumentDefinition = twoItemScreener({
  parent: PHQ9,
  key: 'phq2',
  name: 'PHQ-2',
  construct: 'depression screening',
  source: KROENKE_2003,
  bandSource: `${KROENKE_2003} A score of 3 or more had 83% sensitivity and 92% specificity for major depression.`,
  questionnaire: {
    url: 'http://loinc.org/q/55757-9',
    version: '2003',
    name: 'PHQ2',
    title: 'Patient Health Questionnaire-2 (PHQ-2)',
    code: {
      system: LOINC,
      code: '55757-9',
      display: 'Patient Health Questionnaire 2 item (PHQ-2) [Reported]',
    },
  },
  total: {
    system: LOINC,
    code: '55758-7',
    display: 'Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]',
  },
});
