import type { InstrumentDefinition } from '../definition.ts';
import { GAD7 } from './gad7.ts';
import { LOINC } from './builders.ts';

const KROENKE_2007 =
  'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med 2007;146(5):317–25.';

/** The GAD-2: the first two GAD-7 items, an anxiety screener; 3 or more screens positive. */
export const GAD2: InstrumentDefinition = {
  ...GAD7,
  key: 'gad2',
  name: 'GAD-2',
  construct: 'anxiety screening',
  sources: [KROENKE_2007],
  questionnaire: {
    ...GAD7.questionnaire,
    url: 'urn:alliance:fhir:Questionnaire:gad2',
    version: '2007',
    name: 'GAD2',
    title: 'Generalized Anxiety Disorder 2-item scale (GAD-2)',
    code: undefined,
    item: GAD7.questionnaire.item.slice(0, 2).map((item, index) => ({
      ...item,
      linkId: `gad2-${index + 1}`,
    })),
  },
  scoring: {
    method: 'sum',
    items: ['gad2-1', 'gad2-2'],
    reverse: [],
    missing: { rule: 'complete' },
    subscales: [],
    bands: [
      { from: 0, code: 'negative', label: 'below the screening cut-off' },
      { from: 3, code: 'positive', label: 'at or above the screening cut-off of 3' },
    ],
    bandSource: `${KROENKE_2007} A score of 3 or more is the recommended cut-point for further evaluation.`,
    itemFlags: [],
    totalFlags: [],
    precision: 0,
  },
  change: undefined,
  observation: {
    code: {
      system: LOINC,
      code: '70272-0',
      display: 'Generalized anxiety disorder 2 item (GAD-2) total score [Reported.PHQ]',
    },
  },
  allowSkip: false,
};
