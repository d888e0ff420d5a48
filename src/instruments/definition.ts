import type { Coding, Questionnaire, QuestionnaireItem } from 'fhir/r4';

/**
 * An instrument as data: a FHIR R4 Questionnaire (canonical URL, version, items keyed by
 * `linkId`, answer options carrying their scores as `ordinalValue`) beside the rules that score
 * it. One generic scorer reads these rules; there is no scoring code per instrument.
 */
export interface InstrumentDefinition {
  /** Short key used on the command line and in events, e.g. `phq9`. */
  key: string;
  /** Display name, e.g. `PHQ-9`. */
  name: string;
  /** What it measures, e.g. `depression severity`. */
  construct: string;
  /**
   * `bundled`: the wording ships with the project (free instruments and our own items).
   * `deployer`: licensed wording that must come from a FHIR Questionnaire file the deployer
   * supplies; without it the instrument is scored but cannot be administered.
   */
  wording: 'bundled' | 'deployer';
  licence: { status: 'free' | 'licensed' | 'own'; statement: string };
  /** Publications behind the items, scoring and cut-offs. */
  sources: string[];
  /** Whether the project's own items (not a validated instrument) — shown wherever it is reported. */
  validated: boolean;
  /** The lead-in said before the first item, e.g. the recall period. */
  preamble?: string;
  /** Spoken before each item's text, e.g. "Over the last two weeks, how often have you been bothered by". */
  itemStem?: string;
  questionnaire: Questionnaire & { url: string; version: string; item: QuestionnaireItem[] };
  scoring: ScoringRules;
  /** How free-text answers map to the answer options. */
  answerPhrases?: AnswerPhrases;
  /** Reliable and clinically significant change, for outcome measures. */
  change?: ChangeCriteria;
  /** Codes for exporting the total as a FHIR Observation. */
  observation: { code: Coding; subscaleCodes?: Record<string, Coding> };
  /** Whether the person may skip items when it is administered in conversation. */
  allowSkip: boolean;
}

/** How an instrument is scored. */
export interface ScoringRules {
  /** `sum` of item scores, or `mean` (item mean, as the WAI-SR reports). */
  method: 'sum' | 'mean';
  /** The linkIds that count towards the total, in order. */
  items: string[];
  /** Reverse-keyed items: scored as (min + max − answer). */
  reverse: string[];
  missing: MissingRule;
  subscales: Subscale[];
  /** Severity bands by lower bound, ascending; the total falls in the last band whose `from` it reaches. */
  bands: Band[];
  bandSource?: string;
  /** Flags raised by single items, e.g. PHQ-9 item 9 above 0. */
  itemFlags: ItemFlag[];
  /** Flags raised by the total, e.g. an SRS total of 36 or below. */
  totalFlags: TotalFlag[];
  /** Decimal places of the reported total and subscales. */
  precision: number;
}

/** What happens when items are missing. */
export type MissingRule =
  | { rule: 'complete' }
  /** Replace up to `maxMissing` missing items by the mean of the answered ones. */
  | { rule: 'prorate'; maxMissing: number; source: string }
  /** Mean of the answered items, when at least `minAnswered` are answered. */
  | { rule: 'mean_of_answered'; minAnswered: number; source: string };

export interface Subscale {
  key: string;
  label: string;
  items: string[];
  method: 'sum' | 'mean';
  missing: MissingRule;
}

export interface Band {
  from: number;
  code: string;
  label: string;
}

export interface ItemFlag {
  item: string;
  /** Raised when the item's answer is strictly above this value. */
  above: number;
  code: string;
  message: string;
  /** `safety_protocol`: the conversation hands over to the crisis protocol. */
  handover?: 'safety_protocol';
  source: string;
}

export interface TotalFlag {
  /** Raised when the total is at or below this value… */
  atOrBelow?: number;
  /** …or at or above this one. */
  atOrAbove?: number;
  code: string;
  message: string;
  source: string;
}

/** Free-text phrases for answer values, for delivery in conversation. */
export interface AnswerPhrases {
  /** Phrases that mean one value, e.g. "most days" → 2. */
  exact: { value: number; phrases: string[] }[];
  /** Vague phrases that could mean several values: the agent confirms which. */
  vague: { values: number[]; phrases: string[] }[];
}

/** Published figures for judging change between two administrations. */
export interface ChangeCriteria {
  /** Direction of improvement. */
  improvement: 'decrease' | 'increase';
  /** Reliability for the Jacobson–Truax index when a cohort standard deviation is supplied. */
  reliability: { value: number; kind: string; source: string };
  /**
   * Published smallest reliable change in points, used when no cohort standard deviation is
   * available (the Jacobson–Truax criterion as a fixed threshold).
   */
  reliableChangePoints: { value: number; source: string };
  /** Cut-off between the clinical and the non-clinical range (caseness: total ≥ value). */
  clinicalCutoff: { value: number; source: string };
}

/** The scale options of an item: its answer options or its numeric range. */
export interface ItemScale {
  kind: 'choice' | 'numeric';
  min: number;
  max: number;
  /** Choice items: each option's score and display (the display is absent for licensed wording not yet supplied). */
  options: { value: number; code: string; display?: string }[];
  /** Numeric items: whether decimals are allowed. */
  decimals: boolean;
}

const ORDINAL_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const MIN_URL = 'http://hl7.org/fhir/StructureDefinition/minValue';
const MAX_URL = 'http://hl7.org/fhir/StructureDefinition/maxValue';

/** The FHIR extension URLs the definitions use. */
export const FHIR_EXTENSIONS = { ordinal: ORDINAL_URL, min: MIN_URL, max: MAX_URL } as const;

/** The scale of one item, read from its FHIR form. */
export function itemScale(item: QuestionnaireItem): ItemScale {
  if (item.type === 'choice') {
    const options = (item.answerOption ?? []).map((option) => {
      const ordinal = option.extension?.find((e) => e.url === ORDINAL_URL)?.valueDecimal;
      const coding = option.valueCoding;
      if (ordinal === undefined || !coding?.code) {
        throw new Error(
          `item ${item.linkId}: every answer option needs a code and an ordinalValue`,
        );
      }
      return {
        value: ordinal,
        code: coding.code,
        ...(coding.display ? { display: coding.display } : {}),
      };
    });
    const values = options.map((o) => o.value);
    return {
      kind: 'choice',
      min: Math.min(...values),
      max: Math.max(...values),
      options,
      decimals: false,
    };
  }
  const min = item.extension?.find((e) => e.url === MIN_URL);
  const max = item.extension?.find((e) => e.url === MAX_URL);
  const low = min?.valueDecimal ?? min?.valueInteger;
  const high = max?.valueDecimal ?? max?.valueInteger;
  if (low === undefined || high === undefined) {
    throw new Error(`item ${item.linkId}: a numeric item needs minValue and maxValue`);
  }
  return { kind: 'numeric', min: low, max: high, options: [], decimals: item.type === 'decimal' };
}

/** The items a person answers (display items excluded), in order. */
export function answerableItems(definition: InstrumentDefinition): QuestionnaireItem[] {
  return definition.questionnaire.item.filter((item) => item.type !== 'display');
}
