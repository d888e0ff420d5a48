import type { DtaScores, SessionEngagement } from '../../alliance/index.ts';
import type { EventStore, StoredEvent } from '../../core/index.ts';
import type { ConversationEngine } from '../conversation-engine.ts';
import type { Persona } from './personas.ts';

/** What `alliance simulate --json` prints per persona: each figure counted from the event log. */
export interface SimulationReport {
  persona: string;
  conversation: string;
  sessions: number;
  ai_disclosed: boolean;
  consent_recorded: boolean;
  goals_set: number;
  goals_revisited: number;
  tasks_offered: number;
  tasks_agreed: number;
  tasks_followed_up: number;
  exercises_completed: number;
  ruptures_detected: number;
  ruptures_repaired: number;
  crisis_protocol_entered: number;
  exercises_offered_in_safety_mode: number;
  repeated_replies: number;
  client_turns: number;
  dta: { session: number; dta: DtaScores | null }[];
}

/** One line of a transcript written by `--transcripts`. */
export interface TranscriptLine {
  conversation: string;
  session: number;
  speaker: 'client' | 'agent';
  move?: string;
  text: string;
  at: string;
}

/** A clock that simulation can move forward between sessions. */
export interface MovableClock {
  now(): number;
  advance(ms: number): void;
}

const DAY = 24 * 60 * 60 * 1000;
/** No session runs longer than this many messages, whatever a persona does. */
const MAX_TURNS = 40;

/**
 * Runs a persona through `sessions` sessions of the real pipeline (engine, store, nlu,
 * estimator) and reports from the stored event log, never from the script.
 */
export async function simulatePersona(
  persona: Persona,
  options: {
    engine: ConversationEngine;
    store: EventStore;
    clock: MovableClock;
    sessions: number;
    estimate: (conversationId: string, events: StoredEvent[]) => SessionEngagement[];
    /** An existing conversation to talk in (e.g. one owned by a demo account); a new one otherwise. */
    conversationId?: string;
  },
): Promise<{ report: SimulationReport; transcript: TranscriptLine[] }> {
  const { engine, store, clock } = options;
  const conversation =
    options.conversationId ??
    (await store.createConversation((await store.ensurePerson(`simulated-${persona.name}`)).id)).id;
  for (let session = 1; session <= options.sessions; session += 1) {
    if (session > 1) clock.advance(persona.gapDays * DAY);
    let result = await engine.startSession(conversation, { channel: 'terminal', locale: 'en-GB' });
    for (let turn = 0; turn < MAX_TURNS; turn += 1) {
      const state = await engine.state(conversation);
      const text = persona.reply({
        session,
        turn,
        move: result.move,
        reply: result.reply,
        ...(state.work.awaiting ? { awaiting: state.work.awaiting.kind } : {}),
        ...(state.safety.lastAsked ? { asks: state.safety.lastAsked } : {}),
      });
      if (text === null) break;
      result = await engine.handleMessage(conversation, text);
    }
    await engine.endSession(conversation, 'closed');
  }
  const events = await store.readEvents(conversation);
  return {
    report: reportFromEvents(persona.name, conversation, events, options.estimate),
    transcript: transcriptOf(events),
  };
}

/** The behaviour counts of one simulated conversation, from its events. */
export function reportFromEvents(
  persona: string,
  conversation: string,
  events: readonly StoredEvent[],
  estimate: (conversationId: string, events: StoredEvent[]) => SessionEngagement[],
): SimulationReport {
  const count = (type: StoredEvent['type']) => events.filter((e) => e.type === type).length;
  const moves = events.filter(
    (e): e is Extract<StoredEvent, { type: 'agent.move' }> => e.type === 'agent.move',
  );
  const texts = moves.map((e) => e.payload.text);
  const firstOpening = moves.find((e) => e.payload.move === 'open_session');
  // Exercises or task offers while the safety protocol was on.
  let safetyMode = false;
  let inSafety = 0;
  for (const event of events) {
    if (event.type === 'safety.mode_entered') safetyMode = true;
    if (event.type === 'safety.mode_resolved' || event.type === 'session.ended') safetyMode = false;
    if (
      safetyMode &&
      event.type === 'agent.move' &&
      ['offer_tasks', 'exercise_step', 'offer_measure', 'measure_item'].includes(event.payload.move)
    )
      inSafety += 1;
  }
  const sessions = estimate(conversation, [...events]);
  return {
    persona,
    conversation,
    sessions: count('session.started'),
    ai_disclosed: firstOpening !== undefined && /I'm an AI/u.test(firstOpening.payload.text),
    consent_recorded: events.some((e) => e.type === 'consent.recorded' && e.payload.granted),
    goals_set: count('goal.set'),
    goals_revisited: events.filter((e) => e.type === 'goal.reviewed').length,
    tasks_offered: count('task.offered'),
    tasks_agreed: count('task.agreed'),
    tasks_followed_up: count('task.completed'),
    exercises_completed: events.filter(
      (e) => e.type === 'exercise.ended' && e.payload.outcome === 'completed',
    ).length,
    ruptures_detected: count('rupture.detected'),
    ruptures_repaired: events.filter(
      (e) => e.type === 'rupture.resolved' && e.payload.outcome === 'repaired',
    ).length,
    crisis_protocol_entered: count('safety.mode_entered'),
    exercises_offered_in_safety_mode: inSafety,
    repeated_replies: texts.length - new Set(texts).size,
    client_turns: count('message.received'),
    dta: sessions.map((s) => ({ session: s.sessionNumber, dta: s.dta ?? null })),
  };
}

function transcriptOf(events: readonly StoredEvent[]): TranscriptLine[] {
  const numbers = new Map<string, number>();
  const lines: TranscriptLine[] = [];
  for (const event of events) {
    if (event.type === 'session.started' && event.sessionId)
      numbers.set(event.sessionId, event.payload.sessionNumber);
    const session = numbers.get(event.sessionId ?? '') ?? 0;
    if (event.type === 'message.received') {
      lines.push({
        conversation: event.conversationId,
        session,
        speaker: 'client',
        text: event.payload.text,
        at: event.at,
      });
    } else if (event.type === 'agent.move') {
      lines.push({
        conversation: event.conversationId,
        session,
        speaker: 'agent',
        move: event.payload.move,
        text: event.payload.text,
        at: event.at,
      });
    }
  }
  return lines;
}
