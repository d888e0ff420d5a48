/**
 * What a person may need help with, as read from what they say (`needsFromText`) or from the
 * alliance state. The order here breaks ties between needs first mentioned at the same place.
 */
export const NEEDS = [
  'low_mood',
  'anxiety',
  'worry',
  'stress',
  'sleep',
  'self_criticism',
  'urges',
  'anger',
  'rumination',
  'motivation',
  'loneliness',
  'problem',
  'overwhelm',
  'values',
  'panic',
  'grief',
] as const;

/** One of the {@link NEEDS}, e.g. `'sleep'`. */
export type Need = (typeof NEEDS)[number];

/**
 * Machine-readable reasons not to offer an exercise right now. `safety_mode` is on while the
 * crisis protocol runs (no exercise is offered then); the others come from what the person has
 * said about their state or health.
 */
export const AVOID_WHEN = [
  'safety_mode',
  'panic_now',
  'very_low_energy',
  'trauma_memories',
  'breathing_condition',
  'substance_use_now',
] as const;

/** One of the {@link AVOID_WHEN} conditions, e.g. `'breathing_condition'`. */
export type AvoidWhen = (typeof AVOID_WHEN)[number];

/** One turn of an exercise: the agent says `prompt`, and the answer is kept under `records`. */
export interface ExerciseStep {
  /** Unique within its exercise, e.g. `'evidence-for'`. */
  id: string;
  /** What the agent says at this step (a question or an instruction; may use {name}). */
  prompt: string;
  /**
   * What the person's answer is, for the summary (e.g. 'situation', 'thought', 'evidence');
   * absent for instruction-only steps.
   */
  records?: string;
}

/**
 * A therapeutic task as data: a short multi-turn flow with its rationale, its cautions and the
 * clinical sources for its structure. The wording is the project's own.
 */
export interface Exercise {
  /** Kebab-case, e.g. 'thought-record'. */
  id: string;
  /** Short and plain. */
  title: string;
  /** One line (≤ 140 characters) saying why it may help, in plain words. */
  rationale: string;
  /** Typical time in minutes. */
  minutes: number;
  /** What it is suited to, best fit first (the order breaks ties when exercises are ranked). */
  suits: readonly Need[];
  /** Machine-readable contraindications; every exercise avoids `safety_mode`. */
  avoidWhen: readonly AvoidWhen[];
  /** Plain-language cautions shown to clinicians. */
  contraindications: readonly string[];
  /** 3–8 steps, one prompt per turn. */
  steps: readonly ExerciseStep[];
  /** What the agent says when the exercise is finished. */
  closing: string;
  /** A small, specific next step to propose, with a {when} placeholder. */
  nextStep: string;
  /** Full citations of the clinical sources for the structure (and for the cautions). */
  sources: readonly string[];
}

/** How an exercise went for this person: finished, partly done, or not done / not helpful. */
export type ExerciseOutcome = 'done' | 'partly' | 'not';

/** An exercise this person has tried before, with how it went, e.g. `{ id: 'paced-breathing', outcome: 'done' }`. */
export interface TriedExercise {
  id: string;
  outcome: ExerciseOutcome;
}
