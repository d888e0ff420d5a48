import {
  DEFAULT_CHECK_INS,
  dueCheckIn,
  parseCheckInRules,
  type CheckInRule,
} from '../agent/index.ts';
import { replayAllianceState } from '../alliance/index.ts';
import {
  AllianceError,
  eventFactory,
  randomIds,
  readConfigText,
  systemClock,
} from '../core/index.ts';
import { loadCrisisResources, resourcesForLocale } from '../safety/index.ts';
import type { CliIo } from './cli-io.ts';
import { openStoreAt } from './open-store.ts';

/** Options of `alliance check-ins`. */
export interface CheckInsOptions {
  db: string;
  rules?: string;
  json?: boolean;
  record?: boolean;
  /** The time to check against (ISO-8601), for scripts and tests; default now. */
  at?: string;
}

/**
 * `alliance check-ins`: the check-in messages due now, one per conversation, by the deployer's
 * rules. A sender (e-mail, SMS, push) reads them; `--record` logs each as sent, so it is not
 * sent twice. Nothing is due in a safety episode, before consent or after the person said no.
 */
export async function checkInsCommand(options: CheckInsOptions, io: CliIo): Promise<number> {
  const rules = options.rules ? readRules(options.rules) : DEFAULT_CHECK_INS;
  const now = options.at === undefined ? systemClock.now() : Date.parse(options.at);
  if (Number.isNaN(now)) {
    throw new AllianceError(
      'usage',
      `--at must be an ISO-8601 time, not "${String(options.at).slice(0, 40)}".`,
      'For example: --at 2026-03-10T09:00:00Z',
    );
  }
  const directory = loadCrisisResources(io.env.ALLIANCE_CRISIS_RESOURCES);
  const store = await openStoreAt(options.db, 'existing', io.env, io.error);
  try {
    const clock = { now: () => now };
    const events = eventFactory({ clock, ids: randomIds(clock) });
    let due = 0;
    for (const conversation of await store.listConversations()) {
      const log = await store.readEvents(conversation.id);
      const state = replayAllianceState(conversation.id, log);
      const resources = resourcesForLocale(directory, state.locale ?? 'en-US');
      const message = dueCheckIn(state, now, rules, resources);
      if (!message) continue;
      due += 1;
      if (options.json)
        io.out(
          JSON.stringify({ conversation: conversation.id, name: state.name ?? null, ...message }),
        );
      else io.out(`${conversation.id}\t${message.ruleId}\t${message.text}`);
      if (options.record) {
        await store.append(
          conversation.id,
          [events.create(conversation.id, null, 'check_in.prompted', message)],
          { expectedLastSeq: log.at(-1)?.seq ?? 0 },
        );
      }
    }
    if (!options.json && due === 0) io.out('No check-in messages are due.');
    return 0;
  } finally {
    await store.close();
  }
}

function readRules(file: string): CheckInRule[] {
  const text = readConfigText(file, file, 'Check the path to the rules file.');
  if (text.length > 100_000) {
    throw new AllianceError(
      'config_invalid',
      `${file} is larger than 100 kB.`,
      'A rules file holds at most 50 short rules.',
    );
  }
  return parseCheckInRules(text, file);
}
