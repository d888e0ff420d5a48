import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  isAllianceError,
  randomIds,
  steppingClock,
  type EventStore,
  type StoredEvent,
} from '../core/index.ts';
import { loadCrisisResources, type SafetyAlertMessage } from '../safety/index.ts';
import { generateKey, openSqliteStore, parseKeys } from '../store/index.ts';
import { createConversationEngine, type ConversationEngine } from './conversation-engine.ts';
import { defaultStages } from './default-stages.ts';
import { consented } from './test-support.ts';

let dir: string;
let store: EventStore;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alliance-measure-'));
  store = await openSqliteStore({
    path: join(dir, 'alliance.db'),
    keyring: parseKeys(generateKey()),
  });
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An engine on a clock that starts at `start` and moves a minute per read. */
function engine(start = '2026-03-02T09:00:00Z', alerts: SafetyAlertMessage[] = []) {
  const clock = steppingClock(Date.parse(start), 60_000);
  return createConversationEngine({
    store,
    ...defaultStages(),
    resources: loadCrisisResources(),
    clock,
    ids: randomIds(clock),
    defaultLocale: 'en-GB',
    alerts: { notify: (alert) => alerts.push(alert) },
  });
}

async function newConversation(handle: string) {
  const person = await store.ensurePerson(handle);
  return (await store.createConversation(person.id)).id;
}

const types = (events: StoredEvent[]) => events.map((event) => event.type);

/** Opens a first session and talks until the agent offers the PHQ-9. */
async function untilOffer(agent: ReturnType<typeof engine>, id: string) {
  await consented(agent, id, { channel: 'terminal', name: 'Ash' });
  await agent.handleMessage(id, "I've been feeling flat and tired since the move");
  await agent.handleMessage(id, 'I miss my old friends and I barely go out now');
  const offer = await agent.handleMessage(id, 'most evenings I just sit and scroll');
  assert.equal(offer.move, 'offer_measure');
  assert.match(offer.reply, /PHQ-9/);
  assert.match(offer.reply, /not a diagnosis/);
  assert.match(offer.reply, /skip any question/);
  return offer;
}

describe('questionnaires in the conversation', () => {
  it('delivers the PHQ-9 at intake one item at a time, confirms a vague answer, and stores the response', async () => {
    const agent = engine();
    const id = await newConversation('intake');
    await untilOffer(agent, id);
    const first = await agent.handleMessage(id, 'yes, go on');
    assert.equal(first.move, 'measure_item');
    assert.match(first.reply, /last two weeks/);
    assert.match(first.reply, /\(1 of 9\) .*little interest or pleasure in doing things\?/);

    const vague = await agent.handleMessage(id, 'sometimes');
    assert.match(vague.reply, /"several days" \(1\) or "more than half the days" \(2\)\?$/);
    const second = await agent.handleMessage(id, 'more than half');
    assert.match(second.reply, /\(2 of 9\)/);
    const lost = await agent.handleMessage(id, 'purple');
    assert.match(lost.reply, /couldn't tell|not sure which/);
    assert.match(lost.reply, /\(2 of 9\)/);
    let last = lost;
    for (const answer of [
      'several days',
      'nearly every day',
      '2',
      'skip',
      'not at all',
      '1',
      'never',
      'not at all',
    ]) {
      last = await agent.handleMessage(id, answer);
    }
    assert.equal(last.move, 'measure_result');
    // 2 + 1 + 3 + 2 + (skipped) + 0 + 1 + 0 + 0 = 9 over 8 items, prorated to 10.
    assert.match(last.reply, /PHQ-9 total is 10 out of 27, in the range its authors call moderate/);
    assert.match(last.reply, /not a diagnosis/);
    assert.match(last.reply, /GAD-7, with seven questions\. Shall we do that one now too\?$/);

    const events = await store.readEvents(id);
    const answered = events.filter((e) => e.type === 'measure.answered');
    assert.equal(answered.length, 9);
    assert.deepEqual(
      answered.map((e) => (e.type === 'measure.answered' ? e.payload.value : undefined)),
      [2, 1, 3, 2, null, 0, 1, 0, 0],
    );
    const completed = events.find((e) => e.type === 'measure.completed');
    assert.ok(completed?.type === 'measure.completed');
    assert.equal(completed.payload.status, 'completed');
    assert.equal(completed.payload.total, 10);
    assert.equal(completed.payload.band, 'moderate');

    // A "no" to the GAD-7 is respected and the conversation goes on.
    const declined = await agent.handleMessage(id, 'no thanks, not today');
    assert.equal(declined.move, 'measure_declined');
    assert.match(declined.reply, /your choice|leave it/);
    assert.ok(types(await store.readEvents(id)).includes('measure.declined'));
    // The conversation goes on: the person has been heard, so the agent asks about a goal.
    const onward = await agent.handleMessage(id, 'I keep thinking about calling my old flatmate');
    assert.equal(onward.move, 'ask_goal');
    assert.match(onward.reply, /\?$/);
  });

  it('hands over to the crisis protocol when PHQ-9 item 9 is above 0, with a clinician alert', async () => {
    const alerts: SafetyAlertMessage[] = [];
    const agent = engine('2026-03-02T09:00:00Z', alerts);
    const id = await newConversation('item9');
    await consented(agent, id, { channel: 'terminal', name: 'Kit' });
    const first = await agent.startMeasure(id, 'phq9');
    assert.match(first.reply, /\(1 of 9\)/);
    for (let i = 0; i < 8; i += 1) await agent.handleMessage(id, 'several days');
    const handover = await agent.handleMessage(id, 'several days');
    assert.equal(handover.move, 'crisis_response');
    assert.match(handover.reply, /Thank you for answering that honestly, Kit/);
    assert.match(handover.reply, /116 123/);
    assert.match(handover.reply, /999/);
    assert.match(handover.reply, /\?$/);
    const state = await agent.state(id);
    assert.equal(state.safety.active, true);
    assert.deepEqual(state.safety.categories, ['suicide']);
    assert.equal(alerts.length, 1);
    const events = await store.readEvents(id);
    const detected = events.find((e) => e.type === 'safety.risk_detected');
    assert.ok(detected?.type === 'safety.risk_detected');
    assert.equal(detected.payload.detector, 'instrument:phq9');
    assert.equal(detected.payload.evidence[0]?.rule, 'instrument.phq9-9');
    const completed = events.find((e) => e.type === 'measure.completed');
    assert.ok(completed?.type === 'measure.completed');
    assert.deepEqual(completed.payload.flags, ['self_harm_thoughts']);
    assert.equal(completed.payload.total, 9);

    // No questionnaire while safety mode is on.
    await assert.rejects(agent.startMeasure(id, 'gad7'), (error) =>
      isAllianceError(error, 'usage'),
    );
  });

  it('stops an open questionnaire when a message shows risk, keeping the answers so far', async () => {
    const agent = engine();
    const id = await newConversation('interrupted');
    await consented(agent, id, { channel: 'terminal' });
    await agent.startMeasure(id, 'gad7');
    await agent.handleMessage(id, 'several days');
    await agent.handleMessage(id, 'most days');
    const crisis = await agent.handleMessage(id, "honestly I want to kill myself, I can't do this");
    assert.equal(crisis.move, 'crisis_response');
    const events = await store.readEvents(id);
    const completed = events.find((e) => e.type === 'measure.completed');
    assert.ok(completed?.type === 'measure.completed');
    assert.equal(completed.payload.status, 'stopped');
    assert.equal(completed.payload.total, null);
    assert.equal(events.filter((e) => e.type === 'measure.answered').length, 2);
    const state = await agent.state(id);
    assert.equal(state.measures.open, undefined);
    assert.equal(state.measures.awaiting, undefined);
  });

  it('lets the person stop, and pauses after two answers that fit nothing', async () => {
    const agent = engine();
    const id = await newConversation('stopping');
    await consented(agent, id, { channel: 'terminal' });
    await agent.startMeasure(id, 'phq9');
    await agent.handleMessage(id, '1');
    const stopped = await agent.handleMessage(id, 'can we stop the questions');
    assert.equal(stopped.move, 'measure_stopped');
    assert.match(stopped.reply, /kept the one answer you gave/);

    await agent.startMeasure(id, 'phq9');
    await agent.handleMessage(id, 'my landlord texted again about the boiler');
    const moved = await agent.handleMessage(id, 'he wants to come round on Sunday and I hate that');
    assert.notEqual(moved.move, 'measure_item');
    const state = await agent.state(id);
    assert.equal(state.measures.open, undefined);
    assert.deepEqual(
      state.measures.history.filter((r) => r.outcome === 'stopped').map((r) => r.instrument),
      ['phq9', 'phq9'],
    );
  });

  it('offers the DTA check-in when the person says goodbye, and closes an open questionnaire at session end', async () => {
    const agent = engine();
    const id = await newConversation('checkin');
    await consented(agent, id, { channel: 'terminal' });
    await agent.handleMessage(id, 'work has been hectic and I feel stretched thin');
    const offer = await agent.handleMessage(id, "thanks, that's all for today, bye");
    assert.equal(offer.move, 'offer_measure');
    assert.match(offer.reply, /not a validated questionnaire/);
    const first = await agent.handleMessage(id, 'sure');
    assert.match(first.reply, /\(1 of 4\)/);
    await agent.handleMessage(id, '4');
    await agent.endSession(id, 'end_of_input');
    const completed = (await store.readEvents(id)).find((e) => e.type === 'measure.completed');
    assert.ok(completed?.type === 'measure.completed');
    assert.equal(completed.payload.instrument, 'dta-checkin');
    assert.equal(completed.payload.status, 'stopped');
  });

  it('offers the PHQ-9 again after 14 days, and not sooner', async () => {
    const id = await newConversation('followup');
    const first = engine('2026-03-02T09:00:00Z');
    await untilOffer(first, id);
    await first.handleMessage(id, 'yes');
    for (let i = 0; i < 9; i += 1) await first.handleMessage(id, 'not at all');
    await first.handleMessage(id, 'no');
    await first.endSession(id, 'end_of_input');

    const soon = engine('2026-03-09T09:00:00Z');
    await soon.startSession(id, { channel: 'terminal' });
    await soon.handleMessage(id, 'this week was a bit better, I went to a pub quiz');
    const notYet = await soon.handleMessage(id, 'and I talked to a neighbour for the first time');
    assert.notEqual(notYet.move, 'offer_measure');
    await soon.endSession(id, 'end_of_input');

    const later = engine('2026-03-20T09:00:00Z');
    await later.startSession(id, { channel: 'terminal' });
    await later.handleMessage(id, 'work got busy again and I stopped going out');
    const again = await later.handleMessage(id, 'I feel like I slid back a bit');
    assert.equal(again.move, 'offer_measure');
    assert.match(again.reply, /since you last answered the PHQ-9/);
  });

  it('refuses a licensed instrument without its wording, and an unknown one', async () => {
    const agent = engine();
    const id = await newConversation('licensed');
    await consented(agent, id, { channel: 'terminal' });
    await assert.rejects(agent.startMeasure(id, 'wai-sr'), (error) =>
      isAllianceError(error, 'instrument_unavailable'),
    );
    await assert.rejects(agent.startMeasure(id, 'bdi'), (error) =>
      isAllianceError(error, 'instrument_unknown'),
    );
  });
});
