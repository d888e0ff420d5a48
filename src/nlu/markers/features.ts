const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'dont',
  'didnt',
  'doesnt',
  'cant',
  'cannot',
  'wont',
  'wouldnt',
  'isnt',
  'arent',
  'wasnt',
  'havent',
  'nothing',
  'nah',
  'nope',
]);

/** Lower-case word tokens, apostrophes dropped ("don't" → "dont"). */
export function wordTokens(text: string): string[] {
  return text
    .slice(0, 4000)
    .toLowerCase()
    .replace(/['’]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The agent proposed something the reply can accept or refuse. */
const PROPOSES_TASK =
  /\b(?:try|tried|would you be willing|could you|how about|what if you|might you|shall we|would it help to|exercise|homework|next step|this week|tonight|tomorrow|practice|plan to)\b/iu;
const PROPOSES_GOAL =
  /\b(?:goal|want to work on|aim|hoping for|what matters|does that sound right|is that right|would you like to change|what you want)\b/iu;
const ASKS_QUESTION = /\?\s*$/u;

/**
 * Features of a client reply and the agent message it answers: the reply's words (marked `!`
 * after a negation), word pairs and letter 4-grams; its length and punctuation; and what the agent
 * did (proposed a task, summarised a goal, asked a question) crossed with the reply's first words.
 * @example markerFeatures('ok I will try it tonight', 'Could you try a short walk tonight?')
 */
export function markerFeatures(text: string, previous?: string): string[] {
  const tokens = wordTokens(text);
  const features = new Set<string>();
  let negated = 0;
  tokens.forEach((token, i) => {
    features.add(negated > 0 ? `w:!${token}` : `w:${token}`);
    if (i > 0) features.add(`b:${tokens[i - 1]}_${token}`);
    const padded = `<${token}>`;
    for (let j = 0; j + 4 <= padded.length; j += 1) features.add(`c:${padded.slice(j, j + 4)}`);
    if (NEGATORS.has(token)) negated = 3;
    else if (negated > 0) negated -= 1;
  });
  const n = tokens.length;
  features.add(
    n <= 1 ? 'len:1' : n <= 3 ? 'len:3' : n <= 8 ? 'len:8' : n <= 20 ? 'len:20' : 'len:long',
  );
  if (/\?\s*$/u.test(text)) features.add('reply:question');
  if (/!/u.test(text)) features.add('reply:exclaim');
  if (text.trim() === text.trim().toLowerCase() && n <= 3) features.add('reply:short-lower');
  const first = tokens.slice(0, 2).join('_');
  if (previous) {
    const task = PROPOSES_TASK.test(previous);
    const goal = PROPOSES_GOAL.test(previous);
    const question = ASKS_QUESTION.test(previous.trim());
    if (task) features.add('prev:task');
    if (goal) features.add('prev:goal');
    if (question) features.add('prev:question');
    for (const flag of [task ? 'task' : '', goal ? 'goal' : '', question ? 'q' : ''].filter(
      Boolean,
    )) {
      features.add(`x:${flag}:${tokens[0] ?? ''}`);
      features.add(`x:${flag}:${first}`);
      features.add(`x:${flag}:${n <= 3 ? 'short' : 'long'}`);
    }
    const prevWords = new Set(wordTokens(previous));
    for (const token of wordTokens(previous)) features.add(`p:${token}`);
    const overlap = tokens.filter((t) => t.length > 3 && prevWords.has(t)).length;
    if (overlap > 0) features.add(overlap > 2 ? 'overlap:many' : 'overlap:some');
  } else features.add('prev:none');
  return [...features];
}
