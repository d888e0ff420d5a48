import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  AllianceError,
  randomIds,
  steppingClock,
  type EventPayloads,
  type EventStore,
} from '../core/index.ts';
import {
  MODEL_CLASSES,
  loadCrisisResources,
  riskModel,
  ruleRiskDetector,
  type SafetyAlertMessage,
} from '../safety/index.ts';
import { generateKey, openSqliteStore, parseKeys } from '../store/index.ts';
import {
  createConversationEngine,
  type ConversationEngine,
  type ConversationEngineOptions,
} from './conversation-engine.ts';
import { defaultStages } from './default-stages.ts';
import { PERSONAS } from './simulation/personas.ts';
import type { Policy } from './move.ts';
import type { Responder } from './responder.ts';
import { consented } from './test-support.ts';

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

    // The agent opens: who it is, that it is an AI and not a therapist or an emergency service,
    // what it can and cannot do, how data is kept; and it asks for consent.
    const opening = await agent.startSession(id, { channel: 'terminal' });
    assert.equal(opening.move, 'open_session');
    assert.match(opening.reply, /I'm an AI/);
    assert.match(opening.reply, /not a therapist/);
    assert.match(opening.reply, /can’t diagnose anything, advise on medication/);
    assert.match(opening.reply, /stored encrypted/);
    assert.match(opening.reply, /not an emergency service.*988/);
    assert.match(opening.reply, /Are you happy to continue on that basis\?$/);

    // Consent is recorded with the version of the disclosure; then how to address the person.
    const yes = await agent.handleMessage(id, 'yes, that is fine');
    assert.equal(yes.move, 'ask_preferences');
    assert.match(yes.reply, /What would you like me to call you\?/);
    assert.match(yes.reply, /warmer and gentler, or more direct/);

    // The person introduces themselves and asks for directness; the agent asks what brings them.
    const hello = await agent.handleMessage(id, 'I am Sam, and direct is better for me');
    assert.equal(hello.move, 'ask_concern');
    assert.match(hello.reply, /Sam/);
    assert.match(hello.reply, /What brings you here today\?|What's been on your mind lately\?/);

    // The person states their concern; the agent reflects it in their words and asks an open question.
    const concern = await agent.handleMessage(id, 'I have been really anxious about work lately');
    assert.equal(concern.move, 'reflect_and_explore');
    assert.match(concern.reply, /you have been really anxious about work lately/);
    assert.match(concern.reply, /(?:^|\. )(?:What|How|When)\b[^.?]*\?$/);
    assert.equal(concern.risk?.level, 'none');
    assert.equal(concern.engagement?.clientTurns, 3);

    // End of input closes the session warmly.
    const goodbye = await agent.endSession(id, 'end_of_input');
    assert.equal(goodbye.move, 'close_session');
    assert.match(goodbye.reply, /Sam/);

    const state = await agent.state(id);
    assert.equal(state.name, 'Sam');
    assert.equal(state.work.tone, 'direct');
    assert.deepEqual(
      { version: state.work.consent?.version, granted: state.work.consent?.granted },
      { version: 'disclosure-1', granted: true },
    );
    assert.equal(state.concern?.text, 'I have been really anxious about work lately');
    const types = (await store.readEvents(id)).map((event) => event.type);
    assert.deepEqual(types, [
      'session.started',
      'agent.move',
      'message.received',
      'consent.recorded',
      'agent.move',
      'message.received',
      'profile.updated', // the name, read by the nlu
      'profile.updated', // the tone, read by the policy
      'agent.move',
      'message.received',
      'concern.stated',
      'agent.move',
      'agent.move',
      'session.ended',
    ]);
  });

  it('asks again when the person does not say yes, and stops when they say no', async () => {
    const agent = engine();
    const id = await newConversation('consent-no');
    await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });
    const unclear = await agent.handleMessage(id, 'what is this?');
    assert.equal(unclear.move, 'ask_consent');
    const no = await agent.handleMessage(id, 'no thanks');
    assert.equal(no.move, 'consent_declined');
    assert.match(no.reply, /116 123/);
    assert.match(no.reply, /999/);
    const still = await agent.handleMessage(id, 'I have been feeling low');
    assert.equal(still.move, 'ask_consent');
    assert.equal((await agent.state(id)).work.consent?.granted, false);
    // Safety runs before consent: a crisis is answered whatever was agreed.
    const crisis = await agent.handleMessage(id, 'I want to kill myself tonight');
    assert.equal(crisis.move, 'crisis_response');
  });

  it('welcomes a returning person back with what they said last time', async () => {
    const id = await newConversation('returning');
    const first = engine();
    await consented(first, id, { channel: 'terminal', name: 'Ana' });
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
    await consented(agent, id, { channel: 'terminal', name: 'Kai' });
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
      ['yes', ...texts],
    );
  });

  it('never gives the same reply twice in a conversation', async () => {
    const agent = engine();
    const id = await newConversation('no-repeats');
    const replies = [(await consented(agent, id, { channel: 'terminal', name: 'Lee' })).reply];
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
    await consented(agent, id, { channel: 'terminal', locale: 'en-GB' });

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
    assert.equal((await store.readEvents(id, { types: ['safety.mode_entered'] })).length, 0);
  });

  it('takes "Jo, direct is fine" as the name and the tone asked for', async () => {
    const agent = engine();
    const id = await newConversation('name-then-tone');
    await consented(agent, id, { channel: 'terminal', locale: 'en-GB' });
    const hello = await agent.handleMessage(id, 'Jo, direct is fine');
    assert.match(hello.reply, /\bJo\b/);
    const state = await agent.state(id);
    assert.equal(state.name, 'Jo');
    assert.equal(state.work.tone, 'direct');
    assert.equal(state.concern, undefined, 'the answer is not recorded as a concern');
  });

  it("puts the emergency call first for a child's poisoning told by the parent", async () => {
    const agent = engine();
    const id = await newConversation('child-poisoned');
    await consented(agent, id, { channel: 'terminal', locale: 'en-GB' });
    await agent.handleMessage(id, 'I am Jo, and direct is fine');
    const turn = await agent.handleMessage(
      id,
      'my 2 year old was in the cupboard under the sink, a dishwasher pod is split open and theres blue stuff on her chin',
    );
    assert.equal(turn.move, 'support_for_other');
    assert.match(turn.reply, /^Please call 999 now/);
    assert.match(turn.reply, /keep the packet or bottle/);
    assert.doesNotMatch(turn.reply, /heavy thing to hold|how much you care/);
    assert.match(turn.reply, /Have you been able to call\?$/);

    // Help called: acknowledged, not asked for again.
    const after = await agent.handleMessage(id, 'she seems ok now, the ambulance is coming');
    assert.equal(after.move, 'support_for_other');
    assert.match(after.reply, /glad help is on the way/);
    assert.doesNotMatch(after.reply, /Please call 999 now/);
    assert.equal(after.reply.match(/116 123/gu)?.length ?? 0, 1, after.reply);
    assert.match(after.reply, /How are you holding up yourself\?$/);
  });

  it('asks for the call first when someone else means to end their life tonight, and raises no alarm for the speaker', async () => {
    const agent = engine();
    const id = await newConversation('sister-tonight');
    await consented(agent, id, { channel: 'terminal', locale: 'en-GB' });
    await agent.handleMessage(id, 'I am Jo, and direct is fine');
    const turn = await agent.handleMessage(
      id,
      'my sister is going to end it all tonight, she texted me goodbye',
    );
    assert.equal(turn.move, 'support_for_other');
    assert.equal(turn.risk?.level, 'none');
    assert.equal(turn.state.safety.active, false);
    assert.match(turn.reply, /^This sounds urgent\. Please call 999 now/);
    assert.doesNotMatch(turn.reply, /Are you safe/);
    assert.match(turn.reply, /Have you been able to call\?$/);
    // Without a time, the guidance for supporting someone, not the call first.
    const later = await agent.handleMessage(
      id,
      'my friend has been suicidal for a while, how can I help her?',
    );
    assert.equal(later.move, 'support_for_other');
    assert.doesNotMatch(later.reply, /This sounds urgent/);
  });

  it('offers no questionnaire in the answer that follows worry about someone else', async () => {
    const agent = engine();
    const id = await newConversation('worried-about-dad');
    await consented(agent, id, { channel: 'terminal', locale: 'en-GB' });
    await agent.handleMessage(id, 'I am Jo, and direct is fine');
    const worry = await agent.handleMessage(
      id,
      'my dad gave away his guitar last week and said goodbye to me really weirdly, should I be worried?',
    );
    assert.equal(worry.move, 'support_for_other');
    const next = await agent.handleMessage(id, 'he lives alone');
    assert.notEqual(next.move, 'offer_measure', next.reply);
  });
});

describe('safety in the pipeline', () => {
  it('runs the crisis protocol: resources, direct questions, a safety plan, then a gentle return', async () => {
    const agent = engine();
    const id = await newConversation('protocol');
    await consented(agent, id, { channel: 'terminal', name: 'Robin' });
    await agent.handleMessage(id, 'work has been awful lately');

    // A crisis mid-conversation: acknowledge, resources, and straight to the plan question
    // (intent was stated, so asking whether there are thoughts of suicide would not be listening).
    const crisis = await agent.handleMessage(id, 'I want to kill myself');
    assert.equal(crisis.move, 'crisis_response');
    assert.equal(crisis.risk?.level, 'high');
    assert.match(crisis.reply, /I'm really glad you told me, Robin/);
    assert.match(crisis.reply, /988/);
    assert.match(crisis.reply, /findahelpline\.com/);
    assert.match(crisis.reply, /Have you thought about how you would do it, or made a plan\?$/);

    // No plan; the agent asks about means, then timing, with the resources kept in every reply.
    const plan = await agent.handleMessage(id, 'no, not really');
    assert.equal(plan.move, 'safety_question');
    assert.match(plan.reply, /Do you have access to pills, or anything else you would use\?$/);
    assert.match(plan.reply, /911/);
    const means = await agent.handleMessage(id, 'no');
    assert.match(
      means.reply,
      /Are you thinking of acting on these thoughts soon, such as tonight\?$/,
    );
    const timing = await agent.handleMessage(id, 'no');
    assert.match(timing.reply, /Are you safe right now\?$/);

    // Safe now: the agent offers a safety plan, and builds it step by step in the person's words.
    const offer = await agent.handleMessage(id, 'yes, I am safe');
    assert.equal(offer.move, 'safety_question');
    assert.match(offer.reply, /safety plan together/);
    const steps = [
      'yes please',
      'when I stop answering messages, and when I can not sleep',
      'a long walk, loud music',
      'the climbing gym and my cousin Alex',
      'my sister Jo 07700 900123',
      'skip',
      'I could give my pills to Jo to look after',
    ];
    let last = offer;
    for (const step of steps) last = await agent.handleMessage(id, step);
    assert.equal(last.move, 'safety_plan_summary');
    assert.match(last.reply, /Warning signs: when I stop answering messages; when I can not sleep/);
    assert.match(last.reply, /People I can ask for help: my sister Jo 07700 900123/);
    assert.match(last.reply, /Professionals and services: 988 Suicide & Crisis Lifeline/);
    assert.match(last.reply, /Making my surroundings safer: give my pills to Jo to look after/);
    assert.match(last.reply, /Type \/plan at any time/);

    // The episode is resolved; the plan stays one command away; the conversation resumes gently.
    const state = await agent.state(id);
    assert.equal(state.safety.active, false);
    assert.deepEqual(state.safetyPlan.coping_steps, ['a long walk', 'loud music']);
    assert.match(await agent.safetyPlan(id), /^Your safety plan\n1\. Warning signs/);
    const after = await agent.handleMessage(id, 'I feel a bit calmer now');
    assert.equal(after.move, 'reflect_and_explore');

    const types = (await store.readEvents(id)).map((event) => event.type);
    assert.equal(types.filter((type) => type === 'safety.mode_entered').length, 1);
    assert.equal(types.filter((type) => type === 'safety.alert').length, 1);
    assert.equal(types.filter((type) => type === 'safety.mode_resolved').length, 1);
    assert.equal(types.filter((type) => type === 'safety_plan.updated').length, 5);
    const answers = (await store.readEvents(id, { types: ['safety.answer'] })).map((event) =>
      event.type === 'safety.answer' ? `${event.payload.question}=${event.payload.answer}` : '',
    );
    assert.deepEqual(answers, [
      'thoughts=yes',
      'plan=no',
      'means=no',
      'timeframe=no',
      'safe_now=yes',
      'plan_offer=yes',
    ]);
  });

  it('answers "no, I am not safe" with worry and a call for help now, not the opening again', async () => {
    const agent = engine();
    const id = await newConversation('not-safe');
    await consented(agent, id, { channel: 'terminal' });
    const first = await agent.handleMessage(
      id,
      'my partner keeps checking my phone and I am scared to go home tonight',
    );
    assert.equal(first.move, 'crisis_response');
    assert.match(first.reply, /Are you safe/);
    // The answer is read as risk of its own (higher than the first message), yet it answers the
    // question: the reply is the worried one, asking again, and the alert for the worse risk stands.
    const unsafe = await agent.handleMessage(id, 'no, I am not safe');
    assert.equal(unsafe.risk?.level, 'high');
    assert.equal(unsafe.move, 'safety_question');
    assert.match(unsafe.reply, /I'm worried about you, and I want you to get help now/);
    assert.doesNotMatch(unsafe.reply, /said this before/);
    assert.match(unsafe.reply, /Are you safe[^?]*\?$/);
    const answers = (await store.readEvents(id, { types: ['safety.answer'] })).map((event) =>
      event.type === 'safety.answer' ? `${event.payload.question}=${event.payload.answer}` : '',
    );
    assert.deepEqual(answers, ['safe_now=no']);
    const safe = await agent.handleMessage(id, "yes, I'm at my sister's now, I'm safe");
    assert.notEqual(safe.move, 'crisis_response');
  });

  it('checks for thoughts first when only the learned model read the risk, and asks about a plan when it was said', async () => {
    // A toy scorer: "zorp" reads as suicide with near certainty (a high reading of its own).
    const toy = riskModel({
      name: 'toy',
      classes: MODEL_CLASSES,
      bias: [0, -20, -20, -20, -20, -20, -20],
      features: { 'w:zorp': [0, 30, 0, 0, 0, 0, 0] },
      threshold: 0.6,
    });
    const agent = engine({ detector: ruleRiskDetector({ model: toy }) });
    const id = await newConversation('inferred-risk');
    await consented(agent, id, { channel: 'terminal' });
    await agent.handleMessage(id, "I'm Ash, warm is fine");
    const inferred = await agent.handleMessage(id, 'the flat has been zorp since thursday');
    assert.equal(inferred.move, 'crisis_response');
    assert.equal(inferred.risk?.level, 'high');
    assert.ok(inferred.risk?.evidence.every((e) => e.rule.startsWith('toy')));
    // It checks rather than telling the person what they feel, and starts the screening at thoughts.
    assert.match(
      inferred.reply,
      /^Thank you for telling me, Ash\. That sounds hard, and I'd like to check/,
    );
    assert.doesNotMatch(inferred.reply, /in a lot of pain|these thoughts/);
    assert.match(inferred.reply, /Are you having thoughts of ending your life\?$/);
    const no = await agent.handleMessage(id, 'no, nothing like that, just lonely');
    assert.match(no.reply, /Are you safe right now\?$/);
    const safe = await agent.handleMessage(id, "no i'm safe");
    assert.match(safe.reply, /safety plan together/);

    const said = await newConversation('stated-risk');
    await consented(agent, said, { channel: 'terminal' });
    await agent.handleMessage(said, "I'm Bo, direct please");
    const stated = await agent.handleMessage(said, "I've decided to kill myself");
    assert.equal(stated.move, 'crisis_response');
    assert.match(stated.reply, /It sounds like you are in a lot of pain right now/);
    assert.match(stated.reply, /Have you thought about how you would do it, or made a plan\?$/);
  });

  it('asks directly, once a session, about a reading the detector is unsure of, and reads the answer', async () => {
    // A toy scorer: "blorf" reads as self-harm at about 0.5, under the threshold, from the 0.45
    // at which the detector reports it as unsure.
    const toy = riskModel({
      name: 'toy',
      classes: MODEL_CLASSES,
      bias: [0, -20, -20, -20, -20, -20, -20],
      features: { 'w:blorf': [0, 0, 20, 0, 0, 0, 0] },
      threshold: 0.6,
    });
    const sent: SafetyAlertMessage[] = [];
    const agent = engine({
      detector: ruleRiskDetector({ model: toy }),
      alerts: { notify: (alert) => sent.push(alert) },
    });
    /** A new conversation past consent and the name, where "blorf" has just been asked about. */
    const checked = async (handle: string, name: string) => {
      const id = await newConversation(handle);
      await consented(agent, id, { channel: 'terminal' });
      await agent.handleMessage(id, name);
      await agent.handleMessage(id, 'work has been blorf lately');
      return id;
    };
    const calm = await newConversation('unsure-no');
    await consented(agent, calm, { channel: 'terminal' });
    // Not in an answer to the agent's own question (here: how to be addressed)…
    const answer = await agent.handleMessage(calm, "I'm Sam, blorf, warm is fine");
    assert.notEqual(answer.move, 'check_risk');
    // …but in open talk.
    const check = await agent.handleMessage(calm, 'work has been blorf lately');
    assert.equal(check.move, 'check_risk');
    assert.equal(check.risk?.level, 'none');
    assert.match(check.reply, /Are you thinking about hurting yourself\?$/);
    // The question raises nothing: no finding recorded, no alert, no safety mode.
    assert.equal((await store.readEvents(calm, { types: ['safety.risk_detected'] })).length, 0);
    assert.equal(check.state.safety.active, false);
    const no = await agent.handleMessage(calm, 'no, just tired');
    assert.notEqual(no.move, 'check_risk');
    assert.match(no.reply, /^Thank you for (?:answering that|telling me)/);
    // The answer is on the record, a no as much as a yes, without entering safety mode.
    const answers = async (id: string) =>
      (await store.readEvents(id, { types: ['safety.check_answered'] })).map(
        (e) => e.payload as EventPayloads['safety.check_answered'],
      );
    assert.deepEqual(await answers(calm), [
      {
        category: 'self_harm',
        answer: 'no',
        messageId: no.events.find((e) => e.type === 'message.received')!.id,
      },
    ]);
    // Asked once a session: the next such reading is not asked about again.
    const again = await agent.handleMessage(calm, 'still blorf, the commute is long');
    assert.notEqual(again.move, 'check_risk');
    assert.equal(sent.length, 0);

    const unclear = await checked('unsure-unclear', "I'm Kim, direct please");
    const dunno = await agent.handleMessage(unclear, 'dunno');
    assert.deepEqual(
      (await answers(unclear)).map((a) => a.answer),
      ['unclear'],
    );
    assert.match(dunno.reply, /^That's all right[^]*call 911/);

    // A yes is an alarm of the category asked about: the crisis response and the alert.
    const yes = await checked('unsure-yes', "I'm Lee, warm is good");
    const crisis = await agent.handleMessage(yes, 'yeah sometimes');
    assert.equal(crisis.move, 'crisis_response');
    assert.equal(crisis.risk?.level, 'high');
    assert.deepEqual(crisis.risk?.categories, ['self_harm']);
    assert.equal(crisis.state.safety.active, true);
    assert.equal(sent.length, 1);
    assert.deepEqual(
      (await answers(yes)).map((a) => [a.category, a.answer]),
      [['self_harm', 'yes']],
    );

    // A long answer that opens with a plain yes is a yes too.
    const long = await checked('unsure-long-yes', "I'm Ash, direct is fine");
    const told = await agent.handleMessage(
      long,
      'yes, it has been happening most nights since the move and I have not told anyone at all',
    );
    assert.equal(told.move, 'crisis_response');
    assert.deepEqual(told.risk?.categories, ['self_harm']);
  });

  it('urges emergency services at once for imminent risk and keeps asking until the person is safe', async () => {
    const agent = engine();
    const id = await newConversation('imminent');
    await consented(agent, id, { channel: 'terminal' });
    const turn = await agent.handleMessage(id, 'I want to kill myself tonight');
    assert.equal(turn.risk?.level, 'imminent');
    assert.match(turn.reply, /call 911 now/);
    assert.match(turn.reply, /Are you safe right now\?$/);
    const unsafe = await agent.handleMessage(id, 'no');
    assert.match(unsafe.reply, /I'm worried about you/);
    assert.match(unsafe.reply, /Are you safe right now\?$/);
    // No exercise, reflection or plan offer while the person is not safe.
    const still = await agent.handleMessage(id, 'I dont know');
    assert.equal(still.move, 'safety_question');
  });

  it('names the feeling in an answer to a safety question before the next question', async () => {
    const agent = engine();
    const id = await newConversation('felt-answer');
    await consented(agent, id, { channel: 'terminal' });
    const turn = await agent.handleMessage(id, 'I want to end my life');
    assert.match(turn.reply, /\?$/u);
    const answer = await agent.handleMessage(id, 'no i dont have a plan i just feel empty');
    assert.equal(answer.move, 'safety_question');
    assert.match(
      answer.reply,
      /^It sounds like you're feeling empty\. Thank you for telling me\./u,
    );
    // Unclear and feeling: the feeling is named, and the question asked again.
    const unclear = await agent.handleMessage(id, 'idk. so tired and hopeless');
    // Of two feelings, the warning sign is named (hopelessness, not tiredness).
    assert.match(unclear.reply, /feeling hopeless\./u);
    assert.match(unclear.reply, /\?(?: A yes or a no is enough\.)?$/u);
    // A feeling said not to be there is not named.
    const not = await agent.handleMessage(id, "no, i'm not scared");
    assert.doesNotMatch(not.reply, /feeling scared/u);
  });

  it('hears "I don\'t know" as not knowing: not a no, and asked once more with a way to answer', async () => {
    const agent = engine();
    const id = await newConversation('unsure-answer');
    await consented(agent, id, { channel: 'terminal' });
    const crisis = await agent.handleMessage(id, 'I want to kill myself');
    assert.match(crisis.reply, /made a plan\?$/u);
    const unsure = await agent.handleMessage(id, "i don't know");
    assert.equal(unsure.move, 'safety_question');
    assert.match(
      unsure.reply,
      /^(?:It's okay not to be sure|Not knowing is all right too|It can be hard to know)/u,
    );
    assert.doesNotMatch(unsure.reply, /Thank you for answering/u);
    assert.match(
      unsure.reply,
      /made a plan\? If you had to choose, is it closer to yes or to no\?$/u,
    );
    // Asked once more, the answer is taken as it is: the plan question is not skipped as a no would
    // skip it, and the next question comes.
    const again = await agent.handleMessage(id, 'idk');
    assert.match(again.reply, /Do you have access to pills, or anything else you would use\?$/u);
    // Not wanting to say is respected, and the question stays.
    const declined = await agent.handleMessage(id, "i don't want to talk about it");
    assert.match(declined.reply, /you don't have to|more than you want to/u);
    assert.match(
      declined.reply,
      /Do you have access to pills, or anything else you would use\? A yes or a no is enough\.$/u,
    );
    const state = await agent.state(id);
    assert.equal(state.safety.answers.plan, 'unclear');
    assert.equal(state.safety.answers.means, 'unclear');
    // An answer that says more than that it does not know is not met with "it's okay not to be
    // sure", nor a wish with "you don't have to go into it".
    for (const text of ["i don't know how much longer i can do this", "i'd rather not be here"]) {
      const said = await agent.handleMessage(id, text);
      assert.doesNotMatch(
        said.reply,
        /not to be sure|Not knowing|hard to know|go into it|more than you want/u,
        text,
      );
    }
  });

  it('moves on from a shrug asked twice without thanking it as an answer', async () => {
    const agent = engine();
    const id = await newConversation('shrug-twice');
    await consented(agent, id, { channel: 'terminal' });
    const crisis = await agent.handleMessage(id, 'i want to die');
    assert.match(crisis.reply, /Are you having thoughts of ending your life\?$/u);
    const first = await agent.handleMessage(id, 'ok');
    assert.match(first.reply, /ending your life\? A yes or a no is enough\.$/u);
    const second = await agent.handleMessage(id, 'fine');
    assert.match(second.reply, /^All right/u);
    assert.doesNotMatch(second.reply, /Thank you|That helps me understand/u);
    assert.match(second.reply, /made a plan\?$/u);
  });

  it('does not ask about a plan, means or a time the person has just told', async () => {
    const agent = engine();
    const id = await newConversation('said-plan');
    await consented(agent, id, { channel: 'terminal' });
    const crisis = await agent.handleMessage(
      id,
      "i have the pills in front of me and i'm going to take them all tonight",
    );
    assert.equal(crisis.risk?.level, 'imminent');
    assert.match(crisis.reply, /Are you safe right now\?$/u);
    const safe = await agent.handleMessage(id, "yes i'm safe, my sister is here");
    assert.doesNotMatch(safe.reply, /made a plan|access to pills|such as tonight/u);
    assert.match(safe.reply, /safety plan together/u);
    const state = await agent.state(id);
    assert.equal(state.safety.answers.plan, 'yes');
    assert.equal(state.safety.answers.means, 'yes');
    assert.equal(state.safety.answers.timeframe, 'yes');
    // "Not sure" to "are you safe right now?" is not safe.
    const other = await newConversation('unsure-safe');
    await consented(agent, other, { channel: 'terminal' });
    await agent.handleMessage(other, 'I want to kill myself tonight');
    const notSure = await agent.handleMessage(other, "i'm not sure");
    assert.match(notSure.reply, /I'm worried about you, and I want you to get help now/u);
  });

  it('asks again in other words, without thanks, when the answer to "are you safe?" is unclear', async () => {
    const agent = engine();
    const id = await newConversation('unclear-safe');
    await consented(agent, id, { channel: 'terminal' });
    const turn = await agent.handleMessage(id, 'I want to kill myself tonight');
    assert.match(turn.reply, /Are you safe right now\?$/);
    const first = await agent.handleMessage(id, 'ok');
    assert.equal(first.move, 'safety_question');
    assert.match(first.reply, /^I want to be sure I've understood you\./);
    assert.match(first.reply, /Are you safe right now\? A yes or a no is enough\.$/);
    assert.doesNotMatch(first.reply, /Thank you/);
    const second = await agent.handleMessage(id, 'fine');
    assert.match(second.reply, /I'm asking again because it matters/);
    assert.doesNotMatch(second.reply, /I want to be sure/);
    // A plain yes is an answer: thanked, and the protocol moves on.
    const yes = await agent.handleMessage(id, 'yes');
    assert.doesNotMatch(yes.reply, /A yes or a no is enough/);
  });

  it('asks about injury first for self-harm, and about safety where they are for abuse', async () => {
    const agent = engine();
    const harm = await newConversation('self-harm');
    await consented(agent, harm, { channel: 'terminal', locale: 'en-GB' });
    const cut = await agent.handleMessage(harm, "I've been cutting my arms again");
    assert.equal(cut.move, 'crisis_response');
    assert.match(cut.reply, /Are you hurt, or do you need medical help for an injury\?$/);

    const home = await newConversation('abuse');
    await consented(agent, home, { channel: 'terminal', locale: 'en-GB' });
    const hit = await agent.handleMessage(home, 'my husband hits me when he drinks');
    assert.equal(hit.move, 'crisis_response');
    assert.match(hit.reply, /It is not your fault/);
    assert.match(hit.reply, /0808 2000 247/);
    assert.match(hit.reply, /Are you safe where you are right now\?$/);
    // An answer that is neither yes nor no but says something is given back, then asked again.
    const where = await agent.handleMessage(home, 'im at my sisters now');
    assert.match(
      where.reply,
      /^You're at your sisters now\. I want to be sure I've understood you\./,
    );
    assert.match(where.reply, /A yes or a no is enough\.$/);
    // The plan lists the domestic abuse line first after an episode about abuse.
    const plan = await agent.safetyPlan(home);
    assert.ok(plan.indexOf('0808 2000 247') < plan.indexOf('116 123'), plan);
    assert.doesNotMatch(await agent.safetyPlan(harm), /0808 2000 247/);

    // Hurt by someone who may still be there: emergency help, and no advice to open the door.
    const burnt = await newConversation('abuse-injury');
    await consented(agent, burnt, { channel: 'terminal', locale: 'en-GB' });
    const water = await agent.handleMessage(
      burnt,
      "my girlfriend's just thrown boiling water at me and she's screaming that she'll finish me",
    );
    assert.equal(water.move, 'crisis_response');
    assert.match(water.reply, /call 999/);
    assert.match(water.reply, /get to a safe place/);
    assert.doesNotMatch(water.reply, /unlock the door/);
    const overdose = await newConversation('overdose');
    await consented(agent, overdose, { channel: 'terminal', locale: 'en-GB' });
    const pills = await agent.handleMessage(overdose, 'I took all my pills an hour ago');
    assert.match(pills.reply, /unlock the door/);
  });

  it('consults no other policy in safety mode, so nothing but safety moves can be offered', async () => {
    const calls: string[] = [];
    const eager: Policy = {
      decide: ({ trigger, message }) => {
        calls.push(trigger);
        if (!message)
          return { kind: trigger === 'session_start' ? 'open_session' : 'close_session' };
        return { kind: 'reflect_and_explore', message };
      },
    };
    const agent = engine({ policy: eager });
    const id = await newConversation('no-exercises');
    await consented(agent, id, { channel: 'terminal' });
    await agent.handleMessage(id, 'I just want to die');
    const before = calls.length;
    const next = await agent.handleMessage(id, 'let us do something else, give me an exercise');
    assert.equal(calls.length, before);
    assert.equal(next.move, 'safety_question');
  });

  it('cannot be suppressed by the policy or the responder', async () => {
    const ignoring: Policy = {
      decide: ({ message }) => ({ kind: 'reflect_and_explore', ...(message ? { message } : {}) }),
    };
    const careless = recordingResponder("Let's try a breathing exercise.");
    const agent = engine({ policy: ignoring, responder: careless });
    const id = await newConversation('suppression');
    await consented(agent, id, { channel: 'terminal', locale: 'en-GB' });
    const turn = await agent.handleMessage(id, "I don't want to live anymore");
    assert.equal(turn.move, 'crisis_response');
    assert.equal(careless.calls.at(-1), 'crisis_response');
    assert.match(turn.reply, /999/);
    assert.match(turn.reply, /116 123/);
    assert.match(turn.reply, /85258/);
    const opening = (await store.readEvents(id, { types: ['agent.move'] }))[0]!;
    assert.equal(opening.type, 'agent.move');
    assert.match(opening.type === 'agent.move' ? opening.payload.text : '', /I'm an AI/);
  });

  it('sends a clinician alert when safety mode starts, and records its delivery', async () => {
    const sent: SafetyAlertMessage[] = [];
    const agent = engine({ alerts: { notify: (alert) => sent.push(alert) } });
    const id = await newConversation('alerts');
    await consented(agent, id, { channel: 'terminal' });
    await agent.handleMessage(id, 'I want to end my life');
    await agent.handleMessage(id, 'yes I have a plan');
    assert.equal(sent.length, 1, 'one alert per episode unless the risk gets worse');
    assert.equal(sent[0]!.level, 'high');
    assert.deepEqual(Object.keys(sent[0]!).sort(), [
      'alertId',
      'at',
      'categories',
      'conversationId',
      'level',
    ]);
    await agent.recordAlertDelivery({
      alertId: sent[0]!.alertId,
      outcome: 'failed',
      attempts: 5,
      status: 503,
      error: 'HTTP 503',
    });
    const delivery = (await store.readEvents(id, { types: ['safety.alert_delivery'] }))[0]!;
    assert.deepEqual(delivery.payload, {
      alertId: sent[0]!.alertId,
      outcome: 'failed',
      attempts: 5,
      status: 503,
      error: 'HTTP 503',
    });
    // Worse risk later in the episode raises a new alert.
    await agent.handleMessage(id, 'I am going to do it tonight');
    assert.equal(sent.length, 2);
    assert.equal(sent[1]!.level, 'imminent');
  });

  it('checks on safety first when a person returns with an episode still open', async () => {
    const id = await newConversation('returns-in-crisis');
    const first = engine();
    await consented(first, id, { channel: 'terminal', name: 'Sky' });
    await first.handleMessage(id, 'I wish I was dead');
    await first.endSession(id, 'end_of_input');
    const back = await engine().startSession(id, { channel: 'terminal' });
    assert.equal(back.move, 'safety_question');
    assert.match(back.reply, /Welcome back, Sky/);
    assert.match(back.reply, /I'm an AI/);
    assert.match(back.reply, /Are you safe right now\?$/);
  });

  it('asks gently about past self-harm without starting the protocol', async () => {
    const agent = engine();
    const id = await newConversation('past-self-harm');
    await consented(agent, id, { channel: 'terminal' });
    const turn = await agent.handleMessage(
      id,
      'I used to self-harm as a teenager but I have been fine for years',
    );
    assert.equal(turn.risk?.level, 'low');
    assert.equal(turn.move, 'reflect_and_explore');
    assert.match(turn.reply, /How are things for you with that now\?$/);
    assert.equal((await agent.state(id)).safety.active, false);
  });

  it('offers resources for a message it cannot read', async () => {
    const agent = engine();
    const id = await newConversation('unreadable');
    await consented(agent, id, { channel: 'terminal' });
    const turn = await agent.handleMessage(id, 'Quiero morir, no puedo más con esta vida');
    assert.equal(turn.risk?.assessable, false);
    assert.equal(turn.move, 'unassessed_resources');
    assert.match(turn.reply, /only understand English|only read English/);
    assert.match(turn.reply, /988/);
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
    // Safety does not wait for consent: the crisis reply comes even before it is given.
    await agent.startSession(id, { channel: 'terminal' });
    const turn = await agent.handleMessage(id, 'I want to end my life');
    assert.equal(turn.move, 'crisis_response');
    assert.match(turn.reply, /911/);
    assert.match(turn.reply, /988/);
    // Without risk, the failure surfaces as an error like any other.
    const calm = await newConversation('responder-down-calm');
    await agent.startSession(calm, { channel: 'terminal' });
    await assert.rejects(agent.handleMessage(calm, 'work is busy'), /model timed out/);
  });

  it('answers risk in an over-long or malformed message instead of rejecting it', async () => {
    const agent = engine();
    const id = await newConversation('long-crisis');
    await consented(agent, id, { channel: 'terminal' });
    const turn = await agent.handleMessage(
      id,
      `I want to kill myself. ${'so tired '.repeat(120_000)}`,
    );
    assert.equal(turn.move, 'crisis_response');
    const stored = (await store.readEvents(id, { types: ['message.received'] })).at(-1)!;
    assert.equal(stored.type === 'message.received' && stored.payload.text.length, 8000);

    const other = await newConversation('control-crisis');
    await consented(agent, other, { channel: 'terminal' });
    const bell = await agent.handleMessage(other, 'I want to die\u0007');
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
      withConversationLock: (conversationId, work) =>
        store.withConversationLock(conversationId, work),
      append: async () => {
        throw new AllianceError('store_locked', 'database is locked');
      },
      close: async () => {},
    };
    const sent: SafetyAlertMessage[] = [];
    const agent = engine({ store: failing, alerts: { notify: (alert) => sent.push(alert) } });
    await consented(engine(), id, { channel: 'terminal' });
    const turn = await agent.handleMessage(id, 'I am going to end my life');
    assert.equal(turn.stored, false);
    assert.equal(turn.storeError?.code, 'store_locked');
    assert.match(turn.reply, /988/);
    assert.equal(sent.length, 1, 'the clinician is alerted even when the log cannot be written');
    const calm = await newConversation('store-down-calm');
    await consented(engine(), calm, { channel: 'terminal' });
    await assert.rejects(agent.handleMessage(calm, 'work is fine'), /database is locked/);
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
      await consented(agent, id, { channel: 'terminal' });
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

describe('the cache of conversation states', () => {
  /** Plays the cooperative persona for `turns` messages, the engine's move deciding each answer. */
  async function play(agent: ConversationEngine, ids: string[], turns: number) {
    const persona = PERSONAS.find((p) => p.name === 'cooperative')!;
    const transcripts = ids.map(() => [] as string[]);
    const last = [];
    for (const id of ids) last.push(await agent.startSession(id, { channel: 'web' }));
    // The conversations take turns, so a one-entry cache evicts each of them at every message.
    for (let turn = 0; turn < turns; turn += 1) {
      for (const [index, id] of ids.entries()) {
        const state = await agent.state(id);
        const text = persona.reply({
          session: 1,
          turn,
          move: last[index]!.move,
          reply: last[index]!.reply,
          ...(state.work.awaiting ? { awaiting: state.work.awaiting.kind } : {}),
        });
        if (text === null) continue;
        last[index] = await agent.handleMessage(id, text);
        transcripts[index]!.push(`${text} → ${last[index]!.move}: ${last[index]!.reply}`);
      }
    }
    return transcripts;
  }

  it('rebuilds an evicted conversation from the log, which then goes on exactly as a cached one', async () => {
    const fixed = () => steppingClock(Date.parse('2026-03-02T09:00:00Z'));
    const bounded = engine({ maxCachedConversations: 1, clock: fixed() });
    const unbounded = engine({ clock: fixed() });
    const evicted = [await newConversation('evicted-1'), await newConversation('evicted-2')];
    const kept = [await newConversation('kept-1'), await newConversation('kept-2')];

    const withEviction = await play(bounded, evicted, 20);
    // Only the conversation that spoke last is still in memory.
    assert.equal(bounded.holds(evicted[0]!), false);
    assert.equal(bounded.holds(evicted[1]!), true);
    const withoutEviction = await play(unbounded, kept, 20);
    assert.ok(withEviction[0]!.length >= 15);
    // Consent, name, concerns, goal, task: the same moves and the same words either way.
    assert.deepEqual(withEviction, withoutEviction);
    // A message of its own: without one, this failing check in this file hung Node's assert
    // for minutes while it looked for the source text (seen with a candidate model, session 21).
    assert.ok(
      withEviction[0]!.some((line) => line.includes('→ offer_tasks')),
      'the cooperative persona never reached offer_tasks',
    );
  });

  it('forgets a conversation on request, and rebuilds it from the log if it speaks again', async () => {
    const agent = engine();
    const id = await newConversation('forgotten');
    await consented(agent, id, { channel: 'terminal', name: 'Noa' });
    await agent.handleMessage(id, 'my dog Biscuit has been ill');
    assert.equal(agent.holds(id), true);

    await agent.forget(id);
    assert.equal(agent.holds(id), false);
    // Nothing was lost: the state comes back from the store, name and concern included.
    const state = await agent.state(id);
    assert.equal(state.name, 'Noa');
    assert.equal(agent.holds(id), true);
    assert.ok(JSON.stringify(state).includes('Biscuit'));
  });

  it('forgets only after the turns already queued for the conversation', async () => {
    const agent = engine();
    const id = await newConversation('forgotten-after-turns');
    await consented(agent, id, { channel: 'terminal', name: 'Ira' });
    const turn = agent.handleMessage(id, 'work has been a lot');
    const forgotten = agent.forget(id);
    assert.equal((await turn).stored, true);
    await forgotten;
    assert.equal(agent.holds(id), false);
  });
});
