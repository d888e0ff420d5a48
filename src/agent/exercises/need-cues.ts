import type { Need } from './exercise.ts';

// Building blocks, matched against lowercased text with straight apostrophes. Apostrophes are
// optional because people often leave them out ("cant", "im").
const CANT = "(?:can'?t|cannot|can not|couldn'?t|could not)";
const DONT = "(?:don'?t|do not|didn'?t|did not)";
const IM = "(?:i'?m|i am|i feel|i felt|i was|i've been|ive been|i have been)";
const FEEL = "(?:feel|feels|feeling|felt|am|i'?m|been|so)";
const RELATIVE =
  '(?:mum|mom|mother|mam|dad|father|husband|wife|partner|son|daughter|child|baby|brother|sister|friend|best friend|grandma|grandmother|gran|nan|nana|grandpa|grandfather|granddad|grandad|aunt|auntie|uncle|cousin|fiance|fiancee|boyfriend|girlfriend|dog|cat|pet)';
// What a wanted act names when "want to …" is an urge; kept narrow ("want to use the app" is not).
const URGED_ACT =
  '(?:drink|smoke|vape|gamble|bet|binge|purge|relapse|use again|get high|get drunk|have a drink)';

/**
 * The phrases that suggest each need: a small, transparent lexicon (regular-expression sources,
 * matched on whole words). A phrase can stand for more than one need ("no energy" is both low mood
 * and low motivation). This reads what a person asks help with; it is not a risk detector — the
 * safety stage reads every message first and separately.
 */
export const NEED_CUES: Readonly<Record<Need, readonly string[]>> = {
  low_mood: [
    'depressed',
    'depression',
    `${FEEL} (?:so |really |very |pretty |quite |a bit |kind of |kinda )?(?:down|low|flat|empty|numb|miserable|awful|terrible|rubbish|crap|shit|blue)(?! on )`,
    'sad',
    'sadness',
    'miserable',
    'hopeless',
    'unhappy',
    'no energy',
    `${CANT} get out of bed`,
    `(?:lost|losing|no) interest in`,
    `(?:${DONT}|${CANT}) enjoy (?:anything|things|life)`,
    "what'?s the point",
    'nothing (?:matters|feels good|makes me happy)',
    'down in the dumps',
    'feel like crying',
    'crying (?:all the time|every day|a lot)',
    '\\u{1F614}|\\u{1F61E}|\\u{1F622}',
  ],
  anxiety: [
    'anxious',
    'anxiety',
    'nervous',
    'on edge',
    'scared',
    'afraid',
    'frightened',
    'uneasy',
    'jittery',
    'freaking out',
    'heart (?:is |keeps |was )?(?:racing|pounding)',
    'butterflies in my stomach',
    'dread(?:ing)?',
    '\\u{1F630}|\\u{1F628}',
  ],
  worry: [
    'worr(?:y|ies|ied|ying)',
    "what if (?:i|i'?m|it|they|he|she|we|something|my|the|everything|nothing|people|someone)",
    'fret(?:ting)?',
    '(?:imagining|expecting|expect|assume|assuming) the worst',
    'catastrophi[sz]\\w*',
    '\\u{1F61F}',
  ],
  stress: [
    'stress(?:ed|ful|ing)?',
    'under (?:a lot of |so much |too much )?pressure',
    'burn(?:ed|t)[ -]?out',
    'burnout',
    'frazzled',
    'tense',
    'at the end of my (?:rope|tether)',
  ],
  sleep: [
    `${CANT} (?:sleep|get to sleep|fall asleep|stay asleep|get any sleep|get back to sleep)`,
    `(?:never|${DONT}|hardly|barely|rarely) sleep`,
    'insomnia',
    "awake (?:at|until|till|til|'?til) \\d{1,2}(?:[:.]\\d{2})? ?(?:am|a\\.m\\.|in the morning)?",
    'awake all night',
    '(?:lying|lie|lay|laying|laid) awake',
    '(?:trouble|problems?|struggling|struggle|difficulty|issues?) (?:with )?(?:sleep|sleeping|falling asleep|getting to sleep|staying asleep)',
    'not sleeping',
    '(?:sleep|sleeping|slept) (?:so )?(?:badly|poorly|terribly|awfully|awful|terrible)',
    '(?:wake|waking|woke|wakes) up (?:at \\d|in the (?:middle of the )?night|too early|every (?:night|hour)|several times|all night)',
    "(?:haven'?t|have not|hardly|barely) slept",
    'no sleep',
    'up all night',
    'sleepless',
    'nightmares',
    'sleep is (?:awful|terrible|bad|a mess|all over the place|rubbish)',
  ],
  self_criticism: [
    'hate myself',
    `${IM} (?:so |such |just |really |completely |totally |a |an |such a |such an |a total |a complete |the )?(?:stupid|useless|worthless|pathetic|failure|idiot|loser|disappointment|waste of space|dumb|worst)`,
    'so stupid of me',
    'how stupid (?:i am|of me)',
    '(?:my|all my) fault',
    '(?:always|keep|kept) (?:messing|screwing|stuffing|fucking|mucking) (?:it |things |everything )?up',
    '(?:mess|screw|stuff) everything up',
    'beat(?:ing)? myself up',
    'so hard on myself',
    'not good enough',
    '(?:disgusted|ashamed|disappointed) (?:with|of|in) myself',
    `${CANT} do anything right`,
    // Guilt about looking after oneself is self-criticism in another voice.
    '(?:feel|feeling|felt) (?:so |really |very )?guilty',
    'guilt(?:y)? (?:trip|about)',
    "(?:so |being |feel |i am |i'm )selfish",
  ],
  urges: [
    'urges?',
    'crav(?:e|es|ing|ings)',
    `(?:want|wanting|wanna|tempted|itching|desperate) to ${URGED_ACT}`,
    '(?:want|need|needing|dying for|gasping for) (?:a )?(?:drink|cigarette|smoke|fag|vape|hit|fix|bet)',
    'relaps(?:e|ed|ing)',
    '(?:trying|want|need|going) to (?:stop|quit|cut down|cut back)(?: on)? (?:drinking|smoking|vaping|gambling|using|weed|alcohol|booze|drugs)',
    '(?:stay|staying|keep|keeping) (?:sober|clean)',
  ],
  anger: [
    'angry',
    'anger',
    'furious',
    'fuming',
    'livid',
    'rage',
    'enraged',
    'pissed off',
    'mad at',
    '(?:lost|losing|lose) my (?:temper|rag|cool|shit)',
    'snap(?:ped|ping)? at',
    'irritat(?:ed|able)',
    'annoyed',
    'resent(?:ful|ment)?',
    '(?:so|really) cross',
    'punch (?:a|the) wall',
    '\\u{1F621}|\\u{1F92C}',
  ],
  rumination: [
    'over[- ]?think(?:ing|s)?',
    'over[- ]?thought',
    `${CANT} stop thinking`,
    '(?:keep|kept|keeps) (?:thinking about|going over|replaying)',
    '(?:going|goes|go|spinning|spins|running|runs) (?:round|around|over)(?: and (?:round|around|over))? in my (?:head|mind)',
    'round and round in my (?:head|mind)',
    'replay(?:ing|s|ed)?',
    'dwell(?:ing|ed|s)? on',
    'ruminat(?:e|es|ed|ing|ion)',
    "(?:mind|brain|head) (?:won'?t|will not|doesn'?t|does not|can'?t|never) (?:stop|switch off|shut up|shut off|quiet down|slow down|be quiet)",
    `${CANT} (?:switch|turn|shut) (?:my (?:brain|mind|head) )?off`,
    'stuck in my (?:head|thoughts)',
    '(?:thoughts|mind) (?:are |is |keep |keeps )?racing',
    'racing thoughts',
    'same thoughts? over and over',
  ],
  motivation: [
    'no motivation',
    '(?:un|de)motivated',
    'lack(?:ing)? (?:of )?motivation',
    `${CANT} (?:be bothered|get (?:myself )?(?:going|started|motivated)|make myself)`,
    'procrastinat\\w*',
    'putting (?:it|things|everything|stuff) off',
    'no energy',
    `${CANT} get out of bed`,
    'stay(?:ing|ed)? in bed all day',
    'lazy',
    'no drive',
  ],
  loneliness: [
    'lonel(?:y|iness)',
    `(?:so|all|very|really|completely|totally|${FEEL}) alone`,
    'isolated',
    'isolating myself',
    '(?:no ?one|nobody) (?:to talk to|to turn to|to call|i can talk to)',
    '(?:have|got) no friends',
    'no friends',
    `${DONT} have (?:any )?friends`,
    '(?:no ?one|nobody) understands me',
    'miss (?:having|being with) (?:people|friends|company)',
    '(?:cut off|disconnected) from (?:everyone|people|the world)',
  ],
  problem: [
    `${DONT} know what to do`,
    'not sure what to do',
    '(?:no idea|unsure) (?:what|how) to (?:do|handle|deal)',
    `${CANT} (?:decide|make up my mind|work out what to do|figure out what to do|figure out how)`,
    '(?:need|have|got) to (?:decide|make a decision|choose)',
    '(?:a|this|the|my) problem with',
    'dilemma',
    'what should i do',
    'how (?:do|should|can) i (?:deal with|handle|fix|sort|solve|cope with)',
  ],
  overwhelm: [
    'overwhelm(?:ed|ing|s)?',
    'too much on',
    'too much (?:to do|going on)',
    'so much (?:to do|going on|on my plate)',
    'drowning in',
    'swamped',
    'snowed under',
    `${DONT} know where to start`,
    'everything at once',
    `${CANT} (?:cope|keep up)`,
    "it'?s all too much",
    '(?:juggling|spinning) (?:too many|so many) (?:plates|things)',
    'buried (?:in|under)',
  ],
  values: [
    'what (?:really )?matters to me',
    'what i (?:really )?want (?:out of|from) (?:life|my life)',
    '(?:no|lack of|without) (?:direction|purpose|meaning)',
    'directionless',
    'lost my way',
    `${DONT} know (?:who i am|what i want)`,
    'my values',
    'purpose in life',
    'meaning (?:in|to|of) (?:my )?life',
    "what'?s important to me",
    '(?:stuck|lost) in life',
    'what to do with my life',
  ],
  panic: ['panic(?:king|ked|ky|s)?', 'panic attacks?', 'anxiety attacks?'],
  grief: [
    'grie(?:f|ve|ved|ves|ving)',
    'bereave(?:d|ment)',
    'mourn(?:ing|ed|s)?',
    'passed away',
    '(?:she|he|they) (?:died|passed)',
    `since (?:my |our )?(?:${RELATIVE}|she|he|they) (?:died|passed|was killed)`,
    `(?:my|our) ${RELATIVE} (?:died|passed|is dead)`,
    `(?:lost|losing) (?:my|our) ${RELATIVE}`,
    '(?:the )?death of (?:my|our)',
    'funeral',
    'miss (?:him|her|them) so much',
  ],
};

/** Words that negate what follows them in the same clause ("I'm not worried"). */
export const NEGATORS: ReadonlySet<string> = new Set(
  "not no never nothing none neither nor hardly barely without isn't isnt aren't arent wasn't wasnt weren't werent don't dont doesn't doesnt didn't didnt can't cant cannot couldn't couldnt won't wont wouldn't wouldnt shouldn't shouldnt haven't havent hasn't hasnt hadn't hadnt ain't aint".split(
    ' ',
  ),
);

/**
 * A word right after a negator that cancels it: "can't stop worrying", "can't help feeling",
 * "not just sad", "no wonder I'm stressed".
 */
export const NEGATION_CANCELLED_BY_NEXT: ReadonlySet<string> = new Set([
  'stop',
  'help',
  'just',
  'only',
  'wonder',
]);

/** Words later in the window that turn a negator into an intensifier: "couldn't be more worried". */
export const NEGATION_CANCELLED_BY_LATER: ReadonlySet<string> = new Set(['more']);

/** Words that make "never" an intensifier: "never felt so alone", "never been this angry". */
export const NEVER_INTENSIFIERS: ReadonlySet<string> = new Set(['so', 'this', 'such', 'as']);

/** Words that end a clause for negation: "I'm not sad, but I'm worried" keeps the worry. */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set([
  'but',
  'though',
  'although',
  'however',
  'yet',
  'because',
  'cause',
  'except',
  'whereas',
  'while',
]);

/** How many words before a cue a negator may sit: "not really that worried", not further. */
export const NEGATION_WINDOW = 3;
