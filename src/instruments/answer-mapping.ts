import { answerableItems, itemScale, type InstrumentDefinition } from './definition.ts';

/** How a free-text answer to one item was understood. */
export type MappedAnswer =
  | { kind: 'value'; value: number }
  /** Several values fit ("sometimes"): the agent asks which one. */
  | { kind: 'ambiguous'; values: number[] }
  | { kind: 'skip' }
  /** The person wants to stop the questionnaire. */
  | { kind: 'stop' }
  /** Nothing in the text maps to an answer. */
  | { kind: 'unmapped' };

const SKIP =
  /\b(skip|pass|next question|rather not (say|answer)|prefer not to (say|answer)|don'?t want to answer( that| this)?|no comment)\b/u;
const STOP =
  /^(?:(?:ok|okay|please|sorry|actually)\s)?(?:stop|enough|quit|cancel)(?:\s(?:please|now|here|it|that|for now|thanks))?$|\b(stop( the)? (questions|questionnaire|this)|can we stop|i want to stop|let'?s stop|not now|another time|later please|do this later|i'?m done with (these|this|the questions)|enough questions|no more questions)\b/u;

const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  nought: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** Lower case, straight apostrophes, single spaces, punctuation (except decimal points) removed. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/(\d)\.(\d)/gu, '$1§$2')
    .replace(/[^\p{L}\p{N}§' ]+/gu, ' ')
    .replace(/§/gu, '.')
    .replace(/\s+/gu, ' ')
    .trim();
}

function findPhrase(text: string, phrase: string): { start: number; end: number } | undefined {
  const pattern = new RegExp(
    `(?:^|\\s)${phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?=\\s|$)`,
    'u',
  );
  const match = pattern.exec(text);
  if (!match) return undefined;
  const start = match.index + (match[0].startsWith(' ') ? 1 : 0);
  return { start, end: start + phrase.length };
}

/**
 * Maps a free-text answer ("nearly every day", "3", "more than half the days", "sometimes") to an
 * item's answer value. Numbers are taken as the option's score; the instrument's phrases map
 * everyday words; a phrase that fits several options, or two different answers in one message,
 * is `ambiguous` and gets confirmed.
 * @example mapAnswerText(PHQ9, 'phq9-1', 'most days') // { kind: 'value', value: 2 }
 */
export function mapAnswerText(
  definition: InstrumentDefinition,
  linkId: string,
  raw: string,
): MappedAnswer {
  const item = answerableItems(definition).find((candidate) => candidate.linkId === linkId);
  if (!item) return { kind: 'unmapped' };
  const scale = itemScale(item);
  const text = normalise(raw.slice(0, 2000));
  if (!text) return { kind: 'unmapped' };
  if (STOP.test(text)) return { kind: 'stop' };
  if (SKIP.test(text)) return { kind: 'skip' };

  const allowed = (value: number) =>
    scale.kind === 'choice'
      ? scale.options.some((option) => option.value === value)
      : value >= scale.min && value <= scale.max && (scale.decimals || Number.isInteger(value));

  // Digits, except a scale's maximum after "out of" ("7 out of 10").
  const digits = [...text.matchAll(/(^|\s)(\d+(?:\.\d+)?)(?=\s|$)/gu)]
    .filter((match) => !text.slice(0, match.index).endsWith('out of'))
    .map((match) => Number(match[2]));

  // Phrases, number words included: the longest match wins, so "one or two days" is one answer.
  const phraseSets = [
    ...(definition.answerPhrases?.exact ?? []).map((entry) => ({
      values: [entry.value],
      phrases: entry.phrases,
    })),
    ...(definition.answerPhrases?.vague ?? []),
    ...scale.options.flatMap((option) =>
      option.display ? [{ values: [option.value], phrases: [option.display] }] : [],
    ),
    ...Object.entries(NUMBER_WORDS).map(([word, value]) => ({ values: [value], phrases: [word] })),
  ];
  const found: { start: number; end: number; values: number[] }[] = [];
  for (const set of phraseSets) {
    for (const phrase of set.phrases) {
      const span = findPhrase(text, normalise(phrase));
      if (span && !text.slice(0, span.start).endsWith('out of '))
        found.push({ ...span, values: set.values });
    }
  }
  const kept = found.filter(
    (candidate) =>
      !found.some(
        (other) =>
          other.end - other.start > candidate.end - candidate.start &&
          other.start <= candidate.start &&
          other.end >= candidate.end,
      ),
  );
  // A precise answer outweighs a vague one: "yes, several days" means several days.
  const precise = [
    ...digits,
    ...kept.filter((c) => c.values.length === 1).flatMap((c) => c.values),
  ];
  const chosen = precise.length > 0 ? precise : kept.flatMap((candidate) => candidate.values);
  const values = [...new Set(chosen)].filter(allowed).sort((a, b) => a - b);

  if (values.length === 1) return { kind: 'value', value: values[0]! };
  if (values.length > 1) return { kind: 'ambiguous', values };
  return { kind: 'unmapped' };
}
