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
// Accents and stacked combining marks ("zalgo" text) are dropped: the rules read English.
const MARK = /\p{M}/gu;
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
// Suffixes that make a leading digit a number, not leetspeak: "4th", "5pm", "20mg", "3x".
const NUMBER_SUFFIX = new Set(
  'st nd rd th am pm mg ml kg km cm mm g h m s x k min mins hr hrs yo yr yrs lb lbs ft d am pm wk wks day days ish'.split(
    ' ',
  ),
);
// Small capitals, which Unicode normalisation does not fold ("ʜᴜʀᴛ").
const SMALL_CAPS: Record<string, string> = {
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ꜰ: 'f',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
  ғ: 'f',
  ǫ: 'q',
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
// Words of crisis talk that stretched letters must not hide: "wanttt" is "want", not "wantt".
const STRETCH_LEXICON = new Set(
  "want wanna end die died dead death kill hurt cut cutting help please me myself self life live alive gone over done stop tired hate sad alone bye goodbye suicide suicidal now tonight so no yes why can't cant anymore scared hit him her he she pills pain cry crying bleed blood hang jump jumping rope gun knife blade razor drown over it end ending anyone someone everyone nobody hope hopeless empty numb lost broke broken help hurting burn burning harm harming hit hitting scared afraid terrified".split(
    ' ',
  ),
);
// A run of three or more single letters spaced out by one separator: "d i e", "c.u.t".
const SPACED_SEPARATORS = new Set([' ', '.', '-', '_', '*', '·']);

interface Char {
  ch: string;
  at: number;
  /** A letter that stood for a longer run of itself in the original ("killl"). */
  stretched?: boolean;
}

/**
 * Normalizes text for matching while remembering where each character came from, so evidence
 * spans point into what the person actually wrote. Undoes the usual ways of hiding words:
 * zero-width characters, accents and stacked marks, small capitals and fullwidth letters,
 * leetspeak ("k1ll mys3lf", "4ll"), spaced-out letters ("d i e", "c.u.t"), mixed case and
 * stretched letters ("killl", "wanttt").
 * @example normalizeForSafety('I w4nt to K1LL myselfff').text // "i want to kill myselff"
 */
export function normalizeForSafety(input: string): NormalizedText {
  const chars = [...input];
  const out: Char[] = [];
  let offset = 0;
  const push = (value: string, at: number) => {
    for (const ch of value) out.push({ ch, at });
  };
  for (let i = 0; i < chars.length; i++) {
    const raw = chars[i]!;
    const at = offset;
    offset += raw.length;
    // Invisible characters are all outside ASCII: plain text skips the test.
    if (raw.charCodeAt(0) >= 0x80 && INVISIBLE.test(raw)) continue;
    const base = EMOJI_WORDS[raw] || QUOTES[raw] ? raw : foldChar(raw);
    if (base.length === 0) continue;
    if (EMOJI_WORDS[base]) {
      push(EMOJI_WORDS[base], at);
      continue;
    }
    if (QUOTES[base]) {
      push(QUOTES[base], at);
      continue;
    }
    for (const ch of base) {
      let lower = ch.toLowerCase();
      // Leetspeak only inside a word ("k1ll", "mys3lf", "di3", "4ll"), never in numbers ("1 pill", "at 3").
      if (LEET[lower] && isLeetInWord(chars, i)) lower = LEET[lower]!;
      // Three or more of the same letter become two ("killl" → "kill", "sooo" → "soo").
      const last = out.length;
      // The letter test last: it runs only on a third repeat, not on every character.
      if (
        last >= 2 &&
        out[last - 1]!.ch === lower &&
        out[last - 2]!.ch === lower &&
        /\p{L}/u.test(lower)
      ) {
        out[last - 1]!.stretched = true;
        continue;
      }
      for (const piece of lower.length === 1 ? lower : ch.toLowerCase())
        out.push({ ch: piece, at });
    }
  }
  const joined = joinSpacedLetters(out);
  const unstretched = expandShorthand(unstretchWords(unmaskWords(joined)));
  // One offset per code unit of the text: a character outside the BMP (most emoji) is two.
  const origin: number[] = [];
  for (const c of unstretched) {
    origin.push(c.at);
    if (c.ch.length > 1) for (let u = 1; u < c.ch.length; u++) origin.push(c.at);
  }
  origin.push(input.length);
  return { text: unstretched.map((c) => c.ch).join(''), origin };
}

/** Compatibility folding of one character: fullwidth and styled letters to plain, marks dropped. */
function foldChar(ch: string): string {
  // Plain ASCII needs no folding; this is almost every character of almost every message.
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return ch;
  if (SMALL_CAPS[ch]) return SMALL_CAPS[ch];
  if (/[\p{L}\p{M}\p{N}]/u.test(ch)) return ch.normalize('NFKD').replace(MARK, '');
  return ch;
}

function isLetterChar(c: Char | undefined): boolean {
  if (c === undefined) return false;
  const code = c.ch.charCodeAt(0);
  if (c.ch.length === 1 && code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return /\p{L}/u.test(c.ch);
}

/** Digits and symbols that stand for letters inside a spaced-out word ("s u 1 c 1 d 3"). */
const SPACED_LEET = new Set(['0', '1', '3', '4', '5', '7', '@', '$']);

/**
 * Words a run of spaced-out letters may be cut into when it is not one word itself: "k i l l m y
 * s e l f" joins to "killmyself", read as "kill myself". The risk words above and the small words
 * that join them.
 */
const SEGMENT_LEXICON = new Set([
  ...STRETCH_LEXICON,
  ...'i im am a to my wanna gonna going go end kms unalive self harm suicide of off all the this that in out up life living'.split(
    ' ',
  ),
]);

/**
 * "d i e" → "die", "c.u.t.t.i.n.g" → "cutting": three or more single letters with one separator.
 * Leetspeak inside the run is read as letters when at least three real letters carry it ("s u 1 c 1
 * d 3" → "suicide"), and a run that is several words is cut into them ("k i l l m y s e l f" →
 * "kill myself").
 */
function joinSpacedLetters(chars: Char[]): Char[] {
  const result: Char[] = [];
  const unit = (c: Char | undefined) =>
    c !== undefined && (isLetterChar(c) || SPACED_LEET.has(c.ch));
  let i = 0;
  while (i < chars.length) {
    const sep = chars[i + 1]?.ch;
    if (unit(chars[i]) && !unit(chars[i - 1]) && sep !== undefined && SPACED_SEPARATORS.has(sep)) {
      let j = i;
      let count = 1;
      let letters = isLetterChar(chars[i]) ? 1 : 0;
      while (chars[j + 1]?.ch === sep && unit(chars[j + 2]) && !unit(chars[j + 3])) {
        j += 2;
        count += 1;
        if (isLetterChar(chars[j])) letters += 1;
      }
      // Leetspeak needs a longer run, mostly letters: "a 1 b 2" stays as written.
      if (letters >= 3 && (letters === count || (count >= 4 && letters * 2 > count))) {
        const run: Char[] = [];
        for (let k = i; k <= j; k += 2) {
          const c = chars[k]!;
          run.push(isLetterChar(c) ? c : { ...c, ch: LEET[c.ch]! });
        }
        result.push(...segmented(run));
        i = j + 1;
        continue;
      }
    }
    result.push(chars[i]!);
    i += 1;
  }
  return result;
}

/** A joined run cut into the fewest lexicon words (at most four), with a space between them. */
function segmented(run: Char[]): Char[] {
  const word = run.map((c) => c.ch.toLowerCase()).join('');
  if (word.length < 5 || SEGMENT_LEXICON.has(word)) return run;
  // best[k]: the fewest words that spell word[0, k), and where the last one starts.
  const best: { words: number; from: number }[] = [{ words: 0, from: -1 }];
  for (let end = 1; end <= word.length; end += 1) {
    for (let start = Math.max(0, end - 12); start < end; start += 1) {
      const before = best[start];
      if (before === undefined || !SEGMENT_LEXICON.has(word.slice(start, end))) continue;
      const current = best[end];
      if (current === undefined || before.words + 1 < current.words)
        best[end] = { words: before.words + 1, from: start };
    }
  }
  const whole = best[word.length];
  if (whole === undefined || whole.words < 2 || whole.words > 4) return run;
  const cuts: number[] = [];
  for (let end = word.length; end > 0; end = best[end]!.from) cuts.unshift(end);
  const result: Char[] = [];
  let start = 0;
  for (const end of cuts) {
    if (start > 0) result.push({ ch: ' ', at: run[start]!.at });
    result.push(...run.slice(start, end));
    start = end;
  }
  return result;
}

/** Symbols people type in place of letters to dodge filters ("su*cide", "s#lf h@rm", "k_ll"). */
const MASKS = new Set(['*', '#', '_', '?', '%', '^', '~', '+', '!', '@', '$']);
/**
 * Risk words a masked word may stand for. Only these are restored, so an ordinary censored
 * swear word stays as written.
 */
const MASKED_LEXICON = [
  ...new Set(
    'suicide suicidal suicidally kill killing killed kms die dying died dead death cut cutting cuts self harm harming hurt hurting overdose overdosed overdosing hang hanging hanged unalive unaliving myself rape raped abuse abused abusing murder stab stabbing shoot shooting gun blade blades razor razors pills bleed bleeding noose jump jumping wrists wrist poison poisoned strangle strangled choke choking'.split(
      ' ',
    ),
  ),
];
const MASKED_BY_LENGTH = new Map<number, string[]>();
for (const word of MASKED_LEXICON) {
  MASKED_BY_LENGTH.set(word.length, [...(MASKED_BY_LENGTH.get(word.length) ?? []), word]);
}

/**
 * A word with letters replaced by symbols becomes the one risk word it can stand for, letter for
 * letter, so offsets are kept ("su*cidal" → "suicidal"); a word two risk words fit stays as it is.
 */
function unmaskWords(chars: Char[]): Char[] {
  if (!chars.some((c) => MASKS.has(c.ch))) return chars;
  const result = chars.slice();
  const inWord = (c: Char | undefined) => c !== undefined && (isLetterChar(c) || MASKS.has(c.ch));
  let i = 0;
  while (i < result.length) {
    if (!inWord(result[i]) || inWord(result[i - 1])) {
      i += 1;
      continue;
    }
    let j = i;
    while (inWord(result[j])) j += 1;
    const word = result.slice(i, j);
    const letters = word.filter((c) => isLetterChar(c)).length;
    // Masks inside the word, with at least two real letters: "s*icide", not "*hug*" or "***".
    const inner = word.slice(1, -1).some((c) => MASKS.has(c.ch));
    if (inner && letters >= 2 && letters < word.length) {
      const candidates = (MASKED_BY_LENGTH.get(word.length) ?? []).filter((candidate) =>
        word.every((c, k) => MASKS.has(c.ch) || c.ch === candidate[k]),
      );
      if (candidates.length === 1) {
        const [restored] = candidates as [string];
        for (let k = 0; k < word.length; k += 1) result[i + k] = { ...word[k]!, ch: restored[k]! };
      }
    }
    i = j;
  }
  return result;
}

/**
 * Text-speak for times and wants, written out so the rules read them: "2nite" → "tonight",
 * "2moro" → "tomorrow", "wnt" → "want". A lone "2" becomes "to" only after a verb that takes one
 * ("want 2 die", "going 2 end it"), never before a count ("want 2 pills" keeps its number).
 */
const SHORTHAND: Record<string, string> = {
  '2nite': 'tonight',
  '2night': 'tonight',
  '2nyt': 'tonight',
  tnite: 'tonight',
  tonite: 'tonight',
  '2moro': 'tomorrow',
  '2morro': 'tomorrow',
  '2morrow': 'tomorrow',
  '2mrw': 'tomorrow',
  '2moz': 'tomorrow',
  tmrw: 'tomorrow',
  tmrow: 'tomorrow',
  tmoz: 'tomorrow',
  '2day': 'today',
  wnt: 'want',
  wnna: 'wanna',
  pillz: 'pills',
};
// Any table word, or a "2" starting a word (which covers every "2…" spelling), at a word start:
// built from the table so a new spelling cannot be missing from it.
const SHORTHAND_HINT = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:2|${Object.keys(SHORTHAND)
    .filter((word) => !word.startsWith('2'))
    .join('|')})`,
  'u',
);
const TAKES_TO = new Set(
  'want wanna wants wanted going gonna need needs ready about planning plan trying try decided deserve deserves time'.split(
    ' ',
  ),
);
const COUNTED = new Set(
  'pills tablets meds hours hrs days weeks months years mins minutes kids children boys girls more of or and packs boxes bottles drinks beers times people'.split(
    ' ',
  ),
);

function expandShorthand(chars: Char[]): Char[] {
  const text = chars.map((c) => c.ch).join('');
  if (!SHORTHAND_HINT.test(text)) return chars;
  // The Char behind each code unit of `text` (an emoji is one Char and two units).
  const charAt: number[] = [];
  chars.forEach((c, k) => {
    for (let u = 0; u < c.ch.length; u += 1) charAt.push(k);
  });
  charAt.push(chars.length);
  const words = [...text.matchAll(/[\p{L}\p{N}']+/gu)].map((match) => ({
    start: charAt[match.index]!,
    end: charAt[match.index + match[0].length]!,
    word: match[0],
  }));
  const result: Char[] = [];
  let next = 0;
  let previous = '';
  words.forEach(({ start, end, word }, w) => {
    let replacement = SHORTHAND[word];
    const following = words[w + 1]?.word;
    if (
      word === '2' &&
      TAKES_TO.has(previous) &&
      following !== undefined &&
      /^\p{L}/u.test(following) &&
      !COUNTED.has(SHORTHAND[following] ?? following)
    )
      replacement = 'to';
    previous = replacement ?? word;
    if (replacement === undefined) return;
    result.push(...chars.slice(next, start));
    for (let k = 0; k < replacement.length; k += 1)
      result.push({ ch: replacement[k]!, at: chars[start + Math.min(k, end - start - 1)]!.at });
    next = end;
  });
  result.push(...chars.slice(next));
  return result;
}

/** A stretched double letter becomes single when only the single spelling is a word ("endd" → "end"). */
function unstretchWords(chars: Char[]): Char[] {
  if (!chars.some((c) => c.stretched)) return chars;
  const result: Char[] = [];
  let i = 0;
  while (i < chars.length) {
    if (!/[\p{L}']/u.test(chars[i]!.ch)) {
      result.push(chars[i]!);
      i += 1;
      continue;
    }
    let j = i;
    while (j < chars.length && /[\p{L}']/u.test(chars[j]!.ch)) j += 1;
    const word = chars.slice(i, j);
    if (word.some((c) => c.stretched)) {
      const text = word.map((c) => c.ch).join('');
      const single = word.filter((c) => !c.stretched);
      if (!STRETCH_LEXICON.has(text) && STRETCH_LEXICON.has(single.map((c) => c.ch).join(''))) {
        result.push(...single);
        i = j;
        continue;
      }
    }
    result.push(...word);
    i = j;
  }
  return result;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

function isLeetInWord(chars: readonly string[], index: number): boolean {
  const before = visibleNeighbour(chars, index, -1);
  const after = visibleNeighbour(chars, index, 1);
  const letterOrLeet = (ch: string | undefined) =>
    isLetter(ch) || (ch !== undefined && LEET[ch] !== undefined && /[0-9@$]/u.test(ch));
  if (isNumberWord(chars, index)) return false;
  if (isLetter(before) && letterOrLeet(after)) return true;
  if (letterOrLeet(before) && isLetter(after)) return true;
  // A digit opening a word of letters: "4ll", "0verdose"; not "4th", "5pm", "20mg".
  if (/[0-9]/u.test(chars[index]!) && !letterOrLeet(before) && !/[0-9]/u.test(before ?? '')) {
    let suffix = '';
    for (let i = index + 1; i < chars.length && isLetter(chars[i]); i++) {
      suffix += chars[i]!.toLowerCase();
      if (suffix.length > 12) break;
    }
    if (suffix.length >= 2 && !NUMBER_SUFFIX.has(suffix)) return true;
  }
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

/**
 * Whether the digit at `index` belongs to a number written as one: a run of digits standing
 * alone or with a unit or ordinal ("14th", "2am", "20mg"), so "the 14th" is not read as "the 1ath".
 */
function isNumberWord(chars: readonly string[], index: number): boolean {
  const digit = (ch: string | undefined) => ch !== undefined && /[0-9]/u.test(ch);
  if (!digit(chars[index])) return false;
  let start = index;
  while (start > 0 && digit(chars[start - 1])) start -= 1;
  if (isLetter(chars[start - 1])) return false;
  let end = index;
  while (end + 1 < chars.length && digit(chars[end + 1])) end += 1;
  let suffix = '';
  let next = end + 1;
  while (next < chars.length && isLetter(chars[next]) && suffix.length <= 12) {
    suffix += chars[next]!.toLowerCase();
    next += 1;
  }
  if (chars[next] !== undefined && /[0-9@$]/u.test(chars[next]!)) return false;
  return suffix === '' || NUMBER_SUFFIX.has(suffix);
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
