/** Text prepared for the safety rules, with a way back to the original offsets. */
export interface NormalizedText {
  /** Lowercase, without zero-width characters, leetspeak undone, runs of a letter shortened, emoji named. */
  text: string;
  /** `origin[i]` is the offset in the original text of normalized character `i` (length text.length + 1). */
  origin: number[];
}

// Invisible characters people (and filters) put inside words: zero-width space, joiners, word
// joiner, BOM, soft hyphen, variation selectors.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\uFE0E\uFE0F]/u;
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};
// Emoji that stand for means or acts in crisis talk, named so the rules can read them.
const EMOJI_WORDS: Record<string, string> = {
  '🔪': ' knife ',
  '🗡': ' knife ',
  '💊': ' pills ',
  '🪢': ' rope ',
  '🔫': ' gun ',
  '🩸': ' blood ',
  '⚰': ' coffin ',
  '🪦': ' grave ',
};
const QUOTES: Record<string, string> = { '’': "'", '‘': "'", ʼ: "'", '`': "'", '´': "'" };

/**
 * Normalizes text for matching while remembering where each character came from, so evidence
 * spans point into what the person actually wrote. Undoes the usual ways of hiding words:
 * zero-width characters, leetspeak ("k1ll mys3lf"), mixed case and stretched letters ("killl").
 * @example normalizeForSafety('I w4nt to K1LL myselfff').text // "i want to kill myselff"
 */
export function normalizeForSafety(input: string): NormalizedText {
  const chars = [...input.normalize('NFC')];
  let text = '';
  const origin: number[] = [];
  let offset = 0;
  const push = (value: string, at: number) => {
    for (const ch of value) {
      text += ch;
      origin.push(at);
    }
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const at = offset;
    offset += ch.length;
    if (INVISIBLE.test(ch)) continue;
    if (EMOJI_WORDS[ch]) {
      push(EMOJI_WORDS[ch], at);
      continue;
    }
    if (QUOTES[ch]) {
      push(QUOTES[ch], at);
      continue;
    }
    let lower = ch.toLowerCase();
    // Leetspeak only inside a word ("k1ll", "mys3lf", "di3"), never in numbers ("1 pill", "at 3").
    if (LEET[lower] && isLeetInWord(chars, i)) lower = LEET[lower]!;
    // Three or more of the same letter become two ("killl" → "kill", "sooo" → "soo").
    if (/\p{L}/u.test(lower) && text.endsWith(lower + lower)) continue;
    push(lower.length === 1 ? lower : ch.toLowerCase(), at);
  }
  origin.push(offset);
  return { text, origin };
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

function isLeetInWord(chars: readonly string[], index: number): boolean {
  const before = visibleNeighbour(chars, index, -1);
  const after = visibleNeighbour(chars, index, 1);
  const letterOrLeet = (ch: string | undefined) =>
    isLetter(ch) || (ch !== undefined && LEET[ch] !== undefined && /[0-9@$]/u.test(ch));
  if (isLetter(before) && letterOrLeet(after)) return true;
  if (letterOrLeet(before) && isLetter(after)) return true;
  // A digit closing a word of letters: "di3", "h8"; not "!" ("dead!"), not a number.
  const twoBefore = visibleNeighbour(chars, index, -2);
  return (
    /[0-9]/u.test(chars[index]!) &&
    isLetter(before) &&
    isLetter(twoBefore) &&
    !letterOrLeet(after) &&
    !/[0-9]/u.test(after ?? '')
  );
}

function visibleNeighbour(
  chars: readonly string[],
  index: number,
  step: number,
): string | undefined {
  let seen = 0;
  for (let i = index + Math.sign(step); i >= 0 && i < chars.length; i += Math.sign(step)) {
    if (INVISIBLE.test(chars[i]!)) continue;
    seen += 1;
    if (seen === Math.abs(step)) return chars[i];
  }
  return undefined;
}

/** The original span of a normalized span. */
export function originalSpan(
  normalized: NormalizedText,
  start: number,
  end: number,
): [number, number] {
  return [
    normalized.origin[start] ?? 0,
    normalized.origin[end] ?? normalized.origin[normalized.origin.length - 1]!,
  ];
}
