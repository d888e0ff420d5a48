import {
  compareRisk,
  type MoveKind,
  type RiskLevel,
  type StoredEvent,
  type NewEvent,
} from '../core/index.ts';

/** How many recent agent messages the state remembers, so the responder can avoid repeating itself. */
const RECENT_AGENT_TEXTS = 20;

/**
 * What the agent knows about the person and the conversation, derived only from the event log
 * (replaying the same events always gives the same state). Goals, tasks, bond and ruptures
 * join it in later issues.
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
  /** Risk seen in this session; `active` until the session ends. */
  risk: { active: boolean; highest: RiskLevel; lastAt?: string };
  lastEventAt?: string;
  /** When the previous session ended, for "welcome back" continuity. */
  previousSessionEndedAt?: string;
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
      };
    case 'session.ended':
      return { ...next, currentSessionId: null, previousSessionEndedAt: event.at };
    case 'message.received':
      return {
        ...next,
        clientTurnsThisSession: state.clientTurnsThisSession + 1,
        clientTurnsTotal: state.clientTurnsTotal + 1,
      };
    case 'agent.move':
      return {
        ...next,
        lastAgentMove: event.payload.move,
        lastAgentText: event.payload.text,
        recentAgentTexts: [...state.recentAgentTexts, event.payload.text].slice(
          -RECENT_AGENT_TEXTS,
        ),
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
      return { ...next, risk: { active: level !== 'none', highest, lastAt: event.at } };
    }
    default:
      return next;
  }
}

/** The state after a whole log. @example replayAllianceState(id, await store.readEvents(id)) */
export function replayAllianceState(
  conversationId: string,
  events: readonly (StoredEvent | NewEvent)[],
): AllianceState {
  return events.reduce(reduceAllianceState, emptyAllianceState(conversationId));
}
