import { readFileSync, statSync } from 'node:fs';
import type { QuestionnaireItem } from 'fhir/r4';
import { AllianceError, jsonProblem } from '../core/index.ts';
import { BUILTIN_INSTRUMENTS } from './builtin.ts';
import { answerableItems, type InstrumentDefinition } from './definition.ts';

/** A wording file larger than this is refused before it is parsed. */
const MAX_WORDING_BYTES = 1_000_000;
const MAX_TEXT = 1_000;

/** What `alliance measure list` shows for one instrument. */
export interface InstrumentInfo {
  key: string;
  name: string;
  construct: string;
  items: number;
  licence: 'free' | 'licensed' | 'own';
  validated: boolean;
  /** False for a licensed instrument whose wording has not been supplied. */
  administrable: boolean;
  url: string;
  version: string;
}

/** The instruments a deployment can score and administer. */
export interface InstrumentRegistry {
  all(): readonly InstrumentDefinition[];
  list(): InstrumentInfo[];
  /** The definition by key (`phq9`, `PHQ-9` and `wai_sr` all work); throws `instrument_unknown`. */
  get(key: string): InstrumentDefinition;
  /** Like `get`, but throws `instrument_unavailable` when the wording is missing. */
  administrable(key: string): InstrumentDefinition;
}

/** How to supply licensed wording, for error messages and `measure list`. */
export const WORDING_HINT =
  'Supply the wording you are licensed to use as a FHIR Questionnaire JSON file with --wording FILE or ALLIANCE_INSTRUMENT_WORDING (see docs/instruments.md).';

const canonicalKey = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/gu, '');

/** True when every answerable item has its text: the instrument can be asked. */
function hasWording(definition: InstrumentDefinition): boolean {
  return answerableItems(definition).every((item) => Boolean(item.text));
}

/**
 * The built-in instruments, with licensed wording merged in from the deployer's FHIR
 * Questionnaire files (paths from `--wording` or ALLIANCE_INSTRUMENT_WORDING, separated by commas).
 * @example createInstrumentRegistry({ wordingFiles: ['./licensed/wai-sr.json'] }).administrable('wai-sr')
 */
export function createInstrumentRegistry(
  options: { wordingFiles?: readonly string[]; definitions?: readonly InstrumentDefinition[] } = {},
): InstrumentRegistry {
  let definitions = [...(options.definitions ?? BUILTIN_INSTRUMENTS)];
  for (const file of options.wordingFiles ?? []) {
    const merged = loadWordingFile(file, definitions);
    definitions = definitions.map((d) => (d.key === merged.key ? merged : d));
  }
  const byKey = new Map(definitions.map((d) => [canonicalKey(d.key), d]));
  for (const d of definitions) byKey.set(canonicalKey(d.name), d);

  const get = (key: string): InstrumentDefinition => {
    const found = byKey.get(canonicalKey(key));
    if (!found) {
      throw new AllianceError(
        'instrument_unknown',
        `There is no instrument called "${key.slice(0, 80)}".`,
        `Known instruments: ${definitions.map((d) => d.key).join(', ')} (see \`alliance measure list\`).`,
      );
    }
    return found;
  };
  return {
    all: () => definitions,
    list: () =>
      definitions.map((d) => ({
        key: d.key,
        name: d.name,
        construct: d.construct,
        items: answerableItems(d).length,
        licence: d.licence.status,
        validated: d.validated,
        administrable: hasWording(d),
        url: d.questionnaire.url,
        version: d.questionnaire.version,
      })),
    get,
    administrable(key) {
      const definition = get(key);
      if (!hasWording(definition)) {
        throw new AllianceError(
          'instrument_unavailable',
          `${definition.name} is licensed and its wording has not been supplied, so it cannot be asked (it can still be scored).`,
          WORDING_HINT,
        );
      }
      return definition;
    },
  };
}

/** The wording-file paths configured in the environment. */
export function wordingFilesFromEnv(env: Readonly<Record<string, string | undefined>>): string[] {
  return (env.ALLIANCE_INSTRUMENT_WORDING ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Reads a deployer's FHIR Questionnaire holding the wording of a licensed instrument and returns
 * that instrument's definition with the texts filled in. The file must name the instrument by
 * its canonical URL (or its name), give a text for every item, and use the instrument's answer
 * codes. Anything else is `wording_invalid`, naming the file and the item.
 */
export function loadWordingFile(
  file: string,
  definitions: readonly InstrumentDefinition[],
): InstrumentDefinition {
  const fail = (what: string): never => {
    throw new AllianceError('wording_invalid', `Wording file ${file}: ${what}`, WORDING_HINT);
  };
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return fail('cannot be read (does it exist?).');
  }
  if (size > MAX_WORDING_BYTES) fail(`is ${size} bytes; the limit is ${MAX_WORDING_BYTES}.`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/u, ''));
  } catch (error) {
    return fail(`is ${jsonProblem(error)}.`);
  }
  if (!isRecord(json) || json.resourceType !== 'Questionnaire') {
    return fail('is not a FHIR Questionnaire (resourceType must be "Questionnaire").');
  }
  const url = typeof json.url === 'string' ? json.url.split('|')[0] : undefined;
  const name = typeof json.name === 'string' ? canonicalKey(json.name) : undefined;
  const definition = definitions.find(
    (d) =>
      (url !== undefined && d.questionnaire.url === url) ||
      (url === undefined &&
        name !== undefined &&
        (canonicalKey(d.key) === name || canonicalKey(d.name) === name)),
  );
  if (!definition) {
    return fail(
      `names no known instrument (url ${JSON.stringify(json.url ?? null)}); licensed instruments: ${definitions
        .filter((d) => d.wording === 'deployer')
        .map((d) => d.questionnaire.url)
        .join(', ')}.`,
    );
  }
  if (definition.wording !== 'deployer') {
    fail(`${definition.name} ships with its own wording; only licensed instruments take a file.`);
  }
  if (!Array.isArray(json.item)) return fail('has no "item" array.');
  if (json.item.length > 500)
    fail(
      `has ${json.item.length} items; ${definition.name} has ${answerableItems(definition).length}.`,
    );
  const supplied = new Map<string, Record<string, unknown>>();
  for (const [index, raw] of json.item.entries()) {
    if (!isRecord(raw) || typeof raw.linkId !== 'string') {
      fail(`item ${index + 1} has no linkId.`);
    }
    const entry = raw as Record<string, unknown> & { linkId: string };
    // Instructions in the deployer's file are welcome but not needed: the preamble comes from `description`.
    if (entry.type === 'display') continue;
    if (supplied.has(entry.linkId)) fail(`item ${entry.linkId} appears twice.`);
    supplied.set(entry.linkId, entry);
  }
  const expected = answerableItems(definition);
  for (const linkId of supplied.keys()) {
    if (!expected.some((item) => item.linkId === linkId)) {
      fail(
        `item "${linkId.slice(0, 60)}" is not an item of ${definition.name} (expected ${expected.map((i) => i.linkId).join(', ')}).`,
      );
    }
  }
  const items: QuestionnaireItem[] = definition.questionnaire.item.map((item) => {
    if (item.type === 'display') return item;
    const given = supplied.get(item.linkId);
    if (!given) return fail(`item ${item.linkId} is missing.`);
    const text = given.text;
    if (typeof text !== 'string' || !text.trim()) return fail(`item ${item.linkId} has no text.`);
    if (text.length > MAX_TEXT)
      fail(`item ${item.linkId} has a text longer than ${MAX_TEXT} characters.`);
    return {
      ...item,
      text: text.trim(),
      answerOption: mergeOptions(item, given.answerOption, fail),
    };
  });
  const questionnaire = { ...definition.questionnaire, item: items };
  const preamble =
    typeof json.description === 'string' ? json.description.slice(0, MAX_TEXT) : undefined;
  return { ...definition, questionnaire, ...(preamble ? { preamble } : {}) };
}

/** Adds the file's option displays (by code) to the definition's scored options. */
function mergeOptions(
  item: QuestionnaireItem,
  given: unknown,
  fail: (what: string) => never,
): QuestionnaireItem['answerOption'] {
  if (!item.answerOption) return undefined;
  if (given === undefined) return item.answerOption;
  if (!Array.isArray(given)) return fail(`item ${item.linkId}: answerOption must be an array.`);
  const displays = new Map<string, string>();
  for (const option of given) {
    const coding =
      isRecord(option) && isRecord(option.valueCoding) ? option.valueCoding : undefined;
    if (!coding || typeof coding.code !== 'string') {
      return fail(`item ${item.linkId}: each answerOption needs a valueCoding with a code.`);
    }
    if (!item.answerOption.some((o) => o.valueCoding?.code === coding.code)) {
      return fail(
        `item ${item.linkId}: answer code "${String(coding.code).slice(0, 40)}" is not one of ${item.answerOption.map((o) => o.valueCoding?.code).join(', ')}.`,
      );
    }
    if (typeof coding.display === 'string' && coding.display.trim()) {
      displays.set(coding.code, coding.display.trim().slice(0, 200));
    }
  }
  return item.answerOption.map((option) => {
    const display = displays.get(option.valueCoding?.code ?? '');
    return display ? { ...option, valueCoding: { ...option.valueCoding, display } } : option;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
