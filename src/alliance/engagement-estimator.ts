import type { StoredEvent } from '../core/index.ts';

/** Engagement figures for one session. */
export interface SessionEngagement {
  sessionId: string;
  sessionNumber: number;
  startedAt: string;
  /** Null while the session is still open. */
  endedAt: string | null;
  clientTurns: number;
  agentTurns: number;
  clientWords: number;
  /** Mean words per client turn, 0 when the person has not written yet. */
  wordsPerClientTurn: number;
  /** From session start to its last event. */
  durationSeconds: number;
}

/** Engagement across a conversation. */
export interface EngagementReport {
  conversationId: string;
  sessions: SessionEngagement[];
  clientTurns: number;
  clientWords: number;
  wordsPerClientTurn: number;
}

/** Computes alliance figures from a log; the same code serves live and imported conversations. */
export interface Estimator {
  estimate(conversationId: string, events: readonly StoredEvent[]): EngagementReport;
}

/**
 * The first estimator: engagement per session (turns, words per turn, duration). Words are
 * counted by the injected counter so the nlu's tokenizer defines a word everywhere.
 * @example engagementEstimator(countWords).estimate(id, events).sessions[0].wordsPerClientTurn
 */
export function engagementEstimator(countWords: (text: string) => number): Estimator {
  // Events are immutable, so a message's word count is computed once however often it is re-estimated.
  const wordCounts = new WeakMap<StoredEvent, number>();
  const wordsOf = (event: StoredEvent, text: string) => {
    let count = wordCounts.get(event);
    if (count === undefined) {
      count = countWords(text);
      wordCounts.set(event, count);
    }
    return count;
  };
  return {
    estimate(conversationId, events) {
      const sessions = new Map<string, SessionEngagement>();
      for (const event of events) {
        if (event.type === 'session.started' && event.sessionId) {
          sessions.set(event.sessionId, {
            sessionId: event.sessionId,
            sessionNumber: event.payload.sessionNumber,
            startedAt: event.at,
            endedAt: null,
            clientTurns: 0,
            agentTurns: 0,
            clientWords: 0,
            wordsPerClientTurn: 0,
            durationSeconds: 0,
          });
          continue;
        }
        const session = event.sessionId ? sessions.get(event.sessionId) : undefined;
        if (!session) continue;
        session.durationSeconds = Math.max(
          0,
          (Date.parse(event.at) - Date.parse(session.startedAt)) / 1000,
        );
        if (event.type === 'message.received') {
          session.clientTurns += 1;
          session.clientWords += wordsOf(event, event.payload.text);
          session.wordsPerClientTurn = round(session.clientWords / session.clientTurns);
        } else if (event.type === 'agent.move') {
          session.agentTurns += 1;
        } else if (event.type === 'session.ended') {
          session.endedAt = event.at;
        }
      }
      const list = [...sessions.values()];
      const clientTurns = list.reduce((sum, s) => sum + s.clientTurns, 0);
      const clientWords = list.reduce((sum, s) => sum + s.clientWords, 0);
      return {
        conversationId,
        sessions: list,
        clientTurns,
        clientWords,
        wordsPerClientTurn: clientTurns === 0 ? 0 : round(clientWords / clientTurns),
      };
    },
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
