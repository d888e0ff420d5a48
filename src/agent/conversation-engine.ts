import {
  AllianceError,
  compareRisk,
  eventFactory,
  isAllianceError,
  sanitizeMessageText,
  validateMessageText,
  type Clock,
  type EventPayloads,
  type EventStore,
  type EventType,
  type IdGenerator,
  type MoveKind,
  type NewEvent,
  type StoredEvent,
} from '../core/index.ts';
import {
  reduceAllianceState,
  emptyAllianceState,
  stateUpdatesForMessage,
  type AllianceState,
  type Estimator,
  type SessionEngagement,
} from '../alliance/index.ts';
import type { TextAnalyzer } from '../nlu/index.ts';
import {
  answerOf,
  askedQuestion,
  resourcesForLocale,
  type AlertDeliveryOutcome,
  type CrisisResourceDirectory,
  type RiskAssessment,
  type RiskDetector,
  type SafetyAlertMessage,
} from '../safety/index.ts';
import {
  DEFAULT_SCHEDULE,
  createInstrumentRegistry,
  dueMeasures,
  type InstrumentRegistry,
  type ScheduleRule,
} from '../instruments/index.ts';
import { measureStep, offerMove, startMeasure, stopOpenMeasure } from './measure-protocol.ts';
import { safetyProtocolStep } from './safety-protocol.ts';
import { formatSafetyPlan } from './safety-responses.ts';
import type { Move, MoveTrigger, Policy } from './move.ts';
import { FULL_RESOURCES, guardReply } from './output-guard.ts';
import { riskCheckCategory } from './safety-responses.ts';
import { tonePreference } from './answers.ts';
import type { Responder } from './responder.ts';

/** Everything one turn passes through, each stage injected. */
export interface ConversationEngineOptions {
  store: EventStore;
  detector: RiskDetector;
  analyzer: TextAnalyzer;
  policy: Policy;
  responder: Responder;
  estimator: Estimator;
  resources: CrisisResourceDirectory;
  clock: Clock;
  ids: IdGenerator;
  /** Locale for crisis resources when the person's profile has none, e.g. `en-GB`. */
  defaultLocale: string;
  /** Where clinician alerts go (e.g. a webhook); alerts are always recorded in the log as well. */
  alerts?: { notify(alert: SafetyAlertMessage): void };
  /** The instruments that can be administered (default: the built-in ones, no licensed wording). */
  instruments?: InstrumentRegistry;
  /** When questionnaires are offered (default: DEFAULT_SCHEDULE). */
  schedule?: readonly ScheduleRule[];
  /**
   * Alliance markers of a client message given the agent message it answers (agreement,
   * refusal, withdrawal, confrontation), for the policy; none when absent.
   */
  markers?: (text: string, previousAgentText?: string) => { labels: readonly string[] };
  /**
   * How many conversations' states are kept in memory (default 2,000). Beyond that the least
   * recently used one is dropped, to be rebuilt from the store when it speaks again.
   */
  maxCachedConversations?: number;
  /**
   * Whether `TurnResult.engagement` can be read (default true). It needs the events of the
   * current session, kept in memory with each conversation's state: about half of what the
   * engine holds per conversation. Without it, `engagement` is undefined.
   */
  sessionFigures?: boolean;
}

/** Conversations whose state an engine keeps in memory unless told otherwise. */
export const DEFAULT_MAX_CACHED_CONVERSATIONS = 2_000;

/** What one step of the conversation produced. */
export interface TurnResult {
  reply: string;
  move: MoveKind;
  /** The safety verdict on the client message (absent for session start and end). */
  risk?: RiskAssessment;
  /** The events appended to the log, with their positions. */
  events: StoredEvent[];
  /**
   * Engagement of the current session after this step (worked out when first read); undefined
   * when the engine was made with `sessionFigures: false`.
   */
  engagement?: SessionEngagement;
  /**
   * False only when storing failed on a turn that showed risk: the crisis reply is still given,
   * because a person in danger must get it even if the database is unavailable.
   */
  stored: boolean;
  storeError?: AllianceError;
  /** The conversation's state right after this step (as it would have been, when storing failed). */
  state: AllianceState;
}

/**
 * How one step's events reach the store, for a caller with more to write in the same transaction
 * (the server: the request's audit record, so a turn costs one commit). The default is the
 * store's own `append` of the conversation.
 * @example engine.handleMessage(id, text, { append: (events, options) => store.append(id, events, options) })
 */
export type StepAppend = (
  events: readonly NewEvent[],
  options: { expectedLastSeq: number },
) => Promise<StoredEvent[]>;

/** Runs the turn pipeline: safety → nlu → alliance state → policy → responder → output guard → store → estimator. */
export interface ConversationEngine {
  /** Opens a session: the greeting (first session) or a welcome back. */
  startSession(
    conversationId: string,
    options: {
      channel: 'terminal' | 'web';
      locale?: string;
      name?: string;
      append?: StepAppend;
    },
  ): Promise<TurnResult>;
  /**
   * Handles one client message. Throws AllianceError for invalid input, storing nothing, unless
   * the message shows risk: then it is repaired and answered. `inputError` is a problem the
   * caller already found (e.g. invalid UTF-8 decoded with replacement characters).
   */
  handleMessage(
    conversationId: string,
    text: string,
    options?: { inputError?: AllianceError; append?: StepAppend },
  ): Promise<TurnResult>;
  /** Closes the open session with a goodbye. */
  endSession(
    conversationId: string,
    reason: EventPayloads['session.ended']['reason'],
    options?: { append?: StepAppend },
  ): Promise<TurnResult>;
  /** The current alliance state of a conversation. */
  state(conversationId: string): Promise<AllianceState>;
  /** The person's safety plan as text, with the crisis lines of their locale. */
  safetyPlan(conversationId: string): Promise<string>;
  /** Records the outcome of delivering a clinician alert (called by the alert notifier). */
  recordAlertDelivery(outcome: AlertDeliveryOutcome): Promise<void>;
  /**
   * Starts a questionnaire now, because the person asked for it (e.g. `/measure phq9`): the first
   * item. Throws `instrument_unknown` or `instrument_unavailable`, and `usage` in safety mode.
   */
  startMeasure(conversationId: string, instrument: string): Promise<TurnResult>;
  /**
   * Drops what this process holds about a conversation (its state, with the person's words),
   * once the turns already queued for it have run; used when the conversation is deleted.
   */
  forget(conversationId: string): Promise<void>;
  /** Whether the conversation's state is held in memory now (for privacy checks and tests). */
  holds(conversationId: string): boolean;
}

/** How many wordings of one move are tried before a repeated reply is accepted. */
const MAX_VARIANTS = 24;
/**
 * Lead-ins for a safety reply whose every wording has been used in the conversation already: in
 * a long crisis the same urging comes back, and saying so is kinder than repeating it as new.
 */
const AGAIN = [
  'I know I have said this before.',
  'To say it again:',
  'Once more, because it matters:',
  'As I said earlier:',
  'Coming back to this:',
  'Picking this up again:',
  'I will repeat myself a little here.',
  'Like before:',
];

/**
 * Lead-ins for any other reply whose wordings are all used: a weekly mood question, a repair or
 * an invitation recurs in a relationship of many sessions, and "I know I have said this before"
 * in front of "That's fair to say" or "5/10" read as a machine noticing itself (seen in the
 * simulated personas: 17 times in the withdrawn one's four sessions). A plain connective keeps
 * the reply new without remarking on it.
 */
const CONNECTIVES = ['Okay,', 'So,', 'Well,', 'All right,', 'Right,', 'Now,', 'Then,', 'Mm,'];

/**
 * Moves in which a repeat is said to be one (`AGAIN`): those that carry the crisis lines, the
 * direct question about risk and the safety plan's steps.
 */
const SAFETY_MOVES: ReadonlySet<MoveKind> = new Set([
  ...FULL_RESOURCES,
  'check_risk',
  'safety_plan_step',
]);

/**
 * "Okay, that's fair to say…": the reply goes on after the connective ("I", an acronym and the
 * person's name keep their capital).
 */
function afterConnective(lead: string, reply: string, name: string | undefined): string {
  const keep =
    /^(?:I\b|I'|[A-Z]{2}|\d)/u.test(reply) ||
    (name !== undefined && name !== '' && reply.startsWith(name));
  return `${lead} ${keep ? reply : `${reply.charAt(0).toLowerCase()}${reply.slice(1)}`}`;
}

/** Moves whose question a short "yes" or "no" answers. */
const ASKING_MOVES: ReadonlySet<MoveKind> = new Set([
  'crisis_response',
  'check_risk',
  'safety_question',
  'welcome_back',
]);

interface Loaded {
  state: AllianceState;
  lastSeq: number;
  sessionEvents: StoredEvent[];
}

/** The state after the first `count` events of a step's pending list. */
interface Folded {
  state: AllianceState;
  count: number;
}

/**
 * The state after all of `pending`, reducing only the events added since `known`: a step looks at
 * the state several times as it adds events, and each look used to reduce the list from the start.
 */
function foldFrom(known: Folded, pending: readonly NewEvent[]): Folded {
  let state = known.state;
  for (let i = known.count; i < pending.length; i += 1)
    state = reduceAllianceState(state, pending[i]!);
  return { state, count: pending.length };
}

/**
 * The conversation engine over injected stages. State is a cache of the log, caught up from the
 * store before every step, so another process appending to the same log is seen; the cache is
 * bounded (least recently used conversations are dropped and rebuilt from the log when needed).
 * @example const engine = createConversationEngine({ store, detector, analyzer, policy, responder, estimator, resources, clock, ids, defaultLocale: 'en-US' })
 */
export function createConversationEngine(options: ConversationEngineOptions): ConversationEngine {
  const { store, detector, analyzer, policy, responder, estimator, clock, ids } = options;
  const instruments = options.instruments ?? createInstrumentRegistry();
  const schedule = options.schedule ?? DEFAULT_SCHEDULE;
  const events = eventFactory({ clock, ids });
  const maxCached = Math.max(1, options.maxCachedConversations ?? DEFAULT_MAX_CACHED_CONVERSATIONS);
  const sessionFigures = options.sessionFigures ?? true;
  // A Map iterates in insertion order, so re-inserting on every use keeps the least recently
  // used conversation first, where eviction finds it.
  const cache = new Map<string, Loaded>();
  const alertConversations = new Map<string, string>();

  async function load(conversationId: string): Promise<Loaded> {
    let loaded = cache.get(conversationId);
    if (loaded) {
      cache.delete(conversationId);
      cache.set(conversationId, loaded);
    } else {
      if (!(await store.getConversation(conversationId))) {
        throw new AllianceError(
          'conversation_not_found',
          `No conversation with id ${conversationId}.`,
          'List conversations with `alliance history`.',
        );
      }
      loaded = { state: emptyAllianceState(conversationId), lastSeq: 0, sessionEvents: [] };
      cache.set(conversationId, loaded);
      // A turn under way keeps its own reference, so evicting its conversation here only means
      // that the next turn rebuilds the state from the log.
      while (cache.size > maxCached) cache.delete(cache.keys().next().value as string);
    }
    let fresh: StoredEvent[];
    try {
      fresh = await store.readEvents(conversationId, { afterSeq: loaded.lastSeq });
    } catch (error) {
      // Deleted meanwhile (e.g. through another instance): what was held about it goes too.
      if (isAllianceError(error) && error.code === 'conversation_not_found')
        cache.delete(conversationId);
      throw error;
    }
    apply(loaded, fresh);
    return loaded;
  }

  function apply(loaded: Loaded, stored: readonly StoredEvent[]): void {
    for (const event of stored) {
      loaded.state = reduceAllianceState(loaded.state, event);
      loaded.lastSeq = event.seq;
      if (event.type === 'session.started') loaded.sessionEvents = [];
      // session.ended has already cleared currentSessionId, so it is kept by its type.
      const inSession =
        event.sessionId !== null && event.sessionId === loaded.state.currentSessionId;
      if (sessionFigures && (inSession || event.type === 'session.ended'))
        loaded.sessionEvents.push(event);
    }
  }

  // The registry does not change once made, so whether an instrument can be asked is worked out
  // once per key rather than by catching an error on every turn.
  const askable = new Map<string, boolean>();
  const administrable = (key: string) => {
    let known = askable.get(key);
    if (known === undefined) {
      try {
        instruments.administrable(key);
        known = true;
      } catch {
        known = false;
      }
      askable.set(key, known);
    }
    return known;
  };

  /** The questionnaires due now, for the policy (only ones whose wording is available). */
  function dueNow(state: AllianceState) {
    const context = {
      sessionNumber: state.sessionNumber,
      now: new Date(clock.now()),
      history: state.measures.history,
      administrable,
    };
    return [
      ...dueMeasures(schedule, { ...context, phase: 'in_session' }),
      ...dueMeasures(schedule, { ...context, phase: 'session_end' }),
    ];
  }

  /** A policy's offer names only the instrument: the offer's details come from its definition. */
  function withMeasureView(move: Move): Move {
    if (move.kind !== 'offer_measure' || move.measureView || move.measure?.kind !== 'offer') {
      return move;
    }
    return offerMove(instruments.get(move.measure.instrument), move.measure.reason, move.message);
  }

  function localeOf(state: AllianceState): string {
    return state.locale ?? options.defaultLocale;
  }

  /** Renders the move, guards the reply, appends it with the turn's other events, and estimates. */
  async function respond(
    conversationId: string,
    loaded: Loaded,
    pending: NewEvent[],
    trigger: MoveTrigger,
    move: Move,
    extra: {
      risk?: RiskAssessment;
      alert?: SafetyAlertMessage;
      respondsTo: string | null;
      endReason?: EventPayloads['session.ended']['reason'];
      append?: StepAppend | undefined;
      /** The state after some of `pending` already (the rest is reduced here). */
      folded?: Folded;
    },
  ): Promise<TurnResult> {
    const preview = foldFrom(extra.folded ?? { state: loaded.state, count: 0 }, pending).state;
    const resources = resourcesForLocale(options.resources, localeOf(preview));
    const atRisk =
      preview.safety.active ||
      (extra.risk !== undefined && compareRisk(extra.risk.level, 'moderate') >= 0);
    const guard = {
      resources,
      opensSession: trigger === 'session_start',
      safetyMode: preview.safety.active,
      ...(move.kind === 'check_risk' ? { riskCheck: riskCheckCategory(move) } : {}),
    };
    let reply = '';
    // No reply is given twice in a conversation: another wording is asked for while one repeats.
    for (let variant = 0; variant < MAX_VARIANTS; variant += 1) {
      let rendered: string;
      try {
        rendered = await responder.render(move, preview, { resources, variant });
      } catch (error) {
        // A failing responder (an LLM that times out) must not cost a person in danger their
        // answer: the guard below writes the resources into an empty reply.
        if (!atRisk) throw error;
        rendered = "I'm here, and I want you to be safe.";
      }
      reply = guardReply(move.kind, rendered, guard);
      if (!preview.work.usedAgentTexts.has(reply)) break;
    }
    // Every wording has been used (a long safety episode, a persistent shrug): say so, rather
    // than repeat the same words as if for the first time.
    if (preview.work.usedAgentTexts.has(reply)) {
      const again = (
        SAFETY_MOVES.has(move.kind)
          ? AGAIN.map((lead) => `${lead} ${reply}`)
          : CONNECTIVES.map((lead) => afterConnective(lead, reply, preview.name))
      ).find((text) => !preview.work.usedAgentTexts.has(text));
      reply = again ?? `${reply} (${preview.work.usedAgentTexts.size + 1})`;
    }
    pending.push(
      events.create(conversationId, preview.currentSessionId, 'agent.move', {
        move: move.kind,
        text: reply,
        respondsTo: extra.respondsTo,
        responder: responder.name,
        ...(move.asks ? { asks: move.asks } : {}),
        ...(move.measure ? { measure: move.measure } : {}),
        ...(move.awaiting ? { awaiting: move.awaiting } : {}),
      }),
    );
    if (trigger === 'session_end') {
      pending.push(
        events.create(conversationId, preview.currentSessionId, 'session.ended', {
          reason: extra.endReason ?? 'closed',
        }),
      );
    }
    // The clinician is alerted even if storing fails below.
    if (extra.alert) {
      alertConversations.set(extra.alert.alertId, conversationId);
      options.alerts?.notify(extra.alert);
    }
    let stored: StoredEvent[];
    try {
      const appendOptions = { expectedLastSeq: loaded.lastSeq };
      stored = await (extra.append
        ? extra.append(pending, appendOptions)
        : store.append(conversationId, pending, appendOptions));
    } catch (error) {
      if (atRisk) {
        const storeError = isAllianceError(error)
          ? error
          : new AllianceError(
              'store_failure',
              'The conversation could not be saved.',
              'Check the database.',
              { cause: error },
            );
        return {
          reply,
          move: move.kind,
          risk: extra.risk,
          events: [],
          stored: false,
          storeError,
          state: preview,
        };
      }
      throw error;
    }
    apply(loaded, stored);
    // The session's figures are worked out only if the caller reads them: the server answers
    // no turn with them, and reading the new utterances with the nlu models for the DTA index
    // was a sixth of its time per turn. The session's list only grows (a new session gets a new
    // one), so its first `sessionLength` events are this step's view even after later turns.
    const sessionList = loaded.sessionEvents;
    const sessionLength = sessionList.length;
    let estimated = false;
    let engagement: SessionEngagement | undefined;
    return {
      reply,
      move: move.kind,
      ...(extra.risk ? { risk: extra.risk } : {}),
      events: stored,
      get engagement() {
        if (estimated || !sessionFigures) return engagement;
        estimated = true;
        engagement = estimator
          .estimate(conversationId, sessionList.slice(0, sessionLength))
          .sessions.find(
            (session) => session.sessionId === (preview.currentSessionId ?? undefined),
          );
        return engagement;
      },
      stored: true,
      state: loaded.state,
    };
  }
  function create<T extends EventType>(
    conversationId: string,
    sessionId: string | null,
    type: T,
    payload: EventPayloads[T],
  ): NewEvent {
    return events.create(conversationId, sessionId, type, payload) as NewEvent;
  }

  const unserialized: Omit<ConversationEngine, 'forget' | 'holds'> = {
    async startSession(conversationId, { channel, locale, name, append }) {
      const loaded = await load(conversationId);
      const pending: NewEvent[] = [];
      if (loaded.state.currentSessionId) {
        // A session left open (the process died) is closed before a new one starts.
        pending.push(
          create(conversationId, loaded.state.currentSessionId, 'session.ended', {
            reason: 'timeout',
          }),
        );
      }
      // A questionnaire left open by an earlier session is closed, its answers kept.
      const leftOpen = stopOpenMeasure(loaded.state, instruments);
      if (leftOpen) {
        pending.push(
          create(conversationId, loaded.state.currentSessionId, leftOpen.type, leftOpen.payload),
        );
      }
      const sessionId = ids.next('ses');
      pending.push(
        create(conversationId, sessionId, 'session.started', {
          channel,
          locale: locale ?? loaded.state.locale ?? options.defaultLocale,
          sessionNumber: loaded.state.sessionNumber + 1,
        }),
      );
      if (name && name !== loaded.state.name)
        pending.push(create(conversationId, sessionId, 'profile.updated', { name }));
      const state = pending.reduce(reduceAllianceState, loaded.state);
      // An unresolved safety episode comes first, whatever the policy would open with.
      const move: Move = state.safety.active
        ? { kind: 'safety_question', asks: 'safe_now' }
        : policy.decide({ trigger: 'session_start', state, newId: (prefix) => ids.next(prefix) });
      for (const update of move.updates ?? [])
        pending.push(create(conversationId, sessionId, update.type, update.payload));
      return respond(conversationId, loaded, pending, 'session_start', move, {
        respondsTo: null,
        append,
      });
    },

    async handleMessage(conversationId, raw, handleOptions) {
      // Safety runs first, on the text as it arrived, before validation can reject it.
      const loaded = await load(conversationId);
      const context = {
        // The agent's last words matter to the detector only when they asked about safety.
        ...(loaded.state.lastAgentText &&
        loaded.state.lastAgentMove &&
        ASKING_MOVES.has(loaded.state.lastAgentMove)
          ? { previousAgentText: loaded.state.lastAgentText }
          : {}),
        recentClientTexts: loaded.state.recentClientTexts,
      };
      let risk = detector.assess(raw.slice(0, 65_536), context);
      let text: string;
      try {
        if (handleOptions?.inputError) throw handleOptions.inputError;
        text = validateMessageText(raw);
      } catch (error) {
        if (risk.level === 'none' || !isAllianceError(error) || error.code === 'message_empty')
          throw error;
        text = sanitizeMessageText(raw);
        // What is kept is cut to the limit: risk stated further on in what the person sent is
        // not lost (its evidence carries the words it matched).
        const kept = detector.assess(text, context);
        if (compareRisk(kept.level, risk.level) >= 0) risk = kept;
      }
      const sessionId = loaded.state.currentSessionId;
      if (!sessionId) {
        throw new AllianceError(
          'usage',
          'No session is open in this conversation.',
          'Start a session before sending messages.',
        );
      }
      const message = create(conversationId, sessionId, 'message.received', { text });
      const pending: NewEvent[] = [message];
      if (risk.level !== 'none') {
        pending.push(
          create(conversationId, sessionId, 'safety.risk_detected', {
            messageId: message.id,
            level: risk.level,
            categories: risk.categories,
            evidence: risk.evidence,
            detector: risk.detector,
          }),
        );
      }
      const alarm = compareRisk(risk.level, 'moderate') >= 0;
      // The answer to the agent's direct question when it was unsure is kept, a no as much as a
      // yes: that risk was asked about, and what was said, is part of the clinical record.
      const checked =
        loaded.state.lastAgentMove === 'check_risk' && loaded.state.lastAgentText
          ? askedQuestion(loaded.state.lastAgentText.slice(-2000))
          : undefined;
      if (checked) {
        pending.push(
          create(conversationId, sessionId, 'safety.check_answered', {
            category: checked.category,
            answer: alarm && risk.categories.includes(checked.category) ? 'yes' : answerOf(text),
            messageId: message.id,
          }),
        );
      }
      const safetyBefore = loaded.state.safety;
      // While a safety plan is being made, means and warning signs are the subject ("I'll give
      // my tablets to my sister"): only imminent risk restarts the crisis response then. The
      // finding is recorded either way, and the protocol carries on with the person.
      const planning = safetyBefore.active && safetyBefore.lastAsked?.startsWith('plan:') === true;
      const entering =
        alarm &&
        (!safetyBefore.active ||
          (compareRisk(risk.level, safetyBefore.level) > 0 &&
            (!planning || risk.level === 'imminent')));
      let alert: SafetyAlertMessage | undefined;
      if (entering) {
        const { level, categories } = risk;
        pending.push(
          create(conversationId, sessionId, 'safety.mode_entered', {
            messageId: message.id,
            level,
            categories,
          }),
        );
        const alertId = ids.next('alert');
        pending.push(
          create(conversationId, sessionId, 'safety.alert', {
            alertId,
            messageId: message.id,
            level,
            categories,
          }),
        );
        alert = { alertId, conversationId, level, categories, at: message.at };
        // No questionnaire during safety mode: an open one stops here, its answers kept.
        const interrupted = stopOpenMeasure(loaded.state, instruments);
        if (interrupted) {
          pending.push(create(conversationId, sessionId, interrupted.type, interrupted.payload));
        }
        // Nor any exercise: one under way is paused where it was, to be picked up later.
        const exercise = loaded.state.work.exercise;
        if (exercise && !exercise.paused) {
          pending.push(
            create(conversationId, sessionId, 'exercise.paused', {
              exerciseId: exercise.exerciseId,
              stepId: exercise.stepId ?? 'start',
            }),
          );
        }
      }
      const analysis = analyzer.analyze(text, {
        expectingName:
          !loaded.state.name &&
          (loaded.state.lastAgentMove === 'open_session' ||
            loaded.state.lastAgentMove === 'ask_preferences'),
      });
      const markers = options.markers?.(text, loaded.state.lastAgentText).labels ?? [];
      let folded = foldFrom({ state: loaded.state, count: 0 }, pending);
      const before = folded.state;
      for (const update of stateUpdatesForMessage(before, message.id, text, analysis)) {
        // What someone says in a crisis is not recorded as their concern for later sessions, nor
        // is their answer to how they want to be addressed ("I'm Sam, direct is better for me").
        if (update.type === 'concern.stated' && before.safety.active) continue;
        if (update.type === 'concern.stated' && before.work.awaiting?.kind === 'consent') continue;
        if (
          update.type === 'concern.stated' &&
          before.work.awaiting?.kind === 'preferences' &&
          (analysis.selfName !== undefined || tonePreference(text).tone !== undefined)
        )
          continue;
        pending.push(create(conversationId, sessionId, update.type, update.payload));
      }
      folded = foldFrom(folded, pending);
      let state = folded.state;
      const incoming = { id: message.id, text, analysis, risk, markers };
      let move: Move | undefined;
      if (!state.safety.active && state.measures.awaiting) {
        const step = measureStep(state, incoming, {
          registry: instruments,
          newId: () => ids.next('adm'),
          due: dueNow(state),
        });
        for (const update of step.updates)
          pending.push(create(conversationId, sessionId, update.type, update.payload));
        if (step.handover) {
          // A questionnaire answer that signals risk (PHQ-9 item 9) hands over to the crisis
          // protocol exactly as a risky message would, with its own clinician alert.
          const evidence = {
            category: 'suicide' as const,
            level: 'moderate' as const,
            rule: `instrument.${step.handover.item ?? step.handover.code}`,
            start: 0,
            end: text.length,
            text,
          };
          pending.push(
            create(conversationId, sessionId, 'safety.risk_detected', {
              messageId: message.id,
              level: 'moderate',
              categories: ['suicide'],
              evidence: [evidence],
              detector: `instrument:${state.measures.open?.instrument ?? 'unknown'}`,
            }),
            create(conversationId, sessionId, 'safety.mode_entered', {
              messageId: message.id,
              level: 'moderate',
              categories: ['suicide'],
            }),
          );
          const alertId = ids.next('alert');
          pending.push(
            create(conversationId, sessionId, 'safety.alert', {
              alertId,
              messageId: message.id,
              level: 'moderate',
              categories: ['suicide'],
            }),
          );
          alert = {
            alertId,
            conversationId,
            level: 'moderate',
            categories: ['suicide'],
            at: message.at,
          };
          folded = foldFrom(folded, pending);
          state = folded.state;
          const protocol = safetyProtocolStep(state, incoming, { entered: true });
          for (const update of protocol.updates)
            pending.push(create(conversationId, sessionId, update.type, update.payload));
          move = { ...protocol.move, fromMeasure: step.handover.message };
        } else {
          move = step.move;
        }
        folded = foldFrom(folded, pending);
        state = folded.state;
      }
      if (move) {
        // The questionnaire step chose the move.
      } else if (state.safety.active) {
        // Safety mode: the protocol is the only policy consulted, so no exercise, homework or
        // questionnaire can be offered until the episode is resolved.
        const step = safetyProtocolStep(state, incoming, { entered: entering });
        for (const update of step.updates)
          pending.push(create(conversationId, sessionId, update.type, update.payload));
        move = step.move;
      } else {
        move = withMeasureView(
          policy.decide({
            trigger: 'client_message',
            state,
            message: incoming,
            dueMeasures: dueNow(state),
            newId: (prefix) => ids.next(prefix),
          }),
        );
        for (const update of move.updates ?? [])
          pending.push(create(conversationId, sessionId, update.type, update.payload));
      }
      return respond(conversationId, loaded, pending, 'client_message', move, {
        risk,
        respondsTo: message.id,
        ...(alert ? { alert } : {}),
        append: handleOptions?.append,
        folded,
      });
    },

    async endSession(conversationId, reason, endOptions) {
      const loaded = await load(conversationId);
      if (!loaded.state.currentSessionId) {
        throw new AllianceError(
          'usage',
          'No session is open in this conversation.',
          'Nothing to end.',
        );
      }
      const leftOpen = stopOpenMeasure(loaded.state, instruments);
      return respond(
        conversationId,
        loaded,
        leftOpen
          ? [create(conversationId, loaded.state.currentSessionId, leftOpen.type, leftOpen.payload)]
          : [],
        'session_end',
        policy.decide({ trigger: 'session_end', state: loaded.state }),
        {
          respondsTo: null,
          endReason: reason,
          append: endOptions?.append,
        },
      );
    },

    async state(conversationId) {
      return (await load(conversationId)).state;
    },

    async safetyPlan(conversationId) {
      const { state } = await load(conversationId);
      return formatSafetyPlan(
        state.safetyPlan,
        resourcesForLocale(options.resources, localeOf(state)),
        state.safety.categories,
      );
    },

    async startMeasure(conversationId, instrument) {
      const loaded = await load(conversationId);
      const sessionId = loaded.state.currentSessionId;
      if (!sessionId) {
        throw new AllianceError(
          'usage',
          'No session is open in this conversation.',
          'Start a session first.',
        );
      }
      if (loaded.state.safety.active) {
        throw new AllianceError(
          'usage',
          'Questionnaires wait while we are talking about your safety.',
          'Type /plan to see your safety plan, or keep talking with me.',
        );
      }
      const definition = instruments.administrable(instrument);
      const pending: NewEvent[] = [];
      const interrupted = stopOpenMeasure(loaded.state, instruments);
      if (interrupted)
        pending.push(create(conversationId, sessionId, interrupted.type, interrupted.payload));
      const started = startMeasure(definition, 'requested', ids.next('adm'));
      for (const update of started.updates)
        pending.push(create(conversationId, sessionId, update.type, update.payload));
      return respond(conversationId, loaded, pending, 'client_message', started.move, {
        respondsTo: null,
      });
    },

    async recordAlertDelivery(outcome) {
      const conversationId = alertConversations.get(outcome.alertId);
      if (!conversationId) return;
      alertConversations.delete(outcome.alertId);
      const loaded = await load(conversationId);
      const event = create(conversationId, loaded.state.currentSessionId, 'safety.alert_delivery', {
        alertId: outcome.alertId,
        outcome: outcome.outcome,
        attempts: outcome.attempts,
        status: outcome.status,
        ...(outcome.error ? { error: outcome.error } : {}),
      });
      apply(
        loaded,
        await store.append(conversationId, [event], { expectedLastSeq: loaded.lastSeq }),
      );
    },
  };

  // Turns of one conversation run one at a time, in arrival order, so two messages sent at once
  // cannot interleave their reads and appends; different conversations run concurrently. The
  // queue orders turns inside this process; the store's conversation lock orders them across
  // processes sharing a database (and only one turn per conversation here waits for it).
  const queues = new Map<string, Promise<unknown>>();
  function serialize<T>(
    conversationId: string,
    work: () => Promise<T>,
    { acrossProcesses = true } = {},
  ): Promise<T> {
    const previous = queues.get(conversationId) ?? Promise.resolve();
    const locked = acrossProcesses ? () => store.withConversationLock(conversationId, work) : work;
    const next = previous.then(locked, locked);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    queues.set(conversationId, settled);
    void settled.then(() => {
      if (queues.get(conversationId) === settled) queues.delete(conversationId);
    });
    return next;
  }

  return {
    startSession: (id, start) => serialize(id, () => unserialized.startSession(id, start)),
    handleMessage: (id, text, handling) =>
      serialize(id, () => unserialized.handleMessage(id, text, handling)),
    endSession: (id, reason, ending) =>
      serialize(id, () => unserialized.endSession(id, reason, ending)),
    state: (id) => serialize(id, () => unserialized.state(id)),
    safetyPlan: (id) => serialize(id, () => unserialized.safetyPlan(id)),
    startMeasure: (id, instrument) =>
      serialize(id, () => unserialized.startMeasure(id, instrument)),
    // Only this process's memory is touched, so the store's lock is not needed; queuing behind
    // the turns under way means none of them can put the state back afterwards.
    forget: (id) =>
      serialize(
        id,
        async () => {
          cache.delete(id);
        },
        { acrossProcesses: false },
      ),
    holds: (id) => cache.has(id),
    recordAlertDelivery: (outcome) => {
      const id = alertConversations.get(outcome.alertId);
      return id
        ? serialize(id, () => unserialized.recordAlertDelivery(outcome))
        : Promise.resolve();
    },
  };
}
