import type { InstrumentDefinition } from '../definition.ts';
import { FREQUENCY_OPTIONS, FREQUENCY_PHRASES, LOINC, choiceItem } from './builders.ts';

const KROENKE_2001 =
  'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16(9):606–13.';

/** PHQ-9 items with their LOINC codes (panel 44249-1). */
const ITEMS: [string, string][] = [
  ['44250-9', 'Little interest or pleasure in doing things'],
  ['44255-8', 'Feeling down, depressed, or hopeless'],
  ['44259-0', 'Trouble falling or staying asleep, or sleeping too much'],
  ['44254-1', 'Feeling tired or having little energy'],
  ['44251-7', 'Poor appetite or overeating'],
  [
    '44258-2',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  ],
  [
    '44252-5',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
  ],
  [
    '44253-3',
    'Moving or speaking so slowly that other people could have noticed, or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  ],
  ['44260-8', 'Thoughts that you would be better off dead, or of hurting yourself in some way'],
];

/**
 * The Patient Health Questionnaire-9: nine DSM-IV depression criteria rated 0–3 over the last two
 * weeks, total 0–27. Free to use: "No permission required to reproduce, translate, display or
 * distribute" (Pfizer).
 */
export const PHQ9: InstrumentDefinition = {
  key: 'phq9',
  name: 'PHQ-9',
  construct: 'depression severity',
  wording: 'bundled',
  licence: {
    status: 'free',
    statement:
      'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
  },
  sources: [KROENKE_2001],
  validated: true,
  preamble:
    'These questions are about the last two weeks. For each one, tell me how often it has bothered you: not at all, several days, more than half the days, or nearly every day (or a number from 0 to 3).',
  itemStem: 'Over the last two weeks, how often have you been bothered by',
  questionnaire: {
    resourceType: 'Questionnaire',
    url: 'http://loinc.org/q/44249-1',
    version: '2001',
    name: 'PHQ9',
    title: 'Patient Health Questionnaire-9 (PHQ-9)',
    status: 'active',
    code: [{ system: LOINC, code: '44249-1', display: 'PHQ-9 quick depression assessment panel' }],
    item: ITEMS.map(([code, text], index) =>
      choiceItem({
        linkId: `phq9-${index + 1}`,
        code: { system: LOINC, code },
        text,
        options: FREQUENCY_OPTIONS,
      }),
    ),
  },
  scoring: {
    method: 'sum',
    items: ITEMS.map((_, index) => `phq9-${index + 1}`),
    reverse: [],
    missing: {
      rule: 'prorate',
      maxMissing: 2,
      source:
        'NHS Data Dictionary, "Patient Health Questionnaire-9": one or two missing values may be replaced by the mean of the answered items; with more missing, the questionnaire is not scored.',
    },
    subscales: [],
    bands: [
      { from: 0, code: 'minimal', label: 'minimal' },
      { from: 5, code: 'mild', label: 'mild' },
      { from: 10, code: 'moderate', label: 'moderate' },
      { from: 15, code: 'moderately_severe', label: 'moderately severe' },
      { from: 20, code: 'severe', label: 'severe' },
    ],
    bandSource: KROENKE_2001,
    itemFlags: [
      {
        item: 'phq9-9',
        above: 0,
        code: 'self_harm_thoughts',
        message:
          'Item 9 (thoughts of being better off dead or of self-harm) was answered above "not at all": the crisis protocol takes over.',
        handover: 'safety_protocol',
        source: `${KROENKE_2001} Item 9 is a suicide-risk screening item and any positive answer calls for a risk assessment.`,
      },
    ],
    totalFlags: [],
    precision: 0,
  },
  answerPhrases: FREQUENCY_PHRASES,
  change: {
    improvement: 'decrease',
    reliability: {
      value: 0.84,
      kind: 'test–retest (48 hours)',
      source: KROENKE_2001,
    },
    reliableChangePoints: {
      value: 6,
      source:
        'National Collaborating Centre for Mental Health. The Improving Access to Psychological Therapies Manual (NHS England, 2019): reliable change on the PHQ-9 is a change of 6 points or more.',
    },
    clinicalCutoff: {
      value: 10,
      source: `${KROENKE_2001} A score of 10 or more had 88% sensitivity and 88% specificity for major depression.`,
    },
  },
  observation: {
    code: {
      system: LOINC,
      code: '44261-6',
      display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]',
    },
  },
  allowSkip: true,
};
