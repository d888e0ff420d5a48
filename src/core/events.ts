import type { Clock } from './clock.ts';
import { isoTime } from './clock.ts';
import type { IdGenerator } from './ids.ts';

/** Risk levels, ordered from none to imminent. */
export const RISK_LEVELS = ['none', 'low', 'moderate', 'high', 'imminent'] as const;
/** How strongly a message indicates risk to the person or others. */
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Kinds of risk the safety module recognises. */
export type RiskCategory =
  'suicide' | 'self_harm' | 'harm_to_others' | 'abuse' | 'medical_emergency';

/** One piece of evidence behind a risk assessment: which rule matched which span of the text. */
export interface RiskEvidence {
  category: RiskCategory;
  level: RiskLevel;
  /** Identifier of the rule that matched, e.g. `suicide.intent-to-kill-self`. */
  rule: string;
  /** Character offsets of the span in the message text. */
  start: number;
  end: number;
  text: string;
}

/** The questions of the safety protocol whose answers are recorded. */
export type SafetyQuestion =
  | 'thoughts'
  | 'plan'
  | 'means'
  | 'timeframe'
  | 'safe_now'
  | 'injury'
  | 'help_called'
  | 'plan_offer';

/**
 * Sections of a safety plan, after the Safety Planning Intervention.
 * @see Stanley B, Brown GK. Safety Planning Intervention: a brief intervention to mitigate suicide risk. Cogn Behav Pract 2012;19(2):256–64.
 */
export const SAFETY_PLAN_SECTIONS = [
  'warning_signs',
  'coping_steps',
  'people_and_places',
  'people_to_ask',
  'professionals',
  'safer_means',
] as const;
/** One section of a safety plan. */
export type SafetyPlanSection = (typeof SAFETY_PLAN_SECTIONS)[number];

/** The therapeutic moves the policy can choose; the responder renders each as text. */
export type MoveKind =
  | 'open_session'
  | 'welcome_back'
  | 'ask_concern'
  | 'reflect_and_explore'
  | 'invite_more'
  | 'repair'
  | 'support_for_other'
  | 'crisis_response'
  | 'check_risk'
  | 'safety_question'
  | 'safety_plan_step'
  | 'safety_plan_summary'
  | 'resume_after_safety'
  | 'unassessed_resources'
  | 'offer_measure'
  | 'measure_item'
  | 'measure_result'
  | 'measure_stopped'
  | 'measure_declined'
  | 'close_session'
  | 'ask_consent'
  | 'consent_declined'
  | 'ask_preferences'
  | 'ask_goal'
  | 'confirm_goal'
  | 'refine_goal'
  | 'ask_more_goals'
  | 'review_goal'
  | 'check_drift'
  | 'offer_tasks'
  | 'explore_refusal'
  | 'exercise_step'
  | 'exercise_paused'
  | 'agree_next_step'
  | 'check_in_mood'
  | 'summarise_session'
  | 'honest_limits'
  | 'acknowledge_preference';

/**
 * What an agent move waits for, so the next message is read against it (a "yes" to a goal, a
 * choice among tasks, a time for the next step). Recorded with the move.
 */
export type Awaiting =
  | { kind: 'consent' }
  | { kind: 'preferences' }
  | { kind: 'goal_statement'; replaces?: string }
  | { kind: 'goal_confirm'; goalId: string }
  | { kind: 'goal_refine'; goalId: string }
  | { kind: 'goal_more' }
  | { kind: 'goal_review'; goalId: string; which?: boolean }
  | { kind: 'drift'; goalId: string }
  | { kind: 'task_choice'; taskIds: string[] }
  | { kind: 'task_permission' }
  | { kind: 'refusal_why'; taskIds: string[] }
  | { kind: 'exercise'; exerciseId: string; stepId: string }
  | { kind: 'next_step_when'; taskId: string; again?: boolean }
  | { kind: 'follow_up'; taskId: string }
  | { kind: 'mood' }
  | { kind: 'repair'; ruptureId: string };

/** How the person wants to be spoken to. */
export type Tone = 'warm' | 'direct';
export type Pace = 'slower' | 'quicker';
export type RuptureKind = 'withdrawal' | 'confrontation';

/** Why an instrument was offered. */
export type MeasureReason = 'intake' | 'scheduled' | 'session_end' | 'requested' | 'imported';

/** What a move asks about a questionnaire, so the next message is read as its answer. */
export type MeasureAsk =
  | { kind: 'offer'; instrument: string; reason: MeasureReason }
  | {
      kind: 'item';
      administrationId: string;
      instrument: string;
      itemId: string;
      /** Set when the agent asks the person to choose between these values (a vague answer). */
      confirm?: number[];
      /** How many times this item has been asked again after an answer that fitted no option. */
      retries?: number;
    };

/** What a safety move asks: a protocol question, or a section of the safety plan. */
export type SafetyAsk = SafetyQuestion | `plan:${SafetyPlanSection}`;

/** Payload of every event type. Keys that hold what the person wrote are listed in SENSITIVE_FIELDS. */
export interface EventPayloads {
  'session.started': {
    channel: 'terminal' | 'web' | 'import';
    locale: string;
    sessionNumber: number;
  };
  'session.ended': { reason: 'end_of_input' | 'client_left' | 'timeout' | 'closed' };
  'message.received': { text: string };
  'agent.move': {
    move: MoveKind;
    text: string;
    respondsTo: string | null;
    responder: string;
    /** The safety question or plan section this move asks, so the next answer can be read against it. */
    asks?: SafetyAsk;
    /** The questionnaire offer or item this move asks. */
    measure?: MeasureAsk;
    /** What the move waits for (a consent, a choice, a time…). */
    awaiting?: Awaiting;
  };
  'safety.risk_detected': {
    messageId: string;
    level: RiskLevel;
    categories: RiskCategory[];
    evidence: RiskEvidence[];
    detector: string;
  };
  /** A clinician alert raised by a risk finding; delivered to a webhook when one is configured. */
  'safety.alert': {
    alertId: string;
    messageId: string;
    level: RiskLevel;
    categories: RiskCategory[];
  };
  /** The conversation switches into the safety protocol until the risk is resolved. */
  'safety.mode_entered': { messageId: string; level: RiskLevel; categories: RiskCategory[] };
  /** The safety protocol ends: the person said they are safe, or the session ended. */
  'safety.mode_resolved': { reason: 'person_safe' | 'session_ended' | 'no_longer_indicated' };
  /** The person's answer to a question of the safety protocol, as understood. */
  'safety.answer': {
    question: SafetyQuestion;
    answer: 'yes' | 'no' | 'unclear';
    messageId: string;
  };
  /**
   * The person's answer to the direct question the agent asked when a message was unclear
   * (`check_risk`: "are you thinking about hurting yourself?"), as understood. Kept so a clinician
   * can see that risk was asked about and what was said, a no included; it changes no state.
   */
  'safety.check_answered': {
    category: RiskCategory;
    answer: 'yes' | 'no' | 'unclear';
    messageId: string;
  };
  /** One section of the person's safety plan, in their words (replaces the section's items). */
  'safety_plan.updated': { section: SafetyPlanSection; items: string[] };
  /** The outcome of delivering an alert to the configured webhook. */
  'safety.alert_delivery': {
    alertId: string;
    outcome: 'delivered' | 'failed';
    attempts: number;
    /** HTTP status of the last attempt, or null when no response came. */
    status: number | null;
    error?: string;
  };
  'profile.updated': {
    name?: string;
    locale?: string;
    tone?: Tone;
    pace?: Pace;
    /** Whether the person wants check-in messages between sessions. */
    checkIns?: boolean;
  };
  /** The person's answer to the first-contact disclosure, with the version of what they read. */
  'consent.recorded': { version: string; granted: boolean };
  'concern.stated': { text: string; messageId: string };
  /** An instrument is being administered in the conversation, one item at a time. */
  'measure.started': {
    administrationId: string;
    instrument: string;
    version: string;
    reason: MeasureReason;
  };
  'measure.asked': { administrationId: string; instrument: string; itemId: string };
  /** An item's answer: `value` is null when the person skipped it; `text` is what they wrote. */
  'measure.answered': {
    administrationId: string;
    instrument: string;
    itemId: string;
    value: number | null;
    text?: string;
  };
  /** The administration ended: scored when complete, kept as a partial response when stopped. */
  'measure.completed': {
    administrationId: string;
    instrument: string;
    version: string;
    status: 'completed' | 'stopped';
    total: number | null;
    band: string | null;
    subscales: Record<string, number | null>;
    flags: string[];
  };
  /** The person said no to an instrument when it was offered. */
  'measure.declined': { instrument: string; reason: MeasureReason };
  /** A goal put into words (the person's), not yet agreed. */
  'goal.proposed': { goalId: string; text: string };
  'goal.set': { goalId: string; text: string };
  'goal.revised': { goalId: string; text: string; status: 'active' | 'achieved' | 'retired' };
  /** A goal looked at again: kept as it is, or the person wants to change it. */
  'goal.reviewed': { goalId: string; outcome: 'kept' | 'change' | 'drifted' };
  'task.offered': {
    taskId: string;
    goalId: string | null;
    title: string;
    rationale: string;
    /** The library exercise behind the task, when there is one. */
    exerciseId?: string;
  };
  'task.agreed': { taskId: string; detail?: string; when?: string };
  'task.declined': { taskId: string; reason?: string };
  'task.completed': { taskId: string; outcome: 'done' | 'partly' | 'not'; note?: string };
  /** A structured exercise run as a multi-turn flow. */
  'exercise.started': { exerciseId: string; taskId?: string };
  'exercise.answered': { exerciseId: string; stepId: string; text: string };
  'exercise.paused': { exerciseId: string; stepId: string };
  'exercise.resumed': { exerciseId: string };
  'exercise.ended': { exerciseId: string; outcome: 'completed' | 'left' };
  /** The nlu saw the alliance strain: withdrawal or confrontation, with the words behind it. */
  'rupture.detected': { ruptureId: string; kind: RuptureKind; messageId: string; evidence: string };
  /** Whether the repair that followed worked. */
  'rupture.resolved': { ruptureId: string; outcome: 'repaired' | 'unresolved' };
  /** A detail worth remembering across sessions: a person, an event, what helped. */
  'memory.noted': { kind: 'person' | 'event' | 'helped'; text: string; messageId: string };
  /** The session check-in: mood from 0 (worst) to 10 (best). */
  'mood.rated': { score: number; messageId: string };
  /** A check-in message sent between sessions, by the deployer's schedule. */
  'check_in.prompted': { ruleId: string; text: string };
}

/** Every event type in the conversation log. */
export type EventType = keyof EventPayloads;

/**
 * Payload keys that may contain the person's own words (or the agent quoting them) and are
 * therefore encrypted at rest. Everything else in a payload stays queryable.
 */
export const SENSITIVE_FIELDS: { readonly [K in EventType]: readonly (keyof EventPayloads[K])[] } =
  {
    'session.started': [],
    'session.ended': [],
    'message.received': ['text'],
    'agent.move': ['text'],
    'safety.risk_detected': ['evidence'],
    'safety.alert': [],
    'safety.mode_entered': [],
    'safety.mode_resolved': [],
    'safety.answer': [],
    'safety.check_answered': [],
    'safety_plan.updated': ['items'],
    'safety.alert_delivery': [],
    'profile.updated': ['name'],
    'concern.stated': ['text'],
    'measure.started': [],
    'measure.asked': [],
    'measure.answered': ['text'],
    'measure.completed': [],
    'measure.declined': [],
    'goal.set': ['text'],
    'goal.revised': ['text'],
    'task.offered': [],
    'task.agreed': ['detail', 'when'],
    'task.declined': ['reason'],
    'task.completed': ['note'],
    'consent.recorded': [],
    'goal.proposed': ['text'],
    'goal.reviewed': [],
    'exercise.started': [],
    'exercise.answered': ['text'],
    'exercise.paused': [],
    'exercise.resumed': [],
    'exercise.ended': [],
    'rupture.detected': ['evidence'],
    'rupture.resolved': [],
    'memory.noted': ['text'],
    'mood.rated': [],
    'check_in.prompted': ['text'],
  };

/** All event types, e.g. for validating imported logs. */
export const EVENT_TYPES = Object.keys(SENSITIVE_FIELDS) as EventType[];

/** An event as domain code creates it, before the store gives it a position in the log. */
export type NewEvent<T extends EventType = EventType> = {
  [K in T]: {
    id: string;
    conversationId: string;
    /** The session the event belongs to; null for events outside any session. */
    sessionId: string | null;
    type: K;
    /** ISO-8601 UTC. */
    at: string;
    payload: EventPayloads[K];
  };
}[T];

/** An event in the append-only log, with its 1-based position in the conversation. */
export type StoredEvent<T extends EventType = EventType> = NewEvent<T> & { seq: number };

/** Creates events with injected ids and clock. */
export interface EventFactory {
  create<T extends EventType>(
    conversationId: string,
    sessionId: string | null,
    type: T,
    payload: EventPayloads[T],
  ): NewEvent<T>;
}

/**
 * An event factory over an injected clock and id generator.
 * @example eventFactory({ clock: systemClock, ids }).create(convId, sessionId, 'message.received', { text })
 */
export function eventFactory(deps: { clock: Clock; ids: IdGenerator }): EventFactory {
  return {
    create(conversationId, sessionId, type, payload) {
      return {
        id: deps.ids.next('evt'),
        conversationId,
        sessionId,
        type,
        at: isoTime(deps.clock),
        payload,
      } as NewEvent<typeof type>;
    },
  };
}

/** Narrows an event to one type. @example events.filter(isEvent('message.received')) */
export function isEvent<T extends EventType>(type: T) {
  return (event: StoredEvent): event is Extract<StoredEvent, { type: T }> => event.type === type;
}

/** Compares risk levels: positive when `a` is more severe than `b`. */
export function compareRisk(a: RiskLevel, b: RiskLevel): number {
  return RISK_LEVELS.indexOf(a) - RISK_LEVELS.indexOf(b);
}
