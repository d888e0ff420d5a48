import type { RiskCategory, RiskLevel } from '../../core/index.ts';

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
}

const SPEAKER = /\b(?:i|i'm|im|i've|ive|i'd|id|i'll|me|my|myself)\b/u;
const DEATH =
  /\b(?:die|dying|dead|death|suicid\w*|kill(?:ing)? (?:my ?self|me)|end (?:it|my life|things|everything|it all)|not (?:be |being )?(?:here|around|alive) (?:anymore|any more|much longer|for long)|never wake up|(?:stop|stopped|stops) (?:breathing|existing)|terminal|funeral|grave|coffin|afterlife|forever (?:sleep|nap|rest)|last (?:day|night|birthday|christmas)|goodbye|take my (?:own )?life|overdos\w*|unalive|heart(?: \w+){0,4} stop\w*|heart gave out|(?:hit|run over|knocked down) by a (?:bus|car|train|lorry|truck)|(?:didn'?t|don'?t|never|not) wake up|in my sleep|forever nap)\b/u;
const INTENT =
  /\b(?:want|wanna|wish|wishing|going to|gonna|will|i'll|i'?m (?:taking|bringing|getting)|i am (?:taking|bringing|getting)|plan(?:s|ned|ning)?|decided|ready|about to|thinking (?:about|of)|think about|should|hope|hoping|deserve|tonight|tomorrow|soon|next time|this time|can't stop|keep (?:thinking|imagining|picturing)|i know (?:how|where|when)|would(?:n'?t| not)? mind|wouldn'?t care|don'?t care if|better if|easier if|rather|secretly|pray\w*)\b/u;
const MEANS =
  /\b(?:pills?|tablets?|meds|paracetamol|rope|noose|belt|gun|pistol|rifle|shotgun|firearm|knife|knives|blade|razor|bridge|roof|ledge|cliff|train|tracks|motorway|exhaust|petrol|gas|poison|bleach|hammer|bat|weapon|lighter)\b/u;
const HARM_ACT =
  /\b(?:hurt\w*|harm\w*|hit|hitting|bit|bite|biting|threw|throws?|throwing|punch\w*|kick\w*|slam\w*|burn\w*|cut|cuts|cutting|bleed\w*|bruis\w*|scratch\w*|stab\w*|strangl\w*|chok\w*|smash\w*|beat|beating|batter\w*|attack\w*|set fire|shoot|shot|run (?:him|her|them) over)\b/u;
const OWN_BODY =
  /\b(?:my ?self|my own (?:\w+)|my (?:arms?|wrists?|legs?|thighs?|hands?|fingers?|skin|stomach|face|head|body|hips?|chest))\b/u;
const ON_PURPOSE =
  /\b(?:on purpose|deliberately|again|until|so (?:i|it)|because i|to (?:feel|punish|stop)|deserve|make (?:it|myself|me)|for later|when i'?m (?:angry|upset|sad))\b/u;
const TARGET =
  /\b(?:him|her|them|his|their|that (?:guy|man|woman|lad|girl|boy)|the (?:lads|guys|kids|boss|baby|teacher)|my (?:ex|boss|manager|husband|wife|partner|boyfriend|girlfriend|dad|mum|mom|brother|sister|baby|son|daughter|kids?|flatmate|roommate|neighbou?r|stepdad|stepmum)|someone|people|everyone)\b/u;
const ABUSER =
  /\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad|father|mum|mom|mother|stepdad|stepfather|stepmum|uncle|cousin|brother|sister|carer|foster \w+|parents?))\b/u;
const AT_ME = /\b(?:me|at me|my (?:face|head|arm|neck|body|door|room|phone))\b/u;
const BODY_EMERGENCY =
  /\b(?:can'?t (?:breathe|catch my breath|stay awake|feel my)|struggling to breathe|short of breath|chest (?:pain|hurts|is tight|tightness)|weight on my chest|heart(?:'s| is)? (?:racing|pounding|going (?:really )?fast|beating (?:really )?fast)|swell\w*|throat(?: \w+){0,4} (?:closing|tight|swelling)|faint\w*|pass(?:ed|ing)? out|room is spinning|spinning|pins and needles|numb|seizure|fitting|throwing up|vomit\w*|unconscious|collapsed|confused|blue lips|so much blood|blood everywhere)\b/u;
const WEAPON =
  /\b(?:knife|knives|hammer|bat|gun|pistol|weapon|petrol|set fire|acid|machete|crowbar|baseball bat)\b/u;
const NOW_OR_TAKEN =
  /\b(?:now|right now|just|took|taken|swallowed|ate|drank|after (?:i|taking|eating|drinking)|since|keeps?|won'?t stop|i'?m \d{2}|at the festival|this (?:morning|evening|afternoon))\b/u;
const TRIVIAL =
  /\b(?:exam|test|essay|homework|game|match|gym|workout|run|running|film|movie|show|dinner|cooking|recipe|phone battery|laptop|wifi|traffic|commute|meeting|deadline)\b/u;

/** The cue rules, most specific first. */
export const CUE_RULES: readonly CueRule[] = [
  {
    id: 'cue.suicide-death-intent',
    category: 'suicide',
    level: 'moderate',
    all: [SPEAKER, DEATH, INTENT],
    none: [TRIVIAL],
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
    none: [
      TRIVIAL,
      /\b(?:cook\w*|chop\w*|onions?|recipe|kitchen drawer|diy|shelf|nails?|garden|bbq|barbecue|fireplace|candles?|camping|birthday cake|toolbox|sharpen\w*)\b/u,
    ],
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
    ],
  },
  {
    id: 'cue.abuse-control',
    category: 'abuse',
    level: 'moderate',
    all: [
      ABUSER,
      /\b(?:makes? me|made me|won'?t let me|forces? me|forced me|locks? me|locked me|threaten\w*|scares? me|scared of (?:him|her|them)|afraid of (?:him|her|them))\b/u,
    ],
  },
  {
    id: 'cue.medical-body',
    category: 'medical_emergency',
    level: 'high',
    all: [SPEAKER, BODY_EMERGENCY, NOW_OR_TAKEN],
    none: [/\b(?:nervous|anxious|exam|interview|date|excited|panic attack|hangover)\b/u],
  },
];
