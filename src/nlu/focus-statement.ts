import { DIFFICULT_FAMILIES, feelingFamily } from './feeling-words.ts';

const OPENERS =
  /^(?:(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|well|so|um+|uh+|ok(?:ay)?|yeah|yes|honestly|basically)\b[\s,.!-]*|(?:fine|alright|all right)\s*,\s*)+/iu;
// Case-sensitive name: "I'm Sam, ..." is an introduction, "I'm tired, ..." is not.
const INTRODUCTION =
  /^(?:(?:[iI]\s+am|[iI]['’]m|[iI]m|[tT]his\s+is|[iI]t['’]s)\s+([\p{Lu}][\p{L}'’-]*)|(?:[mM]y\s+name\s+is|[cC]all\s+me)\s+(\S+))\s*(?:[,.!;:-]+\s*|\s+and\s+|$)/u;
const MAX_WORDS = 30;

/**
 * The part of a message that carries what the person is saying about themselves: greetings
 * and self-introductions removed, and among several sentences the one that names a difficult
 * feeling or else the longest. Returns undefined when nothing is left ("Hi, I'm Sam").
 * @example focusStatement('Hi, I am Sam. I have been anxious about work') // 'I have been anxious about work'
 */
export function focusStatement(text: string, sentences: readonly string[]): string | undefined {
  const candidates = (sentences.length > 0 ? sentences : [text])
    .map((sentence) => stripOpeners(sentence))
    .filter((sentence) => /\p{L}{2,}/u.test(sentence) && sentence.split(/\s+/u).length >= 2);
  if (candidates.length === 0) return undefined;
  const scored = candidates.map((sentence, index) => ({ sentence, index, score: score(sentence) }));
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return limitWords(scored[0]!.sentence);
}

function stripOpeners(sentence: string): string {
  let rest = sentence.trim();
  for (let i = 0; i < 3; i++) {
    const before = rest;
    rest = rest
      .replace(OPENERS, '')
      .replace(INTRODUCTION, (whole, name: string | undefined) =>
        name && feelingFamily(name) ? whole : '',
      )
      .trim();
    if (rest === before) break;
  }
  return rest.replace(/^(?:and|but|so)\s+/iu, '').replace(/[\s.!,;:]+$/u, '');
}

function score(sentence: string): number {
  const words = sentence.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  let value = Math.min(words.length, 20);
  if (words.some((word) => DIFFICULT_FAMILIES.has(feelingFamily(word) ?? 'joy'))) value += 25;
  if (words.some((word) => ['i', "i'm", 'im', 'my', 'me', "i've", 'i’m', 'i’ve'].includes(word)))
    value += 10;
  if (/\?\s*$/u.test(sentence)) value -= 5;
  return value;
}

/** Long statements are cut at a clause boundary so a reflection stays a reflection, not a recital. */
function limitWords(sentence: string): string {
  const words = sentence.split(/\s+/u);
  if (words.length <= MAX_WORDS) return sentence;
  const clauses = sentence.split(/(?<=[,;:])\s+|\s+(?=(?:and|but|because)\s)/u);
  let result = '';
  for (const clause of clauses) {
    const next = result ? `${result} ${clause}` : clause;
    if (next.split(/\s+/u).length > MAX_WORDS) break;
    result = next;
  }
  return (result || words.slice(0, MAX_WORDS).join(' ')).replace(/[\s,;:]+$/u, '');
}
