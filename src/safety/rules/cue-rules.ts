import type { RiskCategory, RiskLevel } from '../../core/index.ts';
import { PLAY_THING } from './abuse-rules.ts';
import { THIRD_PERSON_SUBJECT } from './frames.ts';
import { OBLIQUE_CUE_RULES } from './oblique-cue-rules.ts';

/**
 * A second, more sensitive layer under the phrase rules: danger concepts (death, means, harm to
 * a body, a body in distress, a person hurting the speaker) that co-occur in one sentence with the
 * speaker and with intent, a time or an act in progress. It only adds findings at moderate (high
 * for an act in progress), so a phrasing no rule anticipated still starts the protocol, where a
 * human reviews the flag, in the spirit of deployed crisis classifiers. It never lowers a finding.
 * Frames (negation, fiction and news, figurative, past, someone else) are applied by the detector.
 * @see Deployed crisis-line triage favours sensitivity with human review of every flag (988 Lifeline, Imminent Risk Policy, 2022).
 */
export interface CueRule {
  id: string;
  category: RiskCategory;
  level: RiskLevel;
  /** All must match somewhere in the sentence. */
  all: readonly RegExp[];
  /** If any matches, the rule does not apply to the sentence. */
  none?: readonly RegExp[];
  /** Also tried on a sentence with the next one ("Got the rope. Going after dark."). */
  pair?: boolean;
  /** The rule's own patterns place the speaker; someone else as subject does not exclude it. */
  anySubject?: boolean;
}

const SPEAKER = /\b(?:i|i'm|im|i've|ive|i'd|id|i'll|me|my|myself)\b/u;
const DEATH =
  /\b(?:die|dying|dead|death|suicid\w*|kill(?:ing)? (?:my ?self|me)|end (?:it|my life|things|everything|it all)|not (?:be |being )?(?:here|around|alive) (?:anymore|any more|much longer|for long)|never wake up|(?:stop|stopped|stops) (?:breathing|existing)|terminal|funeral|grave|coffin|afterlife|forever (?:sleep|nap|rest)|last (?:day|night|birthday|christmas)|goodbye|take my (?:own )?life|overdos\w*|unalive|heart(?: \w+){0,4} stop\w*|heart gave out|(?:hit|run over|knocked down) by a (?:bus|car|train|lorry|truck)|(?:didn'?t|don'?t|never|not) wake up|in my sleep|forever nap|(?:never|not) (?:open|opened|opening) my eyes again|disappear(?:ing)? for good|check(?:ing)? out (?:for good|early|permanently)|dip from (?:life|this world|here)|top (?:my ?self|meself)|already dead|(?:be|being) gone (?:soon|for good)|(?:why|how) i'?m still (?:here|alive|breathing)(?! (?:at|in|with|on|for|after))|(?:life insurance|insurance money|payout)(?: \w+){0,2} (?:do|be worth|help|give them) more|(?:hurr(?:y|ies) up|come (?:sooner|quicker|faster))(?<=\b(?:cancer|illness|disease|death|end)\b.{0,40}))\b/u;
const INTENT =
  /\b(?:want|wanna|wish|wishing|going to|gonna|will|i'll|i'?m (?:taking|bringing|getting)|i am (?:taking|bringing|getting)|plan(?:s|ned|ning)?|decided|ready|about to|thinking (?:about|of)|think about|should|hope|hoping|deserve|tonight|tomorrow|soon|next time|this time|can't stop|keep (?:thinking|imagining|picturing)|i know (?:how|where|when)|would(?:n'?t| not)? mind|wouldn'?t care|don'?t care if|better if|easier if|rather|secretly|pray\w*|intend\w*|would like to|i'?d like to|keep wondering|catch myself|would be (?:a relief|peaceful|easier|better)|how peaceful|stopped caring|soon|permanently|for good|i'?m (?:taking|using|doing)|tonight'?s the night|'s the day|finna|tryna)\b/u;
const MEANS =
  /\b(?:pills?|tablets?|meds|paracetamol|rope|noose|belt|gun|pistol|rifle|shotgun|firearm|knife|knives|blade|razor|bridge|roof|ledge|cliff|train|tracks|motorway|exhaust|petrol|gas|poison|bleach|hammer|bat|weapon|lighter|insulin|sleeping (?:pills|tablets)|painkillers|charcoal|helium|cabinet|platform|edge|overpass|multi-?storey|car park)\b/u;
const HARM_ACT =
  /\b(?:hurt\w*|harm\w*|hit|hitting|(?<!\b(?:a|little|tiny|wee|quite|one|every) )bit|bite|biting|threw|throws?|throwing|punch\w*|kick\w*|slam\w*|burn\w*|cut|cuts|cutting|bleed\w*|bruis\w*|scratch\w*|stab\w*|strangl\w*|chok\w*|smash\w*|beat|beating|batter\w*|attack\w*|set fire|shoot|shot|run (?:him|her|them) over|pinch\w*|shov\w*|push\w*|slap\w*|grab\w*|drag\w*|twist\w*|spit\w*|spat|shak\w*|shook|knock\w* (?:me )?(?:about|around)|put(?:ting|s)? (?:his |her |their )?hands on)\b/u;
const OWN_BODY =
  /\b(?:my ?self|my own (?:\w+)|my (?:arms?|forearms?|wrists?|legs?|thighs?|hands?|knuckles|fingers?|skin|stomach|face|head|body|hips?|chest|ankles?|shins?|calves|ribs|sides?))\b/u;
const ON_PURPOSE =
  /\b(?:on purpose|deliberately|again|until|so (?:i|it)|because i|to (?:feel|punish|stop)|deserve|make (?:it|myself|me)|for later|when i'?m (?:angry|upset|sad)|to feel (?:something|better|real|in control)|whenever (?:things|it|i)|every time (?:i|things)|as soon as|afterwards|relieves?|settles? me|calms? me)\b/u;
const TARGET =
  /\b(?:him|her|them|his|their|that (?:guy|man|woman|lad|girl|boy)|the (?:lads|guys|kids|boss|baby|teacher)|my (?:ex|boss|manager|husband|wife|partner|boyfriend|girlfriend|dad|mum|mom|brother|sister|baby|son|daughter|kids?|flatmate|roommate|neighbou?r|stepdad|stepmum)|someone|people|everyone)\b/u;
const ABUSER =
  /\b(?:he|she|they|(?:my )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|mum|mom|mother|stepdad|stepfather|stepmum|uncle|carer|foster \w+|parents?)|my (?:ex|cousin|brother|sister|son|daughter|grandson|granddaughter))\b/u;
const AT_ME =
  /\b(?:me|at me|my (?:face|head|arms?|wrists?|hair|throat|neck|body|door|room|phone|legs?|chest))\b/u;
const BODY_EMERGENCY =
  /\b(?:can'?t (?:breathe|catch my breath|stay awake|feel my)|struggling to breathe|short of breath|chest (?:pain|hurts|is tight|tightness|burns|is burning)|weight on my chest|heart(?:'s| is)? (?:racing|pounding|going (?:really )?fast|beating (?:really )?fast)|swell\w*|throat(?: \w+){0,4} (?:closing|tight|swelling)|faint\w*|pass(?:ed|ing)? out|room is spinning|spinning|pins and needles|numb|seizure|fitting(?! in\b)|throwing up|vomit\w*|unconscious|collapsed|confused|blue lips|so much blood|blood everywhere|seeing double|double vision|blurr(?:y|ed) vision|slurr\w*|droop\w*|can'?t (?:lift|raise|move) my|(?:feel|feeling) (?:really |so |v |very )?(?:sick|weird|strange|wrong|faint)|flutter\w*|skipping beats|crushing|nodding (?:out|off)|can'?t keep my eyes open|boiling|overheating|going (?:mental|crazy|mad)|cough\w*|can'?t think straight|shaking|sweating|bitten tongue|woke up on the (?:[a-z]+ )?floor)\b/u;
const WEAPON =
  /\b(?:knife|knives|hammer|bat|gun|pistol|weapon|petrol|set fire|acid|machete|crowbar|baseball bat)\b/u;
const NOW_OR_TAKEN =
  /\b(?:now|right now|just|took|taken|swallowed|ate|drank|after (?:i|taking|eating|drinking)|since|keeps?|won'?t stop|i'?m \d{2}|at the festival|this (?:morning|evening|afternoon)|nearly|almost|on my own|alone|for (?:an|about an|over an|the last) (?:hour|few minutes)|(?:\d+|ten|twenty|thirty) minutes)\b/u;
/**
 * Any danger concept named (death, a means, an act of harm, a body in distress, a weapon): a
 * message with one needs less from the learned scorer to reach a human (`dangerThreshold`).
 */
export const DANGER_CONCEPT = new RegExp(
  [DEATH, MEANS, HARM_ACT, BODY_EMERGENCY, WEAPON].map((pattern) => pattern.source).join('|'),
  'u',
);
/** Everyday uses of tools that are also weapons. */
const NOT_VIOLENT =
  /\b(?:cook\w*|chop\w*|onions?|recipe|kitchen drawer|diy|shelf|shelves|fix\w*|nails?|garden|bbq|barbecue|fireplace|candles?|camping|birthday cake|toolbox|sharpen\w*|repair\w*|put up|hang (?:a|the) (?:picture|mirror))\b/u;
const TRIVIAL =
  /\b(?:exam|test|essay|homework|game|match|gym|workout|run|running|film|movie|show|dinner|cooking|recipe|phone battery|laptop|wifi|traffic|commute|meeting|deadline)\b/u;

/** The cue rules, most specific first. */
export const CUE_RULES: readonly CueRule[] = [
  {
    id: 'cue.suicide-death-intent',
    category: 'suicide',
    level: 'moderate',
    all: [SPEAKER, DEATH, INTENT],
    none: [
      TRIVIAL,
      /\bshould i (?:be worried|worry|tell (?:someone|anyone))\b/u,
      /\brather (?:die|be dead) than (?!live|go on|keep|carry on|feel|wake)|\bend(?:ing)? (?:it|things|everything) (?:with|between|off)\b/u,
      // "my sister is going to end it all tonight, she texted me goodbye": her intent, not the speaker's.
      new RegExp(
        `(?:${THIRD_PERSON_SUBJECT.source})(?:'s| is| are|'re| has)? (?:going to|gonna|about to|planning to|plans to|wants? to|will|'ll) (?:[a-z]+ )?(?:end it|end (?:his|her|their) (?:own )?life|kill (?:him|her|them)sel(?:f|ves)|die)\\b`,
        'u',
      ),
      // "die of cringe", "die laughing": an idiom of embarrassment or amusement.
      /\bdie (?:of|from) (?:cringe|embarrassment|boredom|shame|laughter|laughing|happiness)\b|\bdie laughing\b|\bdy(?:e)?ing (?:my|your|her|his|their) (?:hair|clothes|jeans|shirt|eyebrows|beard)\b/u,
      // "This weekend is going to kill me": a stretch of time or a situation, not a person or an intent.
      /\b(?:this|the|that|next|another) (?:long )?(?:weekend|week|month|year|day|night|shift|rota|job|course|term|diet|christmas|winter|summer|silence|quiet|boredom|loneliness|heat|cold|hangover|commute|wait)\s?(?:is|'s|will|'ll) (?:going to |gonna )?(?:kill|finish) me\b/u,
    ],
  },
  {
    id: 'cue.suicide-means-intent',
    category: 'suicide',
    level: 'moderate',
    all: [
      SPEAKER,
      MEANS,
      INTENT,
      /\b(?:my ?self|me|my life|it all|end|die|jump|last|do it|use it|let go|everything)\b/u,
    ],
    none: [TRIVIAL, TARGET],
  },
  {
    id: 'cue.self-harm-act',
    category: 'self_harm',
    level: 'high',
    all: [SPEAKER, HARM_ACT, OWN_BODY, ON_PURPOSE],
  },
  {
    id: 'cue.harm-to-others',
    category: 'harm_to_others',
    level: 'moderate',
    all: [
      SPEAKER,
      INTENT,
      TARGET,
      /\b(?:hurt\w*|harm\w*|kill\w*|stab\w*|shoot|beat|attack\w*|set fire|burn\w*|knife|hammer|bat|gun|weapon|make (?:them|him|her) pay|get (?:them|him|her) back|pay for (?:it|this|what))\b/u,
    ],
    none: [TRIVIAL],
  },
  {
    id: 'cue.harm-weapon',
    category: 'harm_to_others',
    level: 'moderate',
    all: [
      SPEAKER,
      WEAPON,
      /\b(?:he|she|they|him|her|them|his|their|my (?:ex|boss|manager|husband|wife|partner|boyfriend|girlfriend|dad|stepdad|neighbou?r|flatmate|roommate)|the (?:lads|guys|boss|teacher))\b/u,
      INTENT,
    ],
    none: [TRIVIAL, NOT_VIOLENT],
  },
  {
    id: 'cue.abuse-act',
    category: 'abuse',
    level: 'high',
    // The act must land on the speaker: "she self-harms, she told me" is not abuse.
    all: [
      new RegExp(
        `${ABUSER.source}(?: [\\w']+){0,4} ${HARM_ACT.source}(?: [\\w']+){0,3} ${AT_ME.source}`,
        'u',
      ),
    ],
    none: [
      /\bshot me (?:a|an|one of (?:her|his|their)) (?:look|glance|smile|text|message|dirty look)\b/u,
      /\bme (?:when|if) (?:she|he|they) (?:finds? out|sees?|hears?)\b/u,
      /\bcut (?:me|us) off\b/u,
      // Play: "my dad threw a ball at me", unless it was meant to hurt.
      new RegExp(
        `\\b(?:threw|throws?|throwing|chucked|chucks|lobbed|kicked|kicks) (?:a |the |his |her |my )?${PLAY_THING}(?![^.!?\\n]{0,60}\\b(?:on purpose|deliberately|as hard as|to hurt)\\b)`,
        'u',
      ),
      // A contest: "beats me at chess", "is beating me in every race".
      /\b(?:beat\w*|thrash\w*|hammer\w*|destroy\w*) (?:me|us) (?:at|in) (?:[a-z]+ ){0,2}?(?:chess|cards|game|games|match|race|pool|darts|snooker|tennis|golf|scrabble|monopoly|quiz|fifa|uno|wordle|sudoku|kart)\b/u,
    ],
  },
  {
    id: 'cue.abuse-control',
    category: 'abuse',
    level: 'moderate',
    all: [
      ABUSER,
      /\b(?:makes? me|made me|won'?t let me|forces? me|forced me|locks? me|locked me|threaten\w* (?:me|to)|scares? me|scared of (?:him|her|them)|afraid of (?:him|her|them))\b/u,
    ],
    // "He made me tea", "she makes me laugh": kindness, not control.
    none: [
      /\b(?:makes?|made) me (?:a |some |my |the )?(?:tea|coffee|cuppa|dinner|breakfast|lunch|food|cake|card|toast|soup|laugh\w*|smile|happy|proud|feel (?:better|safe|loved|special|good)|giggle|grin)\b/u,
      // "Waiting for the carer made me think how alone I am": something that happened set a thought going.
      /\b(?:makes?|made) me (?:think|realise|realize|wonder|remember|reflect|notice|appreciate|sad|so sad|worry|worried|nervous|miss (?:her|him|them))\b/u,
    ],
  },
  {
    id: 'cue.harm-pathway',
    category: 'harm_to_others',
    level: 'high',
    // Approaching, waiting for or tracking someone with a weapon: the "pathway" warning behaviour
    // (Meloy JR, et al. Behav Sci Law 2012;30(3):256–79).
    all: [
      WEAPON,
      /\b(?:waiting (?:outside|for|near|by|at|round)|outside (?:his|her|their)|follow\w*|driving (?:round|over|to)|heading (?:round|over|to)|on my way (?:to|round)|going round to|to (?:his|her|their) (?:house|flat|work|place))\b/u,
      /\b(?:him|her|them|his|their)\b/u,
    ],
    none: [TRIVIAL, NOT_VIOLENT, /\b(?:cricket|baseball|rounders|softball)\b/u],
  },
  {
    id: 'cue.medical-two-signs',
    category: 'medical_emergency',
    level: 'imminent',
    // Two emergency signs at once (spinning and numb legs; seeing double and sick): call for help now
    // (NHS, When to call 999).
    all: [
      SPEAKER,
      new RegExp(`${BODY_EMERGENCY.source}[^.!?\\n]{0,80}?${BODY_EMERGENCY.source}`, 'u'),
    ],
    none: [
      /\b(?:nervous|anxious|exam|interview|date|excited|hangover|rollercoaster|ride|gym|workout|run|film|movie)\b/u,
    ],
  },
  {
    id: 'cue.medical-body',
    category: 'medical_emergency',
    level: 'high',
    all: [SPEAKER, BODY_EMERGENCY, NOW_OR_TAKEN],
    // Not what is over: "coughed it up", "got it out".
    none: [
      /\b(?:nervous|anxious|exam|interview|date|excited|panic attack|hangover|coughed (?:it|them) (?:up|out)|got it out)\b/u,
    ],
  },
  ...OBLIQUE_CUE_RULES,
];
