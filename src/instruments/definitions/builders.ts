import type { Coding, QuestionnaireItem } from 'fhir/r4';
import { FHIR_EXTENSIONS, type AnswerPhrases, type InstrumentDefinition } from '../definition.ts';

/** LOINC, for instruments and answers that have LOINC codes. */
export const LOINC = 'http://loinc.org';
/** The project's own code system, for instruments without LOINC codes. */
export const ALLIANCE_CODES = 'urn:alliance:fhir:CodeSystem:instrument-scores';

/** One answer option: its code, display and score. */
export interface OptionSpec {
  value: number;
  code: string;
  system?: string;
  display?: string;
}

/** A choice item in FHIR form, each option carrying its score as `ordinalValue`. */
export function choiceItem(spec: {
  linkId: string;
  text?: string;
  code?: Coding;
  options: readonly OptionSpec[];
  required?: boolean;
}): QuestionnaireItem {
  return {
    linkId: spec.linkId,
    ...(spec.code ? { code: [spec.code] } : {}),
    ...(spec.text ? { text: spec.text } : {}),
    type: 'choice',
    required: spec.required ?? true,
    answerOption: spec.options.map((option) => ({
      valueCoding: {
        ...(option.system ? { system: option.system } : {}),
        code: option.code,
        ...(option.display ? { display: option.display } : {}),
      },
      extension: [{ url: FHIR_EXTENSIONS.ordinal, valueDecimal: option.value }],
    })),
  };
}

/** A numeric item (e.g. a 0–10 mark on a line) in FHIR form, with its range as extensions. */
export function numericItem(spec: {
  linkId: string;
  text?: string;
  min: number;
  max: number;
  decimals: boolean;
}): QuestionnaireItem {
  return {
    linkId: spec.linkId,
    ...(spec.text ? { text: spec.text } : {}),
    type: spec.decimals ? 'decimal' : 'integer',
    required: true,
    extension: [
      { url: FHIR_EXTENSIONS.min, valueDecimal: spec.min },
      { url: FHIR_EXTENSIONS.max, valueDecimal: spec.max },
    ],
  };
}

/**
 * The four frequency answers shared by the PHQ and GAD instruments, with their LOINC answer
 * codes (answer list LL358-3).
 */
export const FREQUENCY_OPTIONS: readonly OptionSpec[] = [
  { value: 0, code: 'LA6568-5', system: LOINC, display: 'Not at all' },
  { value: 1, code: 'LA6569-3', system: LOINC, display: 'Several days' },
  { value: 2, code: 'LA6570-1', system: LOINC, display: 'More than half the days' },
  { value: 3, code: 'LA6571-9', system: LOINC, display: 'Nearly every day' },
];

/** Free-text phrases for the frequency answers, in the project's own choice of everyday words. */
export const FREQUENCY_PHRASES: AnswerPhrases = {
  exact: [
    {
      value: 0,
      phrases: [
        'not at all',
        'never',
        'not once',
        'none',
        'no',
        'nope',
        'zero',
        'no days',
        'not an issue',
        'not a problem',
      ],
    },
    {
      value: 1,
      phrases: [
        'several days',
        'a few days',
        'some days',
        'a couple of days',
        'couple of days',
        'a couple days',
        'once or twice',
        'occasionally',
        'now and then',
        'now and again',
        'a little',
        'a bit',
        'few days',
        'one or two days',
      ],
    },
    {
      value: 2,
      phrases: [
        'more than half the days',
        'more than half',
        'over half the days',
        'most days',
        'more often than not',
        'the majority of days',
        'majority of the time',
        'often',
        'frequently',
        'a lot of days',
        'most of the time',
      ],
    },
    {
      value: 3,
      phrases: [
        'nearly every day',
        'almost every day',
        'every day',
        'everyday',
        'every single day',
        'all the time',
        'always',
        'constantly',
        'daily',
        'each day',
        'non stop',
        'nonstop',
      ],
    },
  ],
  vague: [
    {
      values: [0, 1],
      phrases: [
        'rarely',
        'hardly ever',
        'hardly',
        'barely',
        'not much',
        'seldom',
        'not really',
        'not often',
      ],
    },
    {
      values: [1, 2],
      phrases: ['not every day', 'not always', 'not all the time', 'not most days'],
    },
    { values: [1, 2], phrases: ['sometimes', 'on and off', 'some of the time', 'half the time'] },
    {
      values: [2, 3],
      phrases: ['a lot', 'loads', 'very often', 'quite a lot', 'pretty much always'],
    },
    { values: [1, 2, 3], phrases: ['yes', 'yeah', 'yep', 'definitely', 'for sure'] },
  ],
};

/**
 * A two-item screener made of its parent's first two items (PHQ-2 from the PHQ-9, GAD-2 from the
 * GAD-7): summed 0–6, positive at 3 or more, every item required, no change criteria.
 */
export function twoItemScreener(spec: {
  parent: InstrumentDefinition;
  key: string;
  name: string;
  construct: string;
  source: string;
  bandSource: string;
  questionnaire: { url: string; version: string; name: string; title: string; code?: Coding };
  total: Coding;
}): InstrumentDefinition {
  const items = [`${spec.key}-1`, `${spec.key}-2`];
  return {
    ...spec.parent,
    key: spec.key,
    name: spec.name,
    construct: spec.construct,
    sources: [spec.source],
    questionnaire: {
      ...spec.parent.questionnaire,
      url: spec.questionnaire.url,
      version: spec.questionnaire.version,
      name: spec.questionnaire.name,
      title: spec.questionnaire.title,
      code: spec.questionnaire.code ? [spec.questionnaire.code] : undefined,
      item: spec.parent.questionnaire.item.slice(0, 2).map((item, index) => ({
        ...item,
        linkId: items[index]!,
      })),
    },
    scoring: {
      method: 'sum',
      items,
      reverse: [],
      missing: { rule: 'complete' },
      subscales: [],
      bands: [
        { from: 0, code: 'negative', label: 'below the screening cut-off' },
        { from: 3, code: 'positive', label: 'at or above the screening cut-off of 3' },
      ],
      bandSource: spec.bandSource,
      itemFlags: [],
      totalFlags: [],
      precision: 0,
    },
    change: undefined,
    observation: { code: spec.total },
    allowSkip: false,
  };
}
