import { normalizeForSafety } from '../normalize-text.ts';

/** Words that put the next few words in a negation's scope ("not", "never", "don't"). */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'cannot',
  'dont',
  'didnt',
  'doesnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'wont',
  'wouldnt',
  'cant',
  'couldnt',
  'shouldnt',
  'havent',
  'hasnt',
  'aint',
]);
const NEGATION_SPAN = 3;
/** Scanned this far: features come from the start of a long message (the rules read 64k). */
const MAX_CHARS = 4_000;

/**
 * The message as the model reads it: normalised like the rules' input, apostrophes dropped.
 * `normalized`, when the caller has it, is `normalizeForSafety(text).text` (not computed twice).
 */
export function modelTokens(text: string, normalized?: string): string[] {
  const head = text.slice(0, MAX_CHARS);
  const source =
    normalized !== undefined && head.length === text.length
      ? normalized
      : normalizeForSafety(head).text;
  return source
    .replace(/['’]/gu, '')
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
}

/** A crude stem: common suffixes off, at most six letters ("goodbyes" → "goodby"). */
function stemOf(token: string): string {
  return token.replace(/(?:ing|ed|es|s|ly)$/u, '').slice(0, 6);
}

/**
 * Features of a message: words (marked `!` inside a negation's scope), word pairs, their stems
 * and stem pairs, and the letter 4-grams of each word, so misspellings and slang share features with the words they
 * bend ("kms", "unalive", "sewerslide").
 * @example messageFeatures("I don't want to die") // ['w:i', 'w:dont', 'w:!want', …]
 */
export function messageFeatures(text: string, normalized?: string): string[] {
  const tokens = modelTokens(text, normalized);
  const features = new Set<string>();
  let negated = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    features.add(negated > 0 ? `w:!${token}` : `w:${token}`);
    if (i > 0) features.add(`b:${tokens[i - 1]}_${token}`);
    const padded = `<${token}>`;
    if (padded.length > 4) {
      for (let j = 0; j + 4 <= padded.length; j += 1) features.add(`c:${padded.slice(j, j + 4)}`);
    }
    // Word stems and stem pairs: "overdosing", "overdosed" and "overdoses" share what they teach.
    const root = stemOf(token);
    features.add(`s:${root}`);
    if (i > 0) features.add(`sb:${stemOf(tokens[i - 1]!)}_${root}`);
    if (NEGATORS.has(token)) negated = NEGATION_SPAN;
    else if (negated > 0) negated -= 1;
  }
  if (tokens.length <= 3) features.add('len:short');
  return [...features];
}
