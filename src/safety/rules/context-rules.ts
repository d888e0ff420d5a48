import type { RiskCategory, RiskLevel, SafetyQuestion } from '../../core/index.ts';

/** What the agent's last question asked about, and what a yes (or a no) to it means. */
export interface AskedQuestion {
  question: SafetyQuestion;
  category: RiskCategory;
  /** Level when the person answers yes. */
  yes: RiskLevel;
  /** Level when the person answers no (only "are you safe?" makes a no risky). */
  no: RiskLevel;
}

// Checked in order; the first that matches the agent's final question wins.
const QUESTIONS: readonly [RegExp, AskedQuestion][] = [
  [
    /\b(?:are you|do you feel|will you be) (?:safe|ok|okay) (?:at home|where you are|there|with (?:him|her|them))\b/u,
    { question: 'safe_now', category: 'abuse', yes: 'none', no: 'high' },
  ],
  [
    /\b(?:is|are) (?:he|she|they)(?: still)? (?:there|with you|in the (?:house|flat|room)|home|nearby|close by|outside)\b/u,
    { question: 'safe_now', category: 'abuse', yes: 'high', no: 'none' },
  ],
  [
    /\b(?:did|have) you (?:hit|bang|bump|knock|bash)(?:ed)? your head\b/u,
    { question: 'injury', category: 'medical_emergency', yes: 'high', no: 'none' },
  ],
  [
    /\b(?:are you|do you feel|will you be) safe\b/u,
    { question: 'safe_now', category: 'suicide', yes: 'none', no: 'high' },
  ],
  [
    /^\s*(?:have|did|had) you\b.*\b(?:hurt|harm(?:ed)?|cut|injured?) yourself\b/u,
    { question: 'thoughts', category: 'self_harm', yes: 'high', no: 'none' },
  ],
  [
    // Timing of an act, not of anything: "What brings you here today?" is not a safety question.
    /\b(?:act(?:ing)? on (?:it|them|these thoughts|those thoughts)|(?:do|doing) (?:it|something)|(?:hurt|harm|kill|end)\w*)\b[^?]*\b(?:tonight|today|right now|soon|in the next (?:few )?(?:hours|days))\b[^?]*\?|\b(?:tonight|today|soon)\b[^?]*\b(?:act(?:ing)? on|do it|hurt|harm|kill|end)\w*\b[^?]*\?|\bact(?:ing)? on (?:it|them|these thoughts|those thoughts)\b/u,
    { question: 'timeframe', category: 'suicide', yes: 'imminent', no: 'none' },
  ],
  [
    /\b(?:taken|took|swallowed) (?:anything|something|any (?:pills|tablets|medication))\b|\boverdose\b|\bneed (?:medical help|an ambulance|a doctor)\b|\bbleeding\b/u,
    { question: 'injury', category: 'medical_emergency', yes: 'imminent', no: 'none' },
  ],
  [
    /\b(?:how or when|a plan|any plans?|how you would|thought about how|decided how)\b/u,
    { question: 'plan', category: 'suicide', yes: 'high', no: 'none' },
  ],
  [
    /\b(?:access to|have (?:the|any) (?:pills|tablets|means|gun|rope|knife|blades?)|(?:pills|tablets|a gun|a rope|blades?) (?:at home|nearby|with you))\b/u,
    { question: 'means', category: 'suicide', yes: 'high', no: 'none' },
  ],
  [
    /\b(?:hurt(?:ing)? yourself|harm(?:ing)? yourself|self[- ]?harm|cut(?:ting)? yourself|injur(?:e|ing|ed) yourself)\b/u,
    { question: 'thoughts', category: 'self_harm', yes: 'high', no: 'none' },
  ],
  [
    /\b(?:suicid\w*|end(?:ing)? your (?:own )?life|kill(?:ing)? yourself|tak(?:e|ing) your (?:own )?life|wish(?:ing)? you (?:were|was) dead|want(?:ing)? to die|thoughts? (?:of|about) (?:death|dying)|not (?:be|being) alive|better off dead)\b/u,
    { question: 'thoughts', category: 'suicide', yes: 'high', no: 'none' },
  ],
  [
    /\b(?:hurt(?:ing)?|harm(?:ing)?|kill(?:ing)?) (?:someone|anyone|somebody|others|other people|them|him|her)\b/u,
    { question: 'thoughts', category: 'harm_to_others', yes: 'high', no: 'none' },
  ],
  [
    /\b(?:anyone|someone|somebody)(?: [a-z]+){0,3} (?:hurting|hitting|threatening|abusing|scaring) you\b|\b(?:hurt|hit|threaten|abuse)s? you\b|\bafraid of (?:him|her|them|anyone|someone)\b|\bbeing (?:hurt|abused|hit)\b/u,
    { question: 'thoughts', category: 'abuse', yes: 'high', no: 'none' },
  ],
];

/**
 * Classifies the agent's final question, if it is a safety question.
 * @example askedQuestion('Are you having thoughts of ending your life?') // { question: 'thoughts', category: 'suicide', … }
 */
export function askedQuestion(agentText: string): AskedQuestion | undefined {
  const last = lastQuestion(agentText.toLowerCase().replace(/[’‘]/gu, "'"));
  if (!last) return undefined;
  const classify = (text: string) => QUESTIONS.find(([pattern]) => pattern.test(text))?.[1];
  // "… think about suicide. Is that something you've been thinking about?" refers back.
  const sentences = agentText
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .split(/(?<=[.?!])\s+/u);
  return classify(last) ?? classify(sentences.slice(-2).join(' '));
}

/**
 * The last question of a text: what `text.match(/[^.?!]*\?/gu)?.at(-1)` gives (from just after
 * the stop before the last "?" up to it), found from the end. The pattern tried again from every
 * character of a long sentence without a question mark, which grew with the square of its length;
 * a therapist's long turn before every client line made that a few per cent of `annotate`.
 * @example lastQuestion('I see. How long has it been? Take your time.') // ' How long has it been?'
 */
export function lastQuestion(text: string): string | undefined {
  const end = text.lastIndexOf('?');
  if (end < 0) return undefined;
  let start = end;
  while (start > 0) {
    const before = text[start - 1];
    if (before === '.' || before === '?' || before === '!') break;
    start -= 1;
  }
  return text.slice(start, end + 1);
}

// "I am", "I have", "I do" and "I did" are a yes, but not "I am not", "I have no plan".
const AFFIRM =
  /^\s*(?:yes|yeah|yea|yep|yup|ya|yh|ye|y|yess+|aye|i am(?! not\b)|i have(?! (?:not|no|none|nothing|never)\b)|i do(?! not\b)|i did(?! not\b)|i guess|guess so|i think so|sometimes|a bit|a little|a lot|kind of|kinda|sort of|sorta|maybe|probably|often|always|constantly|all the time|every day|most days|lately|honestly(?: yes| yeah)?|true|correct|uh huh|mhm+|sadly|unfortunately|more than|i have been|i've been|ive been|👍)\b/u;
const NEGATE =
  /^\s*(?:no+|nope|nah|not really|not at all|never|not anymore|not now|i'?m not|i am not|i don'?t|i do not|i haven'?t|i have not|i(?:'ve| have)(?: got)? (?:no|none|nothing)|of course not|definitely not|absolutely not|god no)\b/u;

/**
 * Not knowing or not being sure ("I don't know", "idk", "I'm not sure", "no idea"), which opens
 * with the words of a no but is not one: to "are you having thoughts of ending your life?" it is
 * asked again, and the risk before it is carried, instead of closing the question. After a
 * short lead-in ("honestly", "um", "no,").
 */
const UNSURE =
  /^\s*(?:(?:honestly|tbh|um+|uh+|hmm+|well|i mean|no|nah|god|ugh)[,.!]*\s+)?(?:i (?:really |honestly |just |genuinely |actually )?(?:don'?t|do not|dont|dnt) (?:really |even |honestly |actually )?know|i dunno|dunno|idk|idek|no idea|i(?:'ve| have) no idea|no clue|i have no clue|not (?:really |totally |too |that |completely |entirely |even |100% )?sure|i'?m not (?:really |totally |too |that |completely |entirely |even |100% )?sure|i am not (?:really |totally |too |that |completely |entirely |even )?sure|unsure|i'?m unsure|not certain|i'?m not certain|hard to say|who knows|i (?:can'?t|cannot) (?:really )?(?:say|tell)|i (?:haven'?t|have not) decided|not decided|i(?:'m| am) (?:still )?(?:confused|torn))\b/u;
/**
 * Not wanting to answer ("I don't want to talk about it", "I'd rather not say"): neither a yes
 * nor a no, so the question is not taken as answered.
 */
const DECLINE =
  /^\s*(?:(?:honestly|um+|uh+|well|no|nah)[,.!]*\s+)?(?:i (?:really |just )?(?:don'?t|do not|dont) (?:really |even )?(?:want|wanna) (?:to )?(?:say|talk about (?:it|that|this)|answer(?: that| this)?|get into (?:it|that|this)|go into (?:it|that|this)|discuss (?:it|that|this))|i'?d (?:rather|prefer) not(?: to)?(?: say| talk about (?:it|that|this)| answer(?: that)?| get into (?:it|that)|(?=\s*(?:$|[.,!])))|i (?:can'?t|cannot) answer (?:that|this)|(?:i'?m )?not ready to (?:say|talk about (?:it|that|this))|(?:pass|skip|next question)(?=\s*(?:$|[.,!])))\b/u;
/** A hedged yes after not knowing: "I don't know, maybe", "not sure, probably" (not "maybe not"). */
const UNSURE_BUT_YES =
  /\b(?:maybe|probably|possibly|perhaps|sometimes|a (?:bit|little)|kind of|kinda|sort of|sorta|i think so|i guess so|yes|yeah|yep)\b(?! not\b)/u;

/**
 * The person saying they are safe ("no, I'm safe", "I'm ok now"): to "are you safe?" that is the
 * answer, whatever word it opens with. A negation in between ("I'm not safe") does not match.
 */
const SAFE_STATEMENT =
  /\b(?:i'?m|i am|im)(?: (?:completely|totally|perfectly|really|quite|pretty|honestly|actually|definitely))? (?:safe|fine|ok|okay|alright|all right)\b/u;

/**
 * Whether a message says the person is safe ("no i'm safe. just low"), not negated or doubted
 * before it ("no, I don't think I'm safe"). A leading "no" does not negate it.
 * @example statesSafety("no, I'm safe") // true
 */
export function statesSafety(text: string): boolean {
  const normalized = text.toLowerCase().replace(/[’‘]/gu, "'");
  const match = SAFE_STATEMENT.exec(normalized);
  if (!match) return false;
  const before = normalized.slice(Math.max(0, match.index - 30), match.index);
  return !/\b(?:not|never|don'?t|doesn'?t|can'?t|won'?t|isn'?t|wouldn'?t|unsure|if)\b[^.!?,]*$/u.test(
    before,
  );
}

/**
 * How an answer holds back, when that is all it says: not knowing or not being sure ('unsure':
 * "idk", "I'm not sure") or not wanting to say ('declined': "I'd rather not say"), with at most
 * a few words after it ("I don't know, maybe"). The safety protocol says it heard that before
 * the question comes again; "I don't know how much longer I can do this" says far more than
 * that it does not know.
 * @example answerHesitation("honestly i don't know") // 'unsure'
 */
export function answerHesitation(text: string): 'unsure' | 'declined' | undefined {
  const held = hesitationIn(text.toLowerCase().replace(/[’‘]/gu, "'"));
  if (!held) return undefined;
  const after = held.rest.match(/[\p{L}\p{N}']+/gu) ?? [];
  return after.length <= HESITATION_TAIL_WORDS ? held.kind : undefined;
}

/** Words an answer may add after holding back and still be only that ("i don't know, maybe not"). */
const HESITATION_TAIL_WORDS = 3;

const HESITATIONS = [
  ['unsure', UNSURE],
  ['declined', DECLINE],
] as const;

/** The hesitation an answer opens with, and what it says after it. */
function hesitationIn(
  normalized: string,
): { kind: 'unsure' | 'declined'; rest: string } | undefined {
  for (const [kind, pattern] of HESITATIONS) {
    const opening = pattern.exec(normalized);
    if (opening) return { kind, rest: normalized.slice(opening[0].length) };
  }
  return undefined;
}

/**
 * Reads a short answer as yes, no or unclear. Answers longer than a short sentence are left to
 * the ordinary rules ("yes, I've been cutting again" is found by the self-harm rules anyway).
 * Not knowing is not a no: "I don't know" is unclear, "I don't know, maybe" a yes. To "are you
 * safe right now?" (`question` 'safe_now') not being sure, even "probably", is a no: someone
 * who cannot say they are safe is helped as someone who is not, while not wanting to say stays
 * unclear and the question is asked again.
 * @example answerOf('yeah sometimes') // 'yes'
 * @example answerOf("i don't know") // 'unclear'
 * @see Draper J, et al. Suicide Life Threat Behav 2015;45(3):261–70 (Lifeline imminent risk policy: a person unable or unwilling to keep themselves safe is helped as at imminent risk).
 */
export function answerOf(text: string, question?: string): 'yes' | 'no' | 'unclear' {
  const normalized = text.toLowerCase().replace(/[’‘]/gu, "'");
  const held = hesitationIn(normalized);
  if (held?.kind === 'unsure') {
    if (question === 'safe_now') return 'no';
    return UNSURE_BUT_YES.test(held.rest) ? 'yes' : 'unclear';
  }
  if (held?.kind === 'declined') return 'unclear';
  const yes = AFFIRM.test(normalized);
  const no = NEGATE.test(normalized);
  if (yes && !no) return 'yes';
  if (no && !yes) return 'no';
  return 'unclear';
}

/** Hopelessness, entrapment and burden: warning signs that make an indirect statement risky. */
export const HOPELESSNESS =
  /\b(?:hopeless|no hope|(?:nothing|it|things|life) (?:will|is going to|'s going to|ever|is ever going to) (?:get|gets|change|changes|be) (?:any )?better|never (?:get|gets|going to get|gonna get) better|no way out|trapped|stuck forever|can'?t (?:take|do|handle|bear) (?:this|it|any of this|much more) any ?more|can'?t cope|giv(?:e|ing) up|gave up|no point|pointless|worthless|i'?m useless|(?:a|such a) burden|empty inside|feel (?:so )?(?:empty|numb|nothing)|(?:so )?(?:tired|sick|exhausted) of (?:it all|everything|all of this|fighting|trying|being me)|hate (?:myself|my life|being alive)|no one (?:cares|would care|would notice)|nobody (?:cares|would care|would notice)|(?:i'?m|i am) (?:so )?done|so alone|completely alone|nothing matters|(?:can'?t|cannot) see a (?:future|way forward)|no future|(?:don'?t|can'?t|do not) (?:really )?see the point|(?:don'?t|do not) know why i (?:even )?bother|why (?:do|should) i (?:even )?bother|need to feel something|everyone (?:always )?leaves|nothing (?:ever )?changes|(?:everyone|they|people|my family|the kids) (?:would|will|'d) (?:cope|manage|get by|move on|be (?:fine|okay|ok|alright)) (?:fine |just fine )?(?:without me)?)\b/u;

/** A means of suicide or self-harm kept in view: "looking at the bridge", "the pills are in my drawer". */
export const MEANS_IN_VIEW =
  /\b(?:looking at|staring at|stare at|thinking about|keep thinking about|can'?t stop thinking about|holding|counting|lined up|laid out|sorted out) (?:the |that |my |a |those )?(?:bottle of |packet of |box of )?(?:bridge|pills|tablets|meds|rope|blades?|razors?|gun|knife|tracks|railway|train line|ledge|roof|cliff|river)\b|\b(?:the |my )?(?:pills|tablets|meds|rope|blades?|razors?|gun|knife) (?:is|are) (?:in|under|behind|on) my\b|\b(?:keep|keeping|carry|carrying) (?:the|my|a) (?:pills|tablets|meds|blade|razor|rope|knife) (?:in|on|with) (?:me|my)\b/u;

/** Where a means is, or how to reach it: an answer to "do you have access to …?" ("dad's is in the loft and I know the code"). */
export const ACCESS_STATEMENT =
  /\b(?:(?:is|are|it'?s|they'?re|'s) (?:in|under|on|behind|at|inside|up in) (?:the|my|his|her|our) [a-z]+|i know (?:the (?:code|combination|pin)|where (?:the key|the keys|it|they) (?:is|are)|where (?:he|she|they) keeps? (?:it|them))|i (?:can )?get (?:to )?(?:it|them) (?:easily|any ?time|whenever)|i(?:'ve| have)? got (?:one|it|them|some|plenty))\b/u;

/** Knowing where someone will be: after grievance, a sign of targeting (Meloy 2012, "pathway"). */
export const TARGET_KNOWLEDGE =
  /\bi know (?:exactly )?(?:where (?:he|she|they) (?:parks?|lives?|works?|goes|drinks|walks|sleeps|will be)|(?:his|her|their) (?:route|routine|schedule|address)|which (?:house|car|flat|door) is (?:his|hers|theirs)|when (?:he|she|they)(?:'s| is|'re| are| will be| gets?) (?:alone|home|off))\b/u;

/** Grievance: humiliation and wanting to get even, what turns knowledge of a target into a threat. */
export const GRIEVANCE =
  /\b(?:humiliat\w*|walk(?:ing|s|ed)? all over me|laugh(?:ing|ed|s)? at me|bull(?:y|ies|ied|ying)|disrespect\w*|made a fool of me|get (?:him|her|them) back|pay for (?:it|this|what)|revenge|sick of (?:people|him|her|them)|(?:hurt|kill|stab|hit|beat)\w* (?:him|her|them)|had enough of (?:him|her|them))\b/u;

/** Means within reach now: "it's right there", "in front of me". */
export const ACCESS_NOW =
  /\b(?:(?:is|are|it'?s|they'?re) right (?:here|there|next to me|beside me)|right in front of me|in front of me|in my hand|(?:are|is) (?:right )?here with me)\b/u;

/** Wanting it all to stop or end: on its own low, with hopelessness moderate. */
export const ENDING =
  /\b(?:make (?:it|everything|the pain|this|the thoughts) (?:all )?(?:stop|go away for good)|want(?:ed)? (?:it|everything|this|the pain|it all)(?: all)? to (?:stop|end|be over)|(?:it|this|everything|it all)(?:'ll| will) (?:all )?be over soon|sleep forever|(?:just )?(?:disappear|vanish)|not (?:be|being) (?:here|around) anymore|be gone|end (?:it|this|things)\b(?! with\b)|found a way out|know what i (?:have|need) to do|only one way out|no other way out|won'?t have to (?:feel|deal with) (?:this|it) (?:for )?much longer|permanent(?:ly)? (?:fix|end|solution|escape)|rest forever|finally (?:be )?(?:free|at peace)|at peace soon|fade away|can'?t do this anymore|i'?m (?:so )?done with (?:it all|everything)|(?:i'?m|i am) (?:so |just |completely |totally )?done (?:trying|fighting|with (?:life|everything|it all|this life))|(?:i'?m|i am) finally done\b(?! with (?!it all|everything|life))|give up on (?:everything|it all|life)|(?:fix|solve|end) (?:it|this|everything|all of this) (?:permanently|for good|forever)|for (?:much|a lot) longer\b|made (?:my )?peace with (?:it|dying|everything|it all|the decision|my decision)(?! (?:and|so) (?:moved on|i'?m ready to move on)))/u;
