import { compareRisk, type Awaiting, type MoveKind, type RuptureKind } from '../core/index.ts';
import {
  activeGoals,
  openRuptures,
  pendingTask,
  type AllianceState,
  type Task,
} from '../alliance/index.ts';
import { focusStatement } from '../nlu/index.ts';
import {
  asksToLeave,
  asksToPause,
  asksToResume,
  choiceAmong,
  isMinimal,
  limitAsked,
  moodScore,
  stepOutcome,
  tonePreference,
  yesNo,
} from './answers.ts';
import {
  EXERCISES,
  exerciseById,
  needsFromText,
  suggestExercises,
  type AvoidWhen,
  type Exercise,
} from './exercises/index.ts';
import { memoriesIn } from './memories.ts';
import { secondPerson } from './reflection.ts';
import { checkInPreference } from './check-ins.ts';
import type { IncomingMessage, Move, Policy, PolicyInput, PolicyUpdate } from './move.ts';
import { riskCheckDue, rulePolicy } from './rule-policy.ts';

/** The version of the first-contact disclosure the person consents to (see `alliance-responses.ts`). */
export const DISCLOSURE_VERSION = 'disclosure-1';

/** The person is leaving. */
const CLOSING =
  /\b(?:good ?bye|bye|gotta go|got to go|have to go|need to go|that'?s all for (?:today|now)|talk (?:to you )?(?:later|tomorrow|soon)|see you|good ?night|i'?m done for (?:today|now)|signing off)\b/iu;

/** A request to change how the agent talks, as opposed to a word that happens to match. */
const STYLE_REQUEST =
  /\b(?:(?:can|could|would|will) you (?:please )?(?:be|go|talk|speak|keep it|slow|speed)|please (?:be|go|slow|speed|keep it)|be (?:a bit |a little )?more|(?:go|take it) (?:a bit |a little )?(?:slower|faster|easier|quicker)|slow down|speed (?:it )?up|i'?d (?:rather|prefer) (?:you|it) (?:was|were|be)|less (?:gentle|fluffy|soft)|(?:more|less) to the point)\b/iu;

/** Words that give nothing and say so. */
const SHRUG =
  /\b(?:whatever|idk|dunno|doesn'?t matter|don'?t care|no idea|meh|w\/e|pointless|who cares)\b/iu;

/** Signs that a breathing or body-focused exercise should not be offered now. */
const AVOID_SIGNS: readonly [RegExp, AvoidWhen][] = [
  [/\b(?:panic attack|panicking|can'?t breathe|hyperventilat\w*)\b/iu, 'panic_now'],
  [/\b(?:asthma|copd|lung condition|breathing (?:problem|condition))\b/iu, 'breathing_condition'],
  [/\b(?:flashbacks?|trauma|traumatic|ptsd)\b/iu, 'trauma_memories'],
  [
    /\b(?:can'?t get out of bed|no energy at all|exhausted all the time|can barely move)\b/iu,
    'very_low_energy',
  ],
  [/\b(?:i'?m (?:drunk|high|wasted)|been drinking tonight)\b/iu, 'substance_use_now'],
];

/**
 * The alliance policy: each element of the working alliance is something the agent does.
 * First contact discloses that it is an AI and asks for consent, then how the person wants to be
 * addressed. Goals are put into the person's own words, confirmed and refined; tasks are offered
 * two or three at a time with a one-line rationale, a refusal is explored and never met with the
 * same offer, and an agreed exercise runs as a multi-turn flow that can be paused, resumed or
 * left, ending in a small next step with a time. Later sessions open with the goal and the
 * agreed step, follow the step up without judgment, check mood, and review the goal; a
 * conversation that drifts from the goal is asked about. Withdrawal and confrontation are met
 * with repair first. Safety, questionnaires and the reflective basics come from `rulePolicy`.
 * @see Bordin ES. The generalizability of the psychoanalytic concept of the working alliance. Psychother Theory Res Pract 1979;16(3):252–60 (goals, tasks, bond).
 * @see Safran JD, Muran JC. Negotiating the Therapeutic Alliance: A Relational Treatment Guide. Guilford, 2000 (withdrawal and confrontation ruptures; repair).
 * @see Eubanks CF, Muran JC, Safran JD. Alliance rupture repair: a meta-analysis. Psychotherapy 2018;55(4):508–19.
 * @see Miller WR, Rollnick S. Motivational Interviewing, 3rd ed. Guilford, 2013 (asking permission, offering options).
 * @example alliancePolicy().decide({ trigger: 'session_start', state }).kind // 'open_session'
 */
export function alliancePolicy(options: { library?: readonly Exercise[] } = {}): Policy {
  const library = options.library ?? EXERCISES;
  const basic = rulePolicy();
  return {
    decide(input: PolicyInput): Move {
      const { trigger, state } = input;
      const work = state.work;
      if (trigger === 'session_start') return openSession(state, library);
      if (trigger === 'session_end') return { kind: 'close_session', work: closingView(state) };
      const message = input.message;
      if (!message) throw new Error('a client_message trigger needs a message');
      // Risk, unreadable text and worry about someone else keep the basic policy's answers.
      // So do a reading worth asking about directly, and the answer to that question.
      if (
        compareRisk(message.risk.level, 'moderate') >= 0 ||
        !message.risk.assessable ||
        message.risk.aboutOthers.length > 0 ||
        riskCheckDue(message, state) ||
        state.lastAgentMove === 'check_risk'
      ) {
        return basic.decide(input);
      }
      const newId = input.newId ?? sequentialIds();
      const updates: PolicyUpdate[] = memoriesIn(message.text, message.id, work.memories);

      // Questions about what the agent is, and requests outside its work: honest limits, once
      // each time they are asked, without losing what the last move was waiting for.
      // An aside answered in passing keeps what the last move was waiting for.
      const aside = (kind: MoveKind, view: Move['work']): Move => ({
        kind,
        message,
        updates,
        ...(work.awaiting ? { awaiting: work.awaiting } : {}),
        work: view,
      });
      const limit = limitAsked(message.text);
      if (limit && work.awaiting?.kind !== 'exercise') return aside('honest_limits', { limit });

      // "No more check-ins": done at once, whatever else was going on.
      const wantsCheckIns = checkInPreference(message.text);
      if (wantsCheckIns !== undefined && work.consent?.granted === true) {
        updates.push({ type: 'profile.updated', payload: { checkIns: wantsCheckIns } });
        return aside('acknowledge_preference', { checkIns: wantsCheckIns });
      }

      // Consent comes before anything else the agent does (safety excepted).
      if (work.consent?.granted !== true) return consentStep(message, state, updates);

      // "Could you be more direct?", "slow down a bit": the style changes from this reply on.
      const style = STYLE_REQUEST.test(message.text) ? tonePreference(message.text) : {};
      if (
        work.awaiting?.kind !== 'preferences' &&
        ((style.tone && style.tone !== work.tone) || (style.pace && style.pace !== work.pace))
      ) {
        updates.push({ type: 'profile.updated', payload: style });
        return aside('acknowledge_preference', { style });
      }

      // A questionnaire is under way or due: the basic policy and the engine handle it.
      const awaiting = work.awaiting;

      // Repair first: a rupture that is open is checked, and a new one is met before any task.
      const rupture = ruptureIn(message, state);
      if (awaiting?.kind === 'repair') {
        const attempt = work.session.repairs;
        // A shrug in reply to the repair is not a repair: the strain is still there.
        const stillStrained =
          rupture ??
          (isMinimal(message.text) && yesNo(message.text) !== 'yes'
            ? { kind: 'withdrawal' as const, evidence: message.text }
            : undefined);
        if (stillStrained && attempt < 2) {
          return {
            kind: 'repair',
            message,
            updates,
            awaiting,
            work: { rupture: { kind: stillStrained.kind, attempt: attempt + 1 } },
          };
        }
        updates.push({
          type: 'rupture.resolved',
          payload: {
            ruptureId: awaiting.ruptureId,
            outcome: stillStrained ? 'unresolved' : 'repaired',
          },
        });
        if (stillStrained) {
          // Two repairs did not land: stop offering anything this session and listen.
          return {
            kind: 'reflect_and_explore',
            message,
            updates,
            work: { listenOnly: true },
          };
        }
        const kind = work.ruptures.find((r) => r.ruptureId === awaiting.ruptureId)?.kind;
        return withUpdates(continueAfterRepair(message, state, library, kind), updates, {
          repaired: true,
          ...(kind ? { repairedKind: kind } : {}),
        });
      }
      if (rupture && !CLOSING.test(message.text)) {
        const ruptureId = newId('rup');
        updates.push({
          type: 'rupture.detected',
          payload: {
            ruptureId,
            kind: rupture.kind,
            messageId: message.id,
            evidence: rupture.evidence,
          },
        });
        // Tasks met with a complaint ("that's a stupid suggestion") were declined, and are
        // remembered as declined so they are not pressed again.
        if (awaiting?.kind === 'task_choice') {
          for (const taskId of awaiting.taskIds) {
            updates.push({
              type: 'task.declined',
              payload: { taskId, reason: rupture.evidence.slice(0, 300) },
            });
          }
        }
        if (work.exercise && !work.exercise.paused) {
          updates.push({
            type: 'exercise.paused',
            payload: {
              exerciseId: work.exercise.exerciseId,
              stepId: work.exercise.stepId ?? firstStepId(library, work.exercise.exerciseId),
            },
          });
        }
        const quiet = rupture.kind === 'withdrawal' && work.session.repairs >= 2;
        return {
          kind: 'repair',
          message,
          updates,
          awaiting: { kind: 'repair', ruptureId },
          work: { rupture: { kind: rupture.kind, attempt: 1, ...(quiet ? { quiet } : {}) } },
        };
      }

      // A goodbye is not an answer to the last question.
      const leaving = CLOSING.test(message.text) && message.analysis.wordCount <= 8;
      if (awaiting && !leaving) {
        const step = answerTo(awaiting, message, state, library, newId, updates);
        if (step) return step;
      }
      const move = freeTurn(input, message, state, library, newId, updates, basic);
      // A check-in question that was not answered is kept open for one more message.
      if (
        awaiting &&
        !leaving &&
        !move.awaiting &&
        (awaiting.kind === 'mood' ||
          awaiting.kind === 'follow_up' ||
          awaiting.kind === 'goal_review' ||
          awaiting.kind === 'goal_statement') &&
        (state.lastAgentMove === 'welcome_back' ||
          state.lastAgentMove === 'check_in_mood' ||
          state.lastAgentMove === 'review_goal' ||
          state.lastAgentMove === 'ask_goal') &&
        (move.kind === 'reflect_and_explore' || move.kind === 'invite_more')
      ) {
        return { ...move, awaiting };
      }
      return move;
    },
  };
}

/** Ids for policies used without an engine (tests). */
function sequentialIds() {
  let n = 0;
  return (prefix: string) => `${prefix}_${(n += 1)}`;
}

function withUpdates(move: Move, updates: PolicyUpdate[], view: Move['work'] = {}): Move {
  return {
    ...move,
    updates: [...updates, ...(move.updates ?? [])],
    work: { ...move.work, ...view },
  };
}

function openSession(state: AllianceState, library: readonly Exercise[]): Move {
  const work = state.work;
  if (work.consent?.granted !== true) {
    return { kind: 'open_session', awaiting: { kind: 'consent' } };
  }
  if (state.sessionNumber <= 1) return { kind: 'open_session', awaiting: { kind: 'preferences' } };
  const task = pendingTask(work);
  const goal = activeGoals(work).find((g) => g.goalId === task?.goalId) ?? activeGoals(work)[0];
  const memory = [...work.memories].reverse().find((m) => m.kind === 'event')?.text;
  const paused = work.exercise?.paused
    ? exerciseById(library, work.exercise.exerciseId)
    : undefined;
  if (task && !afterCrisisSession(state)) {
    return {
      kind: 'welcome_back',
      awaiting: { kind: 'follow_up', taskId: task.taskId },
      work: {
        ...(goal ? { goal: { text: goal.text } } : {}),
        ...goalsView(state),
        followUp: { detail: task.detail ?? task.title, title: task.title, ...whenOf(task) },
        ...(memory ? { memory } : {}),
      },
    };
  }
  // The last session had a safety episode (not a misreading): open by asking how they are.
  const afterCrisis = afterCrisisSession(state);
  return {
    kind: 'welcome_back',
    awaiting: { kind: 'mood' },
    work: {
      ...(afterCrisis ? { afterCrisis: true } : {}),
      ...(goal ? { goal: { text: goal.text } } : {}),
      ...goalsView(state),
      ...(memory ? { memory } : {}),
      ...(paused ? { paused: { title: paused.title } } : {}),
    },
  };
}

/** The previous session had a safety episode that was not a misreading. */
function afterCrisisSession(state: AllianceState): boolean {
  const safety = state.safety;
  return (
    safety.episodeSession !== undefined &&
    safety.episodeSession === state.sessionNumber - 1 &&
    safety.resolvedReason !== 'no_longer_indicated'
  );
}

function whenOf(task: Task): { when?: string } {
  return task.when ? { when: task.when } : {};
}

function closingView(state: AllianceState): Move['work'] {
  const agreed = [...state.work.tasks]
    .reverse()
    .find((task) => task.status === 'agreed' && task.agreedInSession === state.sessionNumber);
  const goal =
    activeGoals(state.work).find((g) => g.goalId === agreed?.goalId) ?? goalForTasks(state);
  return {
    ...(goal ? { goal: { text: goal.text } } : {}),
    ...(agreed?.detail ? { nextStep: { text: agreed.detail, ...whenOf(agreed) } } : {}),
  };
}

function consentStep(
  message: IncomingMessage,
  state: AllianceState,
  updates: PolicyUpdate[],
): Move {
  // Consent is read from the words alone: a model's guess is not consent.
  const answer = yesNo(message.text);
  if (answer === 'yes') {
    updates.push({
      type: 'consent.recorded',
      payload: { version: DISCLOSURE_VERSION, granted: true },
    });
    return { kind: 'ask_preferences', message, updates, awaiting: { kind: 'preferences' } };
  }
  if (answer === 'no') {
    updates.push({
      type: 'consent.recorded',
      payload: { version: DISCLOSURE_VERSION, granted: false },
    });
    return { kind: 'consent_declined', message, updates, awaiting: { kind: 'consent' } };
  }
  return {
    kind: 'ask_consent',
    message,
    updates,
    awaiting: { kind: 'consent' },
    work: { again: state.work.awaiting?.kind === 'consent' },
  };
}

/** Withdrawal or confrontation in a message, with the words that show it. */
function ruptureIn(
  message: IncomingMessage,
  state: AllianceState,
): { kind: RuptureKind; evidence: string } | undefined {
  const markers = message.markers ?? [];
  if (message.analysis.complaint)
    return { kind: 'confrontation', evidence: message.analysis.complaint };

  // Short answers are expected to yes/no questions and questionnaire items, not to open ones.
  const awaiting = state.work.awaiting?.kind;
  const closedQuestion =
    awaiting === 'consent' ||
    awaiting === 'goal_confirm' ||
    awaiting === 'task_choice' ||
    awaiting === 'task_permission' ||
    awaiting === 'refusal_why' ||
    awaiting === 'goal_refine' ||
    awaiting === 'next_step_when' ||
    // Exercise steps ask for short, personal answers; only an explicit complaint is a rupture.
    awaiting === 'exercise' ||
    awaiting === 'goal_more' ||
    awaiting === 'mood' ||
    awaiting === 'drift' ||
    awaiting === 'goal_review' ||
    awaiting === 'follow_up' ||
    state.measures.awaiting !== undefined ||
    state.lastAgentMove === 'offer_measure';
  // A refusal of what was just offered is an answer, not a rupture: the marker model's reading of
  // confrontation counts only outside such questions (explicit complaints count everywhere).
  if (closedQuestion) return undefined;
  if (markers.includes('confrontation') && message.analysis.wordCount >= 3)
    return { kind: 'confrontation', evidence: message.text.slice(0, 200) };
  const previous = state.recentClientTexts.at(-2);
  const minimal = isMinimal(message.text);
  // Withdrawal: a shrug after a shrug, or a shrug in words the marker model also reads as
  // withdrawal ("whatever", "doesn't matter"). A lone "ok" to an instruction is an answer.
  if (minimal && previous !== undefined && isMinimal(previous))
    return { kind: 'withdrawal', evidence: message.text };
  if (SHRUG.test(message.text) && message.analysis.wordCount <= 4)
    return { kind: 'withdrawal', evidence: message.text };
  return undefined;
}

function firstStepId(library: readonly Exercise[], exerciseId: string): string {
  return exerciseById(library, exerciseId)?.steps[0]?.id ?? 'start';
}

/**
 * After a repair landed: pick up an exercise that was paused by it; after withdrawal with no
 * goal yet, ask lightly for one small thing to change (a short answer is enough), since open
 * questions are what the person was withdrawing from; otherwise carry on listening.
 */
function continueAfterRepair(
  message: IncomingMessage,
  state: AllianceState,
  library: readonly Exercise[],
  kind: RuptureKind | undefined,
): Move {
  const work = state.work;
  const paused = work.exercise?.paused
    ? exerciseById(library, work.exercise.exerciseId)
    : undefined;
  if (paused && asksToResume(message.text)) return resumeExercise(message, state, paused);
  const goalAskedToday = work.goals.some((g) => g.sessionNumber === state.sessionNumber);
  if (
    kind === 'withdrawal' &&
    !paused &&
    activeGoals(work).length === 0 &&
    !goalAskedToday &&
    state.lastAgentMove !== 'ask_goal' &&
    state.clientTurnsThisSession >= 3 &&
    !isMinimal(message.text)
  ) {
    return {
      kind: 'ask_goal',
      message,
      awaiting: { kind: 'goal_statement' },
      work: { gentle: true },
    };
  }
  // After withdrawal the pace changes: a reflection without another question.
  return {
    kind: 'reflect_and_explore',
    message,
    work: {
      ...(paused ? { paused: { title: paused.title } } : {}),
      ...(kind === 'withdrawal' ? { gentle: true } : {}),
    },
  };
}

/** The answer to what the last move asked; undefined when the message is not an answer. */
function answerTo(
  awaiting: Awaiting,
  message: IncomingMessage,
  state: AllianceState,
  library: readonly Exercise[],
  newId: (prefix: string) => string,
  updates: PolicyUpdate[],
): Move | undefined {
  const work = state.work;
  const text = message.text;
  switch (awaiting.kind) {
    case 'consent':
      return undefined;
    case 'preferences': {
      const preference = tonePreference(text);
      const name = message.analysis.selfName;
      if (name || preference.tone || preference.pace) {
        updates.push({
          type: 'profile.updated',
          payload: {
            ...(name && name !== state.name ? { name } : {}),
            ...preference,
          },
        });
      }
      // Someone who answers with what brings them is heard first.
      const answered =
        name !== undefined || preference.tone !== undefined || preference.pace !== undefined;
      if (!answered && !isMinimal(text)) return undefined;
      if (answered && message.analysis.wordCount > 15) return undefined;
      return { kind: 'ask_concern', message, updates };
    }
    case 'goal_statement': {
      const focus = focusStatement(text, message.analysis.sentences);
      if (!focus || isMinimal(text) || yesNo(text) !== 'unclear') {
        if (
          work.awaiting?.kind === 'goal_statement' &&
          state.lastAgentMove === 'ask_goal' &&
          isMinimal(text)
        )
          return { kind: 'reflect_and_explore', message, updates };
        return undefined;
      }
      const old = work.goals.find((goal) => goal.goalId === awaiting.replaces);
      // The same goal said again is kept, not added twice.
      const same = activeGoals(work).find(
        (goal) => goal.goalId !== old?.goalId && sameWords(goal.text, goalWords(focus)),
      );
      if (same) {
        return offerTasks(message, state, library, newId, updates, { text: same.text });
      }
      if (old) updates.push(retireGoal(old));
      return proposeGoal(message, focus, newId, updates);
    }
    case 'goal_confirm': {
      const goal = work.goals.find((g) => g.goalId === awaiting.goalId);
      if (!goal) return undefined;
      const focus = focusStatement(text, message.analysis.sentences);
      // "I'd rather say: I want to…" is the goal in other words, whatever the markers read.
      const answer =
        focus !== undefined && isWish(focus) ? 'unclear' : yesNo(text, message.markers);
      if (answer === 'yes') {
        updates.push({ type: 'goal.set', payload: { goalId: goal.goalId, text: goal.text } });
        return {
          kind: 'refine_goal',
          message,
          updates,
          awaiting: { kind: 'goal_refine', goalId: goal.goalId },
          work: { goal: { text: goal.text } },
        };
      }
      if (answer === 'no') {
        updates.push(retireGoal(goal));
        return askGoal(message, updates, { again: true });
      }
      // They put it differently: their new words become the goal to confirm.
      if (focus && !isMinimal(text)) {
        updates.push(retireGoal(goal));
        return proposeGoal(message, focus, newId, updates, true);
      }
      return undefined;
    }
    case 'goal_refine': {
      const goal = work.goals.find((g) => g.goalId === awaiting.goalId);
      if (!goal) return undefined;
      const focus = focusStatement(text, message.analysis.sentences);
      if (focus && !isMinimal(text) && yesNo(text) === 'unclear') {
        updates.push({
          type: 'goal.revised',
          payload: { goalId: goal.goalId, text: goalWords(focus), status: 'active' },
        });
      }
      // Someone with no answer to this has no appetite for another goal either.
      if (mayAskAnotherGoal(state) && !isMinimal(text)) {
        return { kind: 'ask_more_goals', message, updates, awaiting: { kind: 'goal_more' } };
      }
      return offerTasks(message, state, library, newId, updates, {
        text: goal.text,
        ...(focus ? { firstSign: goalWords(focus) } : {}),
      });
    }
    case 'goal_more': {
      const focus = focusStatement(text, message.analysis.sentences);
      const answer = yesNo(text, message.markers);
      // "Yes, I'd also like to…" or just the second goal in their words.
      if (focus && !isMinimal(text) && (answer === 'unclear' || isWish(focus))) {
        const same = activeGoals(work).find((goal) => sameWords(goal.text, goalWords(focus)));
        if (!same) return proposeGoal(message, focus, newId, updates);
      }
      if (answer === 'yes') return askGoal(message, updates, { another: true });
      if (answer === 'no' || ENOUGH.test(text) || isMinimal(text)) {
        const goal = goalForTasks(state);
        return offerTasks(message, state, library, newId, updates, goal && { text: goal.text });
      }
      return undefined;
    }
    case 'goal_review': {
      const active = activeGoals(work);
      // "One of them has changed" names no goal; "the friends one" does.
      const unnamed = text.replace(
        /\bone of (?:them|those|these|the goals|my goals)\b/giu,
        'a goal',
      );
      const named =
        active.length > 1
          ? choiceAmong(
              unnamed,
              active.map((g) => g.text),
            )
          : undefined;
      const goal =
        named !== undefined ? active[named] : work.goals.find((g) => g.goalId === awaiting.goalId);
      if (!goal) return undefined;
      const answer = yesNo(text, message.markers);
      const achieved = /\b(?:achieved|got there|done it|sorted|reached it|managed it)\b/iu.test(
        text,
      );
      // Answering "which one has changed?" with a goal names the one that changed.
      const changed =
        (awaiting.which === true && named !== undefined) ||
        answer === 'no' ||
        /\b(?:something else|changed|different|not any ?more|instead)\b/iu.test(text);
      // With several goals, a change that does not say which goal is asked about first.
      if ((achieved || changed) && active.length > 1 && named === undefined) {
        if (!awaiting.which) {
          return {
            kind: 'review_goal',
            message,
            updates,
            awaiting: { ...awaiting, which: true },
            work: { goals: active.map((g) => g.text), clarify: true },
          };
        }
        // Still not said which: hear what they want now; the goals stay until they say.
        return askGoal(message, updates, { again: true });
      }
      if (achieved) {
        updates.push(
          { type: 'goal.reviewed', payload: { goalId: goal.goalId, outcome: 'change' } },
          {
            type: 'goal.revised',
            payload: { goalId: goal.goalId, text: goal.text, status: 'achieved' },
          },
        );
        return askGoal(message, updates, { goal: { text: goal.text } });
      }
      if (changed) {
        updates.push({
          type: 'goal.reviewed',
          payload: { goalId: goal.goalId, outcome: 'change' },
        });
        return askGoal(message, updates, { again: true }, goal.goalId);
      }
      for (const kept of named === undefined ? active : [goal]) {
        updates.push({
          type: 'goal.reviewed',
          payload: { goalId: kept.goalId, outcome: 'kept' },
        });
      }
      if (answer === 'yes')
        return offerOrAsk(message, state, library, newId, updates, { text: goal.text });
      // They said more than yes: hear it first.
      return { kind: 'reflect_and_explore', message, updates };
    }
    case 'drift': {
      const goal = work.goals.find((g) => g.goalId === awaiting.goalId);
      if (!goal) return undefined;
      const answer = yesNo(text, message.markers);
      if (answer === 'yes' || /\b(?:changed|more important|matters more|instead)\b/iu.test(text)) {
        updates.push({
          type: 'goal.reviewed',
          payload: { goalId: goal.goalId, outcome: 'drifted' },
        });
        return askGoal(message, updates, { again: true }, goal.goalId);
      }
      updates.push({ type: 'goal.reviewed', payload: { goalId: goal.goalId, outcome: 'kept' } });
      return { kind: 'reflect_and_explore', message, updates };
    }
    case 'task_choice': {
      const offered = awaiting.taskIds
        .map((id) => work.tasks.find((task) => task.taskId === id))
        .filter((task): task is Task => task !== undefined);
      const chosen = choiceAmong(
        text,
        offered.map((task) => task.title),
      );
      const answer = yesNo(text, message.markers);
      if (chosen !== undefined && answer !== 'no') {
        const task = offered[chosen]!;
        const exercise = task.exerciseId ? exerciseById(library, task.exerciseId) : undefined;
        if (!exercise) return undefined;
        updates.push({
          type: 'exercise.started',
          payload: { exerciseId: exercise.id, taskId: task.taskId },
        });
        return exerciseStepMove(message, exercise, 0, updates, false);
      }
      if (answer === 'yes' && offered.length > 1 && state.lastAgentMove === 'offer_tasks') {
        return {
          kind: 'offer_tasks',
          message,
          updates,
          awaiting,
          work: {
            clarify: true,
            offers: offered.map((task) => ({
              title: task.title,
              rationale: task.rationale,
              minutes: exerciseById(library, task.exerciseId ?? '')?.minutes ?? 5,
            })),
          },
        };
      }
      if (answer === 'yes' && offered.length === 1) {
        return answerTo(awaiting, { ...message, text: '1' }, state, library, newId, updates);
      }
      if (answer === 'no' || (message.markers ?? []).includes('task_refuse')) {
        return {
          kind: 'explore_refusal',
          message,
          updates,
          awaiting: { kind: 'refusal_why', taskIds: awaiting.taskIds },
        };
      }
      return undefined;
    }
    case 'task_permission': {
      // "Let's just talk" is a no to suggestions, whatever "let's" sounds like.
      if (/\b(?:just|simply|rather|prefer to)\b[^.?!]{0,20}\b(?:talk|chat|listen)\b/iu.test(text))
        return { kind: 'reflect_and_explore', message, updates, work: { listenOnly: true } };
      const answer = yesNo(text, message.markers);
      if (answer === 'yes') {
        const goal = goalForTasks(state);
        return offerTasks(
          message,
          state,
          library,
          newId,
          updates,
          goal ? { text: goal.text } : undefined,
        );
      }
      if (answer === 'no')
        return { kind: 'reflect_and_explore', message, updates, work: { listenOnly: true } };
      return undefined;
    }
    case 'refusal_why': {
      const reason = isMinimal(text) ? undefined : text.slice(0, 300);
      for (const taskId of awaiting.taskIds) {
        updates.push({
          type: 'task.declined',
          payload: { taskId, ...(reason ? { reason } : {}) },
        });
      }
      const goal = goalForTasks(state);
      // Another offer only once, and only different ones; otherwise simply listen.
      if (
        work.session.taskOffers < 2 &&
        !/\b(?:just (?:talk|listen|vent)|no (?:more )?(?:exercises|tasks))\b/iu.test(text)
      ) {
        const declinedNow = new Set(awaiting.taskIds);
        const alternative = offerTasks(
          message,
          state,
          library,
          newId,
          updates,
          goal ? { text: goal.text } : undefined,
          declinedNow,
        );
        if (alternative.kind === 'offer_tasks')
          return { ...alternative, work: { ...alternative.work, again: true } };
      }
      return { kind: 'reflect_and_explore', message, updates, work: { listenOnly: true } };
    }
    case 'exercise': {
      const progress = work.exercise;
      const exercise = progress ? exerciseById(library, progress.exerciseId) : undefined;
      if (!progress || !exercise) return undefined;
      if (asksToLeave(text)) {
        updates.push({
          type: 'exercise.ended',
          payload: { exerciseId: exercise.id, outcome: 'left' },
        });
        return {
          kind: 'exercise_paused',
          message,
          updates,
          work: { exercise: { title: exercise.title, step: 0, steps: exercise.steps.length } },
        };
      }
      if (asksToPause(text)) {
        updates.push({
          type: 'exercise.paused',
          payload: { exerciseId: exercise.id, stepId: awaiting.stepId },
        });
        return {
          kind: 'exercise_paused',
          message,
          updates,
          work: { paused: { title: exercise.title } },
        };
      }
      const index = exercise.steps.findIndex((step) => step.id === awaiting.stepId);
      updates.push({
        type: 'exercise.answered',
        payload: { exerciseId: exercise.id, stepId: awaiting.stepId, text: text.slice(0, 2000) },
      });
      if (index + 1 < exercise.steps.length) {
        return exerciseStepMove(message, exercise, index + 1, updates, false);
      }
      updates.push({
        type: 'exercise.ended',
        payload: { exerciseId: exercise.id, outcome: 'completed' },
      });
      const task = progress.taskId ?? newId('task');
      return {
        kind: 'agree_next_step',
        message,
        updates,
        awaiting: { kind: 'next_step_when', taskId: task },
        work: {
          exercise: {
            title: exercise.title,
            step: exercise.steps.length,
            steps: exercise.steps.length,
            closing: exercise.closing,
          },
          nextStep: { text: exercise.nextStep.replace(/\s*\{when\}/u, '') },
        },
      };
    }
    case 'next_step_when': {
      const task = work.tasks.find((t) => t.taskId === awaiting.taskId);
      const exercise = task?.exerciseId ? exerciseById(library, task.exerciseId) : undefined;
      if (!task) return undefined;
      const timed = TIME_CUE.test(text);
      if (yesNo(text) === 'no' && !timed) {
        updates.push({
          type: 'task.declined',
          payload: { taskId: task.taskId, reason: text.slice(0, 300) },
        });
        return { kind: 'reflect_and_explore', message, updates, work: { listenOnly: true } };
      }
      const detail = (exercise?.nextStep ?? task.title).replace(/\s*\{when\}/u, '');
      // "Ok" is agreement, not a time: ask once for the when; a second time, any time will do.
      if (!timed && isMinimal(text) && !awaiting.again) {
        return {
          kind: 'agree_next_step',
          message,
          updates,
          awaiting: { ...awaiting, again: true },
          work: { nextStep: { text: detail }, again: true },
        };
      }
      // Said back later, so in the second person: "after you drop off her shopping".
      const when = secondPerson(text.trim()).slice(0, 120);
      updates.push({ type: 'task.agreed', payload: { taskId: task.taskId, detail, when } });
      return {
        kind: 'summarise_session',
        message,
        updates,
        work: {
          nextStep: { text: detail, when },
          ...goalOf(state, task.goalId),
        },
      };
    }
    case 'follow_up': {
      const task = work.tasks.find((t) => t.taskId === awaiting.taskId);
      if (!task) return undefined;
      const outcome = stepOutcome(text);
      if (!outcome) return undefined;
      updates.push({
        type: 'task.completed',
        payload: {
          taskId: task.taskId,
          outcome,
          ...(isMinimal(text) ? {} : { note: text.slice(0, 300) }),
        },
      });
      if (outcome !== 'not')
        updates.push({
          type: 'memory.noted',
          payload: { kind: 'helped', text: task.title, messageId: message.id },
        });
      return {
        kind: 'check_in_mood',
        message,
        updates,
        awaiting: { kind: 'mood' },
        work: {
          outcome,
          followUp: { detail: task.detail ?? task.title, title: task.title, ...whenOf(task) },
        },
      };
    }
    case 'mood': {
      const score = moodScore(text);
      if (score === undefined) return undefined;
      const previous = work.moods.at(-1)?.score;
      updates.push({ type: 'mood.rated', payload: { score, messageId: message.id } });
      const goal = activeGoals(work)[0];
      const mood = { score, ...(previous !== undefined ? { previous } : {}) };
      if (goal) {
        return {
          kind: 'review_goal',
          message,
          updates,
          awaiting: { kind: 'goal_review', goalId: goal.goalId },
          work: { goal: { text: goal.text }, ...goalsView(state), mood },
        };
      }
      return { kind: 'ask_concern', message, updates, work: { mood } };
    }
    case 'repair':
      return undefined;
  }
}

/** Words that place a step in time. */
const TIME_CUE =
  /\b(?:today|tomorrow|tonight|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|after|before|at \d|\d ?(?:am|pm)|o'?clock|lunch|dinner|breakfast|bed(?:time)?|later|next)/iu;

/** "That's enough", "that's it for now": no more goals. */
const ENOUGH =
  /\b(?:that'?s (?:enough|it|all)|enough for now|one is enough|just (?:that|the one)|nothing else)\b/iu;

/** At most three goals, and the question about another at most three times a session. */
function mayAskAnotherGoal(state: AllianceState): boolean {
  const work = state.work;
  const proposedToday = work.goals.filter((g) => g.sessionNumber === state.sessionNumber).length;
  return activeGoals(work).length < 3 && proposedToday < 3 && work.pace !== 'slower';
}

/**
 * The goal the work is about now: the active goal that shares most words with what the person
 * has just said (the newest on a tie), else the newest active goal.
 */
function goalForTasks(state: AllianceState) {
  const goals = activeGoals(state.work);
  if (goals.length <= 1) return goals[0];
  const recent = state.recentClientTexts.slice(-3).join(' ');
  let best = goals.at(-1)!;
  let bestHits = 0;
  for (const goal of goals) {
    const hits = sharedWordCount(recent, goal.text);
    if (hits > bestHits || (hits === bestHits && hits > 0)) {
      best = goal;
      bestHits = hits;
    }
  }
  return best;
}

/** Every active goal, for moves that say them all (only when there are several). */
function goalsView(state: AllianceState): { goals?: string[] } {
  const goals = activeGoals(state.work);
  return goals.length > 1 ? { goals: goals.map((g) => g.text) } : {};
}

/** The goal a task serves, for the moves that name it. */
function goalOf(state: AllianceState, goalId: string | null): { goal?: { text: string } } {
  const goal = activeGoals(state.work).find((g) => g.goalId === goalId) ?? goalForTasks(state);
  return goal ? { goal: { text: goal.text } } : {};
}

/** Asks for a goal in the person's own words (`replaces`: the goal it will stand in for). */
function askGoal(
  message: IncomingMessage,
  updates: PolicyUpdate[],
  work: Move['work'],
  replaces?: string,
): Move {
  return {
    kind: 'ask_goal',
    message,
    updates,
    awaiting: { kind: 'goal_statement', ...(replaces ? { replaces } : {}) },
    work,
  };
}

/** A goal put into the person's words and asked back for confirmation. */
function proposeGoal(
  message: IncomingMessage,
  focus: string,
  newId: (prefix: string) => string,
  updates: PolicyUpdate[],
  again = false,
): Move {
  const goalId = newId('goal');
  const goalText = goalWords(focus);
  updates.push({ type: 'goal.proposed', payload: { goalId, text: goalText } });
  return {
    kind: 'confirm_goal',
    message,
    updates,
    awaiting: { kind: 'goal_confirm', goalId },
    work: { goal: { text: goalText }, ...(again ? { again: true } : {}) },
  };
}

/** A goal the person no longer holds. */
function retireGoal(goal: { goalId: string; text: string }): PolicyUpdate {
  return {
    type: 'goal.revised',
    payload: { goalId: goal.goalId, text: goal.text, status: 'retired' },
  };
}

/** "I'd like to…", "I want to…": a wish, whose object is a goal. */
function isWish(focus: string): boolean {
  return goalWords(focus) !== focus.trim().replace(/[.!?]+$/u, '');
}

/** A message that answers nothing in particular: the session's work moves on from it. */
function freeTurn(
  input: PolicyInput,
  message: IncomingMessage,
  state: AllianceState,
  library: readonly Exercise[],
  newId: (prefix: string) => string,
  updates: PolicyUpdate[],
  basic: Policy,
): Move {
  const work = state.work;
  // A session with a rupture in it is no time for a questionnaire: an in-session one waits for
  // the next session (the end-of-session check-in still comes at goodbye).
  const strained = work.ruptures.some((r) => r.sessionNumber === state.sessionNumber);
  const dueMeasures = strained
    ? (input.dueMeasures ?? []).filter((due) => due.reason === 'session_end')
    : input.dueMeasures;
  // Questionnaires, greetings, goodbyes and thin messages: the basic policy's moves.
  const base = basic.decide({ ...input, ...(dueMeasures ? { dueMeasures } : {}) });
  if (base.kind !== 'reflect_and_explore') return { ...base, updates };
  if (CLOSING.test(message.text)) return { ...base, updates };

  const paused = work.exercise?.paused
    ? exerciseById(library, work.exercise.exerciseId)
    : undefined;
  if (paused && asksToResume(message.text)) return resumeExercise(message, state, paused, updates);

  // A session that touched on risk is for listening: no goal or task work in it (unless the
  // person corrected a misreading and said they were safe).
  const misread =
    state.safety.resolvedReason === 'no_longer_indicated' &&
    (state.safety.resolvedAt ?? '') >= (state.risk.lastAt ?? '');
  if (compareRisk(state.risk.highest, 'moderate') >= 0 && !misread) {
    return { ...base, updates };
  }
  const goals = activeGoals(work);
  const listening = work.session.declines > 0 && work.session.taskOffers >= 2;
  const openRupture = openRuptures(work).some((r) => r.sessionNumber === state.sessionNumber);
  const turns = state.clientTurnsThisSession;
  // The person's pace moves the goal and the offers a message earlier or later.
  const paceShift = work.pace === 'quicker' ? -1 : work.pace === 'slower' ? 1 : 0;
  // A goal: once the person has been heard (four messages in a first session at the usual pace).
  if (
    goals.length === 0 &&
    state.concern &&
    turns >= (state.sessionNumber === 1 ? 4 : 2) + paceShift &&
    !work.goals.some((g) => g.status === 'proposed' && g.sessionNumber === state.sessionNumber) &&
    state.lastAgentMove !== 'ask_goal'
  ) {
    // A wish said in this very message ("I'd like to stop taking work to bed") is the goal.
    const focus = focusStatement(message.text, message.analysis.sentences);
    if (focus && isWish(focus)) return proposeGoal(message, focus, newId, updates);
    return { kind: 'ask_goal', message, updates, awaiting: { kind: 'goal_statement' } };
  }
  const goal = goalForTasks(state);
  if (goal && !openRupture) {
    // Drift: the last three messages share nothing with any goal or with the concern. Only goals
    // from earlier sessions: talk right after a goal is set is still finding its way.
    const anchor = [...goals.map((g) => g.text), state.concern?.text ?? ''].join(' ');
    const drifted =
      !work.session.driftChecked &&
      goals.every((g) => g.sessionNumber < state.sessionNumber) &&
      turns >= 4 &&
      state.recentClientTexts.length >= 3 &&
      state.recentClientTexts.slice(-3).every((t) => !sharesWords(t, anchor)) &&
      work.session.exercisesCompleted === 0;
    if (drifted && state.lastAgentMove === 'reflect_and_explore') {
      return {
        kind: 'check_drift',
        message,
        updates,
        awaiting: { kind: 'drift', goalId: goal.goalId },
        work: { goal: { text: goal.text } },
      };
    }
    const agreedThisSession = work.tasks.some(
      (task) => task.status === 'agreed' && task.agreedInSession === state.sessionNumber,
    );
    if (
      !listening &&
      !agreedThisSession &&
      !work.exercise &&
      work.session.taskOffers === 0 &&
      turns >= (state.sessionNumber === 1 ? 5 : 3) + paceShift &&
      state.lastAgentMove === 'reflect_and_explore'
    ) {
      return offerOrAsk(message, state, library, newId, updates, { text: goal.text });
    }
  }
  return { ...base, updates, ...(paused ? { work: { paused: { title: paused.title } } } : {}) };
}

function sharesWords(a: string, b: string): boolean {
  return sharedWordCount(a, b) > 0;
}

/** Two goals in the same words, give or take case and punctuation. */
function sameWords(a: string, b: string): boolean {
  const norm = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, ' ')
      .trim();
  return norm(a) === norm(b);
}

/** How many content words (four letters or more, roughly stemmed) two texts share. */
function sharedWordCount(a: string, b: string): number {
  const words = (text: string) =>
    new Set(
      (text.toLowerCase().match(/[a-z]{4,}/gu) ?? []).map((w) => w.replace(/(?:ing|ed|s)$/u, '')),
    );
  const left = words(a);
  let count = 0;
  for (const word of words(b)) if (left.has(word)) count += 1;
  return count;
}

/**
 * Offers tasks, unless everything offered in earlier sessions was declined and nothing agreed
 * since: then it asks first whether to suggest anything at all (asking permission).
 */
function offerOrAsk(
  message: IncomingMessage,
  state: AllianceState,
  library: readonly Exercise[],
  newId: (prefix: string) => string,
  updates: PolicyUpdate[],
  goal: { text: string },
): Move {
  const earlier = state.work.tasks.filter((task) => task.offeredInSession < state.sessionNumber);
  const declinedBefore =
    earlier.some((task) => task.status === 'declined') &&
    !earlier.some((task) => task.status === 'agreed');
  if (declinedBefore) {
    return {
      kind: 'offer_tasks',
      message,
      updates,
      awaiting: { kind: 'task_permission' },
      work: { askFirst: true },
    };
  }
  return offerTasks(message, state, library, newId, updates, goal);
}

/** Two or three tasks suited to the goal and what the person has said, never a declined one. */
function offerTasks(
  message: IncomingMessage,
  state: AllianceState,
  library: readonly Exercise[],
  newId: (prefix: string) => string,
  updates: PolicyUpdate[],
  goal: { text: string; firstSign?: string } | undefined,
  declinedNow: ReadonlySet<string> = new Set(),
): Move {
  const work = state.work;
  const said = [state.concern?.text ?? '', goal?.text ?? '', ...state.recentClientTexts].join('. ');
  // Conditions in force now (safety mode never reaches this policy: the protocol has the turn).
  const avoid = new Set<AvoidWhen>();
  for (const [pattern, condition] of AVOID_SIGNS) if (pattern.test(said)) avoid.add(condition);
  const declined = work.tasks
    .filter((task) => task.status === 'declined' || declinedNow.has(task.taskId))
    .map((task) => task.exerciseId)
    .filter((id): id is string => id !== undefined);
  // What was offered this session and not taken is not offered again in it.
  const offeredToday = work.tasks
    .filter((task) => task.offeredInSession === state.sessionNumber)
    .map((task) => task.exerciseId)
    .filter((id): id is string => id !== undefined);
  const tried = work.tasks
    .filter((task) => task.exerciseId && task.outcome)
    .map((task) => ({ id: task.exerciseId!, outcome: task.outcome! }));
  const max = work.pace === 'slower' ? 2 : 3;
  const options = suggestExercises(library, {
    needs: needsFromText(said),
    avoid: [...avoid],
    declined: [...declined, ...offeredToday],
    tried,
    max,
  });
  if (options.length === 0)
    return { kind: 'reflect_and_explore', message, updates, work: { listenOnly: true } };
  const goalId = goalForTasks(state)?.goalId ?? null;
  const taskIds: string[] = [];
  for (const exercise of options) {
    const taskId = newId('task');
    taskIds.push(taskId);
    updates.push({
      type: 'task.offered',
      payload: {
        taskId,
        goalId,
        title: exercise.title,
        rationale: exercise.rationale,
        exerciseId: exercise.id,
      },
    });
  }
  return {
    kind: 'offer_tasks',
    message,
    updates,
    awaiting: { kind: 'task_choice', taskIds },
    work: {
      ...(goal ? { goal } : {}),
      offers: options.map((exercise) => ({
        title: exercise.title,
        rationale: exercise.rationale,
        minutes: exercise.minutes,
      })),
    },
  };
}

function exerciseStepMove(
  message: IncomingMessage,
  exercise: Exercise,
  index: number,
  updates: PolicyUpdate[],
  resumed: boolean,
): Move {
  const step = exercise.steps[index]!;
  return {
    kind: 'exercise_step',
    message,
    updates,
    awaiting: { kind: 'exercise', exerciseId: exercise.id, stepId: step.id },
    work: {
      exercise: {
        title: exercise.title,
        prompt: step.prompt,
        step: index + 1,
        steps: exercise.steps.length,
        ...(resumed ? { resumed: true } : {}),
      },
    },
  };
}

function resumeExercise(
  message: IncomingMessage,
  state: AllianceState,
  exercise: Exercise,
  updates: PolicyUpdate[] = [],
): Move {
  const progress = state.work.exercise!;
  updates.push({ type: 'exercise.resumed', payload: { exerciseId: exercise.id } });
  const at = Math.max(
    0,
    exercise.steps.findIndex((step) => step.id === progress.stepId),
  );
  return exerciseStepMove(message, exercise, at, updates, true);
}

/**
 * A goal in the person's words, as a phrase the agent can say back: "I want to sleep better" →
 * "to sleep better"; anything else is kept as said.
 */
export function goalWords(focus: string): string {
  const trimmed = focus.trim().replace(/[.!?]+$/u, '');
  // "Yes, I'd also like to…": the answer word and the adverb are not part of the goal.
  const wish =
    /^(?:(?:yes|yeah|yep|ok|okay|well|and|also|maybe)[,.!]?\s+)*(?:i(?:'d| would)? (?:also |really |just |still )?(?:like|love|want|wish|need|hope)(?: to)?|i'?m (?:also )?hoping to|my (?:other |next |second )?goal is(?: to)?|to be able to|be able to)\s+/iu.exec(
      trimmed,
    );
  // "be less tired i guess" → "be less tired": hedges are how it was said, not the goal.
  const rest = (wish ? trimmed.slice(wish[0].length) : trimmed)
    .replace(/^(?:idk|dunno|i don'?t know)[,.!]?\s+/iu, '')
    .replace(/[,.]?\s+(?:i guess|i suppose|maybe|or something|probably)$/iu, '');
  return rest.length > 0 ? rest.slice(0, 200) : trimmed.slice(0, 200);
}
