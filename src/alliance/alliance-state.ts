import { emptyAllianceWork, reduceAllianceWork, type AllianceWork } from './alliance-work.ts';
import {
  compareRisk,
  type MeasureAsk,
  type MeasureReason,
  type MoveKind,
  type RiskCategory,
  type RiskLevel,
  type SafetyAsk,
  type SafetyPlanSection,
  type SafetyQuestion,
  type StoredEvent,
  type NewEvent,
} from '../core/index.ts';

/** How many of the person's recent messages the state keeps, for escalation across turns. */
const RECENT_CLIENT_TEXTS = 5;

/** The safety protocol's progress, carried across sessions until it is resolved. */
export interface SafetyState {
  /** Safety mode: on from a moderate-or-higher finding until the protocol resolves it. */
  active: boolean;
  /** Highest level and the categories of the current episode. */
  level: RiskLevel;
  categories: RiskCategory[];
  /** What the agent asked last, so the next message is read as its answer. */
  lastAsked?: SafetyAsk;
  /** Everything asked in this episode, in order. */
  asked: SafetyAsk[];
  answers: Partial<Record<SafetyQuestion, 'yes' | 'no' | 'unclear'>>;
  /** When the last episode was resolved, for a gentle resumption afterwards. */
  resolvedAt?: string;
  /** Why it was resolved: `no_longer_indicated` when the person corrected a misreading. */
  resolvedReason?: 'person_safe' | 'session_ended' | 'no_longer_indicated';
  /** The session the last episode began in, so the next session can open with care. */
  episodeSession?: number;
}

/** One thing that happened with an instrument, for the schedule and for reports. */
export interface MeasureRecord {
  instrument: string;
  at: string;
  sessionNumber: number;
  outcome: 'completed' | 'stopped' | 'declined' | 'offered';
  total?: number | null;
  band?: string | null;
  flags?: string[];
}

/** Questionnaires in the conversation: the open one, what was just asked, and the history. */
export interface MeasureState {
  /** What the agent's last move asked about a questionnaire (cleared by any other move). */
  awaiting?: MeasureAsk;
  /** The administration under way, with the answers so far (null: skipped). */
  open?: {
    administrationId: string;
    instrument: string;
    version: string;
    reason: MeasureReason;
    answers: Record<string, number | null>;
  };
  history: MeasureRecord[];
}

/** How many recent agent messages the state remembers, so the responder can avoid repeating itself. */
const RECENT_AGENT_TEXTS = 20;

/**
 * What the agent knows about the person and the conversation, derived only from the event log
 * (replaying the same events always gives the same state).
 */
export interface AllianceState {
  conversationId: string;
  /** How the person wants to be addressed. */
  name?: string;
  /** The concern the person stated in their own words, and the message it came from. */
  concern?: { text: string; messageId: string };
  locale?: string;
  sessionNumber: number;
  currentSessionId: string | null;
  clientTurnsThisSession: number;
  clientTurnsTotal: number;
  lastAgentMove?: MoveKind;
  lastAgentText?: string;
  recentAgentTexts: string[];
  /**
   * Risk seen in this session; `active` until the session ends. `checked`: the agent has asked
   * directly about a reading below the alarm threshold this session (`check_risk`, once a session).
   */
  risk: { active: boolean; highest: RiskLevel; lastAt?: string; checked?: boolean };
  safety: SafetyState;
  /** The person's safety plan by section, in their words; kept across sessions. */
  safetyPlan: Partial<Record<SafetyPlanSection, string[]>>;
  /** The person's last few messages in this session, oldest first. */
  recentClientTexts: string[];
  measures: MeasureState;
  lastEventAt?: string;
  /** When the previous session ended, for "welcome back" continuity. */
  previousSessionEndedAt?: string;
  /** Consent, preferences, goals, tasks, exercises, ruptures and memories. */
  work: AllianceWork;
}

/** The state of a conversation with no events yet. */
export function emptyAllianceState(conversationId: string): AllianceState {
  return {
    conversationId,
    sessionNumber: 0,
    currentSessionId: null,
    clientTurnsThisSession: 0,
    clientTurnsTotal: 0,
    recentAgentTexts: [],
    risk: { active: false, highest: 'none' },
    safety: { active: false, level: 'none', categories: [], asked: [], answers: {} },
    safetyPlan: {},
    recentClientTexts: [],
    measures: { history: [] },
    work: emptyAllianceWork(),
  };
}

/**
 * The state after one more event. Pure: returns a new object and never mutates its input.
 * @example events.reduce(reduceAllianceState, emptyAllianceState(id))
 */
export function reduceAllianceState(
  state: AllianceState,
  event: StoredEvent | NewEvent,
): AllianceState {
  const next = reduceConversation(state, event);
  return { ...next, work: reduceAllianceWork(state.work, event, next.sessionNumber) };
}

function reduceConversation(state: AllianceState, event: StoredEvent | NewEvent): AllianceState {
  const next: AllianceState = { ...state, lastEventAt: event.at };
  switch (event.type) {
    case 'session.started':
      return {
        ...next,
        sessionNumber: event.payload.sessionNumber,
        currentSessionId: event.sessionId,
        clientTurnsThisSession: 0,
        locale: event.payload.locale,
        risk: { active: false, highest: 'none' },
        recentClientTexts: [],
      };
    case 'session.ended':
      return { ...next, currentSessionId: null, previousSessionEndedAt: event.at };
    case 'message.received':
      return {
        ...next,
        clientTurnsThisSession: state.clientTurnsThisSession + 1,
        clientTurnsTotal: state.clientTurnsTotal + 1,
        recentClientTexts: [...state.recentClientTexts, event.payload.text].slice(
          -RECENT_CLIENT_TEXTS,
        ),
      };
    case 'agent.move':
      return {
        ...next,
        lastAgentMove: event.payload.move,
        lastAgentText: event.payload.text,
        recentAgentTexts: [...state.recentAgentTexts, event.payload.text].slice(
          -RECENT_AGENT_TEXTS,
        ),
        ...(event.payload.move === 'check_risk' ? { risk: { ...state.risk, checked: true } } : {}),
        safety: withLastAsked(state.safety, event.payload.asks),
        measures: withMeasureAsk(state, event.payload.measure, event.at),
      };
    case 'profile.updated':
      return {
        ...next,
        ...(event.payload.name !== undefined ? { name: event.payload.name } : {}),
        ...(event.payload.locale !== undefined ? { locale: event.payload.locale } : {}),
      };
    case 'concern.stated':
      return { ...next, concern: { text: event.payload.text, messageId: event.payload.messageId } };
    case 'safety.risk_detected': {
      const level = event.payload.level;
      const highest = compareRisk(level, state.risk.highest) > 0 ? level : state.risk.highest;
      return {
        ...next,
        risk: { ...state.risk, active: level !== 'none', highest, lastAt: event.at },
      };
    }
    case 'safety.mode_entered': {
      const episode: SafetyState = state.safety.active
        ? state.safety
        : { active: true, level: 'none', categories: [], asked: [], answers: {} };
      return {
        ...next,
        safety: {
          ...episode,
          active: true,
          level:
            compareRisk(event.payload.level, episode.level) > 0
              ? event.payload.level
              : episode.level,
          categories: [...new Set([...episode.categories, ...event.payload.categories])],
          episodeSession: state.sessionNumber,
        },
      };
    }
    case 'safety.answer':
      return {
        ...next,
        safety: {
          ...state.safety,
          answers: { ...state.safety.answers, [event.payload.question]: event.payload.answer },
        },
      };
    case 'safety.mode_resolved': {
      const { lastAsked: _asked, ...rest } = state.safety;
      return {
        ...next,
        safety: {
          ...rest,
          active: false,
          resolvedAt: event.at,
          resolvedReason: event.payload.reason,
        },
      };
    }
    case 'safety_plan.updated':
      return {
        ...next,
        safetyPlan: { ...state.safetyPlan, [event.payload.section]: event.payload.items },
      };
    case 'measure.started':
      return {
        ...next,
        measures: {
          ...state.measures,
          open: {
            administrationId: event.payload.administrationId,
            instrument: event.payload.instrument,
            version: event.payload.version,
            reason: event.payload.reason,
            answers: {},
          },
        },
      };
    case 'measure.answered': {
      const open = state.measures.open;
      if (!open || open.administrationId !== event.payload.administrationId) return next;
      return {
        ...next,
        measures: {
          ...state.measures,
          open: {
            ...open,
            answers: { ...open.answers, [event.payload.itemId]: event.payload.value },
          },
        },
      };
    }
    case 'measure.completed': {
      const { open: _open, ...rest } = state.measures;
      return {
        ...next,
        measures: {
          ...rest,
          history: [
            ...state.measures.history,
            {
              instrument: event.payload.instrument,
              at: event.at,
              sessionNumber: state.sessionNumber,
              outcome: event.payload.status,
              total: event.payload.total,
              band: event.payload.band,
              flags: event.payload.flags,
            },
          ],
        },
      };
    }
    case 'measure.declined':
      return {
        ...next,
        measures: {
          ...state.measures,
          history: [
            ...state.measures.history,
            {
              instrument: event.payload.instrument,
              at: event.at,
              sessionNumber: state.sessionNumber,
              outcome: 'declined',
            },
          ],
        },
      };
    default:
      return next;
  }
}

/** Records what a move asked about a questionnaire; an offer is remembered for the schedule. */
function withMeasureAsk(
  state: AllianceState,
  ask: MeasureAsk | undefined,
  at: string,
): MeasureState {
  const { awaiting: _previous, ...rest } = state.measures;
  if (!ask) return rest;
  const history =
    ask.kind === 'offer'
      ? [
          ...rest.history,
          {
            instrument: ask.instrument,
            at,
            sessionNumber: state.sessionNumber,
            outcome: 'offered' as const,
          },
        ]
      : rest.history;
  return { ...rest, history, awaiting: ask };
}

/** Records what a move asked (or that it asked nothing), so the next message is read against it. */
function withLastAsked(safety: SafetyState, asks: SafetyAsk | undefined): SafetyState {
  const { lastAsked: _previous, ...rest } = safety;
  return asks ? { ...rest, lastAsked: asks, asked: [...safety.asked, asks] } : rest;
}

/** The state after a whole log. @example replayAllianceState(id, await store.readEvents(id)) */
export function replayAllianceState(
  conversationId: string,
  events: readonly (StoredEvent | NewEvent)[],
): AllianceState {
  return events.reduce(reduceAllianceState, emptyAllianceState(conversationId));
}
