import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { randomIds, type StoredEvent } from '../core/index.ts';
import { loadCrisisResources } from '../safety/index.ts';
import { choiceAmong, limitAsked, moodScore, stepOutcome, yesNo } from './answers.ts';
import { createConversationEngine, type ConversationEngine } from './conversation-engine.ts';
import { defaultStages } from './default-stages.ts';
import { goalWords } from './alliance-policy.ts';
import { memoriesIn } from './memories.ts';
import { PERSONAS } from './simulation/personas.ts';
import { simulatePersona, type MovableClock } from './simulation/simulate.ts';
import { temporaryStore } from './test-support.ts';

const db = temporaryStore('alliance-policy-');

const DAY = 86_400_000;
function movableClock(): MovableClock {
  let now = Date.parse('2026-03-02T09:00:00Z');
  return { now: () => (now += 15_000), advance: (ms) => void (now += ms) };
}
const stages = defaultStages();
function engine(clock: MovableClock = movableClock()): ConversationEngine {
  return createConversationEngine({
    store: db.store,
    ...stages,
    resources: loadCrisisResources(),
    clock,
    ids: randomIds(clock),
    defaultLocale: 'en-GB',
  });
}
async function conversation(handle: string): Promise<string> {
  return (await db.store.createConversation((await db.store.ensurePerson(handle)).id)).id;
}
const types = (events: StoredEvent[]) => events.map((e) => e.type);

/** Consent, name, a concern heard three times, a goal agreed and refined: tasks are offered. */
async function untilTasksOffered(agent: ConversationEngine, id: string) {
  await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });
  await agent.handleMessage(id, 'yes');
  await agent.handleMessage(id, 'I am Jo');
  await agent.handleMessage(id, 'work has been really stressful since the reorganisation');
  const measure = await agent.handleMessage(id, 'I go over meetings again and again at night');
  assert.equal(measure.move, 'offer_measure');
  await agent.handleMessage(id, 'not today thanks');
  const ask = await agent.handleMessage(id, 'my head is full of work even at weekends');
  assert.equal(ask.move, 'ask_goal');
  const confirm = await agent.handleMessage(id, 'I want to stop worrying about work at home');
  assert.equal(confirm.move, 'confirm_goal');
  assert.match(confirm.reply, /"stop worrying about work at home"/);
  const refine = await agent.handleMessage(id, 'yes, that is it');
  assert.equal(refine.move, 'refine_goal');
  const more = await agent.handleMessage(id, 'I would read a book in the evening again');
  assert.equal(more.move, 'ask_more_goals');
  const offer = await agent.handleMessage(id, "no, that's enough for now");
  assert.equal(offer.move, 'offer_tasks');
  return offer;
}

/** Consent, passive thoughts of not being here, the direct questions, a yes to a safety plan. */
async function untilSafetyPlan(agent: ConversationEngine, id: string) {
  await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });
  await agent.handleMessage(id, 'yes');
  await agent.handleMessage(id, 'I keep thinking about not being here anymore');
  let turn = await agent.handleMessage(id, 'yes, the thoughts come most nights');
  for (const text of ['no, no plan', 'no', 'not tonight', "yes, I'm safe right now", 'yes ok']) {
    if (turn.move === 'safety_plan_step') break;
    turn = await agent.handleMessage(id, text);
  }
  assert.equal(turn.move, 'safety_plan_step');
  return turn;
}

describe('goals and tasks', () => {
  it('puts the goal in the person’s words, offers tasks with a rationale, runs one and agrees a step with a time', async () => {
    const agent = engine();
    const id = await conversation('goal-task');
    const offer = await untilTasksOffered(agent, id);
    assert.match(offer.reply, /1\) .+\(about \d+ min\): .+ 2\) /);
    assert.match(offer.reply, /\bnone\b/i);
    const state = await agent.state(id);
    assert.equal(
      state.work.goals.find((g) => g.status === 'active')?.text,
      'stop worrying about work at home',
    );
    assert.equal(state.work.goals[0]?.firstSign, 'I would read a book in the evening again');
    const offered = state.work.tasks.filter((t) => t.status === 'offered');
    assert.ok(offered.length >= 2 && offered.length <= 3);
    assert.ok(offered.every((t) => t.rationale.length > 10 && t.exerciseId));

    let turn = await agent.handleMessage(id, 'the first one');
    assert.equal(turn.move, 'exercise_step');
    assert.match(turn.reply, /"?[Pp]ause"? .*"stop"/);
    assert.match(turn.reply, /\(1\/\d\)/);
    const answers = [
      'the reorganisation and whether my job is safe',
      'keeping my job and feeling calmer at home',
      'talk to my manager, write a list, ask a colleague',
      'writing a list seems most doable',
      'on Monday morning before emails',
      'I will try that',
      'fine',
      'ok',
    ];
    for (const answer of answers) {
      if (turn.move !== 'exercise_step') break;
      turn = await agent.handleMessage(id, answer);
    }
    assert.equal(turn.move, 'agree_next_step');
    assert.match(turn.reply, /When/);
    const agreed = await agent.handleMessage(id, 'tomorrow at half five');
    assert.equal(agreed.move, 'summarise_session');
    assert.match(agreed.reply, /tomorrow at half five/);
    const after = await agent.state(id);
    const task = after.work.tasks.find((t) => t.status === 'agreed');
    assert.equal(task?.when, 'tomorrow at half five');
    assert.equal(task?.exerciseId, offered[0]?.exerciseId);
    const ended = await agent.endSession(id, 'closed');
    assert.match(ended.reply, /Your next step: .+, tomorrow at half five\./);

    // The next session, a week later, opens with the goal and the agreed step, and follows it up.
    const clock = movableClock();
    clock.advance(7 * DAY);
    const later = engine(clock);
    const back = await later.startSession(id, { channel: 'terminal' });
    assert.equal(back.move, 'welcome_back');
    assert.match(
      back.reply,
      /Last time you planned to .+ \(tomorrow at half five\), towards "stop worrying about work at home"\. How did/,
    );
    const followed = await later.handleMessage(id, 'I managed it three times, it helped');
    assert.equal(followed.move, 'check_in_mood');
    assert.match(followed.reply, /0 (?:\(worst\) )?to 10/);
    const mood = await later.handleMessage(id, 'about a 6');
    assert.equal(mood.move, 'review_goal');
    assert.match(mood.reply, /stop worrying about work at home/);
    const kept = await later.handleMessage(id, 'yes, same goal');
    assert.equal(kept.move, 'offer_tasks');
    const state2 = await later.state(id);
    assert.equal(state2.work.tasks.find((t) => t.taskId === task?.taskId)?.outcome, 'done');
    assert.deepEqual(
      state2.work.moods.map((m) => m.score),
      [6],
    );
    const events = types(await db.store.readEvents(id));
    for (const type of [
      'goal.proposed',
      'goal.set',
      'goal.revised',
      'goal.reviewed',
      'task.offered',
      'exercise.started',
      'exercise.answered',
      'exercise.ended',
      'task.agreed',
      'task.completed',
      'mood.rated',
    ] as const)
      assert.ok(events.includes(type), type);
  });

  it('explores a refusal, offers different tasks once, then simply listens', async () => {
    const agent = engine();
    const id = await conversation('refusal');
    const first = await untilTasksOffered(agent, id);
    const firstTitles = (await agent.state(id)).work.tasks.map((t) => t.title);
    const no = await agent.handleMessage(id, 'no, none of those');
    assert.equal(no.move, 'explore_refusal');
    assert.match(no.reply, /\?/);
    const why = await agent.handleMessage(id, 'they all sound like homework to me');
    assert.equal(why.move, 'offer_tasks');
    const secondTitles = (await agent.state(id)).work.tasks
      .map((t) => t.title)
      .filter((title) => !firstTitles.includes(title));
    assert.ok(secondTitles.length >= 1);
    for (const title of firstTitles) assert.doesNotMatch(why.reply, new RegExp(title));
    assert.notEqual(why.reply, first.reply);
    await agent.handleMessage(id, 'no');
    const listen = await agent.handleMessage(id, 'I would rather just talk');
    assert.equal(listen.move, 'reflect_and_explore');
    const state = await agent.state(id);
    assert.ok(state.work.tasks.filter((t) => t.status === 'declined').length >= 4);
    assert.ok(
      state.work.tasks.some((t) => t.declineReason === 'they all sound like homework to me'),
    );
    // No more offers this session.
    for (const text of ['my manager changed the plan again', 'I keep replaying the meeting']) {
      const turn = await agent.handleMessage(id, text);
      assert.notEqual(turn.move, 'offer_tasks');
    }
  });

  it('pauses an exercise, picks it up again, and lets the person leave one', async () => {
    const agent = engine();
    const id = await conversation('pause');
    const offer = await untilTasksOffered(agent, id);
    void offer;
    await agent.handleMessage(id, 'the first one');
    const paused = await agent.handleMessage(id, 'can we pause this and come back to it later');
    assert.equal(paused.move, 'exercise_paused');
    assert.match(paused.reply, /continue/);
    assert.equal((await agent.state(id)).work.exercise?.paused, true);
    const resumed = await agent.handleMessage(id, "ok let's continue the exercise");
    assert.equal(resumed.move, 'exercise_step');
    assert.match(resumed.reply, /pick up|Back to/);
    const left = await agent.handleMessage(id, "let's skip this one");
    assert.equal(left.move, 'exercise_paused');
    assert.equal((await agent.state(id)).work.exercise, undefined);
    const events = await db.store.readEvents(id, { types: ['exercise.ended'] });
    const last = events.at(-1);
    assert.equal(last?.type === 'exercise.ended' ? last.payload.outcome : undefined, 'left');
  });
});

describe('agreeing when', () => {
  it('asks for a time when "ok" is all the answer, and keeps the time in the second person', async () => {
    const agent = engine();
    const id = await conversation('when');
    await untilTasksOffered(agent, id);
    let turn = await agent.handleMessage(id, 'the first one');
    for (let i = 0; i < 10 && turn.move === 'exercise_step'; i += 1)
      turn = await agent.handleMessage(id, 'a list of what is on my mind');
    assert.equal(turn.move, 'agree_next_step');
    const again = await agent.handleMessage(id, 'ok');
    assert.equal(again.move, 'agree_next_step');
    assert.match(again.reply, /when|day/i);
    const agreed = await agent.handleMessage(id, 'Thursday after I get home');
    assert.equal(agreed.move, 'summarise_session');
    assert.match(agreed.reply, /Thursday after you get home/);
    const task = (await agent.state(id)).work.tasks.find((t) => t.status === 'agreed');
    assert.equal(task?.when, 'Thursday after you get home');
  });
});

describe('one to three goals', () => {
  it('adds a second goal in the person’s words, reviews both next session, and changes only the one named', async () => {
    const clock = movableClock();
    const agent = engine(clock);
    const id = await conversation('two-goals');
    await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });
    for (const text of [
      'yes',
      'I am Kim',
      'work has been really stressful since the reorganisation',
      'I go over meetings again and again at night',
      'not today thanks',
      'my head is full of work even at weekends',
      'I want to stop worrying about work at home',
      'yes, that is it',
    ]) {
      await agent.handleMessage(id, text);
    }
    const more = await agent.handleMessage(id, 'I would read a book in the evening again');
    assert.equal(more.move, 'ask_more_goals');
    const second = await agent.handleMessage(id, "yes, I'd also like to see my friends more");
    assert.equal(second.move, 'confirm_goal');
    assert.match(second.reply, /"see my friends more"/);
    assert.equal((await agent.handleMessage(id, 'yes')).move, 'refine_goal');
    const again = await agent.handleMessage(id, 'one evening out a week');
    assert.equal(again.move, 'ask_more_goals');
    assert.notEqual(again.reply, more.reply);
    assert.equal((await agent.handleMessage(id, "no, that's enough")).move, 'offer_tasks');
    let state = await agent.state(id);
    assert.deepEqual(
      state.work.goals.filter((g) => g.status === 'active').map((g) => g.text),
      ['stop worrying about work at home', 'see my friends more'],
    );
    await agent.endSession(id, 'client_left');

    clock.advance(7 * DAY);
    const open = await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });
    assert.match(open.reply, /"stop worrying about work at home" and "see my friends more"/);
    const review = await agent.handleMessage(id, '6');
    assert.equal(review.move, 'review_goal');
    assert.match(review.reply, /"stop worrying about work at home" and "see my friends more"/);
    // A change that does not say which goal is asked about, not guessed.
    const which = await agent.handleMessage(id, 'one of them has changed');
    assert.equal(which.move, 'review_goal');
    assert.match(which.reply, /Which one/);
    const named = await agent.handleMessage(id, 'the friends one, I see them loads now');
    assert.equal(named.move, 'ask_goal');
    const replacement = await agent.handleMessage(id, 'I want to get back into running');
    assert.equal(replacement.move, 'confirm_goal');
    await agent.handleMessage(id, 'yes');
    state = await agent.state(id);
    assert.deepEqual(
      state.work.goals.filter((g) => g.status === 'active').map((g) => g.text),
      ['stop worrying about work at home', 'get back into running'],
    );
    assert.equal(state.work.goals.find((g) => g.text === 'see my friends more')?.status, 'retired');
  });

  it('never holds more than three goals, and does not add the same goal twice', async () => {
    const agent = engine();
    const firstGoal = [
      'yes',
      'I am Lee',
      'work has been really stressful lately',
      'I am tired all the time and behind at work',
      'not today thanks',
      'and I never see anyone',
      'I want to sleep better',
      'yes',
      'in bed by eleven',
    ];
    async function begin(handle: string, texts: readonly string[]): Promise<string> {
      const id = await conversation(handle);
      await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });
      for (const text of texts) await agent.handleMessage(id, text);
      return id;
    }
    // The same goal again is kept once.
    const id = await begin('three-goals', firstGoal);
    const same = await agent.handleMessage(id, 'I want to sleep better');
    assert.notEqual(same.move, 'confirm_goal');
    const id2 = await begin('three-goals-b', [
      ...firstGoal,
      'I also want to get on top of my work',
      'yes',
      'clearing my inbox by Friday',
      'I want to see people more',
      'yes',
    ]);
    const third = await agent.handleMessage(id2, 'one coffee with a friend a week');
    assert.equal(third.move, 'offer_tasks');
    const state = await agent.state(id2);
    assert.equal(state.work.goals.filter((g) => g.status === 'active').length, 3);
  });

  it('keeps hedges and answer words out of the goal', () => {
    assert.equal(
      goalWords("yes, I'd also like to feel less on edge at work"),
      'feel less on edge at work',
    );
    assert.equal(goalWords('idk. be less tired i guess'), 'be less tired');
  });
});

describe('rupture and repair', () => {
  it('meets confrontation with repair, records the rupture and whether it resolved', async () => {
    const agent = engine();
    const id = await conversation('rupture');
    await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });
    await agent.handleMessage(id, 'yes');
    await agent.handleMessage(id, 'call me Lou');
    await agent.handleMessage(id, 'my sister and I have stopped speaking');
    const clash = await agent.handleMessage(id, "this is useless, you're not listening to me");
    assert.equal(clash.move, 'repair');
    assert.doesNotMatch(clash.reply, /useless/);
    const back = await agent.handleMessage(id, 'ok. we argued about who looks after our dad');
    assert.notEqual(back.move, 'repair');
    assert.match(
      back.reply,
      /^(?:Thank you for bearing with me|Thanks, I'm glad we cleared that up)/,
    );
    const state = await agent.state(id);
    assert.equal(state.work.ruptures.length, 1);
    assert.equal(state.work.ruptures[0]?.kind, 'confrontation');
    assert.equal(state.work.ruptures[0]?.outcome, 'repaired');
  });

  it('meets withdrawal (a shrug after a shrug) with repair, not another question', async () => {
    const agent = engine();
    const id = await conversation('withdrawal');
    await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });
    await agent.handleMessage(id, 'yes');
    await agent.handleMessage(id, 'call me Ray');
    const shrug = await agent.handleMessage(id, 'idk, whatever');
    assert.equal(shrug.move, 'repair');
    assert.match(shrug.reply, /asking a lot|not be landing|pushing too hard/);
    assert.equal((await agent.state(id)).work.ruptures[0]?.kind, 'withdrawal');
  });

  it('after a withdrawal repair, asks lightly for a goal and then stops asking questions', async () => {
    const agent = engine();
    const id = await conversation('withdrawal-goal');
    await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });
    await agent.handleMessage(id, 'yes');
    await agent.handleMessage(id, 'call me Ray');
    assert.equal((await agent.handleMessage(id, 'whatever')).move, 'repair');
    const ask = await agent.handleMessage(id, 'school is just a lot right now');
    assert.equal(ask.move, 'ask_goal');
    assert.match(ask.reply, /few words/);
    const confirm = await agent.handleMessage(id, 'idk. be less tired i guess');
    assert.equal(confirm.move, 'confirm_goal');
    assert.match(confirm.reply, /"be less tired"/);
    assert.equal((await agent.handleMessage(id, 'yeah')).move, 'refine_goal');
    // "Dunno" to how they would notice progress is an answer, not a rupture.
    assert.equal((await agent.handleMessage(id, 'dunno')).move, 'offer_tasks');
    await agent.handleMessage(id, 'dunno');
    const shrug = await agent.handleMessage(id, 'whatever');
    assert.equal(shrug.move, 'repair');
    // The repair lands: the reflection that follows asks nothing more.
    const after = await agent.handleMessage(id, 'exams are soon and I cant sleep');
    assert.equal(after.move, 'reflect_and_explore');
    assert.doesNotMatch(after.reply, /\?/);
    // Nothing was "cleared up" after a withdrawal: the person came back to talking.
    assert.match(after.reply, /^Thank you for (?:bearing with me|staying with this)\./);
  });

  it('asks how the conversation is going at most twice a session; a third withdrawal is accepted quietly', async () => {
    const agent = engine();
    const id = await conversation('withdrawal-quiet');
    await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });
    await agent.handleMessage(id, 'yes');
    await agent.handleMessage(id, 'call me Ray');
    const said: { move: string; reply: string }[] = [];
    for (const text of [
      'whatever',
      'school is just a lot right now',
      'idk. be less tired i guess',
      'yeah',
      'dunno',
      'dunno',
      'whatever',
      'exams are soon and I cant sleep',
      'whatever',
      'my mum keeps on at me about it',
      'whatever',
    ])
      said.push(await agent.handleMessage(id, text));
    const repairs = said.filter((turn) => turn.move === 'repair');
    assert.ok(repairs.length >= 3, said.map((turn) => turn.move).join());
    for (const turn of repairs.slice(0, 2))
      assert.match(turn.reply, /asking a lot|not be landing|pushing too hard/);
    for (const turn of repairs.slice(2)) {
      assert.doesNotMatch(turn.reply, /\?/, turn.reply);
      assert.match(turn.reply, /say more|pressure|today/u);
    }
    // Still recorded: every withdrawal is a rupture the clinician and the index see.
    const ruptures = (await agent.state(id)).work.ruptures;
    assert.equal(ruptures.length, repairs.length);
  });

  it('offers no questionnaire in a session with a rupture, and counts a complained-about offer as declined', async () => {
    const agent = engine();
    const id = await conversation('rupture-no-measure');
    await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });
    await agent.handleMessage(id, 'yes');
    await agent.handleMessage(id, 'call me Lou');
    await agent.handleMessage(id, 'my sister and I have stopped speaking');
    await agent.handleMessage(id, "this is useless, you're not listening to me");
    const moves: string[] = [];
    for (const text of [
      'ok. we argued about who looks after our dad',
      'she thinks I do nothing for him',
      'I visit him twice a week and she never sees that',
      'I feel invisible in my own family',
    ]) {
      moves.push((await agent.handleMessage(id, text)).move);
    }
    assert.ok(!moves.includes('offer_measure'), moves.join(','));
  });
});

describe('safety overrides the work', () => {
  it('opens the session after a crisis by asking how the person is, with the plan one command away', async () => {
    const clock = movableClock();
    const agent = engine(clock);
    const crisis = PERSONAS.find((p) => p.name === 'crisis')!;
    const { transcript, report } = await simulatePersona(crisis, {
      engine: agent,
      store: db.store,
      clock,
      sessions: 2,
      estimate: (id, events) => stages.estimator.estimate(id, events).sessions,
    });
    assert.equal(report.crisis_protocol_entered, 1);
    const welcome = transcript.find((line) => line.session === 2 && line.speaker === 'agent')!;
    assert.match(welcome.text, /are you safe|feel safe/);
    assert.match(welcome.text, /\/plan/);
  });

  it('pauses an exercise when risk appears and offers no task or exercise in safety mode', async () => {
    const agent = engine();
    const id = await conversation('safety-work');
    await untilTasksOffered(agent, id);
    await agent.handleMessage(id, 'the first one');
    const crisis = await agent.handleMessage(id, 'honestly I want to kill myself');
    assert.equal(crisis.move, 'crisis_response');
    assert.equal((await agent.state(id)).work.exercise?.paused, true);
    for (const text of [
      'yes',
      'no plan',
      'no',
      'not tonight',
      "yes I'm safe",
      'no thanks',
      'continue',
    ]) {
      const turn = await agent.handleMessage(id, text);
      assert.ok(
        !['offer_tasks', 'exercise_step', 'offer_measure'].includes(turn.move) ||
          !(await agent.state(id)).safety.active,
        turn.move,
      );
    }
    const events = await db.store.readEvents(id);
    let inSafety = false;
    for (const event of events) {
      if (event.type === 'safety.mode_entered') inSafety = true;
      if (event.type === 'safety.mode_resolved') inSafety = false;
      if (inSafety && event.type === 'agent.move')
        assert.ok(!['offer_tasks', 'exercise_step', 'offer_measure'].includes(event.payload.move));
    }
  });

  it('keeps making the safety plan when the person talks about making means safer', async () => {
    const agent = engine();
    const id = await conversation('plan-means');
    let turn = await untilSafetyPlan(agent, id);
    for (const text of [
      'when I stop answering my phone',
      'a walk, loud music',
      "my friend's flat",
      'my friend Sam',
      'my GP',
    ])
      turn = await agent.handleMessage(id, text);
    const means = await agent.handleMessage(id, "I'll give my tablets to my sister to keep");
    assert.equal(means.move, 'safety_plan_summary');
    assert.match(means.reply, /give my tablets to my sister/);
    assert.equal((await agent.state(id)).safety.active, false);
  });

  it('restarts the crisis response for imminent risk even while the plan is being made', async () => {
    const agent = engine();
    const id = await conversation('plan-imminent');
    await untilSafetyPlan(agent, id);
    const imminent = await agent.handleMessage(
      id,
      "actually I'm going to take all my pills tonight",
    );
    assert.equal(imminent.risk?.level, 'imminent');
    assert.equal(imminent.move, 'crisis_response');
  });

  it('closes a misread episode when the person corrects it and says they are safe', async () => {
    const agent = engine();
    const id = await conversation('misread');
    await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });
    await agent.handleMessage(id, 'yes');
    const alarm = await agent.handleMessage(id, 'I took way too many of my pills');
    assert.equal(alarm.move, 'crisis_response');
    const corrected = await agent.handleMessage(
      id,
      "no, that's not what I meant, I meant vitamins by mistake and I'm fine",
    );
    assert.equal(corrected.move, 'resume_after_safety');
    const state = await agent.state(id);
    assert.equal(state.safety.active, false);
    const resolved = await db.store.readEvents(id, { types: ['safety.mode_resolved'] });
    const last = resolved.at(-1);
    assert.equal(
      last?.type === 'safety.mode_resolved' ? last.payload.reason : undefined,
      'no_longer_indicated',
    );
  });
});

describe('bond: limits, memory, tone and no repeats', () => {
  it('answers questions about what it is with honest limits, never advice on medication', async () => {
    const agent = engine();
    const id = await conversation('limits');
    await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });
    const human = await agent.handleMessage(id, 'are you a real person?');
    assert.equal(human.move, 'honest_limits');
    assert.match(human.reply, /I'm an AI|I'm not a person/);
    await agent.handleMessage(id, 'yes');
    const therapist = await agent.handleMessage(id, 'are you a real therapist?');
    assert.match(therapist.reply, /not a therapist/);
    const meds = await agent.handleMessage(id, 'should I stop taking my sertraline?');
    assert.equal(meds.move, 'honest_limits');
    assert.match(meds.reply, /can't advise on medication|leave to people who can prescribe/);
    assert.doesNotMatch(meds.reply, /you should (?:stop|take|reduce)/i);
    const diagnosis = await agent.handleMessage(id, 'do I have ADHD?');
    assert.match(diagnosis.reply, /can't diagnose|I can't diagnose/);
  });

  it('changes tone and pace when asked mid-conversation, and keeps to it', async () => {
    const agent = engine();
    const id = await conversation('style');
    await agent.startSession(id, { channel: 'terminal', locale: 'en-GB' });
    await agent.handleMessage(id, 'yes');
    await agent.handleMessage(id, 'call me Dee, warmer please');
    await agent.handleMessage(id, 'my dog died last week and I miss him so much');
    const ask = await agent.handleMessage(id, 'could you be more direct please');
    assert.equal(ask.move, 'acknowledge_preference');
    assert.match(ask.reply, /to the point/);
    let state = await agent.state(id);
    assert.equal(state.work.tone, 'direct');
    // "Direct" drops the sympathy line from reflections.
    const next = await agent.handleMessage(id, 'I feel so sad when I get home and he is not there');
    assert.doesNotMatch(next.reply, /That sounds really heavy|That's a painful place to be/);
    await agent.handleMessage(id, 'slow down a bit');
    state = await agent.state(id);
    assert.equal(state.work.pace, 'slower');
    // A word that merely matches is not a request.
    const mention = await agent.handleMessage(id, 'my sister was very direct with me about it');
    assert.notEqual(mention.move, 'acknowledge_preference');
  });

  it('welcomes someone back after a month with the goal and the step, and no guilt about the gap', async () => {
    const clock = movableClock();
    const agent = engine(clock);
    const returner = PERSONAS.find((p) => p.name === 'returner')!;
    const { transcript } = await simulatePersona(returner, {
      engine: agent,
      store: db.store,
      clock,
      sessions: 2,
      estimate: (id, events) => stages.estimator.estimate(id, events).sessions,
    });
    const welcome = transcript.find((line) => line.session === 2 && line.speaker === 'agent')!;
    assert.equal(welcome.move, 'welcome_back');
    assert.match(welcome.text, /few weeks|after a while/);
    assert.match(welcome.text, /Last time you planned to/);
    const agentText = transcript.filter((l) => l.speaker === 'agent').map((l) => l.text);
    for (const text of agentText)
      assert.doesNotMatch(text, /\bstreak|you missed|should have come|been gone too long/i);
    const afterApology = transcript.findIndex(
      (l) => l.speaker === 'client' && l.session === 2 && /\bsorry\b/.test(l.text),
    );
    assert.match(transcript[afterApology + 1]!.text, /no need to apologise/i);
  });

  it('remembers people and coming events across sessions', async () => {
    const found = memoriesIn(
      'my sister Maya came round, and my interview is on Friday',
      'evt_1',
      [],
    );
    assert.deepEqual(
      found.map((u) => (u.type === 'memory.noted' ? u.payload.text : '')),
      ['your sister Maya', 'your interview on friday'],
    );
    assert.deepEqual(
      memoriesIn('my sister Maya again', 'evt_2', [
        { kind: 'person', text: 'your sister Maya', sessionNumber: 1 },
      ]),
      [],
    );
    assert.deepEqual(memoriesIn('I said Monday to my boss', 'evt_3', []), []);
  });

  it('never gives the same reply twice, across every persona and three sessions', async () => {
    const clock = movableClock();
    const agent = engine(clock);
    // A reply whose wordings are all used says it is a repeat only in a crisis; elsewhere it
    // goes on after a plain connective ("Okay, that's fair to say…").
    const saidAgain =
      /^(?:I know I have said this before\.|To say it again:|Once more, because it matters:|As I said earlier:|Coming back to this:|Picking this up again:|I will repeat myself a little here\.|Like before:)/u;
    const safetyMoves =
      /^(?:crisis_response|safety_question|check_risk|safety_plan_step|safety_plan_summary|support_for_other|resume_after_safety|unassessed_resources)$/u;
    let connectives = 0;
    for (const persona of PERSONAS) {
      const { report, transcript } = await simulatePersona(persona, {
        engine: agent,
        store: db.store,
        clock,
        sessions: 3,
        estimate: (id, events) => stages.estimator.estimate(id, events).sessions,
      });
      for (const line of transcript) {
        if (line.speaker !== 'agent' || safetyMoves.test(line.move ?? '')) continue;
        assert.doesNotMatch(line.text, saidAgain, `${persona.name} ${line.move}: ${line.text}`);
        if (/^(?:Okay|So|Well|All right|Right|Now|Then|Mm), /u.test(line.text)) connectives += 1;
      }
      assert.equal(report.repeated_replies, 0, persona.name);
      assert.equal(report.ai_disclosed, true);
      assert.equal(report.consent_recorded, true);
      assert.equal(report.exercises_offered_in_safety_mode, 0, persona.name);
    }
    assert.ok(connectives > 0, 'some persona used up the wordings of a move');
  });
});

describe('reading short answers', () => {
  it('reads yes, no, choices, moods, outcomes and limits', () => {
    assert.equal(yesNo('yes please'), 'yes');
    assert.equal(yesNo('Sounds good'), 'yes');
    assert.equal(yesNo('no thanks'), 'no');
    assert.equal(yesNo('not really'), 'no');
    assert.equal(yesNo('what is this?'), 'unclear');
    const titles = ['Worry time', 'Slow, paced breathing', 'Three good things'];
    assert.equal(choiceAmong('the breathing one', titles), 1);
    assert.equal(choiceAmong('the first one sounds good', titles), 0);
    assert.equal(choiceAmong('the second one', titles), 1);
    assert.equal(choiceAmong('I will try the third one', titles), 2);
    assert.equal(choiceAmong('number 3', titles), 2);
    assert.equal(choiceAmong('hmm', titles), undefined);
    assert.equal(moodScore('about a 4'), 4);
    assert.equal(moodScore('6/10'), 6);
    assert.equal(moodScore('pretty rubbish'), 3);
    assert.equal(moodScore('no idea'), undefined);
    assert.equal(stepOutcome('I did it every night'), 'done');
    assert.equal(stepOutcome('sort of, a couple of times'), 'partly');
    assert.equal(stepOutcome("I didn't get round to it"), 'not');
    assert.equal(limitAsked('can you prescribe me something?'), 'medication');
    assert.equal(limitAsked('are you a bot?'), 'human');
    assert.equal(limitAsked('tell me a joke'), 'off_topic');
    assert.equal(limitAsked('I took my tablets this morning'), undefined);
    assert.equal(goalWords('I would like to sleep better.'), 'sleep better');
    assert.equal(goalWords('feel less tired'), 'feel less tired');
  });
});

describe('asking permission after refusals', () => {
  it('asks before suggesting again when everything was declined last time, and listens on a no', async () => {
    const clock = movableClock();
    const agent = engine(clock);
    const id = await conversation('permission');
    await untilTasksOffered(agent, id);
    await agent.handleMessage(id, 'no, none of those');
    await agent.handleMessage(id, 'they sound like homework');
    await agent.handleMessage(id, 'no, not those either');
    await agent.endSession(id, 'closed');
    clock.advance(7 * DAY);
    await agent.startSession(id, { channel: 'terminal' });
    await agent.handleMessage(id, 'about a 5');
    const ask = await agent.handleMessage(id, 'yes, still that goal');
    assert.equal(ask.move, 'offer_tasks');
    assert.match(ask.reply, /or would you (?:rather|prefer)/);
    assert.doesNotMatch(ask.reply, /1\)/);
    const talk = await agent.handleMessage(id, "let's just talk");
    assert.equal(talk.move, 'reflect_and_explore');
    assert.doesNotMatch(talk.reply, /let's just talk/i);
    const state = await agent.state(id);
    assert.equal(
      state.work.tasks.filter((t) => t.offeredInSession === state.sessionNumber).length,
      0,
    );
  });
});
