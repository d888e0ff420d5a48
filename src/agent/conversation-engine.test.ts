import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AllianceError, randomIds, steppingClock, type EventStore } from '../core/index.ts';
import { loadCrisisResources } from '../safety/index.ts';
import { generateKey, openSqliteStore, parseKeys } from '../store/index.ts';
import { createConversationEngine, type ConversationEngineOptions } from './conversation-engine.ts';
import { defaultStages } from './default-stages.ts';
import type { Policy } from './move.ts';
import type { Responder } from './responder.ts';

let dir: string;
let store: EventStore;
const keyring = parseKeys(generateKey());

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alliance-engine-'));
  store = await openSqliteStore({ path: join(dir, 'alliance.db'), keyring });
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function engine(overrides: Partial<ConversationEngineOptions> = {}) {
  const clock = steppingClock(Date.parse('2026-03-02T09:00:00Z'), 20_000);
  return createConversationEngine({
    store,
    ...defaultStages(),
    resources: loadCrisisResources(),
    clock,
    ids: randomIds(clock),
    defaultLocale: 'en-US',
    ...overrides,
  });
}

async function newConversation(handle: string) {
  const person = await store.ensurePerson(handle);
  return (await store.createConversation(person.id)).id;
}

/** A responder that records what it was asked and answers with a fixed line, like a careless LLM. */
function recordingResponder(line: string): Responder & { calls: string[] } {
  const calls: string[] = [];
  return {
    name: 'recording',
    calls,
    async render(move) {
      calls.push(move.kind);
      return line;
    },
  };
}

describe('a first conversation', () => {
  it('greets, says it is an AI, asks, reflects in the person own words and asks an open question', async () => {
    const agent = engine();
    const id = await newConversation('first-conversation');

    // The agent opens: who it is, that it is an AI and not a therapist or an emergency service.
    const opening = await agent.startSession(id, { channel: 'terminal' });
    assert.equal(opening.move, 'open_session');
    assert.match(opening.reply, /I'm an AI/);
    assert.match(opening.reply, /not a therapist/);
    assert.match(opening.reply, /not an emergency service.*988/);
    assert.match(opening.reply, /what brings you here today\?$/);

    // The person introduces themselves; the agent uses the name and asks what brings them.
    const hello = await agent.handleMessage(id, 'Hi, I am Sam');
    assert.equal(hello.move, 'ask_concern');
    assert.match(hello.reply, /Sam/);
    assert.match(hello.reply, /What brings you here today\?|What's been on your mind lately\?/);

    // The person states their concern; the agent reflects it in their words and asks an open question.
    const concern = await agent.handleMessage(id, 'I have been really anxious about work lately');
    assert.equal(concern.move, 'reflect_and_explore');
    assert.match(concern.reply, /you have been really anxious about work lately/);
    assert.match(concern.reply, /(?:^|\. )(?:What|How|When)\b[^.?]*\?$/);
    assert.equal(concern.risk?.level, 'none');
    assert.equal(concern.engagement?.clientTurns, 2);
    assert.equal(concern.engagement?.wordsPerClientTurn, 6);

    // End of input closes the session warmly.
    const goodbye = await agent.endSession(id, 'end_of_input');
    assert.equal(goodbye.move, 'close_session');
    assert.match(goodbye.reply, /Sam/);

    const state = await agent.state(id);
    assert.equal(state.name, 'Sam');
    assert.equal(state.concern?.text, 'I have been really anxious about work lately');
    const types = (await store.readEvents(id)).map((event) => event.type);
    assert.deepEqual(types, [
      'session.started',
      'agent.move',
      'message.received',
      'profile.updated',
      'agent.move',
      'message.received',
      'concern.stated',
      'agent.move',
      'agent.move',
      'session.ended',
    ]);
  });

  it('welcomes a returning person back with what they said last time', async () => {
    const id = await newConversation('returning');
    const first = engine();
    await first.startSession(id, { channel: 'terminal', name: 'Ana' });
    await first.handleMessage(id, 'My sleep has been terrible since the move');
    await first.endSession(id, 'end_of_input');

    // A new process (a new engine) resumes the same conversation from the log.
    const second = engine();
    const back = await second.startSession(id, { channel: 'terminal' });
    assert.equal(back.move, 'welcome_back');
    assert.match(back.reply, /Welcome back, Ana/);
    assert.match(back.reply, /I'm an AI/);
    assert.match(back.reply, /your sleep has been terrible since the move/);
    assert.equal((await second.state(id)).sessionNumber, 2);
  });

  it('serializes messages sent at once to one conversation, in arrival order', async () => {
    const agent = engine();
    const id = await newConversation('concurrent');
    await agent.startSession(id, { channel: 'terminal', name: 'Kai' });
    const texts = [
      'work is hard',
      'my sleep is bad',
      'I feel lonely',
      'money is tight',
      'school is stressful',
    ];
    const results = await Promise.all(texts.map((text) => agent.handleMessage(id, text)));
    assert.equal(
      results.every((result) => result.stored),
      true,
    );
    const messages = await store.readEvents(id, { types: ['message.received'] });
    assert.deepEqual(
      messages.map((event) => (event.type === 'message.received' ? event.payload.text : '')),
      texts,
    );
  });

  it('never gives the same reply twice in a conversation', async () => {
    const agent = engine();
    const id = await newConversation('no-repeats');
    const replies = [(await agent.startSession(id, { channel: 'terminal', name: 'Lee' })).reply];
    for (const text of [
      'work is hard',
      'work is hard',
      'ok',
      'ok',
      'I feel tired',
      'I feel tired',
      'hmm',
      'yes',
      'work is hard again',
      'still tired',
    ]) {
      replies.push((await agent.handleMessage(id, text)).reply);
    }
    assert.equal(new Set(replies).size, replies.length, replies.join('\n'));
  });
});

describe('a conversation that goes badly', () => {
  it('meets objections without defensiveness and helps someone worried about a friend', async () => {
    const agent = engine();
    const id = await newConversation('goes-badly');
    await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });

    // The person objects to the process: the agent owns its part and asks what would help.
    const objection = await agent.handleMessage(id, 'this is pointless');
    assert.equal(objection.move, 'repair');
    assert.doesNotMatch(objection.reply, /this is pointless/);
    assert.match(objection.reply, /\?$/);

    // Again, differently: a different repair, never the same words twice.
    const again = await agent.handleMessage(id, "you're just a bot, you don't get it");
    assert.equal(again.move, 'repair');
    assert.notEqual(again.reply, objection.reply);

    // Worry about a friend: guidance and resources to pass on, not a crisis protocol for the speaker.
    const friend = await agent.handleMessage(
      id,
      'my friend says she wants to kill herself, how can I help her?',
    );
    assert.equal(friend.risk?.level, 'none');
    assert.equal(friend.move, 'support_for_other');
    assert.match(friend.reply, /call 999/);
    assert.match(friend.reply, /116 123/);
    assert.match(friend.reply, /Asking them directly/);
    assert.equal((await store.readEvents(id, { types: ['safety.risk_detected'] })).length, 0);
  });
});

describe('safety in the pipeline', () => {
  it('answers explicit suicidal intent with crisis resources and a direct question', async () => {
    const agent = engine();
    const id = await newConversation('crisis');
    await agent.startSession(id, { channel: 'terminal' });

    // Explicit intent with a time: imminent, the emergency number first.
    const turn = await agent.handleMessage(id, 'I want to kill myself tonight');
    assert.equal(turn.move, 'crisis_response');
    assert.equal(turn.risk?.level, 'imminent');
    assert.match(turn.reply, /call 911 now/);
    assert.match(turn.reply, /988/);
    assert.match(turn.reply, /findahelpline\.com/);
    assert.match(turn.reply, /Are you thinking about ending your life\?$/);

    // "yes" to that direct question is still high risk: the agent asks about plan and timing.
    const yes = await agent.handleMessage(id, 'yes');
    assert.equal(yes.risk?.level, 'high');
    assert.equal(yes.move, 'crisis_response');
    assert.match(yes.reply, /how or when/);

    // "no" leads to a check on safety, with resources again.
    const no = await agent.handleMessage(id, 'no, I just feel awful');
    assert.equal(no.move, 'safety_check');
    assert.match(no.reply, /are you safe right now\?/);

    const events = await store.readEvents(id, { types: ['safety.risk_detected'] });
    assert.equal(events.length, 2);
    const first = events[0]!;
    assert.equal(
      first.type === 'safety.risk_detected' &&
        first.payload.evidence.some((e) => e.text === 'tonight'),
      true,
    );
  });

  it('cannot be suppressed by the policy or the responder', async () => {
    // A policy that ignores risk and a responder that never mentions help: the engine still
    // chooses the crisis response and the output guard adds every resource.
    const ignoring: Policy = {
      decide: ({ message }) => ({ kind: 'reflect_and_explore', ...(message ? { message } : {}) }),
    };
    const careless = recordingResponder("Let's try a breathing exercise.");
    const agent = engine({ policy: ignoring, responder: careless });
    const id = await newConversation('suppression');
    await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });
    const turn = await agent.handleMessage(id, "I don't want to live anymore");
    assert.equal(turn.move, 'crisis_response');
    assert.equal(careless.calls.at(-1), 'crisis_response');
    assert.match(turn.reply, /999/);
    assert.match(turn.reply, /116 123/);
    assert.match(turn.reply, /85258/);
    // The opening from the careless responder still carries the AI disclosure.
    const opening = (await store.readEvents(id, { types: ['agent.move'] }))[0]!;
    assert.equal(opening.type, 'agent.move');
    assert.match(opening.type === 'agent.move' ? opening.payload.text : '', /I'm an AI/);
  });

  it('still answers risk when the responder fails', async () => {
    const failing: Responder = {
      name: 'failing',
      async render(move) {
        if (move.kind === 'open_session') return "Hello, I'm an AI.";
        throw new Error('model timed out');
      },
    };
    const agent = engine({ responder: failing });
    const id = await newConversation('responder-down');
    await agent.startSession(id, { channel: 'terminal' });
    const turn = await agent.handleMessage(id, 'I want to end my life');
    assert.equal(turn.move, 'crisis_response');
    assert.match(turn.reply, /911/);
    assert.match(turn.reply, /988/);
    // Without risk, the failure surfaces as an error like any other.
    await assert.rejects(agent.handleMessage(id, 'work is busy'), /model timed out/);
  });

  it('answers risk in an over-long or malformed message instead of rejecting it', async () => {
    const agent = engine();
    const id = await newConversation('long-crisis');
    await agent.startSession(id, { channel: 'terminal' });
    const turn = await agent.handleMessage(
      id,
      `I want to kill myself. ${'so tired '.repeat(120_000)}`,
    );
    assert.equal(turn.move, 'crisis_response');
    const stored = (await store.readEvents(id, { types: ['message.received'] }))[0]!;
    assert.equal(stored.type === 'message.received' && stored.payload.text.length, 8000);

    const bell = await agent.handleMessage(id, 'I want to die\u0007');
    assert.equal(bell.move, 'crisis_response');
  });

  it('still gives the crisis reply when the store fails', async () => {
    const id = await newConversation('store-down');
    const failing: EventStore = {
      capabilities: store.capabilities,
      ensurePerson: (handle) => store.ensurePerson(handle),
      findPerson: (handle) => store.findPerson(handle),
      createConversation: (personId) => store.createConversation(personId),
      latestConversation: (personId) => store.latestConversation(personId),
      getConversation: (conversationId) => store.getConversation(conversationId),
      listConversations: () => store.listConversations(),
      readEvents: (conversationId, options) => store.readEvents(conversationId, options),
      append: async () => {
        throw new AllianceError('store_locked', 'database is locked');
      },
      close: async () => {},
    };
    const agent = engine({ store: failing });
    // Starting needs the store, so it fails like any write; the crisis turn does not.
    await engine().startSession(id, { channel: 'terminal' });
    const turn = await agent.handleMessage(id, 'I am going to end my life');
    assert.equal(turn.stored, false);
    assert.equal(turn.storeError?.code, 'store_locked');
    assert.match(turn.reply, /988/);
    await assert.rejects(agent.handleMessage(id, 'work is fine'), /database is locked/);
  });
});

describe('bad input', () => {
  const rejected: [label: string, text: string, code: string][] = [
    ['an empty message', '', 'message_empty'],
    ['a whitespace-only message', ' \t \n ', 'message_empty'],
    ['a 1 MB message', 'a'.repeat(1024 * 1024), 'message_too_long'],
    ['control characters', 'hello\u001b[31m there', 'message_control_characters'],
    ['a bidirectional override', 'hello \u202Edlrow', 'message_control_characters'],
    ['an unpaired surrogate', 'hello \uD800 there', 'input_invalid_utf8'],
  ];
  for (const [label, text, code] of rejected) {
    it(`rejects ${label} with ${code} and stores nothing`, async () => {
      const agent = engine();
      const id = await newConversation(`bad-${code}-${label}`);
      await agent.startSession(id, { channel: 'terminal' });
      const before = await store.readEvents(id);
      await assert.rejects(
        agent.handleMessage(id, text),
        (error) => error instanceof AllianceError && error.code === code,
      );
      assert.deepEqual(await store.readEvents(id), before);
      // The conversation goes on normally afterwards.
      assert.equal(
        (await agent.handleMessage(id, 'work has been stressful')).move,
        'reflect_and_explore',
      );
    });
  }

  it('rejects a message in a conversation that does not exist', async () => {
    await assert.rejects(engine().handleMessage('conv_missing', 'hello'), {
      code: 'conversation_not_found',
    });
  });
});
