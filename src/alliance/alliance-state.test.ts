import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  eventFactory,
  sequentialIds,
  steppingClock,
  type NewEvent,
  type StoredEvent,
} from '../core/index.ts';
import { countWords, winkAnalyzer } from '../nlu/index.ts';
import { emptyAllianceState, replayAllianceState } from './alliance-state.ts';
import { stateUpdatesForMessage } from './state-updates.ts';
import { engagementEstimator } from './engagement-estimator.ts';

const start = Date.parse('2026-03-02T09:00:00Z');

function log(
  build: (make: ReturnType<typeof eventFactory>['create']) => NewEvent[],
): StoredEvent[] {
  const factory = eventFactory({ clock: steppingClock(start, 30_000), ids: sequentialIds() });
  return build(factory.create.bind(factory)).map(
    (event, i) => ({ ...event, seq: i + 1 }) as StoredEvent,
  );
}

const twoSessions = log((make) => [
  make('c1', 's1', 'session.started', { channel: 'terminal', locale: 'en-GB', sessionNumber: 1 }),
  make('c1', 's1', 'agent.move', {
    move: 'open_session',
    text: 'Hello',
    respondsTo: null,
    responder: 'test',
  }),
  make('c1', 's1', 'message.received', { text: 'Hi, I am Sam' }),
  make('c1', 's1', 'profile.updated', { name: 'Sam' }),
  make('c1', 's1', 'message.received', { text: 'I have been really anxious about work lately' }),
  make('c1', 's1', 'concern.stated', {
    text: 'I have been really anxious about work lately',
    messageId: 'evt_5',
  }),
  make('c1', 's1', 'session.ended', { reason: 'end_of_input' }),
  make('c1', 's2', 'session.started', { channel: 'terminal', locale: 'en-GB', sessionNumber: 2 }),
  make('c1', 's2', 'message.received', { text: 'Better today, thanks' }),
]);

describe('alliance state', () => {
  it('is rebuilt from the log alone: name, concern, sessions and turns', () => {
    const state = replayAllianceState('c1', twoSessions);
    assert.equal(state.name, 'Sam');
    assert.equal(state.concern?.text, 'I have been really anxious about work lately');
    assert.equal(state.sessionNumber, 2);
    assert.equal(state.currentSessionId, 's2');
    assert.equal(state.clientTurnsThisSession, 1);
    assert.equal(state.clientTurnsTotal, 3);
    assert.equal(state.previousSessionEndedAt, twoSessions[6]!.at);
    assert.equal(state.locale, 'en-GB');
  });

  it('replays to the same state every time and never mutates the events', () => {
    const copy = structuredClone(twoSessions);
    assert.deepEqual(
      replayAllianceState('c1', twoSessions),
      replayAllianceState('c1', twoSessions),
    );
    assert.deepEqual(twoSessions, copy);
  });

  it('keeps risk active for the rest of the session and clears it at the next', () => {
    const events = log((make) => [
      make('c1', 's1', 'session.started', { channel: 'terminal', locale: '', sessionNumber: 1 }),
      make('c1', 's1', 'safety.risk_detected', {
        messageId: 'm',
        level: 'high',
        categories: ['suicide'],
        evidence: [],
        detector: 't',
      }),
    ]);
    assert.deepEqual(replayAllianceState('c1', events).risk.highest, 'high');
    assert.equal(replayAllianceState('c1', events).risk.active, true);
    const later = [
      ...events,
      {
        ...events[0]!,
        id: 'x',
        seq: 3,
        sessionId: 's2',
        payload: { channel: 'terminal', locale: '', sessionNumber: 2 },
      } as StoredEvent,
    ];
    assert.equal(replayAllianceState('c1', later).risk.active, false);
  });
});

describe('engagement estimator', () => {
  it('counts turns, words per turn and duration per session', () => {
    const report = engagementEstimator(countWords).estimate('c1', twoSessions);
    assert.equal(report.sessions.length, 2);
    const [first, second] = report.sessions;
    assert.equal(first!.clientTurns, 2);
    assert.equal(first!.agentTurns, 1);
    assert.equal(first!.clientWords, 4 + 8);
    assert.equal(first!.wordsPerClientTurn, 6);
    assert.equal(first!.durationSeconds, 180);
    assert.equal(first!.endedAt, twoSessions[6]!.at);
    assert.equal(second!.endedAt, null);
    assert.equal(report.clientTurns, 3);
    assert.equal(report.wordsPerClientTurn, Math.round((15 / 3) * 10) / 10);
  });

  it('reports zeros, not NaN, for a session where the person has not written', () => {
    const events = log((make) => [
      make('c1', 's1', 'session.started', { channel: 'terminal', locale: '', sessionNumber: 1 }),
    ]);
    const report = engagementEstimator(countWords).estimate('c1', events);
    assert.equal(report.sessions[0]!.wordsPerClientTurn, 0);
    assert.equal(report.wordsPerClientTurn, 0);
  });

  it('gives the evidence behind each session’s index by the event it is about, and none without signals', () => {
    // A stub reading: "thanks" is a bond marker, every agent turn an open question.
    const estimator = engagementEstimator(countWords, (speaker, text) =>
      speaker === 'agent'
        ? { behaviour: { behaviour: 'question', question: 'open' } }
        : { markers: /thanks/u.test(text) ? ['bond'] : [] },
    );
    const report = estimator.estimate('c1', twoSessions);
    const evidence = estimator.evidence!('c1', twoSessions);
    const ids = new Set(twoSessions.map((event) => event.id));
    assert.ok(evidence.length > 0);
    assert.ok(evidence.every((item) => ids.has(String(item.utterance))));
    // The second session's "Better today, thanks" moved the bond; the first session's open question the goal.
    const thanks = twoSessions.find(
      (event) => event.type === 'message.received' && /thanks/u.test(event.payload.text),
    )!;
    assert.ok(
      evidence.some(
        (item) => item.utterance === thanks.id && item.dimension === 'bond' && item.weight > 0,
      ),
    );
    assert.ok(
      evidence.some((item) => item.utterance === twoSessions[1]!.id && item.dimension === 'goal'),
    );
    // Evidence and figures come from the same reading: the bond of session 2 is above neutral.
    assert.ok(report.sessions[1]!.dta!.bond > 50);
    assert.deepEqual(engagementEstimator(countWords).evidence!('c1', twoSessions), []);
  });
});

describe('state updates from a message', () => {
  const analyzer = winkAnalyzer();
  const updates = (text: string) =>
    stateUpdatesForMessage(emptyAllianceState('conv_1'), 'evt_1', text, analyzer.analyze(text));

  it('takes the concern from what the person says, not from a question put to the agent', () => {
    assert.deepEqual(updates('are you a real therapist or what'), []);
    assert.deepEqual(updates('can you prescribe me something for my nerves?'), []);
    assert.deepEqual(
      updates('I have been anxious about my driving test').map((u) => u.type),
      ['concern.stated'],
    );
  });
});
