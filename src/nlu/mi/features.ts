/**
 * Features of one utterance of a counselling conversation read together with the turn before
 * it, for the motivational-interviewing (MI) classifiers: what the counsellor does (reflection,
 * question, information or advice, other) and what the client's talk leans to (change, neutral,
 * sustain). Every feature is a string with a prefix that names its family, so that a task can
 * keep the families it needs (`featureFamily`) and the scorer can skip the rest for free.
 *
 * @see Miller & Rollnick, Motivational Interviewing (3rd ed., 2013): reflections restate the
 *   client's words (simple) or add meaning (complex); change talk is desire, ability, reasons,
 *   need, commitment or taking steps; sustain talk is the same for the status quo.
 * @see Moyers et al., Motivational Interviewing Treatment Integrity coding manual (MITI 4.2).
 */

/** Only this much of a long utterance is read: its start and its end (where the question is). */
const HEAD_CHARS = 2_000;
const TAIL_CHARS = 600;

const WH_WORDS = new Set(['what', 'whats', 'how', 'hows', 'why', 'when', 'where', 'who', 'which']);
const AUXILIARIES = new Set([
  'do',
  'does',
  'did',
  'are',
  'is',
  'was',
  'were',
  'have',
  'has',
  'had',
  'can',
  'could',
  'would',
  'will',
  'should',
  'shall',
  'may',
  'might',
  'am',
  'dont',
  'doesnt',
  'didnt',
  'arent',
  'isnt',
  'wasnt',
  'wouldnt',
  'couldnt',
  'cant',
  'havent',
  'wont',
]);
const SUBJECTS = new Set(['you', 'i', 'we', 'it', 'that', 'this', 'there', 'they', 'he', 'she']);
const SECOND_PERSON = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'youre',
  'youve',
  'youll',
  'youd',
]);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'im', 'ive', 'ill', 'id']);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'lets', 'were']);
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
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
  'hardly',
]);
const NEGATION_SPAN = 3;
const AGREEING = new Set([
  'yes',
  'yeah',
  'yep',
  'yup',
  'sure',
  'right',
  'definitely',
  'absolutely',
  'exactly',
  'true',
  'correct',
  'okay',
  'ok',
  'probably',
  'mhm',
  'uhhuh',
]);
/** Words that may open a sentence before its real start ("so, what…", "okay, do you…"). */
const LEAD_INS = new Set([
  'so',
  'and',
  'okay',
  'ok',
  'right',
  'well',
  'yeah',
  'now',
  'alright',
  'but',
  'then',
  'good',
  'great',
]);
/** Tags that turn a statement into a check ("…, right?", "did I get that right?"). */
const TAGS = new Set([
  'right',
  'correct',
  'yeah',
  'huh',
  'true',
  'it',
  'they',
  'you',
  'that',
  'so',
]);
const DISAGREEING = new Set(['no', 'nope', 'nah', 'not', 'never']);
const FILLERS = new Set(['um', 'uh', 'hmm', 'mm', 'hmm', 'mmhmm', 'mhmm', 'uhm', 'er', 'ah', 'oh']);
/** Words too common to count as the client's own words when a counsellor reuses them. */
const STOPWORDS = new Set([
  ...'a an the and or but so if then than that this these those to of in on at for with from by as about into over it its is are was were be been being am do does did have has had having i me my you your we our they them their he him his she her what how why when where who which not no yes yeah okay ok um uh mm hmm well just really like know think get got go going gonna can could would will should there here very much more some any all one thing things kind sort lot now im ive youre dont didnt thats its oh right mean actually little bit also too because cause'.split(
    ' ',
  ),
]);

/** Phrases by which counsellors reflect ("it sounds like", "so you"). */
const REFLECTION_CUES = [
  'it sounds like',
  'sounds like',
  'it seems like',
  'seems like',
  'so you',
  'you feel',
  'youre feeling',
  'you felt',
  'youre saying',
  'you said',
  'you mentioned',
  'what im hearing',
  'i hear',
  'youre not sure',
  'youre worried',
  'part of you',
  'on the one hand',
  'on the other hand',
  'for you',
  'to you',
  'you really',
  'you want',
  'youd like',
  'youve been',
  'youre really',
  'you think',
  'you know that',
  'youre wondering',
  'it must be',
  'kind of like',
];
/** Phrases that give information or advice ("you should", "research shows"). */
const INPUT_CUES = [
  'you should',
  'you could try',
  'you might want',
  'you need to',
  'i recommend',
  'id recommend',
  'i would recommend',
  'i suggest',
  'id suggest',
  'i would suggest',
  'research shows',
  'studies show',
  'research',
  'studies',
  'recommend',
  'recommended',
  'guidelines',
  'the risk',
  'risk of',
  'percent',
  'a lot of people',
  'many people',
  'some people',
  'most people',
  'other people',
  'can cause',
  'can lead',
  'increase',
  'what we know',
  'let me',
  'id like to',
  'i want to',
  'i would like',
  'were going to',
  'we can',
  'we could',
  'one thing',
  'options',
  'information',
  'program',
  'appointment',
  'next time',
  'i can give',
  'i have some',
];
/** Client talk for change: desire, ability, reasons, need, commitment, taking steps. */
const CHANGE_CUES = [
  'i want to',
  'i wanna',
  'id like to',
  'i would like',
  'i need to',
  'i have to',
  'i got to',
  'i gotta',
  'i could',
  'i can',
  'ill try',
  'i will',
  'im going to',
  'im gonna',
  'i should',
  'i wish',
  'im ready',
  'im willing',
  'i know i',
  'ive been thinking',
  'ive tried',
  'i tried',
  'ive cut',
  'i cut',
  'i stopped',
  'ive stopped',
  'i quit',
  'cut down',
  'cut back',
  'quit',
  'stop',
  'give up',
  'worried',
  'worry',
  'concerned',
  'scared',
  'problem',
  'better for',
  'feel better',
  'healthier',
  'health',
  'my kids',
  'my children',
  'my family',
  'my wife',
  'my husband',
  'too much',
  'its bad',
  'not good',
  'affect',
  'hurting',
  'i guess i could',
  'maybe i could',
  'that would help',
  'good idea',
  'makes sense',
  'i do want',
  'i dont like',
  'i hate',
  'i dont want to be',
];
/** Client talk for the status quo: no desire, no ability, reasons to keep things as they are. */
const SUSTAIN_CUES = [
  'i dont want',
  'i dont wanna',
  'i cant',
  'i couldnt',
  'im not going to',
  'im not gonna',
  'i wont',
  'not a problem',
  'no problem',
  'its not a problem',
  'not that bad',
  'not a big deal',
  'no big deal',
  'its fine',
  'im fine',
  'its okay',
  'i like',
  'i love',
  'i enjoy',
  'enjoy',
  'relax',
  'relaxes',
  'helps me',
  'it helps',
  'calms me',
  'i dont think',
  'i dont see',
  'i dont know',
  'why should i',
  'i dont need',
  'im not ready',
  'not ready',
  'everyone',
  'everybody',
  'all my friends',
  'my friends',
  'hard to',
  'too hard',
  'difficult',
  'stress',
  'stressed',
  'only',
  'just a',
  'never had',
  'doesnt hurt',
  'its my',
  'i need it',
  'i have tried',
  'didnt work',
  'doesnt work',
  'i dont have time',
  'no time',
  'but',
];
/** Openers of open questions, against the closed yes/no kind. */
/** Health and treatment words that mark information giving (single words). */
const HEALTH_CUES =
  'risk risks cancer liver heart blood pressure disease diseases lung lungs body brain damage diabetes stroke emphysema doctor doctors medication medications medicine patch patches nicotine gum units unit limit limits guidelines chart level levels percent weight exercise diet calories sugar insulin symptoms treatment program programme appointment clinic counselling counseling group groups support services service test tests effects effect benefits benefit studies research evidence safe safer dangerous harmful harm addiction addictive withdrawal dose pregnancy baby'.split(
    ' ',
  );
/** Words of number, amount and frequency (facts rather than feelings). */
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred thousand half twice once week weeks weekly day days daily month months year years percent'.split(
    ' ',
  ),
);
const GENERIC_SUBJECTS = new Set([
  'it',
  'they',
  'alcohol',
  'smoking',
  'people',
  'there',
  'this',
  'that',
  'drinking',
  'cigarettes',
]);
const MODALS = new Set(['can', 'could', 'might', 'may', 'would', 'will', 'should', 'must']);
const OPEN_CUES = [
  'tell me',
  'what',
  'how',
  'why',
  'describe',
  'help me understand',
  'say more',
  'talk about',
  'walk me through',
  'what else',
  'how much',
  'how many',
  'how often',
  'how long',
];

/** The words of a text as the MI models read them: lower case, apostrophes dropped. */
export function miTokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘`]/gu, "'")
      .replace(/'/gu, '')
      .match(/[a-z0-9]+/gu) ?? []
  );
}

interface Sentence {
  tokens: string[];
  question: boolean;
}

/** The text split into sentences, each with its words and whether it ends with "?". */
function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const match of text.matchAll(/[^.?!]+[.?!]*/gu)) {
    const tokens = miTokens(match[0]);
    if (tokens.length === 0) continue;
    sentences.push({ tokens, question: match[0].includes('?') });
  }
  return sentences;
}

/** The part of a long text that is read: all of a short one, the start and end of a long one. */
function readable(text: string): string {
  if (text.length <= HEAD_CHARS + TAIL_CHARS) return text;
  return `${text.slice(0, HEAD_CHARS)} . ${text.slice(text.length - TAIL_CHARS)}`;
}

function lengthBucket(n: number): string {
  if (n <= 2) return String(n);
  if (n <= 4) return '3-4';
  if (n <= 8) return '5-8';
  if (n <= 16) return '9-16';
  if (n <= 32) return '17-32';
  if (n <= 64) return '33-64';
  return '65+';
}

function countBucket(n: number): string {
  return n >= 3 ? '3+' : String(n);
}

const CUE_LISTS = [
  ['reflect', REFLECTION_CUES],
  ['input', INPUT_CUES],
  ['change', CHANGE_CUES],
  ['sustain', SUSTAIN_CUES],
  ['open', OPEN_CUES],
  ['health', HEALTH_CUES],
] as const;
type CueKind = (typeof CUE_LISTS)[number][0];
/**
 * The cue phrases as a tree of words: a phrase's node holds the kinds of cue it is (empty for a
 * node that only leads on to longer phrases). Walking it from each word reads the words found
 * already, where looking up every run of up to five words built a new string for each.
 */
interface CueNode {
  kinds: CueKind[];
  phrase: string;
  next: Map<string, CueNode>;
}
const CUE_TREE: CueNode = { kinds: [], phrase: '', next: new Map() };
for (const [kind, cues] of CUE_LISTS) {
  for (const cue of cues) {
    let node = CUE_TREE;
    for (const word of cue.split(' ')) {
      let child = node.next.get(word);
      if (!child) {
        child = {
          kinds: [],
          phrase: node === CUE_TREE ? word : `${node.phrase} ${word}`,
          next: new Map(),
        };
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.kinds.includes(kind)) node.kinds.push(kind);
  }
}

/** The cue phrases found in the words, by kind (each phrase once), in one pass. */
function cuesIn(tokens: readonly string[]): Map<CueKind, Set<string>> {
  const found = new Map<CueKind, Set<string>>();
  for (let i = 0; i < tokens.length; i += 1) {
    let node = CUE_TREE;
    for (let j = i; j < tokens.length; j += 1) {
      const child = node.next.get(tokens[j]!);
      if (!child) break;
      node = child;
      for (const kind of node.kinds) {
        const set = found.get(kind) ?? new Set<string>();
        set.add(node.phrase);
        found.set(kind, set);
      }
    }
  }
  return found;
}

/** Whether a sentence opens like a question: a wh-word or an inverted auxiliary ("do you"). */
function questionOpening(tokens: readonly string[]): 'wh' | 'aux' | undefined {
  let start = 0;
  while (start < tokens.length && (FILLERS.has(tokens[start]!) || LEAD_INS.has(tokens[start]!)))
    start += 1;
  const words = tokens.slice(start);
  const first = words[0];
  if (first === undefined) return undefined;
  if (WH_WORDS.has(first)) return 'wh';
  if (AUXILIARIES.has(first) && words[1] !== undefined && SUBJECTS.has(words[1])) return 'aux';
  return undefined;
}

/** The form of a turn, shared by the utterance and (prefixed) the turn before it. */
function formFeatures(prefix: string, text: string, sentences: Sentence[], out: Set<string>) {
  const trimmed = text.trimEnd();
  const tokens = sentences.flatMap((s) => s.tokens);
  out.add(`${prefix}len:${lengthBucket(tokens.length)}`);
  if (trimmed.endsWith('?')) out.add(`${prefix}q:end`);
  const questions = sentences.filter((s) => s.question).length;
  if (questions > 0) out.add(`${prefix}q:n${countBucket(questions)}`);
  const last = sentences[sentences.length - 1];
  if (last?.question) out.add(`${prefix}q:last`);
  for (const sentence of sentences) {
    const opening = questionOpening(sentence.tokens);
    const where = sentence === last ? ':last' : '';
    if (opening) out.add(`${prefix}q:${opening}${where}`);
    else if (sentence.question) {
      // A statement said as a question: a reflection checked with the client, or a tag question.
      const end = sentence.tokens[sentence.tokens.length - 1]!;
      out.add(`${prefix}q:declarative${where}`);
      if (TAGS.has(end) && sentence.tokens.length > 2) out.add(`${prefix}q:tag${where}`);
    }
  }
  if (/[-—–]\s*$/u.test(trimmed)) out.add(`${prefix}cut`);
  for (const [name, found] of cuesIn(tokens)) {
    out.add(`${prefix}cue:${name}:${countBucket(found.size)}`);
    if (prefix === '') for (const cue of found) out.add(`cue:${name}=${cue}`);
  }
  let you = 0;
  let me = 0;
  let we = 0;
  for (const t of tokens) {
    if (SECOND_PERSON.has(t)) you += 1;
    else if (FIRST_PERSON.has(t)) me += 1;
    else if (FIRST_PLURAL.has(t)) we += 1;
  }
  out.add(`${prefix}pr:you${countBucket(you)}`);
  out.add(`${prefix}pr:i${countBucket(me)}`);
  if (we > 0) out.add(`${prefix}pr:we`);
  out.add(`${prefix}pr:${you > me ? 'you>i' : me > you ? 'i>you' : 'you=i'}`);
  return tokens;
}

/** How a short answer leans: agreeing, disagreeing, a filler or something else. */
function answerPolarity(tokens: readonly string[]): string {
  const words = tokens.filter((t) => !FILLERS.has(t));
  if (words.length === 0) return 'filler';
  if (words.some((t) => DISAGREEING.has(t))) return 'no';
  if (AGREEING.has(words[0]!)) return 'yes';
  return 'other';
}

function contentWords(tokens: readonly string[]): Set<string> {
  return new Set(tokens.filter((t) => t.length > 2 && !STOPWORDS.has(t)));
}

/**
 * Features of an utterance given the turn before it (absent at a conversation's start):
 * - `w:` words (`w:!x` inside a negation's scope), `b:` word pairs with `^`/`$` at the ends,
 *   `c:` letter 4-grams of words, `f:`/`f2:` first words and `l:`/`l2:` the last sentence's;
 * - form: `len:` length bucket, `q:` question marks and openings (wh-word, "do you"), `pr:`
 *   second against first person, `cue:` reflection, information/advice, change, sustain and
 *   open-question phrases;
 * - context: `ov:` overlap of content words with the previous turn (reflections reuse the
 *   client's words), `p…` the previous turn's own form and words, and `a:` a short answer's
 *   polarity crossed with the previous turn ("yes" to "do you want to quit?").
 * @example miFeatures('What brings you here today?', 'Hi.') // ['w:what', …, 'q:end', 'q:wh:last', …]
 */
export function miFeatures(text: string, previous?: string): string[] {
  const out = new Set<string>();
  const own = readable(text);
  const sentences = sentencesOf(own);
  const tokens = formFeatures('', own, sentences, out);
  let negated = 0;
  let prior = '^';
  for (const token of tokens) {
    out.add(negated > 0 ? `w:!${token}` : `w:${token}`);
    out.add(`b:${prior}_${token}`);
    prior = token;
    if (token.length >= 3) {
      const padded = `<${token}>`;
      for (let j = 0; j + 4 <= padded.length; j += 1) out.add(`c:${padded.slice(j, j + 4)}`);
    }
    if (NEGATORS.has(token)) negated = NEGATION_SPAN;
    else if (negated > 0) negated -= 1;
  }
  if (tokens.length > 0) out.add(`b:${prior}_$`);
  else out.add('empty');
  const opening = tokens.filter((t) => !FILLERS.has(t));
  if (opening[0]) out.add(`f:${opening[0]}`);
  if (opening[1]) out.add(`f2:${opening[0]}_${opening[1]}`);
  const last = sentences[sentences.length - 1];
  if (last && sentences.length > 1) {
    const words = last.tokens.filter((t) => !FILLERS.has(t));
    if (words[0]) out.add(`l:${words[0]}`);
    if (words[1]) out.add(`l2:${words[0]}_${words[1]}`);
  }
  out.add(`s:${countBucket(sentences.length)}`);
  let numbers = 0;
  let modals = 0;
  for (const token of tokens) {
    if (NUMBER_WORDS.has(token) || /^[0-9]/u.test(token)) numbers += 1;
    else if (MODALS.has(token)) modals += 1;
  }
  if (numbers > 0) out.add(`n:num${countBucket(numbers)}`);
  if (modals > 0) out.add(`n:modal${countBucket(modals)}`);
  const generic = sentences.filter((s) =>
    GENERIC_SUBJECTS.has(s.tokens.find((t) => !FILLERS.has(t) && !LEAD_INS.has(t)) ?? ''),
  ).length;
  if (generic > 0) out.add(`n:generic${countBucket(generic)}`);

  if (previous === undefined || previous.trim() === '') {
    out.add('p:none');
  } else {
    const before = readable(previous);
    const priorSentences = sentencesOf(before);
    const priorTokens = formFeatures('p', before, priorSentences, out);
    const priorContent = contentWords(priorTokens);
    for (const word of priorContent) out.add(`pw:${word}`);
    const priorOpening = priorTokens.filter((t) => !FILLERS.has(t));
    if (priorOpening[0]) out.add(`pf:${priorOpening[0]}`);
    const mine = contentWords(tokens);
    let shared = 0;
    for (const word of mine) if (priorContent.has(word)) shared += 1;
    out.add(`ov:n${shared >= 4 ? '4+' : shared}`);
    if (mine.size > 0) out.add(`ov:mine${Math.min(4, Math.floor((4 * shared) / mine.size))}`);
    if (priorContent.size > 0) {
      out.add(`ov:theirs${Math.min(4, Math.floor((4 * shared) / priorContent.size))}`);
    }
    if (tokens.length <= 4) {
      const polarity = answerPolarity(tokens);
      out.add(`a:${polarity}`);
      for (const feature of [...out]) {
        if (/^p(q:|cue:|len:|pr:you)/u.test(feature)) out.add(`a:${polarity}*${feature}`);
      }
      for (const word of priorContent) out.add(`a:${polarity}*pw:${word}`);
    }
  }
  return [...out];
}

/** The family of a feature: its prefix before the first `:` (`w`, `b`, `c`, `pw`, `a`…). */
export function featureFamily(feature: string): string {
  const colon = feature.indexOf(':');
  return colon < 0 ? feature : feature.slice(0, colon);
}
