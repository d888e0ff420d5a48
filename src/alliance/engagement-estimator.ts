import type { StoredEvent } from '../core/index.ts';
import {
  dtaAccumulator,
  type DtaAccumulator,
  type DtaEvidence,
  type DtaScores,
  type UtteranceSignals,
} from './dta-index.ts';

/** Sessions whose index the estimator keeps building incrementally. */
const MAX_TRACKED_SESSIONS = 2_000;

/** Agent moves that ask for a short answer. */
const CLOSED_MOVES: ReadonlySet<string> = new Set([
  'measure_item',
  'offer_measure',
  'safety_question',
  'crisis_response',
  'check_risk',
  'safety_plan_step',
]);

/**
 * The nlu's reading of one utterance (empathy, behaviour, talk type, markers), given the turn
 * before it. Injected so the alliance module does not depend on the models.
 */
export type SignalSource = (
  speaker: 'client' | 'agent',
  text: string,
  previous?: { speaker: string; text: string },
) => Omit<UtteranceSignals, 'id' | 'speaker' | 'text'>;

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
  /** The DTA index of the session (0–100), when the estimator has a signal source. */
  dta?: DtaScores;
  /** Ruptures seen in the session, and how many of them were repaired. */
  ruptures?: { total: number; repaired: number };
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
  /**
   * The evidence behind every session's DTA index, in log order: which utterance (by event id)
   * moved which dimension, which way, why, and the words that carry it. Empty without a signal
   * source. Kept apart from `estimate`, whose figures are shown everywhere, because evidence
   * quotes what was said.
   */
  evidence?(conversationId: string, events: readonly StoredEvent[]): readonly DtaEvidence[];
}

/**
 * The first estimator: engagement per session (turns, words per turn, duration). Words are
 * counted by the injected counter so the nlu's tokenizer defines a word everywhere.
 * @example engagementEstimator(countWords).estimate(id, events).sessions[0].wordsPerClientTurn
 */
export function engagementEstimator(
  countWords: (text: string) => number,
  signals?: SignalSource,
): Estimator {
  // Each utterance is read once: its signals depend only on it and the turn before, both immutable.
  const signalCache = new WeakMap<StoredEvent, Omit<UtteranceSignals, 'id' | 'speaker' | 'text'>>();
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
  // Per session: its accumulator and the utterance events already added, so a live turn adds
  // only what is new. A log that does not extend the previous one starts over.
  const progressBySession = new Map<
    string,
    {
      accumulator: DtaAccumulator;
      added: StoredEvent[];
      previous?: { speaker: string; text: string };
    }
  >();
  const accumulate = (sessionId: string, events: readonly StoredEvent[]) => {
    if (!signals) return undefined;
    const utterances = events.filter(
      (e) =>
        e.sessionId === sessionId && (e.type === 'message.received' || e.type === 'agent.move'),
    );
    if (utterances.length === 0) return undefined;
    let progress = progressBySession.get(sessionId);
    const extends_ =
      progress !== undefined &&
      progress.added.length <= utterances.length &&
      progress.added.every((event, i) => utterances[i] === event);
    if (!progress || !extends_) {
      progress = { accumulator: dtaAccumulator(), added: [] };
      progressBySession.delete(sessionId);
      progressBySession.set(sessionId, progress);
      // Bounded: the oldest sessions' progress is dropped (and rebuilt if they are read again).
      if (progressBySession.size > MAX_TRACKED_SESSIONS) {
        progressBySession.delete(progressBySession.keys().next().value!);
      }
    }
    for (const event of utterances.slice(progress.added.length)) {
      if (event.type !== 'message.received' && event.type !== 'agent.move') continue;
      const speaker = event.type === 'message.received' ? 'client' : 'agent';
      const text = event.payload.text;
      let signal = signalCache.get(event);
      if (!signal) {
        signal = signals(speaker, text, progress.previous);
        // A questionnaire item or a safety question asks for a short answer: a one-word
        // reply to it is not disengagement.
        if (event.type === 'agent.move' && CLOSED_MOVES.has(event.payload.move)) {
          signal = { ...signal, behaviour: { behaviour: 'question', question: 'closed' } };
        }
        signalCache.set(event, signal);
      }
      progress.accumulator.add({ id: event.id, speaker, text, ...signal });
      progress.added.push(event);
      progress.previous = { speaker, text };
    }
    return progress;
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
      if (signals) {
        for (const session of list) {
          const progress = accumulate(session.sessionId, events);
          if (!progress) continue;
          session.dta = progress.accumulator.scores();
          session.ruptures = progress.accumulator.ruptureCounts();
        }
      }
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
    evidence(_conversationId, events) {
      if (!signals) return [];
      const sessionIds = events.flatMap((event) =>
        event.type === 'session.started' && event.sessionId ? [event.sessionId] : [],
      );
      return sessionIds.flatMap((id) => accumulate(id, events)?.accumulator.evidence() ?? []);
    },
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
