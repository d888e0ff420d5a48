import {
  engagementEstimator,
  replayAllianceState,
  type DtaScores,
  type SessionEngagement,
} from '../alliance/index.ts';
import { countWords } from '../nlu/index.ts';
import { compareRisk, type RiskLevel } from '../core/index.ts';
import type { CliIo } from './cli-io.ts';
import { defaultSignals } from '../nlu/index.ts';
import { openStoreAt } from './open-store.ts';

/** One row of `alliance history`. */
export interface HistoryRow {
  conversation: string;
  name: string | null;
  started: string;
  lastActive: string;
  sessions: number;
  clientTurns: number;
  wordsPerClientTurn: number;
  highestRisk: RiskLevel;
  /** The DTA index of the latest session, or null before any turn. */
  dta: DtaScores | null;
  /** Per-session engagement (turns, words per turn, duration), oldest first. */
  perSession: SessionEngagement[];
}

/**
 * `alliance history`: every conversation in the database with its engagement figures, newest
 * activity first; `--json` prints one JSON object per line for scripts.
 */
export async function historyCommand(
  options: { db: string; json?: boolean },
  io: CliIo,
): Promise<number> {
  const store = await openStoreAt(options.db, 'existing', io.env, io.error);
  try {
    const estimator = engagementEstimator(countWords, defaultSignals());
    const rows: HistoryRow[] = [];
    for (const conversation of await store.listConversations()) {
      const events = await store.readEvents(conversation.id);
      const state = replayAllianceState(conversation.id, events);
      const engagement = estimator.estimate(conversation.id, events);
      const highestRisk = events.reduce<RiskLevel>(
        (worst, event) =>
          event.type === 'safety.risk_detected' && compareRisk(event.payload.level, worst) > 0
            ? event.payload.level
            : worst,
        'none',
      );
      rows.push({
        conversation: conversation.id,
        name: state.name ?? null,
        started: conversation.createdAt,
        lastActive: conversation.updatedAt,
        sessions: engagement.sessions.length,
        clientTurns: engagement.clientTurns,
        wordsPerClientTurn: engagement.wordsPerClientTurn,
        highestRisk,
        dta: engagement.sessions.at(-1)?.dta ?? null,
        perSession: engagement.sessions,
      });
    }
    if (options.json) {
      for (const row of rows) io.out(JSON.stringify(row));
    } else if (rows.length === 0) {
      io.out('No conversations yet. Start one with `alliance chat`.');
    } else {
      io.out(formatTable(rows));
    }
    return 0;
  } finally {
    await store.close();
  }
}

function formatTable(rows: readonly HistoryRow[]): string {
  const header = [
    'CONVERSATION',
    'NAME',
    'LAST ACTIVE (UTC)',
    'SESSIONS',
    'TURNS',
    'WORDS/TURN',
    'DTA (LAST SESSION)',
    'RISK',
  ];
  const body = rows.map((row) => [
    row.conversation,
    row.name ?? '-',
    row.lastActive.replace('T', ' ').slice(0, 16),
    String(row.sessions),
    String(row.clientTurns),
    row.wordsPerClientTurn.toFixed(1),
    row.dta
      ? `${row.dta.overall.toFixed(0)} (G${row.dta.goal.toFixed(0)} T${row.dta.task.toFixed(0)} B${row.dta.bond.toFixed(0)} E${row.dta.engagement.toFixed(0)})`
      : '-',
    row.highestRisk,
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...body.map((cells) => cells[i]!.length)),
  );
  return [header, ...body]
    .map((cells) =>
      cells
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
