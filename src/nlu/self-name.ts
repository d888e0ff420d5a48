import { feelingFamily } from './feeling-words.ts';
import type { Token } from './text-analysis.ts';

const A = "['’]";
const EXPLICIT = new RegExp(
  `\\b(?:my\\s+name${A}?s|my\\s+name\\s+is|call\\s+me|you\\s+can\\s+call\\s+me|i\\s+go\\s+by|name${A}s)\\s+([\\p{L}][\\p{L}'’-]{0,39})`,
  'iu',
);
// Case-sensitive on purpose: "I'm Sam" introduces, "I'm sad" does not.
const INTRODUCTION = new RegExp(
  `\\b(?:[iI]\\s+am|[iI]${A}m|[iI]m|[tT]his\\s+is|[iI]t${A}s)\\s+([\\p{Lu}][\\p{L}'’-]{0,39})`,
  'u',
);
const NOT_NAMES = new Set([
  'i',
  'a',
  'an',
  'the',
  'so',
  'not',
  'just',
  'here',
  'fine',
  'ok',
  'okay',
  'good',
  'well',
  'sorry',
  'back',
  'new',
  'really',
  'very',
  'also',
  'still',
  'trying',
  'going',
  'feeling',
  'being',
  'having',
  'afraid',
  'sure',
  'glad',
  'always',
  'never',
  'done',
  'tired',
  'english',
  'american',
  'british',
  'hi',
  'hello',
  'hey',
  'thanks',
  'yes',
  'no',
  'nope',
  'yeah',
  'me',
  'it',
  'that',
  'this',
  'what',
  // Greetings' objects ("hello there", "hi everyone") and ways of addressing the agent.
  'there',
  'everyone',
  'everybody',
  'all',
  'again',
  'friend',
  'mate',
  'guys',
  'bot',
  'alliance',
]);
const LONE_WORD =
  /^([\p{L}][\p{L}'’-]{0,39})[\s,.!]*(?:(?:thanks|thank\s+you|here|please)[\s.!]*)?$/iu;
/** What may follow a name given in answer to "what should I call you, and how direct?": "Jo, direct is fine". */
const PREFERENCE_TAIL =
  /^[\s,.;:!-]+(?:and\s+|but\s+)?(?:(?:a\s+bit\s+|more\s+|much\s+)?(?:direct|warm|warmer|gentle|gentler|practical|slow|slower|quick|quicker|either|both|whatever)\b|(?:i\s+)?(?:prefer|like|want)\s+(?:it\s+)?(?:direct|warm|gentle|practical|slow|quick))/iu;
const FILLERS =
  /^(?:hi|hello|hey|it['’]?s|i['’]?m|im|i\s+am|my\s+name\s+is|call\s+me|just|oh|um|uh|well|ok|okay)[\s,!.]+/iu;

/**
 * The name a person gives for themselves: explicit forms anywhere ("my name is priya", "call me
 * Jo"), "I'm Sam" only with a capitalised word that is not a feeling or a common adjective, and,
 * right after the agent asked for a name, a short reply such as "sam" or "it's Sam".
 * @example extractSelfName('Hi, I am Sam', tokens, false) // 'Sam'
 */
export function extractSelfName(
  text: string,
  tokens: readonly Token[],
  expectingName: boolean,
): string | undefined {
  const explicit = EXPLICIT.exec(text);
  if (explicit && isPlausibleName(explicit[1]!)) return capitalise(explicit[1]!);
  const introduction = INTRODUCTION.exec(text);
  if (introduction && isPlausibleName(introduction[1]!)) {
    const token = tokens.find((t) => t.text === introduction[1]);
    if (!token || token.pos === 'PROPN' || token.pos === 'NOUN') return introduction[1]!;
  }
  if (expectingName) {
    // Only a lone word (perhaps with "it's", "thanks") counts: "work has been stressful" is not a name.
    let rest = text.trim();
    for (let i = 0; i < 3; i++) rest = rest.replace(FILLERS, '');
    const candidate = LONE_WORD.exec(rest)?.[1];
    if (candidate && isPlausibleName(candidate)) return capitalise(candidate);
    // A name, then how they want to be spoken to: "Jo, direct is fine", "sam - warmer please".
    const first = /^([\p{L}][\p{L}'’-]{0,39})(?=[\s,.;:!-])/u.exec(rest)?.[1];
    if (
      first &&
      isPlausibleName(first) &&
      !/ly$/iu.test(first) &&
      PREFERENCE_TAIL.test(rest.slice(first.length))
    )
      return capitalise(first);
  }
  return undefined;
}

function isPlausibleName(word: string): boolean {
  const lower = word.toLowerCase();
  return !NOT_NAMES.has(lower) && feelingFamily(lower) === undefined;
}

function capitalise(word: string): string {
  return word === word.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
