import type {
  Bundle,
  CodeableConcept,
  Coding,
  Observation,
  ObservationComponent,
  Quantity,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from 'fhir/r4';
import { AllianceError } from '../core/index.ts';
import { answerableItems, itemScale, type InstrumentDefinition } from './definition.ts';
import { checkAnswer, type Answers, type ScoreResult } from './scoring.ts';

/** One administration of an instrument, as Alliance holds it. */
export interface InstrumentResponse {
  /** A FHIR id: 1–64 letters, digits, `-` or `.`. */
  id: string;
  /** A FHIR reference, e.g. `Patient/abc`. */
  subject?: string;
  /** ISO 8601 date-time. */
  authored: string;
  status: 'completed' | 'stopped' | 'in-progress';
  answers: Answers;
}

/** What `toObservation` needs beyond the score. */
export interface ObservationOptions {
  id: string;
  subject?: string;
  /** ISO 8601 date-time the score refers to. */
  effective: string;
  /** The id of the QuestionnaireResponse the score was computed from. */
  derivedFrom?: string;
}

/** One scored administration for `exportBundle`. */
export interface ExportEntry {
  definition: InstrumentDefinition;
  response: InstrumentResponse;
  score: ScoreResult;
  /** The Observation's id; `<response id>-score` unless given. */
  observationId?: string;
}

/** A QuestionnaireResponse read back into Alliance's terms. */
export interface ImportedResponse {
  definition: InstrumentDefinition;
  id?: string;
  authored?: string;
  status: QuestionnaireResponse['status'];
  subject?: string;
  /** Answered items only, by linkId; skipped items are absent. */
  answers: Record<string, number>;
}

/** More items than any instrument has, by far; larger input is refused before it is read. */
export const MAX_RESPONSE_ITEMS = 1000;
/** Groups nest a level or two in practice; the limit keeps hostile input off the stack. */
const MAX_NESTING = 16;

const SCORE_UNIT = { unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' };
const SURVEY_CATEGORY: CodeableConcept = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/observation-category',
      code: 'survey',
      display: 'Survey',
    },
  ],
};
const RESPONSE_STATUSES: readonly QuestionnaireResponse['status'][] = [
  'in-progress',
  'completed',
  'amended',
  'entered-in-error',
  'stopped',
];
/** FHIR R4 `id` datatype. */
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
/** FHIR R4 `dateTime` datatype. */
const FHIR_DATE_TIME =
  /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$/;

/**
 * A response as a FHIR R4 QuestionnaireResponse: one item per answered item, in questionnaire
 * order; choice answers as the option's coding, numeric answers as `valueInteger`/`valueDecimal`.
 * Skipped items are left out. Throws `answer_invalid` for an answer the item does not allow.
 * @example toQuestionnaireResponse(PHQ9, { id: 'r1', authored: '2026-01-05T10:00:00Z', status: 'completed', answers }).questionnaire // 'http://loinc.org/q/44249-1|2001'
 */
export function toQuestionnaireResponse(
  definition: InstrumentDefinition,
  response: InstrumentResponse,
): QuestionnaireResponse {
  requireFhirId(response.id, 'The response id');
  const items = answerableItems(definition);
  const known = new Set(items.map((item) => item.linkId));
  for (const [linkId, value] of Object.entries(response.answers)) {
    if (!known.has(linkId)) checkAnswer(definition, linkId, value ?? Number.NaN);
  }
  const answered: QuestionnaireResponseItem[] = [];
  for (const item of items) {
    const value = response.answers[item.linkId];
    if (value === null || value === undefined) continue;
    checkAnswer(definition, item.linkId, value);
    answered.push({
      linkId: item.linkId,
      ...(item.text ? { text: item.text } : {}),
      answer: [answerFor(item, value)],
    });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    id: response.id,
    questionnaire: `${definition.questionnaire.url}|${definition.questionnaire.version}`,
    status: response.status,
    ...(response.subject ? { subject: { reference: response.subject } } : {}),
    authored: response.authored,
    item: answered,
  };
}

/**
 * A score as a FHIR R4 survey Observation: the total as `valueQuantity`, the band as
 * interpretation, subscales as components, and notes when the instrument is not validated or the
 * total was prorated. Throws `fhir_invalid` when there is no total to report.
 * @example toObservation(PHQ9, scoreResponse(PHQ9, answers), { id: 'r1-score', effective: '2026-01-05T10:00:00Z', derivedFrom: 'r1' }).valueQuantity?.value // 12
 */
export function toObservation(
  definition: InstrumentDefinition,
  score: ScoreResult,
  options: ObservationOptions,
): Observation {
  if (score.instrument !== definition.key) {
    throw new AllianceError(
      'fhir_invalid',
      `The score is for ${score.instrument}, not ${definition.key}.`,
      `Export it with the ${score.instrument} definition.`,
    );
  }
  if (score.total === null) {
    throw new AllianceError(
      'fhir_invalid',
      `The ${definition.name} score has no total to report: ${score.missing.length} of ${definition.scoring.items.length} items are missing.`,
      'Export the QuestionnaireResponse alone, or complete the missing items first.',
    );
  }
  requireFhirId(options.id, 'The Observation id');
  if (options.derivedFrom !== undefined) {
    requireFhirId(options.derivedFrom, 'The QuestionnaireResponse id in derivedFrom');
  }
  const components = subscaleComponents(definition, score);
  const notes = observationNotes(definition, score);
  return {
    resourceType: 'Observation',
    id: options.id,
    status: 'final',
    category: [SURVEY_CATEGORY],
    code: { coding: [definition.observation.code], text: definition.name },
    ...(options.subject ? { subject: { reference: options.subject } } : {}),
    effectiveDateTime: options.effective,
    valueQuantity: quantity(score.total),
    ...(score.band ? { interpretation: [{ text: score.band.label }] } : {}),
    ...(notes.length > 0 ? { note: notes.map((text) => ({ text })) } : {}),
    ...(options.derivedFrom
      ? { derivedFrom: [{ reference: `QuestionnaireResponse/${options.derivedFrom}` }] }
      : {}),
    ...(components.length > 0 ? { component: components } : {}),
  };
}

/**
 * A `collection` Bundle of each response and, when it has a total, its score Observation
 * (derived from the response, for the same subject, effective when the response was authored).
 * @example exportBundle([{ definition: PHQ9, response, score }], { timestamp: '2026-01-05T10:00:00Z' }).entry?.length // 2
 */
export function exportBundle(
  entries: readonly ExportEntry[],
  options: { id?: string; timestamp?: string } = {},
): Bundle {
  const resources = entries.flatMap(({ definition, response, score, observationId }) => {
    const questionnaireResponse = toQuestionnaireResponse(definition, response);
    if (score.total === null) return [questionnaireResponse];
    const observation = toObservation(definition, score, {
      id: observationId ?? `${response.id}-score`,
      ...(response.subject ? { subject: response.subject } : {}),
      effective: response.authored,
      derivedFrom: response.id,
    });
    return [questionnaireResponse, observation];
  });
  return {
    resourceType: 'Bundle',
    ...(options.id ? { id: options.id } : {}),
    type: 'collection',
    ...(options.timestamp ? { timestamp: options.timestamp } : {}),
    entry: resources.map((resource) => ({ resource })),
  };
}

/**
 * Reads a QuestionnaireResponse from outside (parsed JSON, not trusted) for one of `instruments`,
 * matched by its `questionnaire` canonical with or without `|version`. Nested groups are
 * flattened. Throws `fhir_invalid` (or `answer_invalid` for a value the item does not allow)
 * naming the field or item at fault; never anything else.
 * @example fromQuestionnaireResponse(JSON.parse(text), BUILTIN_INSTRUMENTS).answers // { 'phq9-1': 2, … }
 */
export function fromQuestionnaireResponse(
  input: unknown,
  instruments: readonly InstrumentDefinition[],
): ImportedResponse {
  try {
    return readResponse(input, instruments);
  } catch (error) {
    if (error instanceof AllianceError) throw error;
    // Getters, proxies and the like in hand-built input; parsed JSON never reaches here.
    throw new AllianceError(
      'fhir_invalid',
      'The QuestionnaireResponse could not be read as plain data.',
      'Supply it as parsed JSON.',
      { cause: error },
    );
  }
}

function readResponse(
  input: unknown,
  instruments: readonly InstrumentDefinition[],
): ImportedResponse {
  if (!isRecord(input)) {
    throw invalid(
      `The QuestionnaireResponse must be a JSON object, not ${describe(input)}.`,
      'Supply one FHIR R4 QuestionnaireResponse resource.',
    );
  }
  const resourceType = own(input, 'resourceType');
  if (resourceType !== 'QuestionnaireResponse') {
    throw invalid(
      `The resourceType must be "QuestionnaireResponse", not ${describe(resourceType)}.`,
      'Supply a QuestionnaireResponse; Bundles and other resources are not read here.',
    );
  }
  const definition = matchDefinition(own(input, 'questionnaire'), instruments);
  const status = readStatus(own(input, 'status'));
  const id = optionalString(input, 'id', FHIR_ID, '1–64 letters, digits, "-" or "."');
  const authored = optionalString(input, 'authored', FHIR_DATE_TIME, 'a FHIR dateTime');
  const subject = readSubject(own(input, 'subject'));
  const answers = readAnswers(definition, own(input, 'item'));
  return {
    definition,
    ...(id !== undefined ? { id } : {}),
    ...(authored !== undefined ? { authored } : {}),
    status,
    ...(subject !== undefined ? { subject } : {}),
    answers,
  };
}

function matchDefinition(
  canonical: unknown,
  instruments: readonly InstrumentDefinition[],
): InstrumentDefinition {
  const known = instruments
    .map((definition) => `${definition.questionnaire.url}|${definition.questionnaire.version}`)
    .join(', ');
  if (typeof canonical !== 'string' || canonical === '') {
    throw invalid(
      `The questionnaire field must name the Questionnaire's canonical URL; it is ${describe(canonical)}.`,
      `Alliance reads responses to ${known}.`,
    );
  }
  const bar = canonical.indexOf('|');
  const url = bar === -1 ? canonical : canonical.slice(0, bar);
  const version = bar === -1 ? undefined : canonical.slice(bar + 1);
  const definition = instruments.find((candidate) => candidate.questionnaire.url === url);
  if (!definition) {
    throw invalid(
      `The questionnaire ${quote(url)} is not one Alliance knows.`,
      `Alliance reads responses to ${known}.`,
    );
  }
  if (version !== undefined && version !== definition.questionnaire.version) {
    throw invalid(
      `The questionnaire field asks for version ${quote(version)} of ${definition.name}; Alliance has version ${quote(definition.questionnaire.version)}.`,
      `Answer version ${definition.questionnaire.version}, or leave the version off the canonical.`,
    );
  }
  return definition;
}

function readStatus(status: unknown): QuestionnaireResponse['status'] {
  const match = RESPONSE_STATUSES.find((candidate) => candidate === status);
  if (!match) {
    throw invalid(
      `The status must be one of ${RESPONSE_STATUSES.join(', ')}; it is ${describe(status)}.`,
      'Set status, e.g. to "completed".',
    );
  }
  return match;
}

function optionalString(
  input: Record<string, unknown>,
  field: string,
  pattern: RegExp,
  expected: string,
): string | undefined {
  const value = own(input, field);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw invalid(
      `The ${field} field must be ${expected}; it is ${describe(value)}.`,
      `Correct or remove ${field}.`,
    );
  }
  return value;
}

function readSubject(subject: unknown): string | undefined {
  if (subject === undefined) return undefined;
  if (!isRecord(subject)) {
    throw invalid(
      `The subject field must be a Reference object; it is ${describe(subject)}.`,
      'Write it as { "reference": "Patient/…" }.',
    );
  }
  const reference = own(subject, 'reference');
  if (reference === undefined) return undefined;
  if (typeof reference !== 'string' || reference === '') {
    throw invalid(
      `The subject's reference must be a text reference; it is ${describe(reference)}.`,
      'Write it as { "reference": "Patient/…" }.',
    );
  }
  return reference;
}

/** A response item found anywhere in the tree, with where it was found. */
interface FoundItem {
  linkId: string;
  path: string;
  answers: unknown[];
  hasChildren: boolean;
}

function readAnswers(definition: InstrumentDefinition, items: unknown): Record<string, number> {
  if (items === undefined) return {};
  const found = flattenItems(items, 'item', 0, { count: 0 });
  const byLinkId = new Map(answerableItems(definition).map((item) => [item.linkId, item]));
  const answers = new Map<string, number>();
  const seen = new Set<string>();
  for (const entry of found) {
    const item = byLinkId.get(entry.linkId);
    if (!item) {
      if (entry.answers.length === 0 && entry.hasChildren) continue;
      throw invalid(
        `${entry.path} has the linkId ${quote(entry.linkId)}, which is not an item of ${definition.name}.`,
        `Its items are ${[...byLinkId.keys()].join(', ')}.`,
      );
    }
    if (seen.has(entry.linkId)) {
      throw invalid(
        `Item ${quote(entry.linkId)} appears more than once in the QuestionnaireResponse.`,
        'Give each item one entry with one answer.',
      );
    }
    seen.add(entry.linkId);
    if (entry.answers.length === 0) continue;
    if (entry.answers.length > 1) {
      throw invalid(
        `Item ${quote(entry.linkId)} has ${entry.answers.length} answers; it takes one.`,
        'Keep the one answer the person gave.',
      );
    }
    answers.set(entry.linkId, readValue(definition, item, entry.answers[0]));
  }
  return Object.fromEntries(answers);
}

/** Every item in document order, groups and answers' nested items included. */
function flattenItems(
  items: unknown,
  path: string,
  depth: number,
  counter: { count: number },
): FoundItem[] {
  if (!Array.isArray(items)) {
    throw invalid(`${path} must be an array of items; it is ${describe(items)}.`, itemHint());
  }
  if (depth > MAX_NESTING) {
    throw invalid(
      `${path} is nested more than ${MAX_NESTING} levels deep.`,
      'Flatten the groups; Alliance instruments need no nesting.',
    );
  }
  counter.count += items.length;
  if (counter.count > MAX_RESPONSE_ITEMS) {
    throw invalid(
      `The QuestionnaireResponse has more than ${MAX_RESPONSE_ITEMS.toLocaleString('en')} items.`,
      'No instrument has that many; send one response per questionnaire.',
    );
  }
  const found: FoundItem[] = [];
  items.forEach((item: unknown, index) => {
    const where = `${path}[${index}]`;
    if (!isRecord(item)) {
      throw invalid(`${where} must be an object; it is ${describe(item)}.`, itemHint());
    }
    const linkId = own(item, 'linkId');
    if (typeof linkId !== 'string' || linkId === '') {
      throw invalid(`${where} has no linkId; it is ${describe(linkId)}.`, itemHint());
    }
    const named = `Item ${quote(linkId)}`;
    const rawAnswers = own(item, 'answer') ?? [];
    if (!Array.isArray(rawAnswers)) {
      throw invalid(
        `${named} has an answer field that is ${describe(rawAnswers)}, not an array.`,
        'Write answers as [{ "valueCoding": … }].',
      );
    }
    const children = own(item, 'item');
    found.push({ linkId, path: where, answers: rawAnswers, hasChildren: children !== undefined });
    if (children !== undefined) {
      found.push(...flattenItems(children, `${where}.item`, depth + 1, counter));
    }
    rawAnswers.forEach((answer: unknown, answerIndex) => {
      const nested = isRecord(answer) ? own(answer, 'item') : undefined;
      if (nested !== undefined) {
        found.push(
          ...flattenItems(nested, `${where}.answer[${answerIndex}].item`, depth + 1, counter),
        );
      }
    });
  });
  return found;
}

/** The score of one answer, checked against its item. */
function readValue(
  definition: InstrumentDefinition,
  item: QuestionnaireItem,
  answer: unknown,
): number {
  const named = `Item ${quote(item.linkId)}`;
  if (!isRecord(answer)) {
    throw invalid(
      `${named} has an answer that is ${describe(answer)}, not an object.`,
      'Write it as { "valueCoding": … } or { "valueDecimal": … }.',
    );
  }
  const expected = expectedValueFields(item);
  const fields = Object.keys(answer).filter((key) => /^value[A-Z]/.test(key));
  if (fields.length === 0) {
    throw invalid(
      `${named} has an answer with no value.`,
      `Give it a ${expected.join(' or ')}, or leave the answer out if the item was skipped.`,
    );
  }
  if (fields.length > 1) {
    throw invalid(
      `${named} has an answer with more than one value (${fields.slice(0, 4).join(', ')}).`,
      `Give it one ${expected.join(' or ')}.`,
    );
  }
  const field = fields[0]!;
  if (!expected.includes(field)) {
    throw invalid(
      `${named} is answered with ${quote(field)}; a ${item.type} item takes ${expected.join(' or ')}.`,
      `Answer it with ${expected.join(' or ')}.`,
    );
  }
  const raw = own(answer, field);
  const value = field === 'valueCoding' ? codingValue(item, raw) : numberValue(item, field, raw);
  checkAnswer(definition, item.linkId, value);
  return value;
}

function numberValue(item: QuestionnaireItem, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const { min, max } = itemScale(item);
    throw invalid(
      `Item ${quote(item.linkId)} has a ${field} that is ${describe(value)}, not a number.`,
      `Answer it with a number from ${min} to ${max}.`,
    );
  }
  return value;
}

/** The score of the answer option a coding names. */
function codingValue(item: QuestionnaireItem, coding: unknown): number {
  const named = `Item ${quote(item.linkId)}`;
  const options = answerOptions(item);
  const codes = options.map((option) => option.coding.code).join(', ');
  if (!isRecord(coding)) {
    throw invalid(
      `${named} has a valueCoding that is ${describe(coding)}, not a Coding.`,
      `Write it as { "code": … } with one of ${codes}.`,
    );
  }
  const code = own(coding, 'code');
  const system = own(coding, 'system');
  if (typeof code !== 'string') {
    throw invalid(
      `${named} has a valueCoding whose code is ${describe(code)}.`,
      `Use one of ${codes}.`,
    );
  }
  if (system !== undefined && typeof system !== 'string') {
    throw invalid(
      `${named} has a valueCoding whose system is ${describe(system)}.`,
      'Write the system as a URI, or leave it out.',
    );
  }
  const option = options.find((candidate) => candidate.coding.code === code);
  if (!option) {
    throw invalid(
      `${named} has the code ${quote(code)}, which is not one of its answer options.`,
      `Use one of ${codes}.`,
    );
  }
  if (system !== undefined && system !== option.coding.system) {
    throw invalid(
      `${named} has the code ${quote(code)} from the system ${quote(system)}; its options ${option.coding.system ? `are from ${option.coding.system}` : 'have no system'}.`,
      option.coding.system ? `Use the system ${option.coding.system}.` : 'Leave the system out.',
    );
  }
  return option.value;
}

function expectedValueFields(item: QuestionnaireItem): string[] {
  if (item.type === 'choice') return ['valueCoding'];
  if (item.type === 'integer') return ['valueInteger'];
  return ['valueDecimal', 'valueInteger'];
}

/** Each answer option's coding beside its score; `itemScale` keeps the options' order. */
function answerOptions(item: QuestionnaireItem): { value: number; coding: Coding }[] {
  const scale = itemScale(item);
  return scale.options.map((option, index) => ({
    value: option.value,
    coding: item.answerOption?.[index]?.valueCoding ?? { code: option.code },
  }));
}

function answerFor(item: QuestionnaireItem, value: number): QuestionnaireResponseItemAnswer {
  if (item.type === 'integer') return { valueInteger: value };
  if (item.type !== 'choice') return { valueDecimal: value };
  const option = answerOptions(item).find((candidate) => candidate.value === value);
  if (!option) throw new Error(`item ${item.linkId}: no option scores ${value}`);
  const { system, code, display } = option.coding;
  return {
    valueCoding: {
      ...(system ? { system } : {}),
      code,
      ...(display ? { display } : {}),
    },
  };
}

function subscaleComponents(
  definition: InstrumentDefinition,
  score: ScoreResult,
): ObservationComponent[] {
  return score.subscales.flatMap((subscale) => {
    if (subscale.score === null) return [];
    const coding = definition.observation.subscaleCodes?.[subscale.key];
    const code: CodeableConcept = coding
      ? { coding: [coding], text: subscale.label }
      : { text: subscale.label };
    return [{ code, valueQuantity: quantity(subscale.score) }];
  });
}

function observationNotes(definition: InstrumentDefinition, score: ScoreResult): string[] {
  const notes: string[] = [];
  if (!definition.validated) {
    notes.push(`${definition.name} is not a validated instrument; read its score with care.`);
  }
  if (score.prorated) {
    notes.push(
      `The total is prorated: ${score.missing.join(', ')} ${score.missing.length === 1 ? 'was' : 'were'} missing and filled in by the mean of the answered items, as the instrument's missing-item rule allows.`,
    );
  }
  return notes;
}

function quantity(value: number): Quantity {
  return { value, ...SCORE_UNIT };
}

function requireFhirId(id: string, what: string): void {
  if (!FHIR_ID.test(id)) {
    throw invalid(
      `${what} ${quote(id)} is not a FHIR id.`,
      'FHIR ids are 1–64 letters, digits, "-" or "." (replace "_" with "-").',
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field of the input itself, never one inherited from a prototype. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Hostile text shortened and quoted, so a message stays one readable line. */
function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function itemHint(): string {
  return 'Each item is an object like { "linkId": "phq9-1", "answer": [ … ] }.';
}

function invalid(message: string, hint: string): AllianceError {
  return new AllianceError('fhir_invalid', message, hint);
}
