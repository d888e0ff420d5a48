import {
  SENSITIVE_FIELDS,
  type EventPayloads,
  type EventType,
  type IdGenerator,
  type NewEvent,
} from '../core/index.ts';

/**
 * One realistic event of every type, in a plausible session order, for store tests.
 * `at` starts at `startAt` and advances one second per event.
 * @example const events = sampleEvents({ conversationId: conv.id, ids, startAt: conv.createdAt })
 */
export function sampleEvents(options: {
  conversationId: string;
  ids: IdGenerator;
  startAt: string;
  sessionId?: string | null;
}): NewEvent[] {
  const { conversationId, ids } = options;
  const sessionId = options.sessionId === undefined ? ids.next('sess') : options.sessionId;
  const messageId = ids.next('evt');
  const goalId = ids.next('goal');
  const taskId = ids.next('task');
  const complaint = "I haven't slept properly since they let me go from the warehouse in March.";
  const payloads: { [K in EventType]: EventPayloads[K] } = {
    'session.started': { channel: 'terminal', locale: 'en-GB', sessionNumber: 2 },
    'message.received': { text: complaint },
    'safety.risk_detected': {
      messageId,
      level: 'low',
      categories: ['self_harm'],
      evidence: [
        {
          category: 'self_harm',
          level: 'low',
          rule: 'self_harm.passive-wish',
          start: 2,
          end: 29,
          text: 'sometimes I wish I could just disappear',
        },
      ],
      detector: 'rules-v1',
    },
    'safety.mode_entered': { messageId, level: 'high', categories: ['suicide'] },
    'safety.alert': { alertId: 'alert_1', messageId, level: 'high', categories: ['suicide'] },
    'safety.alert_delivery': {
      alertId: 'alert_1',
      outcome: 'failed',
      attempts: 3,
      status: 503,
      error: 'Service Unavailable',
    },
    'safety.answer': { question: 'plan', answer: 'no', messageId },
    'safety.check_answered': { category: 'self_harm', answer: 'no', messageId },
    'safety_plan.updated': {
      section: 'people_to_ask',
      items: ['my sister Joanne, 07700 900123', 'Dr Patel at the surgery'],
    },
    'safety.mode_resolved': { reason: 'person_safe' },
    'agent.move': {
      move: 'reflect_and_explore',
      text: 'Losing the warehouse job has been keeping you awake at night. What goes through your mind then?',
      respondsTo: messageId,
      responder: 'templates-v1',
    },
    'profile.updated': { name: 'Marguerite Okafor', locale: 'en-GB' },
    'concern.stated': { text: 'Money worries since losing my job keep me up', messageId },
    'measure.started': {
      administrationId: 'adm_1',
      instrument: 'wai-sr',
      version: '1.0.0',
      reason: 'scheduled',
    },
    'measure.asked': { administrationId: 'adm_1', instrument: 'wai-sr', itemId: 'wai-sr-3' },
    'measure.answered': {
      administrationId: 'adm_1',
      instrument: 'wai-sr',
      itemId: 'wai-sr-3',
      value: 4,
      text: 'mostly, though I doubt it at 3am',
    },
    'measure.completed': {
      administrationId: 'adm_1',
      instrument: 'wai-sr',
      version: '1.0.0',
      status: 'completed',
      total: 3.5,
      band: null,
      subscales: { goal: 3.25, task: 3.5, bond: 3.75 },
      flags: [],
    },
    'measure.declined': { instrument: 'phq9', reason: 'intake' },
    'goal.set': { goalId, text: 'Sleep six hours on most nights by summer' },
    'goal.revised': { goalId, text: 'Sleep five hours on four nights a week', status: 'active' },
    'task.offered': {
      taskId,
      goalId,
      title: 'Wind-down half hour',
      rationale: 'A fixed routine tells the body the day is over.',
    },
    'task.agreed': { taskId, detail: 'phone in the kitchen from 22:30, tea with my sister' },
    'task.declined': { taskId, reason: 'my shifts at the café change every week' },
    'task.completed': {
      taskId,
      outcome: 'partly',
      note: 'did it three nights, slept better on two',
    },
    'consent.recorded': { version: 'disclosure-1', granted: true },
    'goal.proposed': { goalId, text: 'sleep through the night most nights' },
    'goal.reviewed': { goalId, outcome: 'kept' },
    'exercise.started': { exerciseId: 'sleep-wind-down', taskId },
    'exercise.answered': {
      exerciseId: 'sleep-wind-down',
      stepId: 'cue',
      text: 'the kettle and the radio off at half ten',
    },
    'exercise.paused': { exerciseId: 'sleep-wind-down', stepId: 'bed' },
    'exercise.resumed': { exerciseId: 'sleep-wind-down' },
    'exercise.ended': { exerciseId: 'sleep-wind-down', outcome: 'completed' },
    'rupture.detected': {
      ruptureId: 'rup_1',
      kind: 'confrontation',
      messageId,
      evidence: 'this is pointless, you keep asking the same thing',
    },
    'rupture.resolved': { ruptureId: 'rup_1', outcome: 'repaired' },
    'memory.noted': { kind: 'person', text: 'sister Maya', messageId },
    'mood.rated': { score: 4, messageId },
    'check_in.prompted': {
      ruleId: 'step-reminder',
      text: 'A gentle hello: you planned a wind-down half hour. No pressure either way.',
    },
    'session.ended': { reason: 'end_of_input' },
  };
  const start = Date.parse(options.startAt);
  // The literal above is in session order; EVENT_TYPES is not.
  const order = Object.keys(payloads) as EventType[];
  return order.map(
    (type, index) =>
      ({
        id: type === 'message.received' ? messageId : ids.next('evt'),
        conversationId,
        sessionId,
        type,
        at: new Date(start + (index + 1) * 1000).toISOString(),
        payload: payloads[type],
      }) as NewEvent,
  );
}

/** Every string under an event's sensitive payload keys: what must never appear in clear at rest. */
export function sensitiveStrings(event: NewEvent): string[] {
  const found: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') found.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  const payload = event.payload as Record<string, unknown>;
  for (const key of SENSITIVE_FIELDS[event.type] as readonly string[]) collect(payload[key]);
  return found;
}
