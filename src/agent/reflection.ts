// First person becomes second person so a reflection speaks the person's words back to them.
// Two-word forms come first so "I was" becomes "you were", not "you was".
const SWAPS: readonly [RegExp, string][] = [
  [/\bI\s+am\b/giu, 'you are'],
  [/\bI\s+was\b/giu, 'you were'],
  [/\bI['’]m\b/giu, "you're"],
  [/\bIm\b/gu, "you're"],
  [/\bim\b/gu, "you're"],
  [/\bI['’]ve\b/giu, "you've"],
  [/\bI['’]ll\b/giu, "you'll"],
  [/\bI['’]d\b/giu, "you'd"],
  [/\bI\b/gu, 'you'],
  [/\bi\b/gu, 'you'],
  [/\bmyself\b/giu, 'yourself'],
  [/\bmine\b/giu, 'yours'],
  [/\bmy\b/giu, 'your'],
  [/\bme\b/giu, 'you'],
];

/** True when a statement speaks to or about the agent ("you don't get it"), which a pronoun swap would garble. */
export function addressesAgent(statement: string): boolean {
  return /\b(?:you|your|yours|yourself|you['’](?:re|ve|ll|d))\b/iu.test(statement);
}

/**
 * A statement turned from the person's first person into the agent's second person, keeping
 * their words: "I have been anxious about my job" → "you have been anxious about your job".
 * @example secondPerson("I've been really anxious about work lately") // "you've been really anxious about work lately"
 */
export function secondPerson(statement: string): string {
  let result = statement;
  for (const [pattern, replacement] of SWAPS) result = result.replace(pattern, replacement);
  result = result.replace(/[\s.!?,;:]+$/u, '');
  // Lowercase the first letter unless it starts a name or an acronym.
  if (/^[A-Z][a-z]/u.test(result) && !/^(?:[A-Z][a-z]+\s+[A-Z])/u.test(result)) {
    const firstWord = result.split(/\s/u)[0]!;
    if (COMMON_STARTS.has(firstWord.toLowerCase()))
      result = result.charAt(0).toLowerCase() + result.slice(1);
  }
  return result;
}

const COMMON_STARTS = new Set([
  'work',
  'things',
  'everything',
  'nothing',
  'life',
  'school',
  'it',
  'this',
  'that',
  'there',
  'the',
  'a',
  'an',
  'being',
  'feeling',
  'just',
  'really',
  'lately',
  'recently',
  'since',
  'when',
  'sometimes',
  'every',
  'all',
  'most',
  'some',
  'no',
  'not',
  'our',
  'we',
  'they',
  'people',
  'money',
  'home',
  'family',
  'sleep',
  'getting',
  'going',
  'trying',
  'having',
]);
