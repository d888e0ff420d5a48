import {
  openRuptures,
  replayAllianceState,
  type AllianceState,
  type Estimator,
} from '../alliance/index.ts';
import { measuresWithChange, outcomeTrendsOf, tasksOf } from './dashboard-views.ts';
import {
  SENSITIVE_FIELDS,
  compareRisk,
  type Account,
  type RiskLevel,
  type StoredEvent,
} from '../core/index.ts';

/** An account as its owner and admins see it (never the password hash or person link). */
export function accountOut(account: Account) {
  return {
    id: account.id,
    role: account.role,
    email: account.email,
    displayName: account.displayName,
    createdAt: account.createdAt,
    consent: account.consent,
  };
}

/** The person's and the agent's words in log order, for the conversation's owner. */
export function messagesOf(events: readonly StoredEvent[]) {
  const messages: {
    seq: number;
    at: string;
    from: 'client' | 'agent';
    text: string;
    move?: string;
  }[] = [];
  for (const event of events) {
    if (event.type === 'message.received') {
      messages.push({ seq: event.seq, at: event.at, from: 'client', text: event.payload.text });
    } else if (event.type === 'agent.move') {
      messages.push({
        seq: event.seq,
        at: event.at,
        from: 'agent',
        text: event.payload.text,
        move: event.payload.move,
      });
    }
  }
  return messages;
}

/** What the owner is shown of the state: session, safety, goals and safety plan. */
export function stateOut(state: AllianceState) {
  return {
    sessionNumber: state.sessionNumber,
    sessionOpen: state.currentSessionId !== null,
    crisisProtocolActive: state.safety.active,
    goals: goalsOf(state),
    safetyPlan: Object.fromEntries(
      Object.entries(state.safetyPlan).filter(([, items]) => Array.isArray(items)),
    ) as Record<string, string[]>,
  };
}

function goalsOf(state: AllianceState) {
  return state.work.goals.map((goal) => ({ text: goal.text, status: goal.status }));
}

/** Clinical figures of one conversation, derived from its log. */
export interface ConversationFigures {
  id: string;
  createdAt: string;
  updatedAt: string;
  state: AllianceState;
  sessions: {
    sessionNumber: number;
    startedAt: string;
    endedAt: string | null;
    clientTurns: number;
    agentTurns: number;
    wordsPerClientTurn: number;
    durationSeconds: number;
    dta: { goal: number; task: number; bond: number; engagement: number; overall: number } | null;
  }[];
  highestRisk: RiskLevel;
  alerts: { alertId: string; at: string; level: RiskLevel; categories: string[] }[];
  /**
   * Every safety question the person answered, in order: the direct question asked when the
   * detector was unsure (`check`, about a risk category) and the protocol's questions in safety
   * mode (`protocol`: thoughts, plan, means, timeframe…).
   */
  safetyAnswers: {
    at: string;
    sessionNumber: number;
    asked: 'check' | 'protocol';
    about: string;
    answer: 'yes' | 'no' | 'unclear';
  }[];
  moves: Record<string, number>;
  /** When each rupture was seen and when it was resolved, by rupture id. */
  ruptureTimes: Record<string, { startedAt: string; resolvedAt: string | null }>;
}

/**
 * Replays a conversation's log into the figures clinicians and researchers see: sessions with
 * engagement and the DTA index, risk, alerts and move counts.
 */
export function figuresOf(
  conversation: { id: string; createdAt: string; updatedAt: string },
  events: readonly StoredEvent[],
  estimator: Estimator,
): ConversationFigures {
  const state = replayAllianceState(conversation.id, events);
  const report = estimator.estimate(conversation.id, events);
  let highestRisk: RiskLevel = 'none';
  const alerts: ConversationFigures['alerts'] = [];
  const moves: Record<string, number> = {};
  const ruptureTimes: ConversationFigures['ruptureTimes'] = {};
  const safetyAnswers: ConversationFigures['safetyAnswers'] = [];
  let sessionNumber = 0;
  for (const event of events) {
    if (event.type === 'session.started') sessionNumber = event.payload.sessionNumber;
    if (event.type === 'safety.check_answered' || event.type === 'safety.answer')
      safetyAnswers.push({
        at: event.at,
        sessionNumber,
        asked: event.type === 'safety.answer' ? 'protocol' : 'check',
        about: event.type === 'safety.answer' ? event.payload.question : event.payload.category,
        answer: event.payload.answer,
      });
    if (event.type === 'rupture.detected')
      ruptureTimes[event.payload.ruptureId] = { startedAt: event.at, resolvedAt: null };
    if (event.type === 'rupture.resolved' && ruptureTimes[event.payload.ruptureId])
      ruptureTimes[event.payload.ruptureId]!.resolvedAt = event.at;
    if (event.type === 'safety.risk_detected' && compareRisk(event.payload.level, highestRisk) > 0)
      highestRisk = event.payload.level;
    if (event.type === 'safety.alert')
      alerts.push({
        alertId: event.payload.alertId,
        at: event.at,
        level: event.payload.level,
        categories: event.payload.categories,
      });
    if (event.type === 'agent.move')
      moves[event.payload.move] = (moves[event.payload.move] ?? 0) + 1;
  }
  return {
    id: conversation.id,
    createdAt: conversation.createdAt,
    updatedAt: conversation.updatedAt,
    state,
    sessions: report.sessions.map((session) => ({
      sessionNumber: session.sessionNumber,
      startedAt: session.startedAt,
      endedAt: session.endedAt,
      clientTurns: session.clientTurns,
      agentTurns: session.agentTurns,
      wordsPerClientTurn: session.wordsPerClientTurn,
      durationSeconds: session.durationSeconds,
      dta: session.dta
        ? {
            goal: session.dta.goal,
            task: session.dta.task,
            bond: session.dta.bond,
            engagement: session.dta.engagement,
            overall: session.dta.overall,
          }
        : null,
    })),
    highestRisk,
    alerts,
    safetyAnswers,
    moves,
    ruptureTimes,
  };
}

/** One caseload line for a client from the figures of their conversations. */
export function caseloadEntryOf(client: Account, conversations: readonly ConversationFigures[]) {
  const latest = [...conversations].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
  const lastSession = latest?.sessions.at(-1);
  return {
    id: client.id,
    displayName: client.displayName,
    conversations: conversations.length,
    // The last thing said or done in the log; the row's own update time can be later (an import).
    lastActive: latest ? (latest.state.lastEventAt ?? latest.updatedAt) : null,
    sessions: conversations.reduce((sum, figures) => sum + figures.sessions.length, 0),
    latestDta: lastSession?.dta ?? null,
    highestRisk: conversations.reduce<RiskLevel>(
      (worst, figures) =>
        compareRisk(figures.highestRisk, worst) > 0 ? figures.highestRisk : worst,
      'none',
    ),
    crisisProtocolActive: conversations.some((figures) => figures.state.safety.active),
    alerts: conversations.reduce((sum, figures) => sum + figures.alerts.length, 0),
    openRuptures: conversations.reduce(
      (sum, figures) => sum + openRuptures(figures.state.work).length,
      0,
    ),
    outcomes: outcomeTrendsOf(conversations),
    // Filled in by the route, which looks the acknowledgements up.
    unacknowledgedAlerts: conversations.reduce((sum, figures) => sum + figures.alerts.length, 0),
  };
}

/** The clinician's view of one conversation: figures, alerts, ruptures, measures and goals. */
export function clinicalConversationOf(figures: ConversationFigures) {
  return {
    id: figures.id,
    createdAt: figures.createdAt,
    updatedAt: figures.updatedAt,
    sessions: figures.sessions.map((session) => ({
      sessionNumber: session.sessionNumber,
      startedAt: session.startedAt,
      endedAt: session.endedAt,
      clientTurns: session.clientTurns,
      wordsPerClientTurn: session.wordsPerClientTurn,
      dta: session.dta,
    })),
    alerts: figures.alerts.map((alert) => ({ ...alert, acknowledged: null })),
    safetyAnswers: figures.safetyAnswers,
    ruptures: figures.state.work.ruptures.map((rupture) => ({
      ruptureId: rupture.ruptureId,
      kind: rupture.kind,
      sessionNumber: rupture.sessionNumber,
      outcome: rupture.outcome ?? null,
      startedAt: figures.ruptureTimes[rupture.ruptureId]?.startedAt ?? null,
      resolvedAt: figures.ruptureTimes[rupture.ruptureId]?.resolvedAt ?? null,
    })),
    measures: measuresWithChange(figures.state.measures.history),
    goals: goalsOf(figures.state),
    tasks: tasksOf(figures.state),
  };
}

/** A conversation for researchers: figures under a pseudonym, no names, no text, no dates. */
export function researchConversationOf(pid: string, figures: ConversationFigures) {
  return {
    pid,
    sessions: figures.sessions.map((session) => ({
      sessionNumber: session.sessionNumber,
      clientTurns: session.clientTurns,
      wordsPerClientTurn: session.wordsPerClientTurn,
      dta: session.dta,
    })),
    highestRisk: figures.highestRisk,
    moves: figures.moves,
    measures: figures.state.measures.history.map((record) => ({
      instrument: record.instrument,
      sessionNumber: record.sessionNumber,
      outcome: record.outcome,
      total: record.total ?? null,
      band: record.band ?? null,
    })),
  };
}

// Open payload keys that can still carry words or addresses: an alert delivery's error text.
const ALSO_WITHHELD = new Set(['error']);

/**
 * A conversation's events for researchers: type, seconds since the first event, and the payload
 * without any field that can hold what the person wrote (SENSITIVE_FIELDS) or free text.
 */
export function researchEventsOf(events: readonly StoredEvent[]) {
  const start = events[0] ? Date.parse(events[0].at) : 0;
  return events.map((event) => {
    const withheld = new Set<string>(SENSITIVE_FIELDS[event.type] as readonly string[]);
    const data: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(event.payload)) {
      if (!withheld.has(key) && !ALSO_WITHHELD.has(key)) data[key] = value;
    }
    return {
      seq: event.seq,
      type: event.type,
      t: Math.round((Date.parse(event.at) - start) / 1000),
      data,
    };
  });
}
