import type { Awaiting, NewEvent, Pace, RuptureKind, StoredEvent, Tone } from '../core/index.ts';

/** A goal in the person's own words. */
export interface Goal {
  goalId: string;
  text: string;
  status: 'proposed' | 'active' | 'achieved' | 'retired';
  /** Session in which it was put into words. */
  sessionNumber: number;
  /** What the person said would be a first sign of progress (the refinement). */
  firstSign?: string;
  /** The last session in which it was looked at again. */
  reviewedInSession?: number;
}

/** A task offered for a goal: an exercise from the library, with what became of it. */
export interface Task {
  taskId: string;
  goalId: string | null;
  title: string;
  rationale: string;
  exerciseId?: string;
  offeredInSession: number;
  status: 'offered' | 'agreed' | 'declined';
  /** The agreed next step and when, in the person's words. */
  detail?: string;
  when?: string;
  agreedInSession?: number;
  /** How it went, asked the next session. */
  outcome?: 'done' | 'partly' | 'not';
  followedUpInSession?: number;
  declineReason?: string;
}

/** A structured exercise under way. */
export interface ExerciseProgress {
  exerciseId: string;
  taskId?: string;
  answers: Record<string, string>;
  paused: boolean;
  /** The step asked last (where a paused exercise resumes). */
  stepId?: string;
}

export interface RuptureEpisode {
  ruptureId: string;
  kind: RuptureKind;
  messageId: string;
  sessionNumber: number;
  outcome?: 'repaired' | 'unresolved';
}

export interface Memory {
  kind: 'person' | 'event' | 'helped';
  text: string;
  sessionNumber: number;
}

/** What happened in the current session, for the policy's pacing. */
export interface SessionWork {
  taskOffers: number;
  declines: number;
  driftChecked: boolean;
  goalReviewed: boolean;
  moodRated: boolean;
  repairs: number;
  exercisesCompleted: number;
}

/** The working alliance as the agent keeps it: consent, preferences, goals, tasks, ruptures. */
export interface AllianceWork {
  consent?: { version: string; granted: boolean; at: string };
  tone?: Tone;
  pace?: Pace;
  /** What the agent's last move waits for. */
  awaiting?: Awaiting;
  goals: Goal[];
  tasks: Task[];
  exercise?: ExerciseProgress;
  ruptures: RuptureEpisode[];
  memories: Memory[];
  moods: { score: number; sessionNumber: number }[];
  session: SessionWork;
  /** Every reply the agent has given in this conversation: none is given twice. */
  usedAgentTexts: ReadonlySet<string>;
  /** Check-in messages between sessions: whether wanted, and the last one sent. */
  checkIns: { enabled: boolean; lastRuleId?: string; lastAt?: string };
}

export function emptyAllianceWork(): AllianceWork {
  return {
    goals: [],
    tasks: [],
    ruptures: [],
    memories: [],
    moods: [],
    session: emptySession(),
    usedAgentTexts: new Set(),
    checkIns: { enabled: true },
  };
}

function emptySession(): SessionWork {
  return {
    taskOffers: 0,
    declines: 0,
    driftChecked: false,
    goalReviewed: false,
    moodRated: false,
    repairs: 0,
    exercisesCompleted: 0,
  };
}

/** Active goals, oldest first. */
export function activeGoals(work: AllianceWork): Goal[] {
  return work.goals.filter((goal) => goal.status === 'active');
}

/** The agreed task not yet followed up, if any (the most recent). */
export function pendingTask(work: AllianceWork): Task | undefined {
  return [...work.tasks]
    .reverse()
    .find((task) => task.status === 'agreed' && task.outcome === undefined);
}

/** Open ruptures: detected and not yet repaired or closed as unresolved. */
export function openRuptures(work: AllianceWork): RuptureEpisode[] {
  return work.ruptures.filter((rupture) => rupture.outcome === undefined);
}

/**
 * The working-alliance part of the state after one event (pure). `sessionNumber` is the session
 * the event belongs to.
 */
export function reduceAllianceWork(
  work: AllianceWork,
  event: StoredEvent | NewEvent,
  sessionNumber: number,
): AllianceWork {
  switch (event.type) {
    case 'session.started':
      return { ...work, session: emptySession(), awaiting: undefined };
    case 'agent.move': {
      const usedAgentTexts = new Set(work.usedAgentTexts);
      usedAgentTexts.add(event.payload.text);
      const { awaiting: _previous, ...rest } = work;
      const session =
        event.payload.move === 'offer_tasks'
          ? { ...work.session, taskOffers: work.session.taskOffers + 1 }
          : event.payload.move === 'repair'
            ? { ...work.session, repairs: work.session.repairs + 1 }
            : event.payload.move === 'check_drift'
              ? { ...work.session, driftChecked: true }
              : work.session;
      const awaiting = event.payload.awaiting;
      const exercise =
        awaiting?.kind === 'exercise' && work.exercise?.exerciseId === awaiting.exerciseId
          ? { ...work.exercise, stepId: awaiting.stepId }
          : work.exercise;
      return {
        ...rest,
        usedAgentTexts,
        session,
        ...(exercise ? { exercise } : {}),
        ...(awaiting ? { awaiting } : {}),
      };
    }
    case 'profile.updated':
      return {
        ...work,
        ...(event.payload.tone ? { tone: event.payload.tone } : {}),
        ...(event.payload.pace ? { pace: event.payload.pace } : {}),
        ...(event.payload.checkIns !== undefined
          ? { checkIns: { ...work.checkIns, enabled: event.payload.checkIns } }
          : {}),
      };
    case 'check_in.prompted':
      return {
        ...work,
        checkIns: { ...work.checkIns, lastRuleId: event.payload.ruleId, lastAt: event.at },
      };
    case 'consent.recorded':
      return { ...work, consent: { ...event.payload, at: event.at } };
    case 'goal.proposed':
      return {
        ...work,
        goals: [
          ...work.goals,
          {
            goalId: event.payload.goalId,
            text: event.payload.text,
            status: 'proposed',
            sessionNumber,
          },
        ],
      };
    case 'goal.set': {
      const known = work.goals.some((goal) => goal.goalId === event.payload.goalId);
      const goal: Goal = {
        goalId: event.payload.goalId,
        text: event.payload.text,
        status: 'active',
        sessionNumber,
      };
      return {
        ...work,
        goals: known
          ? work.goals.map((g) =>
              g.goalId === goal.goalId ? { ...g, text: goal.text, status: 'active' } : g,
            )
          : [...work.goals, goal],
      };
    }
    case 'goal.revised':
      return {
        ...work,
        goals: work.goals.map((goal) =>
          goal.goalId === event.payload.goalId
            ? {
                ...goal,
                status: event.payload.status,
                // A refinement keeps the goal and adds what a first sign of progress would be.
                ...(event.payload.status === 'active' && event.payload.text !== goal.text
                  ? { firstSign: event.payload.text }
                  : {}),
              }
            : goal,
        ),
      };
    case 'goal.reviewed':
      return {
        ...work,
        session: { ...work.session, goalReviewed: true },
        goals: work.goals.map((goal) =>
          goal.goalId === event.payload.goalId
            ? { ...goal, reviewedInSession: sessionNumber }
            : goal,
        ),
      };
    case 'task.offered':
      return {
        ...work,
        tasks: [
          ...work.tasks,
          {
            taskId: event.payload.taskId,
            goalId: event.payload.goalId,
            title: event.payload.title,
            rationale: event.payload.rationale,
            ...(event.payload.exerciseId ? { exerciseId: event.payload.exerciseId } : {}),
            offeredInSession: sessionNumber,
            status: 'offered',
          },
        ],
      };
    case 'task.agreed':
      return {
        ...work,
        tasks: work.tasks.map((task) =>
          task.taskId === event.payload.taskId
            ? {
                ...task,
                status: 'agreed',
                agreedInSession: sessionNumber,
                ...(event.payload.detail !== undefined ? { detail: event.payload.detail } : {}),
                ...(event.payload.when !== undefined ? { when: event.payload.when } : {}),
              }
            : task,
        ),
      };
    case 'task.declined':
      return {
        ...work,
        session: { ...work.session, declines: work.session.declines + 1 },
        tasks: work.tasks.map((task) =>
          task.taskId === event.payload.taskId
            ? {
                ...task,
                status: 'declined',
                ...(event.payload.reason !== undefined
                  ? { declineReason: event.payload.reason }
                  : {}),
              }
            : task,
        ),
      };
    case 'task.completed':
      return {
        ...work,
        tasks: work.tasks.map((task) =>
          task.taskId === event.payload.taskId
            ? { ...task, outcome: event.payload.outcome, followedUpInSession: sessionNumber }
            : task,
        ),
      };
    case 'exercise.started':
      return {
        ...work,
        exercise: {
          exerciseId: event.payload.exerciseId,
          ...(event.payload.taskId ? { taskId: event.payload.taskId } : {}),
          answers: {},
          paused: false,
        },
      };
    case 'exercise.answered':
      if (work.exercise?.exerciseId !== event.payload.exerciseId) return work;
      return {
        ...work,
        exercise: {
          ...work.exercise,
          answers: { ...work.exercise.answers, [event.payload.stepId]: event.payload.text },
        },
      };
    case 'exercise.paused':
      if (work.exercise?.exerciseId !== event.payload.exerciseId) return work;
      return {
        ...work,
        exercise: { ...work.exercise, paused: true, stepId: event.payload.stepId },
      };
    case 'exercise.resumed':
      if (work.exercise?.exerciseId !== event.payload.exerciseId) return work;
      return { ...work, exercise: { ...work.exercise, paused: false } };
    case 'exercise.ended': {
      const { exercise: _ended, ...rest } = work;
      return event.payload.outcome === 'completed'
        ? {
            ...rest,
            session: { ...work.session, exercisesCompleted: work.session.exercisesCompleted + 1 },
          }
        : rest;
    }
    case 'rupture.detected':
      return {
        ...work,
        ruptures: [
          ...work.ruptures,
          {
            ruptureId: event.payload.ruptureId,
            kind: event.payload.kind,
            messageId: event.payload.messageId,
            sessionNumber,
          },
        ],
      };
    case 'rupture.resolved':
      return {
        ...work,
        ruptures: work.ruptures.map((rupture) =>
          rupture.ruptureId === event.payload.ruptureId
            ? { ...rupture, outcome: event.payload.outcome }
            : rupture,
        ),
      };
    case 'memory.noted':
      return {
        ...work,
        memories: [
          ...work.memories.filter((memory) => memory.text !== event.payload.text),
          { kind: event.payload.kind, text: event.payload.text, sessionNumber },
        ].slice(-50),
      };
    case 'mood.rated':
      return {
        ...work,
        session: { ...work.session, moodRated: true },
        moods: [...work.moods, { score: event.payload.score, sessionNumber }],
      };
    default:
      return work;
  }
}
