/**
 * The exercise library: therapeutic tasks as data (steps, rationale, cautions, sources), a
 * lexicon reading of what a person needs, and the ranking that picks what to offer.
 */
export {
  NEEDS,
  AVOID_WHEN,
  type Need,
  type AvoidWhen,
  type Exercise,
  type ExerciseStep,
  type ExerciseOutcome,
  type TriedExercise,
} from './exercise.ts';
export { EXERCISES } from './library.ts';
export { needsFromText, suggestExercises, exerciseById, type SuggestOptions } from './select.ts';
