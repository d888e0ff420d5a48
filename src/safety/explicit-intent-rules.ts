import type { RiskCategory, RiskLevel } from '../core/index.ts';

/** A pattern for one way of stating risk, with the level it indicates on its own. */
export interface RiskRule {
  id: string;
  category: RiskCategory;
  level: RiskLevel;
  pattern: RegExp;
}

// Apostrophes arrive straight or curly; people often drop them ("im", "dont").
const A = "['’]?";
const I_AM = `(?:i${A}m|i\\s+am|im)`;
const SELF = '(?:myself|my\\s*self|meself)';
const MY_LIFE = '(?:my\\s+(?:own\\s+)?life|it\\s+all)';
const KILL = '(?:kill|kil|kll|off|unalive|end|take|hang|shoot|drown|hurt)';
const WANT =
  `(?:want|wanna|going|gonna|gunna|plan(?:ning)?|intend|decided|ready|about|trying|tried|try|will|${A}ll|` +
  `thinking|think|thought|been\\s+thinking|keep\\s+thinking|can${A}t\\s+stop\\s+thinking)`;

/**
 * First-person statements of suicidal thoughts, wishes and intent. Third-person statements
 * ("my friend wants to kill herself") do not match because every rule needs the speaker as
 * subject or object. Levels follow the ordering of the Columbia Suicide Severity Rating Scale
 * ideation items: a wish to be dead is lower than active thoughts of killing oneself, which is
 * lower than intent; a method or a time added to intent makes it imminent (see
 * `imminence-markers`).
 * @see Posner K, et al. The Columbia–Suicide Severity Rating Scale. Am J Psychiatry 2011;168(12):1266–77.
 * @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): desire, capability, intent.
 */
export const EXPLICIT_INTENT_RULES: readonly RiskRule[] = [
  {
    // "I want to kill myself", "I'm going to end my life", "gonna unalive myself"
    id: 'suicide.intent-to-kill-self',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      `\\b${WANT}\\b[\\w\\s,']{0,20}?\\b(?:to\\s+)?${KILL}(?:ing)?\\s+(?:${SELF}|${MY_LIFE})`,
      'iu',
    ),
  },
  {
    // "kill myself", "end my life", "take my own life" standing alone
    id: 'suicide.kill-self',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:kill(?:ing)?|kil|unaliv(?:e|ing)|end(?:ing)?|tak(?:e|ing))\\s+(?:${SELF}|my\\s+(?:own\\s+)?life)\\b`,
      'iu',
    ),
  },
  {
    // internet shorthand: "kms", "kys" said of oneself
    id: 'suicide.slang',
    category: 'suicide',
    level: 'high',
    pattern: /\b(?:kms|unalive\s+me|sewer\s*slide|commit\s+(?:suicide|sudoku|die))\b/iu,
  },
  {
    // "I'm suicidal", "I feel suicidal", "having suicidal thoughts"
    id: 'suicide.self-described',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:${I_AM}|i\\s+feel|feel|i${A}ve\\s+been|been|feeling|felt|i\\s+get|i\\s+have|i${A}m\\s+having|having|my)\\s+` +
        `(?:so\\s+|really\\s+|very\\s+|quite\\s+|kind\\s+of\\s+|kinda\\s+|a\\s+bit\\s+|pretty\\s+|extremely\\s+|feeling\\s+)?` +
        `suicidal\\b|\\bsuicidal\\s+(?:thoughts?|feelings?|urges?|ideation)\\b`,
      'iu',
    ),
  },
  {
    // "I want to die", "I don't want to live anymore", "I don't want to be alive"
    id: 'suicide.wish-to-die',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      `\\b(?:i\\s+)?(?:(?:really\\s+|just\\s+)?(?:want|wanna|wish|ready)\\s+(?:to\\s+)?die|` +
        `(?:do\\s*n${A}t|dont|do\\s+not)\\s+want\\s+to\\s+(?:live|be\\s+alive|exist|be\\s+here)(?:\\s+any\\s*more)?|` +
        `wish\\s+i\\s+(?:was|were)\\s+(?:dead|never\\s+born|gone)|` +
        `better\\s+off\\s+dead|no\\s+(?:reason|point)\\s+(?:to|in)\\s+(?:live|living|going\\s+on))\\b`,
      'iu',
    ),
  },
  {
    // "suicide" as the speaker's own plan: "I've decided on suicide", "suicide is my only way out"
    id: 'suicide.plan-word',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:suicide\s+(?:is|seems)\s+(?:my|the)\s+only|(?:planning|plan|decided\s+on|considering)\s+suicide)\b/iu,
  },
];

/**
 * Words that, just before a matched statement and in the same clause, negate it
 * ("I'm not suicidal", "I would never kill myself").
 */
export const NEGATION_CUES =
  /\b(?:not|never|no|nor|n['’]?t|dont|wont|wouldnt|cant|isnt|arent|wasnt|without|nobody|neither)\b|n['’]t\b/iu;

/**
 * Clause boundaries: negation and third-person subjects do not carry across them
 * ("I don't know, I just want to die" is not negated).
 */
export const CLAUSE_BOUNDARY = /[.!?;:,\n]|\b(?:but|though|although|however|yet|and)\b/giu;

/** Subjects that make a statement about someone else ("my sister has suicidal thoughts"). */
export const THIRD_PERSON_SUBJECT =
  /\b(?:he|she|they|his|her|their|someone|somebody|my\s+(?:friend|mate|partner|wife|husband|boyfriend|girlfriend|son|daughter|brother|sister|mum|mom|dad|father|mother|kid|child|student|colleague|client|patient)s?)\b/iu;

/**
 * Means, timeframes and preparatory acts that raise stated intent. A method with a time, or a
 * preparatory act, is imminent; a time alone with intent is imminent too ("tonight"). Access to means plus a
 * timeframe are the strongest warning signs in the 988 Lifeline risk assessment standards.
 * @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022).
 * @see Stanley B, Brown GK. Safety Planning Intervention. Cogn Behav Pract 2012;19(2):256–64 (lethal means).
 */
export const IMMINENCE_MARKERS: readonly RiskRule[] = [
  {
    id: 'suicide.timeframe',
    category: 'suicide',
    level: 'imminent',
    pattern:
      /\b(?:tonight|today|right\s+now|now|this\s+(?:evening|morning|afternoon|weekend|week)|tomorrow|in\s+(?:an?\s+)?(?:few\s+)?(?:minutes?|hours?))\b/iu,
  },
  {
    // a method on its own is high; the timeframe rule makes it imminent
    id: 'suicide.means',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:pills?|overdose|od|tablets|rope|noose|hang(?:ing)?|gun|pistol|rifle|shoot|jump(?:ing)?|bridge|roof|train|razor|blade|knife|cut(?:ting)?|bleach|poison|car\s+exhaust|carbon\s+monoxide)\b/iu,
  },
  {
    id: 'suicide.preparation',
    category: 'suicide',
    level: 'imminent',
    pattern:
      /\b(?:goodbye\s+(?:letter|note)|suicide\s+note|wrote\s+(?:a\s+)?(?:letter|note)|giving\s+(?:away\s+)?my\s+(?:things|stuff)|(?:have|got|bought|saved\s+up)\s+(?:the\s+)?(?:pills|rope|gun))\b/iu,
  },
];

/**
 * Someone else's suicidal thoughts or intent, as the person reports them. The speaker is not at
 * risk from these words alone; the agent helps them support the other person.
 */
export const THIRD_PERSON_RULES: readonly RiskRule[] = [
  {
    id: 'suicide.other-person',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:(?:kill|end|hurt|harm|unalive)(?:ing|s)?\s+(?:him|her|them)sel(?:f|ves)|(?:end|take|taking|ending)\s+(?:his|her|their)\s+(?:own\s+)?life|(?:he|she|they)(?:['’]s|\s+is|\s+are|['’]re|\s+was|\s+were|\s+feels?|\s+seems?)\s+(?:\w+\s+)?suicidal|suicidal\s+(?:friend|mate|partner|son|daughter|brother|sister|mum|mom|dad|child|kid|student))\b/iu,
  },
];

/** Markers that place a statement in the past and resolved ("I used to feel suicidal"). */
export const PAST_RESOLVED =
  /\b(?:used\s+to|years?\s+ago|months\s+ago|when\s+i\s+was\s+(?:younger|a\s+(?:kid|teen|child))|in\s+the\s+past|back\s+then|once\s+(?:felt|was))\b/iu;
