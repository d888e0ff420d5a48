import { AllianceError, readConfigText, type EventStore } from '../core/index.ts';
import { parseSchedule, type InstrumentRegistry, type ScheduleRule } from '../instruments/index.ts';
import { loadCrisisResources, type CrisisResourceDirectory } from '../safety/index.ts';
import { createTurnRuntime, type TurnRuntime } from '../server/index.ts';
import type { CliIo } from './cli-io.ts';
import { localeFromEnvironment } from './locale.ts';
import { registryFor } from './measure-command.ts';

/** The options `alliance chat` and `alliance serve` share about turns. */
export interface TurnFlags {
  locale?: string;
  crisisResources?: string;
  alertWebhook?: string;
  /** FHIR Questionnaire files with licensed instrument wording. */
  wording?: string[];
  /** A JSON file of schedule rules for questionnaires. */
  schedule?: string;
}

/** What the flags and the environment say about turns, ready for createTurnRuntime. */
export interface TurnConfig {
  resources: CrisisResourceDirectory;
  instruments: InstrumentRegistry;
  schedule?: ScheduleRule[];
  alertWebhook?: { url: string; secret?: string };
  /** The locale given by flag or environment, if any. */
  locale?: string;
}

/**
 * Reads the turn configuration from flags, falling back to the environment
 * (ALLIANCE_CRISIS_RESOURCES, ALLIANCE_MEASURE_SCHEDULE, ALLIANCE_ALERT_WEBHOOK,
 * ALLIANCE_ALERT_SECRET, ALLIANCE_LOCALE or LANG). Fails before any store is opened.
 * @example const config = turnConfig(options, io)
 */
export function turnConfig(flags: TurnFlags, io: CliIo): TurnConfig {
  const resources = loadCrisisResources(flags.crisisResources ?? io.env.ALLIANCE_CRISIS_RESOURCES);
  const instruments = registryFor(flags.wording, io);
  const scheduleFile = flags.schedule ?? io.env.ALLIANCE_MEASURE_SCHEDULE;
  const schedule = scheduleFile ? readSchedule(scheduleFile, instruments) : undefined;
  const url = flags.alertWebhook ?? io.env.ALLIANCE_ALERT_WEBHOOK;
  const secret = io.env.ALLIANCE_ALERT_SECRET;
  const locale = flags.locale ?? localeFromEnvironment(io.env);
  return {
    resources,
    instruments,
    ...(schedule ? { schedule } : {}),
    ...(url ? { alertWebhook: { url, ...(secret ? { secret } : {}) } } : {}),
    ...(locale ? { locale } : {}),
  };
}

/**
 * The turn runtime (engine and alerts) over `store`, configured as `config` says.
 * @example const { engine } = turnRuntimeFor(store, turnConfig(options, io))
 */
export function turnRuntimeFor(store: EventStore, config: TurnConfig): TurnRuntime {
  return createTurnRuntime({
    store,
    resources: config.resources,
    instruments: config.instruments,
    ...(config.schedule ? { schedule: config.schedule } : {}),
    ...(config.alertWebhook ? { alertWebhook: config.alertWebhook } : {}),
    defaultLocale: config.locale ?? '',
  });
}

function readSchedule(file: string, instruments: InstrumentRegistry): ScheduleRule[] {
  const text = readConfigText(
    file,
    `the measure schedule ${file}`,
    'Check the path given with --schedule or ALLIANCE_MEASURE_SCHEDULE.',
  );
  return parseSchedule(
    text.slice(0, 100_000),
    instruments.all().map((d) => d.key),
  );
}
