/**
 * Features of a (seeker post, response) pair for the empathy classifiers: for the response as a
 * whole, and for each of its sentences (empathy usually sits in one sentence of a longer reply;
 * the sentence model learns from the annotators' rationale spans). Plain string work, no
 * tokenizer library: the annotate pipeline has to score thousands of utterances a second.
 */
import {
  ADVICE_WORDS,
  AUXILIARIES,
  FEELINGS,
  FIRST_PERSON,
  FIRST_PLURAL,
  IMPERATIVE_STARTS,
  NEGATION_SPAN,
  NEGATORS,
  PAST_MARKERS,
  PHRASES,
  SECOND_PERSON,
  SHARING_WORDS,
  STOPWORDS,
  WH_WORDS,
} from './lexicons.ts';
import { valenceLexicon } from './valence.ts';

/** Responses are read up to here; the rare longer ones keep their start, where empathy usually is. */
export const MAX_RESPONSE_CHARS = 3_000;
const MAX_SEEKER_CHARS = 2_000;
/** Sentences past this many are not read (a 100 kB reply stays as cheap as a long one). */
const MAX_SENTENCES = 40;

/** Which feature families to emit (all by default), so experiments can switch them off. */
export interface FeatureOptions {
  words?: boolean;
  pairs?: boolean;
  cues?: boolean;
  valence?: boolean;
  seeker?: boolean;
}

/**
 * Features of the response as a whole and of each sentence (in order). Each sentence list starts
 * with the features that reach `response` for the first time there (`fresh[i]` of them), then
 * the sentence's other reply-level features, then its sentence-only ones (position, length,
 * overlap), so a scorer can look each feature up once for both levels. Every sentence also has
 * the features in `context` (the seeker post's form), listed once rather than per sentence.
 * `response` is the fresh features of every sentence followed by `extra`, the reply-level ones
 * that no sentence has (counts, length, overlap with the seeker post, the seeker post's form).
 */
export interface PairFeatures {
  response: string[];
  sentences: string[][];
  fresh: number[];
  extra: string[];
  context: string[];
}

/** A sentence's character range in the (capped) response. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Sentence ranges of a text: a sentence ends after `.`, `!` or `?` followed by a space or the end,
 * or at a line break; ranges without a letter or digit are dropped.
 * @example splitSentences('Oh no. What happened?') // [{ start: 0, end: 6 }, { start: 6, end: 21 }]
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    for (let i = start; i < end; i += 1) {
      const c = text.charCodeAt(i);
      // A letter or digit: ASCII ones, or anything past ASCII that is not a space or symbol.
      if (
        (c >= 48 && c <= 57) ||
        (c >= 65 && c <= 90) ||
        (c >= 97 && c <= 122) ||
        (c > 127 && /[\p{L}\p{N}]/u.test(text[i]!))
      ) {
        out.push({ start, end });
        break;
      }
    }
    start = end;
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\n') push(i + 1);
    else if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < text.length && '.!?'.includes(text[j]!)) j += 1;
      if (j === text.length || text.charCodeAt(j) <= 32 || /\s/u.test(text[j]!)) push(j);
      i = j - 1;
    }
  }
  if (start < text.length) push(text.length);
  return out;
}

/**
 * The sentences the features read, as ranges of the response: the sentences of its first
 * `MAX_RESPONSE_CHARS` characters, at most `MAX_SENTENCES`. Training maps rationale spans on them.
 * @example sentenceSpans('Sorry. What happened?').length // 2
 */
export function sentenceSpans(response: string): SentenceSpan[] {
  return splitSentences(response.slice(0, MAX_RESPONSE_CHARS)).slice(0, MAX_SENTENCES);
}

/** Lowercase words, apostrophes dropped ("I’m" → "im"), as the word lists are written. */
function words(lowercase: string): string[] {
  return lowercase.replace(/['’‘`]/g, '').match(/[a-z0-9]+|<3/g) ?? [];
}

/** A rough stem so "feeling"/"feel" and "tried"/"try" meet in the overlap with the seeker post. */
function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ing')) return word.slice(0, -3);
  if (word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ed') || word.endsWith('ly') || word.endsWith('es')) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** A count as a small ordinal bucket, so the model sees "none / one / a few / many". */
function bucket(n: number): string {
  if (n <= 0) return '0';
  if (n === 1) return '1';
  if (n === 2) return '2';
  if (n <= 4) return '3-4';
  if (n <= 8) return '5-8';
  return '9+';
}

function lengthBucket(count: number): string {
  if (count <= 3) return '<=3';
  if (count <= 7) return '<=7';
  if (count <= 15) return '<=15';
  if (count <= 30) return '<=30';
  if (count <= 60) return '<=60';
  if (count <= 120) return '<=120';
  return '>120';
}

// What the word lists say about a word, as bits, so each token costs one lookup.
const FIRST = 1;
const SECOND = 2;
const PLURAL = 4;
const FEELING = 8;
const PAST = 16;
const SHARING = 32;
const ADVICE = 64;
const STOP = 128;
const NEGATOR = 256;
const PHRASE = 512;
const NEGATIVE = 1024;
const POSITIVE = 2048;
const WH = 4096;
const AUXILIARY = 8192;
const IMPERATIVE = 16384;

type PhraseEntry = { mechanism: 'er' | 'ip' | 'ex'; name: string; rest: string[] };
let wordInfo: Map<string, number> | undefined;
let phraseIndex: Map<string, PhraseEntry[]> | undefined;

function lexicon(): { info: Map<string, number>; phrases: Map<string, PhraseEntry[]> } {
  if (!wordInfo || !phraseIndex) {
    const info = new Map<string, number>();
    const mark = (list: Iterable<string>, bit: number) => {
      for (const word of list) info.set(word, (info.get(word) ?? 0) | bit);
    };
    for (const [word, valence] of valenceLexicon()) {
      if (valence <= -1) mark([word], NEGATIVE);
      else if (valence >= 1) mark([word], POSITIVE);
    }
    mark(FIRST_PERSON, FIRST);
    mark(SECOND_PERSON, SECOND);
    mark(FIRST_PLURAL, PLURAL);
    mark(FEELINGS, FEELING);
    mark(PAST_MARKERS, PAST);
    mark(SHARING_WORDS, SHARING);
    mark(ADVICE_WORDS, ADVICE);
    mark(STOPWORDS, STOP);
    mark(NEGATORS, NEGATOR);
    mark(WH_WORDS, WH);
    mark(AUXILIARIES, AUXILIARY);
    mark(IMPERATIVE_STARTS, IMPERATIVE);
    const phrases = new Map<string, PhraseEntry[]>();
    for (const [mechanism, list] of Object.entries(PHRASES) as [
      PhraseEntry['mechanism'],
      readonly string[],
    ][]) {
      for (const phrase of list) {
        const [first, ...rest] = words(phrase);
        const entries = phrases.get(first!) ?? [];
        entries.push({ mechanism, name: phrase.replace(/ /gu, '_'), rest });
        phrases.set(first!, entries);
        mark([first!], PHRASE);
      }
    }
    wordInfo = info;
    phraseIndex = phrases;
  }
  return { info: wordInfo, phrases: phraseIndex };
}

interface Seeker {
  stems: Set<string>;
  feelings: Set<string>;
  features: string[];
}

let lastSeeker: { text: string; seeker: Seeker } | undefined;

/** The seeker post's content stems, feeling words and form (the last one is remembered). */
function readSeeker(seekerPost: string): Seeker {
  if (lastSeeker?.text === seekerPost) return lastSeeker.seeker;
  const lowercase = seekerPost.slice(0, MAX_SEEKER_CHARS).toLowerCase();
  const tokens = words(lowercase);
  const { info } = lexicon();
  const stems = new Set<string>();
  const feelings = new Set<string>();
  let anyone = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const word = tokens[i]!;
    const bits = info.get(word) ?? 0;
    if (bits & FEELING) feelings.add(word);
    if (!(bits & STOP) && word.length >= 3) stems.add(stem(word));
    if (word === 'anyone' || word === 'anybody') anyone = true;
  }
  const features: string[] = [`sk:len${lengthBucket(tokens.length)}`];
  if (lowercase.includes('?')) features.push('sk:question');
  if (anyone) features.push('sk:anyone');
  if (feelings.size > 0) features.push('sk:feeling');
  const seeker = { stems, feelings, features };
  lastSeeker = { text: seekerPost, seeker };
  return seeker;
}

/**
 * Features of a response and, when known, the seeker post it answers.
 * Words (`w:`, `n:` inside a negation's scope), word pairs within a sentence (`b:`, `<s>` marks a
 * sentence start), question form (`q:`, `qs:` first words of a question), pronouns (`p:`),
 * advice and self-disclosure cues (`x:`), VADER valence (`v:`), empathy phrases (`ph:`, `lx:`),
 * length (`len:`), overlap with the seeker post (`ov:`) and its form (`sk:`). Sentence lists add
 * the sentence's position (`pos:`) and length (`sl:`).
 * @example pairFeatures('What happened after that?').response.includes('q:wh') // true
 */
export function pairFeatures(
  response: string,
  seekerPost?: string,
  options: FeatureOptions = {},
): PairFeatures {
  const use = {
    words: true,
    pairs: true,
    cues: true,
    valence: true,
    seeker: true,
    ...options,
  };
  const raw = response.slice(0, MAX_RESPONSE_CHARS);
  let lowercase = raw.toLowerCase();
  // Offsets are shared with the raw text; the rare letters whose lowercase is longer are left be.
  if (lowercase.length !== raw.length) lowercase = raw.replace(/[A-Z]+/gu, (m) => m.toLowerCase());
  const seeker =
    use.seeker && seekerPost !== undefined && seekerPost.trim() !== ''
      ? readSeeker(seekerPost)
      : undefined;
  const { info, phrases } = lexicon();
  const valenceMask = use.valence ? NEGATIVE | POSITIVE : 0;
  const spans = sentenceSpans(lowercase);
  const seenIn = new Map<string, number>();
  const reply: string[] = [];
  const sentences: string[][] = [];
  const fresh: number[] = [];
  let wordCount = 0;
  let firstPerson = 0;
  let secondPerson = 0;
  let questions = 0;
  let youQuestions = 0;
  let negative = 0;
  let positive = 0;
  const hits = { er: 0, ip: 0, ex: 0 };
  const feelingWords = new Set<string>();
  const responseStems = new Set<string>();
  spans.forEach((span, position) => {
    const text = lowercase.slice(span.start, span.end);
    const tokens = words(text);
    const question = text.includes('?');
    // Where each feature was last seen decides its place: new to the reply, or seen before.
    const list: string[] = [];
    const stale: string[] = [];
    const own = {
      add(f: string) {
        const last = seenIn.get(f);
        if (last === undefined) {
          seenIn.set(f, position);
          list.push(f);
          reply.push(f);
        } else if (last !== position) {
          seenIn.set(f, position);
          stale.push(f);
        }
      },
    };
    wordCount += tokens.length;
    let negated = 0;
    let seen = 0;
    let overlap = 0;
    for (let i = 0; i < tokens.length; i += 1) {
      const word = tokens[i]!;
      let bits = info.get(word) ?? 0;
      if (use.words) {
        own.add(`w:${word}`);
        if (negated > 0) own.add(`n:${word}`);
      }
      if (use.pairs) own.add(`b:${i === 0 ? '<s>' : tokens[i - 1]}_${word}`);
      if (bits & FIRST) firstPerson += 1;
      else if (bits & SECOND) secondPerson += 1;
      if (bits & FEELING) feelingWords.add(word);
      if (word.length > 4 && word.endsWith('ed')) bits |= PAST;
      // A valenced word inside a negation's scope: "not good" reads negative, "not bad" neutral.
      if (negated > 0 && bits & (NEGATIVE | POSITIVE)) {
        bits = (bits & ~(NEGATIVE | POSITIVE)) | (bits & POSITIVE ? NEGATIVE : 0);
      }
      seen |= bits & (~(NEGATIVE | POSITIVE) | valenceMask);
      if (seeker && !(bits & STOP) && word.length >= 3) {
        const s = stem(word);
        responseStems.add(s);
        if (seeker.stems.has(s)) overlap += 1;
      }
      if (use.cues && bits & PHRASE) {
        for (const entry of phrases.get(word) ?? []) {
          let j = 0;
          while (j < entry.rest.length && tokens[i + 1 + j] === entry.rest[j]) j += 1;
          if (j === entry.rest.length) {
            own.add(`ph:${entry.name}`);
            own.add(`lx:${entry.mechanism}`);
            hits[entry.mechanism] += 1;
          }
        }
      }
      if (bits & NEGATOR) negated = NEGATION_SPAN;
      else if (negated > 0) negated -= 1;
    }
    const hasI = (seen & FIRST) !== 0;
    const hasYou = (seen & SECOND) !== 0;
    if (seen & NEGATIVE) negative += 1;
    if (seen & POSITIVE) positive += 1;
    if (use.cues && tokens.length > 0) {
      const first = tokens[0]!;
      const firstBits = info.get(first) ?? 0;
      const advice = (seen & ADVICE) !== 0;
      if (hasI) own.add('p:i');
      if (hasYou) own.add('p:you');
      if (seen & PLURAL) own.add('p:we');
      if (first === 'i' || first === 'im' || first === 'ive') own.add('p:starts_i');
      if (firstBits & SECOND) own.add('p:starts_you');
      if (text.includes('!')) own.add('x:exclaim');
      if (/[:;]-?[()dp]|<3/.test(text)) own.add('x:emoticon');
      if (question) {
        questions += 1;
        if (hasYou) youQuestions += 1;
        own.add('q:?');
        own.add(`qs:${first}`);
        own.add(`qs2:${first}_${tokens[1] ?? ''}`);
        if (firstBits & WH) own.add(hasYou ? 'q:wh_you' : 'q:wh');
        if (firstBits & AUXILIARY) own.add(hasYou ? 'q:aux_you' : 'q:aux');
        if (tokens.length <= 3) own.add('q:short');
        own.add(`ql:${lengthBucket(tokens.length)}`);
        for (let i = 1; i < tokens.length; i += 1) {
          if ((info.get(tokens[i]!) ?? 0) & WH) {
            own.add('q:wh_inside');
            break;
          }
        }
        if (advice) own.add('q:advice');
        if (overlap > 0) own.add('q:overlap');
      } else {
        if (firstBits & IMPERATIVE) own.add('x:imperative');
        if (hasYou && advice) own.add('x:you_advice');
      }
      if (hasI && seen & FEELING) own.add('x:i_feel');
      if (hasYou && seen & FEELING) own.add('x:you_feel');
      if (hasI && seen & PAST) own.add('x:i_past');
      if (hasI && seen & SHARING) own.add('x:i_share');
      if (hasI && overlap > 0) own.add('x:i_overlap');
      if (hasYou && overlap > 0) own.add('x:you_overlap');
    }
    if (use.valence) {
      if (seen & NEGATIVE) own.add(hasYou ? 'v:you_neg' : hasI ? 'v:i_neg' : 'v:neg');
      if (seen & POSITIVE) own.add(hasYou ? 'v:you_pos' : hasI ? 'v:i_pos' : 'v:pos');
    }
    fresh.push(list.length);
    for (const f of stale) list.push(f);
    if (use.cues) {
      list.push(`sl:${lengthBucket(tokens.length)}`);
      if (position === 0) list.push('pos:first');
      if (position === spans.length - 1) list.push(spans.length === 1 ? 'pos:only' : 'pos:last');
    }
    if (seeker) list.push(`ov:s${bucket(overlap)}`);
    sentences.push(list);
  });
  const extra: string[] = [];
  if (use.cues) {
    extra.push(`len:${lengthBucket(wordCount)}`);
    extra.push(`len:s${bucket(spans.length)}`);
    extra.push(`q:n${bucket(questions)}`);
    extra.push(`q:you${bucket(youQuestions)}`);
    if (questions > 0 && raw.trimEnd().endsWith('?')) extra.push('q:last');
    extra.push(`p:i${bucket(firstPerson)}`);
    extra.push(`p:you${bucket(secondPerson)}`);
    extra.push(
      `p:mix${firstPerson > secondPerson ? 'i' : firstPerson < secondPerson ? 'you' : 'eq'}`,
    );
    for (const [mechanism, n] of Object.entries(hits)) extra.push(`lx:${mechanism}${bucket(n)}`);
    extra.push(`fw:${bucket(feelingWords.size)}`);
  }
  if (use.valence) {
    extra.push(`v:negn${bucket(negative)}`);
    extra.push(`v:posn${bucket(positive)}`);
  }
  if (seeker) {
    let shared = 0;
    for (const s of responseStems) if (seeker.stems.has(s)) shared += 1;
    extra.push(`ov:n${bucket(shared)}`);
    const fraction = responseStems.size === 0 ? 0 : shared / responseStems.size;
    extra.push(
      `ov:f${fraction === 0 ? '0' : fraction < 0.15 ? 'lo' : fraction < 0.35 ? 'mid' : 'hi'}`,
    );
    for (const word of feelingWords) {
      if (seeker.feelings.has(word)) {
        extra.push('ov:feeling');
        break;
      }
    }
    for (const f of seeker.features) extra.push(f);
  } else extra.push('sk:none');
  for (const f of extra) reply.push(f);
  const context = seeker ? [...seeker.features] : ['sk:none'];
  return { response: reply, sentences, fresh, extra, context };
}

/**
 * Features of the response as a whole (see `pairFeatures`).
 * @example empathyFeatures('Have you talked to anyone?').includes('q:aux_you') // true
 */
export function empathyFeatures(
  response: string,
  seekerPost?: string,
  options?: FeatureOptions,
): string[] {
  return pairFeatures(response, seekerPost, options).response;
}
