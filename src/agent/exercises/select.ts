import {
  NEEDS,
  type AvoidWhen,
  type Exercise,
  type ExerciseOutcome,
  type Need,
  type TriedExercise,
} from './exercise.ts';
import {
  CLAUSE_BREAKERS,
  NEED_CUES,
  NEGATION_CANCELLED_BY_LATER,
  NEGATION_CANCELLED_BY_NEXT,
  NEGATION_WINDOW,
  NEGATORS,
  NEVER_INTENSIFIERS,
} from './need-cues.ts';

// Zero-width characters, joiners, BOM, soft hyphen and variation selectors: people (and filters)
// put them inside words, and they would hide a cue.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\uFE0E\uFE0F]/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/gu;
// Clause ends for negation: punctuation and spaced dashes.
const CLAUSE_END = /[.,;:!?()[\]{}\n"“”…]|\s[-–—]\s|[–—]/u;
// How far back to look for a negator; three words never need more.
const LOOKBACK_CHARS = 80;

const CUE_PATTERNS: readonly (readonly [Need, RegExp])[] = NEEDS.map(
  (need) =>
    [
      need,
      new RegExp(`(?<![\\p{L}\\p{N}'])(?:${NEED_CUES[need].join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    ] as const,
);

/**
 * What a person says they need help with, read with a small lexicon of cues (`NEED_CUES`), in
 * order of first mention, without duplicates. Case, curly apostrophes and zero-width characters
 * are ignored; a cue negated in its clause ("I'm not worried") does not count, while "can't stop
 * worrying" does.
 * @example needsFromText("I'm not worried, but I can't sleep") // ['sleep']
 */
export function needsFromText(text: string): Need[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const normalized = normalize(text);
  const found: { need: Need; at: number; order: number }[] = [];
  CUE_PATTERNS.forEach(([need, pattern], order) => {
    pattern.lastIndex = 0;
    for (const match of normalized.matchAll(pattern)) {
      if (!negatedAt(normalized, match.index, firstWord(match[0]))) {
        found.push({ need, at: match.index, order });
        break;
      }
    }
  });
  found.sort((a, b) => a.at - b.at || a.order - b.order);
  return found.map((entry) => entry.need);
}

function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .replace(/\s+/gu, ' ');
}

function firstWord(phrase: string): string {
  return cleanWord(phrase.split(' ', 1)[0] ?? '');
}

function cleanWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, '');
}

/** Whether a negator sits within `NEGATION_WINDOW` words before `start`, in the same clause. */
function negatedAt(text: string, start: number, cueWord: string): boolean {
  const from = Math.max(0, start - LOOKBACK_CHARS);
  let before = text.slice(from, start);
  // Drop a word cut in half by the look-back ("knot" must not read as "not").
  if (from > 0 && text[from - 1] !== ' ') before = before.replace(/^\S*/u, '');
  const clause = before.split(CLAUSE_END).pop() ?? '';
  const words = clause
    .split(' ')
    .map(cleanWord)
    .filter((word) => word.length > 0);
  let clauseStart = 0;
  words.forEach((word, index) => {
    if (CLAUSE_BREAKERS.has(word)) clauseStart = index + 1;
  });
  const window = words.slice(clauseStart).slice(-NEGATION_WINDOW);
  const withCue = [...window, cueWord];
  return window.some((word, index) => {
    if (!NEGATORS.has(word)) return false;
    const following = withCue.slice(index + 1);
    if (NEGATION_CANCELLED_BY_NEXT.has(following[0] ?? '')) return false;
    if (following.some((next) => NEGATION_CANCELLED_BY_LATER.has(next))) return false;
    if (word === 'never' && following.some((next) => NEVER_INTENSIFIERS.has(next))) return false;
    return true;
  });
}

/** What `suggestExercises` takes; every field is optional. */
export interface SuggestOptions {
  /** Needs in order of importance (first mentioned first). */
  needs?: readonly Need[];
  /** Conditions that rule out any exercise listing them in `avoidWhen`, e.g. `['safety_mode']`. */
  avoid?: readonly AvoidWhen[];
  /** Ids the person has already declined in this conversation: never offered again. */
  declined?: readonly string[];
  /** What the person has tried before; the latest outcome for an id counts. */
  tried?: readonly TriedExercise[];
  /** How many to return (default 3). */
  max?: number;
}

/** With no needs, the options are short exercises for everyday stress and low mood. */
const GENERAL_NEEDS: readonly Need[] = ['stress', 'low_mood'];
const LOW_EFFORT_MINUTES = 5;
const DEFAULT_MAX = 3;

/**
 * Ranks exercises for this moment. Exercises whose `avoidWhen` meets `avoid`, and ids in
 * `declined`, are never returned. Each need an exercise suits scores, earlier needs more (with
 * n needs, the i-th scores 2n − i: the first counts up to twice the last); an exercise that went
 * well before ('done') gains as much as the last need, 'partly' half that, and 'not' loses as much
 * as the first need. Ties go to the better fit (needs earlier in the exercise's own `suits`), then
 * to library order. With no needs, it offers short (≤ 5 minutes) exercises for everyday stress and
 * low mood, plus whatever worked for this person before, shortest first.
 * @example suggestExercises(EXERCISES, { needs: ['sleep'], max: 1 })[0]?.id // 'sleep-wind-down'
 */
export function suggestExercises(
  library: readonly Exercise[],
  options: SuggestOptions = {},
): Exercise[] {
  const requested = options.max ?? DEFAULT_MAX;
  const max = Number.isNaN(requested) ? 0 : Math.max(0, Math.floor(requested));
  if (max === 0) return [];
  const needs = [...new Set(options.needs ?? [])];
  const avoid = new Set(options.avoid ?? []);
  const declined = new Set(options.declined ?? []);
  const outcomes = latestOutcomes(options.tried ?? []);
  const allowed = library
    .map((exercise, index) => ({ exercise, index }))
    .filter(
      ({ exercise }) =>
        !declined.has(exercise.id) && !exercise.avoidWhen.some((when) => avoid.has(when)),
    );
  const ranked =
    needs.length > 0 ? rankForNeeds(allowed, needs, outcomes) : rankWithoutNeeds(allowed, outcomes);
  return ranked.slice(0, max);
}

interface Candidate {
  exercise: Exercise;
  index: number;
}

function rankForNeeds(
  candidates: readonly Candidate[],
  needs: readonly Need[],
  outcomes: ReadonlyMap<string, ExerciseOutcome>,
): Exercise[] {
  const n = needs.length;
  // Scores are doubled so that "half the last need" stays an integer: ties must be exact.
  const needWeight = (position: number) => 2 * (2 * n - position);
  const outcomeBonus: Record<ExerciseOutcome, number> = {
    done: 2 * (n + 1),
    partly: n + 1,
    not: -needWeight(0),
  };
  const scored = candidates.flatMap(({ exercise, index }) => {
    let relevance = 0;
    let fit = 0;
    needs.forEach((need, position) => {
      const rank = exercise.suits.indexOf(need);
      if (rank < 0) return;
      relevance += needWeight(position);
      fit += rank;
    });
    if (relevance === 0) return [];
    const outcome = outcomes.get(exercise.id);
    const score = relevance + (outcome === undefined ? 0 : outcomeBonus[outcome]);
    return [{ exercise, index, score, fit }];
  });
  scored.sort((a, b) => b.score - a.score || a.fit - b.fit || a.index - b.index);
  return scored.map((entry) => entry.exercise);
}

function rankWithoutNeeds(
  candidates: readonly Candidate[],
  outcomes: ReadonlyMap<string, ExerciseOutcome>,
): Exercise[] {
  const preference: Record<ExerciseOutcome, number> = { done: 2, partly: 1, not: -1 };
  const scored = candidates.flatMap(({ exercise, index }) => {
    const outcome = outcomes.get(exercise.id);
    const worked = outcome === 'done' || outcome === 'partly';
    const general =
      exercise.minutes <= LOW_EFFORT_MINUTES &&
      exercise.suits.some((need) => GENERAL_NEEDS.includes(need));
    if (!worked && !general) return [];
    return [{ exercise, index, score: outcome === undefined ? 0 : preference[outcome] }];
  });
  scored.sort(
    (a, b) => b.score - a.score || a.exercise.minutes - b.exercise.minutes || a.index - b.index,
  );
  return scored.map((entry) => entry.exercise);
}

function latestOutcomes(tried: readonly TriedExercise[]): Map<string, ExerciseOutcome> {
  const outcomes = new Map<string, ExerciseOutcome>();
  for (const { id, outcome } of tried) outcomes.set(id, outcome);
  return outcomes;
}

/**
 * The exercise with this id, or `undefined`.
 * @example exerciseById(EXERCISES, 'urge-surfing')?.title // 'Urge surfing'
 */
export function exerciseById(library: readonly Exercise[], id: string): Exercise | undefined {
  return library.find((exercise) => exercise.id === id);
}
