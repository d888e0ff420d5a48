import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PERSONAS,
  createConversationEngine,
  defaultStages,
  simulatePersona,
  type MovableClock,
  type SimulationReport,
} from '../agent/index.ts';
import { AllianceError, randomIds } from '../core/index.ts';
import { loadCrisisResources } from '../safety/index.ts';
import { generateKey, openSqliteStore, parseKeys } from '../store/index.ts';
import type { CliIo } from './cli-io.ts';

/** Options of `alliance simulate`. */
export interface SimulateOptions {
  persona: string;
  sessions: string;
  json?: boolean;
  transcripts?: string;
}

/** Simulated time starts here, so runs are comparable. */
const START = Date.parse('2026-03-02T09:00:00Z');

/**
 * `alliance simulate`: scripted people run through multi-session conversations in the real
 * pipeline, in a throwaway encrypted store; the report is counted from the stored event log.
 */
export async function simulateCommand(options: SimulateOptions, io: CliIo): Promise<number> {
  const sessions = Number(options.sessions);
  if (!Number.isInteger(sessions) || sessions < 1 || sessions > 20) {
    throw new AllianceError(
      'usage',
      `--sessions must be a whole number from 1 to 20, not "${options.sessions.slice(0, 40)}".`,
      'For example: alliance simulate --persona all --sessions 3',
    );
  }
  const wanted =
    options.persona === 'all'
      ? PERSONAS
      : PERSONAS.filter((persona) => persona.name === options.persona);
  if (wanted.length === 0) {
    throw new AllianceError(
      'usage',
      `There is no persona called "${options.persona.slice(0, 40)}".`,
      `Choose one of: all, ${PERSONAS.map((p) => p.name).join(', ')}.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'alliance-simulate-'));
  const store = await openSqliteStore({
    path: join(dir, 'simulation.db'),
    keyring: parseKeys(generateKey()),
  });
  try {
    let now = START;
    const clock: MovableClock = {
      now: () => (now += 15_000),
      advance: (ms) => {
        now += ms;
      },
    };
    const stages = defaultStages();
    const engine = createConversationEngine({
      store,
      ...stages,
      resources: loadCrisisResources(),
      clock,
      ids: randomIds(clock),
      defaultLocale: 'en-GB',
    });
    if (options.transcripts) mkdirSync(options.transcripts, { recursive: true });
    const reports: SimulationReport[] = [];
    for (const persona of wanted) {
      const { report, transcript } = await simulatePersona(persona, {
        engine,
        store,
        clock,
        sessions,
        estimate: (id, events) => stages.estimator.estimate(id, events).sessions,
      });
      reports.push(report);
      if (options.transcripts) {
        writeFileSync(
          join(options.transcripts, `${persona.name}.jsonl`),
          transcript.map((line) => JSON.stringify(line)).join('\n') + '\n',
        );
      }
      if (options.json) io.out(JSON.stringify(report));
    }
    if (!options.json) for (const line of table(reports)) io.out(line);
    return 0;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(reports: readonly SimulationReport[]): string[] {
  const columns: [string, (r: SimulationReport) => string][] = [
    ['persona', (r) => r.persona],
    ['sessions', (r) => String(r.sessions)],
    ['AI said', (r) => (r.ai_disclosed ? 'yes' : 'no')],
    ['consent', (r) => (r.consent_recorded ? 'yes' : 'no')],
    ['goals', (r) => String(r.goals_set)],
    ['revisited', (r) => String(r.goals_revisited)],
    ['offered', (r) => String(r.tasks_offered)],
    ['agreed', (r) => String(r.tasks_agreed)],
    ['followed up', (r) => String(r.tasks_followed_up)],
    ['ruptures', (r) => String(r.ruptures_detected)],
    ['repaired', (r) => String(r.ruptures_repaired)],
    ['crisis', (r) => String(r.crisis_protocol_entered)],
    ['repeats', (r) => String(r.repeated_replies)],
    [
      'DTA overall by session',
      (r) => r.dta.map((d) => (d.dta ? Math.round(d.dta.overall) : '–')).join(' '),
    ],
  ];
  const rows = [columns.map(([name]) => name), ...reports.map((r) => columns.map(([, f]) => f(r)))];
  const widths = columns.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}
