import { readFileSync, statSync } from 'node:fs';
import {
  AllianceError,
  isEvent,
  jsonProblem,
  randomIds,
  systemClock,
  type EventStore,
  type StoredEvent,
} from '../core/index.ts';
import {
  answerableItems,
  classifyChange,
  createInstrumentRegistry,
  instrumentAlpha,
  exportBundle,
  fromQuestionnaireResponse,
  scoreResponse,
  wordingFilesFromEnv,
  WORDING_HINT,
  type Answers,
  type ExportEntry,
  type InstrumentRegistry,
  type ScoreResult,
} from '../instruments/index.ts';
import type { CliIo } from './cli-io.ts';
import { openStoreAt } from './open-store.ts';

/** A QuestionnaireResponse file larger than this is refused before it is read. */
const MAX_IMPORT_BYTES = 5_000_000;

/** The registry with the deployer's licensed wording from `--wording` and the environment. */
export function registryFor(wording: readonly string[] | undefined, io: CliIo): InstrumentRegistry {
  return createInstrumentRegistry({
    wordingFiles: [...wordingFilesFromEnv(io.env), ...(wording ?? [])],
  });
}

/** `alliance measure list`: every instrument, its licence, and whether it can be administered. */
export async function measureListCommand(
  options: { json?: boolean; wording?: string[] },
  io: CliIo,
): Promise<number> {
  const registry = registryFor(options.wording, io);
  const list = registry.list();
  if (options.json) {
    for (const info of list) io.out(JSON.stringify(info));
    return 0;
  }
  for (const info of list) {
    const status = info.administrable
      ? 'ready'
      : 'scoring only: licensed wording not supplied (--wording FILE)';
    io.out(
      `${info.key.padEnd(12)} ${info.name.padEnd(13)} ${String(info.items).padStart(2)} items  ${info.licence.padEnd(8)} ${info.validated ? '' : '(not validated) '}${status}`,
    );
  }
  if (list.some((info) => !info.administrable)) io.out(`\n${WORDING_HINT}`);
  return 0;
}

/**
 * `alliance measure score --instrument phq9 --answers 0,1,2,3,0,1,2,3,1`: total, band, subscales
 * and flags, as text or JSON. Answers are given in item order; an empty entry or `-` is a
 * skipped item, scored by the instrument's rule for missing items.
 */
export async function measureScoreCommand(
  options: { instrument: string; answers: string; json?: boolean; wording?: string[] },
  io: CliIo,
): Promise<number> {
  const definition = registryFor(options.wording, io).get(options.instrument);
  const items = answerableItems(definition);
  if (options.answers.length > 10_000) {
    throw new AllianceError(
      'usage',
      'The --answers list is too long.',
      `${definition.name} has ${items.length} items.`,
    );
  }
  const raw = options.answers.split(',').map((part) => part.trim());
  if (raw.length !== items.length) {
    throw new AllianceError(
      'answer_missing',
      `${definition.name} has ${items.length} items but ${raw.length} answer${raw.length === 1 ? ' was' : 's were'} given.`,
      `Give one answer per item, in order, separated by commas; leave an entry empty or write - to skip it (e.g. ${items.map((_, i) => (i === 1 ? '-' : '0')).join(',')}).`,
    );
  }
  const answers: Record<string, number | null> = {};
  raw.forEach((part, index) => {
    const item = items[index]!;
    if (part === '' || part === '-') {
      answers[item.linkId] = null;
      return;
    }
    const value = Number(part);
    if (!/^-?\d+(\.\d+)?$/u.test(part) || !Number.isFinite(value)) {
      throw new AllianceError(
        'answer_invalid',
        `${definition.name} item ${index + 1} (${item.linkId}): "${part.slice(0, 40)}" is not a number.`,
        'Give each answer as its score, e.g. 0, 1, 2 or 3.',
      );
    }
    answers[item.linkId] = value;
  });
  const score = scoreResponse(definition, answers);
  if (options.json) {
    io.out(JSON.stringify(score));
    return 0;
  }
  for (const line of describeScore(score, definition.scoring.bandSource)) io.out(line);
  return 0;
}

/** A score as lines of text. */
export function describeScore(score: ScoreResult, bandSource?: string): string[] {
  const lines = [
    `${score.name} (version ${score.version})${score.validated ? '' : ' — not a validated instrument'}`,
  ];
  const how = score.method === 'sum' ? 'sum of item scores' : 'mean item score';
  lines.push(
    score.total === null
      ? `Total: not scored — ${score.missing.length} item${score.missing.length === 1 ? '' : 's'} missing (${score.missing.join(', ')}), more than the instrument's rule allows.`
      : `Total: ${score.total} (range ${score.range.min}–${score.range.max}, ${how})${score.prorated ? `, prorated for ${score.missing.length} missing item${score.missing.length === 1 ? '' : 's'}` : ''}`,
  );
  if (score.band)
    lines.push(
      `Band: ${score.band.label}${bandSource ? ` (${bandSource.split('.')[0]} et al.)` : ''}`,
    );
  for (const subscale of score.subscales) {
    lines.push(`Subscale ${subscale.label}: ${subscale.score ?? 'not scored (items missing)'}`);
  }
  lines.push(score.flags.length === 0 ? 'Flags: none' : 'Flags:');
  for (const flag of score.flags) lines.push(`  ${flag.code}: ${flag.message}`);
  return lines;
}

/** One administration reconstructed from the event log. */
interface Administration {
  id: string;
  instrument: string;
  startedAt: string;
  endedAt?: string;
  status: 'completed' | 'stopped' | 'in-progress';
  answers: Record<string, number | null>;
}

/** The administrations of a conversation, in order, from its measure events. */
export function administrationsOf(events: readonly StoredEvent[]): Administration[] {
  const byId = new Map<string, Administration>();
  for (const event of events) {
    if (isEvent('measure.started')(event)) {
      byId.set(event.payload.administrationId, {
        id: event.payload.administrationId,
        instrument: event.payload.instrument,
        startedAt: event.at,
        status: 'in-progress',
        answers: {},
      });
    } else if (isEvent('measure.answered')(event)) {
      const administration = byId.get(event.payload.administrationId);
      if (administration) administration.answers[event.payload.itemId] = event.payload.value;
    } else if (isEvent('measure.completed')(event)) {
      const administration = byId.get(event.payload.administrationId);
      if (administration) {
        administration.status = event.payload.status;
        administration.endedAt = event.at;
      }
    }
  }
  return [...byId.values()];
}

/** A FHIR id (letters, digits, `-`, `.`; at most 64) from one of our ids. */
const fhirId = (id: string) => id.replace(/[^A-Za-z0-9.-]/gu, '-').slice(0, 64);

/**
 * `alliance measure export --conversation ID --format fhir`: every questionnaire answered in the
 * conversation as a FHIR R4 Bundle of QuestionnaireResponses, with each total as an Observation
 * carrying its LOINC code.
 */
export async function measureExportCommand(
  options: { db: string; conversation: string; format: string; wording?: string[] },
  io: CliIo,
): Promise<number> {
  if (options.format !== 'fhir') {
    throw new AllianceError(
      'usage',
      `Unknown export format "${options.format.slice(0, 40)}".`,
      'Use --format fhir.',
    );
  }
  const registry = registryFor(options.wording, io);
  await withConversation(options, io, async (store, personId) => {
    const events = await store.readEvents(options.conversation);
    const entries: ExportEntry[] = administrationsOf(events).map((administration) => {
      const definition = registry.get(administration.instrument);
      return {
        definition,
        response: {
          id: fhirId(administration.id),
          subject: `Patient/${fhirId(personId)}`,
          authored: administration.endedAt ?? administration.startedAt,
          status: administration.status,
          answers: administration.answers as Answers,
        },
        score: scoreResponse(definition, administration.answers),
      };
    });
    io.out(
      JSON.stringify(
        exportBundle(entries, { id: fhirId(`measures-${options.conversation}`) }),
        null,
        2,
      ),
    );
  });
  return 0;
}

/**
 * `alliance measure import --conversation ID --file response.json`: a FHIR QuestionnaireResponse
 * (e.g. from an EHR or a paper form) added to the conversation's log, scored like any other.
 */
export async function measureImportCommand(
  options: { db: string; conversation: string; file: string; wording?: string[]; json?: boolean },
  io: CliIo,
): Promise<number> {
  let size: number;
  try {
    size = statSync(options.file).size;
  } catch {
    throw new AllianceError('usage', `Cannot read ${options.file}.`, 'Check the path.');
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new AllianceError(
      'fhir_invalid',
      `${options.file} is ${size} bytes; the limit is ${MAX_IMPORT_BYTES}.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(options.file, 'utf8').replace(/^\uFEFF/u, ''));
  } catch (error) {
    throw new AllianceError('fhir_invalid', `${options.file} is ${jsonProblem(error)}.`);
  }
  const registry = registryFor(options.wording, io);
  const imported = fromQuestionnaireResponse(json, registry.all());
  if (imported.status === 'entered-in-error') {
    throw new AllianceError(
      'fhir_invalid',
      'The QuestionnaireResponse is marked entered-in-error; it was not imported.',
    );
  }
  const definition = imported.definition;
  const score = scoreResponse(definition, imported.answers);
  await withConversation(options, io, async (store) => {
    const ids = randomIds(systemClock);
    const administrationId = ids.next('adm');
    const at =
      imported.authored && !Number.isNaN(Date.parse(imported.authored))
        ? new Date(imported.authored).toISOString()
        : new Date().toISOString();
    const base = { conversationId: options.conversation, sessionId: null, at };
    const id = () => ids.next('evt');
    await store.append(options.conversation, [
      {
        ...base,
        id: id(),
        type: 'measure.started',
        payload: {
          administrationId,
          instrument: definition.key,
          version: definition.questionnaire.version,
          reason: 'imported',
        },
      },
      ...Object.entries(imported.answers).map(([itemId, value]) => ({
        ...base,
        id: id(),
        type: 'measure.answered' as const,
        payload: { administrationId, instrument: definition.key, itemId, value },
      })),
      {
        ...base,
        id: id(),
        type: 'measure.completed',
        payload: {
          administrationId,
          instrument: definition.key,
          version: definition.questionnaire.version,
          status: score.complete || imported.status === 'completed' ? 'completed' : 'stopped',
          total: score.total,
          band: score.band?.code ?? null,
          subscales: Object.fromEntries(score.subscales.map((s) => [s.key, s.score])),
          flags: score.flags.map((f) => f.code),
        },
      },
    ]);
  });
  if (options.json) io.out(JSON.stringify(score));
  else
    for (const line of [`Imported into ${options.conversation}:`, ...describeScore(score)])
      io.out(line);
  return 0;
}

async function withConversation(
  options: { db: string; conversation: string },
  io: CliIo,
  work: (store: EventStore, personId: string) => Promise<void>,
): Promise<void> {
  const store = await openStoreAt(options.db, 'existing', io.env, io.error);
  try {
    const conversation = await store.getConversation(options.conversation);
    if (!conversation) {
      throw new AllianceError(
        'conversation_not_found',
        `No conversation with id ${options.conversation.slice(0, 80)} in ${options.db}.`,
        'List conversations with `alliance history`.',
      );
    }
    await work(store, conversation.personId);
  } finally {
    await store.close();
  }
}

/** Sample standard deviation, or undefined for fewer than two values. */
function sampleSd(values: readonly number[]): number | undefined {
  if (values.length < 2) return undefined;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance);
}

/**
 * `alliance measure stats --instrument phq9`: the instrument over every conversation in the
 * database — completed responses, Cronbach's alpha over them, and for each person with two or
 * more totals the change from first to last: reliable improvement or deterioration and clinically
 * significant change (Jacobson–Truax with the cohort's baseline SD when there are at least 10
 * baselines, otherwise the published threshold).
 */
export async function measureStatsCommand(
  options: { db: string; instrument: string; json?: boolean; wording?: string[] },
  io: CliIo,
): Promise<number> {
  const definition = registryFor(options.wording, io).get(options.instrument);
  const store = await openStoreAt(options.db, 'existing', io.env, io.error);
  const responses: Answers[] = [];
  const totalsByPerson = new Map<string, number[]>();
  try {
    for (const conversation of await store.listConversations()) {
      const events = await store.readEvents(conversation.id, {
        types: ['measure.started', 'measure.answered', 'measure.completed'],
      });
      for (const administration of administrationsOf(events)) {
        if (administration.instrument !== definition.key || administration.status !== 'completed')
          continue;
        responses.push(administration.answers);
        const total = scoreResponse(definition, administration.answers).total;
        if (total === null) continue;
        const totals = totalsByPerson.get(conversation.personId) ?? [];
        totals.push(total);
        totalsByPerson.set(conversation.personId, totals);
      }
    }
  } finally {
    await store.close();
  }
  const alpha = instrumentAlpha(definition, responses);
  const baselines = [...totalsByPerson.values()].map((totals) => totals[0]!);
  const cohortSd = baselines.length >= MIN_BASELINES_FOR_SD ? sampleSd(baselines) : undefined;
  const changes = definition.change
    ? [...totalsByPerson.values()]
        .filter((totals) => totals.length >= 2)
        .map((totals) =>
          classifyChange(definition, totals[0]!, totals.at(-1)!, cohortSd ? { cohortSd } : {}),
        )
    : [];
  const count = (direction: string) => changes.filter((c) => c.direction === direction).length;
  const summary = {
    instrument: definition.key,
    responses: responses.length,
    people: totalsByPerson.size,
    alpha: alpha.alpha,
    ...(alpha.reason ? { alphaNote: alpha.reason } : {}),
    baselineSd: sampleSd(baselines) ?? null,
    change: definition.change
      ? {
          method: cohortSd ? 'jacobson-truax' : 'published-threshold',
          people: changes.length,
          improved: count('improved'),
          deteriorated: count('deteriorated'),
          noReliableChange: count('no_reliable_change'),
          clinicallySignificant: changes.filter((c) => c.clinicallySignificant).length,
        }
      : null,
  };
  if (options.json) {
    io.out(JSON.stringify(summary));
    return 0;
  }
  io.out(`${definition.name} across ${options.db}`);
  io.out(`Completed responses: ${summary.responses} from ${summary.people} people`);
  io.out(
    summary.alpha === null
      ? `Cronbach's alpha: not computed (${alpha.reason})`
      : `Cronbach's alpha: ${summary.alpha.toFixed(2)} over ${alpha.respondents} complete responses`,
  );
  if (summary.change) {
    const c = summary.change;
    io.out(
      `Change, first to last, for ${c.people} people with two or more totals (${c.method === 'jacobson-truax' ? `Jacobson–Truax, cohort baseline SD ${cohortSd!.toFixed(2)}` : `published threshold of ${definition.change!.reliableChangePoints.value} points`}):`,
    );
    io.out(
      `  reliably improved ${c.improved}, reliably deteriorated ${c.deteriorated}, no reliable change ${c.noReliableChange}; clinically significant improvement ${c.clinicallySignificant}`,
    );
  } else {
    io.out(`${definition.name} has no published change criteria; change is not classified.`);
  }
  return 0;
}

/** Baselines needed before the cohort's own SD is used for the reliable change index. */
const MIN_BASELINES_FOR_SD = 10;
