import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { replayAllianceState } from '../alliance/index.ts';
import { eventFactory, isAllianceError, randomIds } from '../core/index.ts';
import { loadCrisisResources, resourcesForLocale } from '../safety/index.ts';
import { DEFAULT_CHECK_INS, dueCheckIn, parseCheckInRules } from './check-ins.ts';
import { createConversationEngine } from './conversation-engine.ts';
import { defaultStages } from './default-stages.ts';
import { temporaryStore } from './test-support.ts';

const db = temporaryStore('alliance-checkins-');

const START = Date.parse('2026-03-02T09:00:00Z');
const DAY = 86_400_000;
const resources = resourcesForLocale(loadCrisisResources(), 'en-GB');
const stages = defaultStages();

async function conversationWithStep(handle: string) {
  let now = START;
  const clock = { now: () => (now += 10_000) };
  const agent = createConversationEngine({
    store: db.store,
    ...stages,
    resources: loadCrisisResources(),
    clock,
    ids: randomIds(clock),
    defaultLocale: 'en-GB',
  });
  const id = (await db.store.createConversation((await db.store.ensurePerson(handle)).id)).id;
  await agent.startSession(id, { channel: 'terminal' });
  for (const text of [
    'yes',
    'I am Ines',
    'my evenings disappear into work emails',
    'I answer messages until midnight',
    'not today thanks',
    'I want to switch off after eight',
    'yes',
    'I would read before bed',
    'no, that one is enough',
    'the first one',
  ])
    await agent.handleMessage(id, text);
  for (let i = 0; i < 10 && (await agent.state(id)).work.awaiting?.kind === 'exercise'; i += 1)
    await agent.handleMessage(id, 'my inbox and the deadlines');
  await agent.handleMessage(id, 'tomorrow evening');
  await agent.endSession(id, 'closed');
  const state = await agent.state(id);
  assert.ok(
    state.work.tasks.some((t) => t.status === 'agreed'),
    'a step was agreed',
  );
  return { id, agent, ended: Date.parse(state.previousSessionEndedAt!) };
}

describe('check-in messages between sessions', () => {
  it('sends a gentle reminder of the agreed step after two days, once, and never pressure', async () => {
    const { id, ended } = await conversationWithStep('reminder');
    const state = replayAllianceState(id, await db.store.readEvents(id));
    assert.equal(dueCheckIn(state, ended + DAY, DEFAULT_CHECK_INS, resources), undefined);
    const due = dueCheckIn(state, ended + 2 * DAY + 1, DEFAULT_CHECK_INS, resources);
    assert.equal(due?.ruleId, 'step-reminder');
    assert.match(due!.text, /^Hi Ines, a gentle hello from Alliance \(an AI\)\./);
    assert.match(due!.text, /You planned to .+\(tomorrow evening\)\./);
    assert.match(due!.text, /no more check-ins/);
    assert.match(due!.text, /call 999/);
    assert.doesNotMatch(due!.text, /streak|missed|should have|failed|don'?t forget|you haven'?t/i);

    // Once sent (recorded), nothing more until the person has had another session.
    const events = eventFactory({
      clock: { now: () => ended + 2 * DAY },
      ids: randomIds({ now: () => ended }),
    });
    const log = await db.store.readEvents(id);
    await db.store.append(id, [events.create(id, null, 'check_in.prompted', due!)], {
      expectedLastSeq: log.at(-1)!.seq,
    });
    const after = replayAllianceState(id, await db.store.readEvents(id));
    assert.equal(dueCheckIn(after, ended + 20 * DAY, DEFAULT_CHECK_INS, resources), undefined);
  });

  it('sends nothing once the person says no more check-ins, nor in a safety episode', async () => {
    const { id, agent, ended } = await conversationWithStep('opt-out');
    await agent.startSession(id, { channel: 'terminal' });
    const off = await agent.handleMessage(id, 'please, no more check-ins');
    assert.equal(off.move, 'acknowledge_preference');
    assert.match(off.reply, /no more check-in messages|won't send check-ins/);
    await agent.endSession(id, 'closed');
    const state = replayAllianceState(id, await db.store.readEvents(id));
    assert.equal(state.work.checkIns.enabled, false);
    assert.equal(dueCheckIn(state, ended + 30 * DAY, DEFAULT_CHECK_INS, resources), undefined);

    const risky = await conversationWithStep('in-crisis');
    await risky.agent.startSession(risky.id, { channel: 'terminal' });
    await risky.agent.handleMessage(risky.id, 'I want to kill myself');
    const crisis = replayAllianceState(risky.id, await db.store.readEvents(risky.id));
    assert.equal(crisis.safety.active, true);
    assert.equal(
      dueCheckIn(crisis, risky.ended + 30 * DAY, DEFAULT_CHECK_INS, resources),
      undefined,
    );
  });

  it('reads deployer rules and refuses malformed or hostile ones with a clear error', () => {
    assert.deepEqual(
      parseCheckInRules('[{"id": "week", "afterDays": 7, "when": "any"}]', 'r.json'),
      [{ id: 'week', afterDays: 7, when: 'any' }],
    );
    for (const bad of [
      '{',
      '{"id": "x"}',
      '[{"id": "x", "afterDays": 0, "when": "any"}]',
      '[{"id": "x", "afterDays": 1000, "when": "any"}]',
      '[{"id": "x", "afterDays": "7", "when": "any"}]',
      '[{"id": "x", "afterDays": 7, "when": "always"}]',
      '[{"id": "<script>", "afterDays": 7, "when": "any"}]',
      '[null]',
      JSON.stringify(
        Array.from({ length: 51 }, (_, i) => ({ id: `r${i}`, afterDays: 1, when: 'any' })),
      ),
    ]) {
      assert.throws(
        () => parseCheckInRules(bad, 'r.json'),
        (error) =>
          isAllianceError(error) &&
          error.code === 'config_invalid' &&
          /r\.json/.test(error.message),
        bad.slice(0, 40),
      );
    }
  });
});
