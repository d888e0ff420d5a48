/**
 * Features of a (seeker post, response) pair for the empathy classifiers. Plain string work, no
 * tokenizer library: the annotate pipeline has to score thousands of utterances a second.
 */

/** Responses are read up to here; the rare longer ones keep their start (where empathy usually is). */
export const MAX_RESPONSE_CHARS = 3_000;
const MAX_SEEKER_CHARS = 2_000;

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

const WH_WORDS = new Set(['what', 'why', 'how', 'when', 'where', 'who', 'which', 'whats', 'hows']);
const AUXILIARIES = new Set([
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'are',
  'is',
  'was',
  'were',
  'can',
  'could',
  'would',
  'will',
  'should',
  'may',
  'might',
  'dont',
  'didnt',
  'doesnt',
  'havent',
  'arent',
  'isnt',
  'wouldnt',
  'cant',
]);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'im', 'ive', 'id', 'ill']);
const SECOND_PERSON = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'youre',
  'youve',
  'youd',
  'youll',
  'u',
  'ur',
]);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'were', 'weve']);

/** Function words left out of the overlap between the response and the seeker post. */
const STOPWORDS = new Set([
  ...FIRST_PERSON,
  ...SECOND_PERSON,
  ...FIRST_PLURAL,
  ...AUXILIARIES,
  ...WH_WORDS,
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'it',
  'its',
  'this',
  'that',
  'thats',
  'be',
  'been',
  'so',
  'just',
  'if',
  'as',
  'not',
  'no',
  'they',
  'them',
  'he',
  'she',
  'his',
  'her',
  'about',
  'from',
  'like',
  'all',
  'get',
  'got',
  'there',
  'then',
  'than',
  'out',
  'up',
  'really',
  'very',
  'too',
  'also',
  'know',
  'one',
  'some',
  'any',
  'more',
  'am',
  'by',
  'me',
  'into',
  'even',
  'because',
  'much',
  'only',
  'things',
  'thing',
  'way',
  'lot',
  'make',
  'going',
  'want',
  'think',
]);

/** Everyday feeling words (a response naming the seeker's feeling back is a sign of understanding). */
const FEELINGS = new Set([
  'sad',
  'depressed',
  'depression',
  'lonely',
  'alone',
  'anxious',
  'anxiety',
  'scared',
  'afraid',
  'fear',
  'angry',
  'mad',
  'hurt',
  'hurts',
  'pain',
  'painful',
  'tired',
  'exhausted',
  'hopeless',
  'worthless',
  'empty',
  'numb',
  'lost',
  'stressed',
  'stress',
  'overwhelmed',
  'ashamed',
  'shame',
  'guilty',
  'guilt',
  'frustrated',
  'frustrating',
  'upset',
  'worried',
  'worry',
  'nervous',
  'panic',
  'miserable',
  'broken',
  'heartbroken',
  'confused',
  'useless',
  'unhappy',
  'suicidal',
  'happy',
  'glad',
  'hope',
  'hopeful',
  'better',
  'awful',
  'terrible',
  'horrible',
  'shitty',
  'sucks',
  'rough',
  'hard',
  'tough',
  'difficult',
  'struggle',
  'struggling',
  'feel',
  'feeling',
  'feelings',
  'felt',
]);

/**
 * Phrases that carry each mechanism, from the EPITOME definitions (Sharma et al. 2020): warmth
 * and concern (er), understanding shown through one's own experience or the seeker's feelings
 * (ip), and questions about what the seeker has not said (ex). Matched on the normalised text.
 */
const PHRASES: Record<'er' | 'ip' | 'ex', readonly string[]> = {
  er: [
    'sorry',
    'so sorry',
    'hug',
    'hugs',
    '<3',
    'hope you',
    'hope things',
    'hope it',
    'hope this',
    'take care',
    'here for you',
    'here if you',
    'not alone',
    'proud of you',
    'you deserve',
    'you got this',
    'stay strong',
    'hang in there',
    'that sucks',
    'sucks',
    'love you',
    'sending',
    'wish you',
    'you matter',
    'worth it',
    'good luck',
    'feel better',
    'thoughts are with you',
    'must be hard',
    'must be tough',
    'must be difficult',
    'sounds hard',
    'sounds rough',
    'sounds tough',
    'sounds awful',
    'sounds like',
    'that must',
    'cant imagine',
    'heart goes out',
    'happy for you',
    'im glad',
    'care about you',
    'it gets better',
    'be okay',
    'be ok',
    'be alright',
    'it will get better',
    'you can do',
    'keep going',
    'keep fighting',
    'stay safe',
    'awful',
    'terrible',
    'horrible',
  ],
  ip: [
    'i understand',
    'i know how',
    'i know what',
    'i know the feeling',
    'know that feeling',
    'i feel the same',
    'feel the same',
    'same here',
    'me too',
    'same thing',
    'same way',
    'same boat',
    'been there',
    'been through',
    'i went through',
    'i can relate',
    'can relate',
    'relate',
    'in my experience',
    'when i was',
    'i used to',
    'i have been',
    'ive been',
    'i was',
    'i had',
    'i felt',
    'i feel',
    'i get it',
    'i feel you',
    'i get that',
    'for me',
    'my experience',
    'happened to me',
    'i also',
    'i too',
    'i struggle',
    'i struggled',
    'i suffer',
    'i deal',
    'i dealt',
    'you feel',
    'you are feeling',
    'youre feeling',
    'must feel',
    'it seems',
    'sounds like you',
    'makes sense',
  ],
  ex: [
    'what happened',
    'how are you',
    'how do you',
    'how did you',
    'how long',
    'what do you',
    'what did you',
    'what makes you',
    'what made you',
    'what kind',
    'what is',
    'whats',
    'why do you',
    'why did you',
    'why are you',
    'have you',
    'did you',
    'do you',
    'are you',
    'can you',
    'could you',
    'would you',
    'were you',
    'is it',
    'is there',
    'is that',
    'tell me',
    'want to talk',
    'wanna talk',
    'talk about',
    'feel like sharing',
    'care to',
  ],
};

/** Lowercased, curly apostrophes straightened and dropped ("I’m" → "im"). */
function normalize(text: string): string {
  return text.toLowerCase().replace(/['’‘`]/gu, '');
}

/** Sentences of normalised text: split after . ! ? and at line breaks. */
function sentences(text: string): { words: string[]; question: boolean; exclaim: boolean }[] {
  const out: { words: string[]; question: boolean; exclaim: boolean }[] = [];
  for (const piece of text.split(/(?<=[.!?])\s+|\n+/u)) {
    const words = piece.match(/[a-z0-9]+|<3/gu);
    if (!words) continue;
    out.push({ words, question: piece.includes('?'), exclaim: piece.includes('!') });
  }
  return out;
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

function lengthBucket(words: number): string {
  if (words <= 3) return '<=3';
  if (words <= 7) return '<=7';
  if (words <= 15) return '<=15';
  if (words <= 30) return '<=30';
  if (words <= 60) return '<=60';
  if (words <= 120) return '<=120';
  return '>120';
}

function countPhrase(text: string, phrase: string): number {
  let n = 0;
  let at = text.indexOf(phrase);
  while (at >= 0) {
    const before = at === 0 ? ' ' : text[at - 1]!;
    const after = text[at + phrase.length] ?? ' ';
    if (!/[a-z0-9]/u.test(before) && !/[a-z0-9]/u.test(after)) n += 1;
    at = text.indexOf(phrase, at + phrase.length);
  }
  return n;
}

/** Which feature families to emit (all by default); the mechanisms can use different sets. */
export interface FeatureOptions {
  words?: boolean;
  pairs?: boolean;
  triples?: boolean;
  letters?: boolean;
  cues?: boolean;
  seeker?: boolean;
}

/**
 * Features of a response (and the post it answers, when known): words (`w:`, `n:` inside a
 * negation), word pairs and triples within a sentence (`b:`, `t:`, `<s>` marks a sentence start),
 * letter 4-grams (`c:`), question form (`q:`), pronouns (`p:`), empathy phrases (`ph:`, `lx:`),
 * length (`len:`) and overlap with the seeker post (`ov:`, `sk:`).
 * @example empathyFeatures('What happened after that?').includes('q:wh') // true
 */
export function empathyFeatures(
  response: string,
  seekerPost?: string,
  options: FeatureOptions = {},
): string[] {
  const text = normalize(response.slice(0, MAX_RESPONSE_CHARS));
  const features = new Set<string>();
  const sents = sentences(text);
  const all = { words: true, pairs: true, triples: true, letters: true, cues: true, seeker: true };
  const use = { ...all, ...options };
  let wordCount = 0;
  let firstPerson = 0;
  let secondPerson = 0;
  let questions = 0;
  let youQuestions = 0;
  const responseWords = new Set<string>();
  for (const sentence of sents) {
    const words = sentence.words;
    wordCount += words.length;
    let negated = 0;
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i]!;
      responseWords.add(word);
      if (use.words) {
        features.add(`w:${word}`);
        if (negated > 0) features.add(`n:${word}`);
      }
      if (use.pairs) features.add(`b:${i === 0 ? '<s>' : words[i - 1]}_${word}`);
      if (use.triples && i >= 1) {
        features.add(`t:${i === 1 ? '<s>' : words[i - 2]}_${words[i - 1]}_${word}`);
      }
      if (use.letters && word.length >= 3) {
        const padded = `<${word}>`;
        for (let j = 0; j + 4 <= padded.length; j += 1) features.add(`c:${padded.slice(j, j + 4)}`);
      }
      if (FIRST_PERSON.has(word)) firstPerson += 1;
      if (SECOND_PERSON.has(word)) secondPerson += 1;
      if (NEGATORS.has(word)) negated = NEGATION_SPAN;
      else if (negated > 0) negated -= 1;
    }
    if (use.cues && sentence.question) {
      questions += 1;
      const first = words[0]!;
      const second = words[1] ?? '';
      features.add(`qs:${first}`);
      features.add(`qs2:${first}_${second}`);
      const hasYou = words.some((w) => SECOND_PERSON.has(w));
      if (hasYou) youQuestions += 1;
      if (WH_WORDS.has(first)) features.add(hasYou ? 'q:wh_you' : 'q:wh');
      if (AUXILIARIES.has(first)) features.add(hasYou ? 'q:aux_you' : 'q:aux');
      if (words.length <= 3) features.add('q:short');
      for (let i = 1; i < words.length; i += 1) {
        if (WH_WORDS.has(words[i]!)) features.add('q:wh_inside');
      }
    }
  }
  if (use.cues) {
    features.add(`len:${lengthBucket(wordCount)}`);
    features.add(`len:s${bucket(sents.length)}`);
    features.add(`q:n${bucket(questions)}`);
    features.add(`q:you${bucket(youQuestions)}`);
    if (questions > 0 && sents.at(-1)?.question) features.add('q:last');
    if (questions > 0 && sents[0]?.question) features.add('q:first');
    if (text.includes('?')) features.add('q:mark');
    if (sents.some((s) => s.exclaim)) features.add('x:exclaim');
    if (/[:;]-?[()dp]|<3/u.test(text)) features.add('x:emoticon');
    features.add(`p:i${bucket(firstPerson)}`);
    features.add(`p:you${bucket(secondPerson)}`);
    features.add(
      `p:mix${firstPerson > secondPerson ? 'i' : firstPerson < secondPerson ? 'you' : 'eq'}`,
    );
    if (sents[0]?.words[0] === 'i') features.add('p:starts_i');
    const spaced = ` ${sents.map((s) => s.words.join(' ')).join(' . ')} `;
    for (const [mechanism, phrases] of Object.entries(PHRASES)) {
      let hits = 0;
      for (const phrase of phrases) {
        const n = countPhrase(spaced, phrase);
        if (n > 0) {
          hits += n;
          features.add(`ph:${phrase}`);
        }
      }
      features.add(`lx:${mechanism}${bucket(hits)}`);
    }
    let feelings = 0;
    for (const word of responseWords) if (FEELINGS.has(word)) feelings += 1;
    features.add(`fw:${bucket(feelings)}`);
  }
  if (use.seeker && seekerPost !== undefined && seekerPost.trim() !== '') {
    const seeker = normalize(seekerPost.slice(0, MAX_SEEKER_CHARS));
    const seekerWords = new Set(seeker.match(/[a-z0-9]+/gu) ?? []);
    let shared = 0;
    let content = 0;
    let sharedFeelings = 0;
    for (const word of responseWords) {
      if (STOPWORDS.has(word) || word.length < 3) continue;
      content += 1;
      if (seekerWords.has(word)) {
        shared += 1;
        if (FEELINGS.has(word)) sharedFeelings += 1;
      }
    }
    features.add(`ov:n${bucket(shared)}`);
    const fraction = content === 0 ? 0 : shared / content;
    features.add(
      `ov:f${fraction === 0 ? '0' : fraction < 0.15 ? 'lo' : fraction < 0.35 ? 'mid' : 'hi'}`,
    );
    if (sharedFeelings > 0) features.add('ov:feeling');
    if (seeker.includes('?')) features.add('sk:question');
    if (/\b(anyone|anybody|does any|do any)\b/u.test(seeker)) features.add('sk:anyone');
    if (/\b(anyone|anybody) else\b/u.test(seeker) && firstPerson > 0) features.add('sk:anyone_i');
    features.add(`sk:len${lengthBucket(seekerWords.size)}`);
  } else {
    features.add('sk:none');
  }
  return [...features];
}
