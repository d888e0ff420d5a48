import type { InstrumentDefinition } from '../definition.ts';
import { FREQUENCY_OPTIONS, FREQUENCY_PHRASES, LOINC, choiceItem } from './builders.ts';

const SPITZER_2006 =
  'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092–7.';

/** GAD-7 items with their LOINC codes (panel 69737-5). */
const ITEMS: [string, string][] = [
  ['69725-0', 'Feeling nervous, anxious, or on edge'],
  ['68509-9', 'Not being able to stop or control worrying'],
  ['69733-4', 'Worrying too much about different things'],
  ['69734-2', 'Trouble relaxing'],
  ['69735-9', 'Being so restless that it is hard to sit still'],
  ['69689-8', 'Becoming easily annoyed or irritable'],
  ['69736-7', 'Feeling afraid, as if something awful might happen'],
];

/**
 * The Generalized Anxiety Disorder 7-item scale: seven items rated 0–3 over the last two weeks,
 * total 0–21. Free to use (Pfizer: no permission required).
 */
export const GAD7: InstrumentDefinition = {
  key: 'gad7',
  name: 'GAD-7',
  construct: 'anxiety severity',
  wording: 'bundled',
  licence: {
    status: 'free',
    statement:
      'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
  },
  sources: [SPITZER_2006],
  validated: true,
  preamble:
    'These questions are about the last two weeks. For each one, tell me how often it has bothered you: not at all, several days, more than half the days, or nearly every day (or a number from 0 to 3).',
  itemStem: 'Over the last two weeks, how often have you been bothered by',
  questionnaire: {
    resourceType: 'Questionnaire',
    url: 'http://loinc.org/q/69737-5',
    version: '2006',
    name: 'GAD7',
    title: 'Generalized Anxiety Disorder 7-item scale (GAD-7)',
    status: 'active',
    code: [
      { system: LOINC, code: '69737-5', display: 'Generalized anxiety disorder 7 item (GAD-7)' },
    ],
    item: ITEMS.map(([code, text], index) =>
      choiceItem({
        linkId: `gad7-${index + 1}`,
        code: { system: LOINC, code },
        text,
        options: FREQUENCY_OPTIONS,
      }),
    ),
  },
  scoring: {
    method: 'sum',
    items: ITEMS.map((_, index) => `gad7-${index + 1}`),
    reverse: [],
    missing: { rule: 'complete' },
    subscales: [],
    bands: [
      { from: 0, code: 'minimal', label: 'minimal' },
      { from: 5, code: 'mild', label: 'mild' },
      { from: 10, code: 'moderate', label: 'moderate' },
      { from: 15, code: 'severe', label: 'severe' },
    ],
    bandSource: `${SPITZER_2006} Cut-points 5, 10 and 15 mark mild, moderate and severe anxiety.`,
    itemFlags: [],
    totalFlags: [],
    precision: 0,
  },
  answerPhrases: FREQUENCY_PHRASES,
  change: {
    improvement: 'decrease',
    reliability: {
      value: 0.83,
      kind: 'test–retest (intraclass correlation)',
      source: SPITZER_2006,
    },
    reliableChangePoints: {
      value: 4,
      source:
        'National Collaborating Centre for Mental Health. The Improving Access to Psychological Therapies Manual (NHS England, 2019): reliable change on the GAD-7 is a change of 4 points or more. (Bischoff et al., Psychol Community Health 2020;8(1):176–87, derived 5.59 from a test–retest r of .87.)',
    },
    clinicalCutoff: {
      value: 8,
      source:
        'National Collaborating Centre for Mental Health. The Improving Access to Psychological Therapies Manual (NHS England, 2019): caseness on the GAD-7 is a score of 8 or more.',
    },
  },
  observation: {
    code: {
      system: LOINC,
      code: '70274-6',
      display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]',
    },
  },
  allowSkip: false,
};
