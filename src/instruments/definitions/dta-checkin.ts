import type { InstrumentDefinition } from '../definition.ts';
import { ALLIANCE_CODES, choiceItem } from './builders.ts';

const OPTIONS = [
  { value: 1, code: '1', display: 'Not at all' },
  { value: 2, code: '2', display: 'A little' },
  { value: 3, code: '3', display: 'Somewhat' },
  { value: 4, code: '4', display: 'Mostly' },
  { value: 5, code: '5', display: 'Completely' },
];

const ITEMS: [string, string, string][] = [
  ['goal', 'Goal', 'How far did today’s conversation stay with what you want to work on?'],
  ['task', 'Task', 'How far did the way we worked today suit you?'],
  ['bond', 'Bond', 'How far did you feel heard and respected today?'],
  ['engagement', 'Engagement', 'How much would you like to carry on with these conversations?'],
];

/**
 * The project's own end-of-session check-in: one item per dimension of the digital therapeutic
 * alliance (goal, task, bond, engagement), 1–5. Not a validated instrument: it is reported as such
 * wherever it appears, and the WAI-SR is the validated measure when its wording is supplied.
 */
export const DTA_CHECKIN: InstrumentDefinition = {
  key: 'dta-checkin',
  name: 'DTA check-in',
  construct: 'digital therapeutic alliance (not validated)',
  wording: 'bundled',
  licence: { status: 'own', statement: 'The Alliance project’s own items, Apache-2.0.' },
  sources: [
    'Alliance project items, written for this software; not validated. Dimensions after the digital therapeutic alliance: goal, task, bond (Bordin 1979) and engagement.',
  ],
  validated: false,
  preamble:
    'Before we stop, four quick questions about today, each from 1 (not at all) to 5 (completely). This is our own short check-in, not a validated questionnaire.',
  questionnaire: {
    resourceType: 'Questionnaire',
    url: 'urn:alliance:fhir:Questionnaire:dta-checkin',
    version: '1.0.0',
    name: 'DTACheckin',
    title: 'Digital therapeutic alliance check-in (not validated)',
    status: 'active',
    item: ITEMS.map(([key, , text]) =>
      choiceItem({ linkId: `dta-${key}`, text, options: OPTIONS }),
    ),
  },
  scoring: {
    method: 'mean',
    items: ITEMS.map(([key]) => `dta-${key}`),
    reverse: [],
    missing: {
      rule: 'mean_of_answered',
      minAnswered: 3,
      source:
        'Alliance convention for its own check-in: the mean of at least three answered items.',
    },
    subscales: ITEMS.map(([key, label]) => ({
      key,
      label,
      items: [`dta-${key}`],
      method: 'mean',
      missing: { rule: 'complete' },
    })),
    bands: [],
    itemFlags: [],
    totalFlags: [],
    precision: 2,
  },
  answerPhrases: {
    exact: [
      { value: 1, phrases: ['not at all', 'no', 'nope', 'one'] },
      { value: 2, phrases: ['a little', 'a bit', 'slightly', 'two'] },
      { value: 3, phrases: ['somewhat', 'so so', 'so-so', 'partly', 'kind of', 'three'] },
      { value: 4, phrases: ['mostly', 'a lot', 'quite a lot', 'pretty much', 'four'] },
      { value: 5, phrases: ['completely', 'totally', 'fully', 'absolutely', 'entirely', 'five'] },
    ],
    vague: [
      { values: [4, 5], phrases: ['yes', 'yeah', 'very', 'definitely'] },
      { values: [2, 3], phrases: ['not really', 'not much', 'meh'] },
    ],
  },
  observation: {
    code: {
      system: ALLIANCE_CODES,
      code: 'dta-checkin-mean',
      display: 'DTA check-in mean (not validated)',
    },
    subscaleCodes: Object.fromEntries(
      ITEMS.map(([key, label]) => [
        key,
        {
          system: ALLIANCE_CODES,
          code: `dta-checkin-${key}`,
          display: `DTA check-in ${label} (not validated)`,
        },
      ]),
    ),
  },
  allowSkip: true,
};
