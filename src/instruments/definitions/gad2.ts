import type { InstrumentDefinition } from '../definition.ts';
import { GAD7 } from './gad7.ts';
import { LOINC, twoItemScreener } from './builders.ts';

const KROENKE_2007 =
  'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med 2007;146(5):317–25.';

/** The GAD-2: the first two GAD-7 items, an anxiety screener; 3 or more screens positive. */
export const GAD2: InstrumentDefinition = twoItemScreener({
  parent: GAD7,
  key: 'gad2',
  name: 'GAD-2',
  construct: 'anxiety screening',
  source: KROENKE_2007,
  bandSource: `${KROENKE_2007} A score of 3 or more is the recommended cut-point for further evaluation.`,
  questionnaire: {
    url: 'urn:alliance:fhir:Questionnaire:gad2',
    version: '2007',
    name: 'GAD2',
    title: 'Generalized Anxiety Disorder 2-item scale (GAD-2)',
  },
  total: {
    system: LOINC,
    code: '70272-0',
    display: 'Generalized anxiety disorder 2 item (GAD-2) total score [Reported.PHQ]',
  },
});
