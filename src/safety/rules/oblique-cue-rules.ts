import type { CueRule } from './cue-rules.ts';

/**
 * Oblique phrasings the phrase rules and the first cue lexicons miss: euphemisms and metaphors
 * for death, a foreshortened future, wishing for an outside cause of death, settling affairs,
 * means with a time, concealed self-injury and its kit, loss of control over violence, stalking
 * and attack planning, cover stories and controlling behaviour at home, fear-driven escape
 * readiness, and body signs of an emergency described in lay words.
 * @see Rudd MD, et al. Warning signs for suicide. Suicide Life Threat Behav 2006;36(3):255–62 (talking about death, no reason to live, putting affairs in order, withdrawal).
 * @see Klonsky ED, Muehlenkamp JJ. Self-injury: a research review for the practitioner. J Clin Psychol 2007;63(11):1045–56 (concealment, hidden tools).
 * @see Meloy JR, et al. Behav Sci Law 2012;30(3):256–79 (pathway, fixation, leakage warning behaviours).
 * @see WHO, Responding to intimate partner violence and sexual violence against women (2013): controlling behaviour, injury explanations.
 * @see NHS, When to call 999 (blue lips, heavy bleeding, floppy child, allergic swelling, chest pressure with sweating).
 */

const SPEAKER = /\b(?:i|i'm|im|i've|ive|i'd|id|i'll|me|my|myself)\b/u;
const TRIVIAL =
  /\b(?:exam|essay|homework|game|gaming|fortnite|match|gym|workout|film|movie|show|netflix|recipe|phone battery|laptop|wifi|meeting|deadline|level \d|boss fight)\b/u;

/** Euphemisms and metaphors for being dead or gone. */
const DEATH_METAPHOR =
  /\b(?:(?:long|big|eternal|endless|forever) (?:sleep|nap|rest)(?! (?:i (?:had|got)|last|was|on|in|this|yesterday))|six feet under|dirt ?nap|pushing up (?:the )?daisies|cemetery|graveyard|(?:not|never|no) respawn\w*|(?:deleted|erased|wiped|removed) from (?:existence|the world|life)|(?:lights?|light) (?:went|go|going|goes) out for (?:me|good)|tap(?:ping)? out for good|the permanent one|(?:a|the) way out\b(?! of (?:the|this) (?:building|room|car park|maze|station))|yeet (?:my ?self|me) (?:out of|off) (?:this|life)|(?:stop|cancel|unsubscribe)\w* (?:from )?(?:being alive|existing|life)|subscription i forgot to cancel|(?:be|being) with (?:my )?(?:grandma|grandad|nan|gran|grandpa|mum|mom|dad|brother|sister|wife|husband|son|daughter) again|swap places with (?:anyone|someone|him|her|them) in)\b/u;
/** Wishing an outside cause would do it: an illness, a crash, not waking. */
const OUTSIDE_DEATH =
  /\b(?:(?:plane|flight|bus|car|train) (?:goes|going|would go|went|to go) down|crash(?:es|ed)? with me|(?:would|didn'?t|did not|doesn'?t) hit (?:me|us)|get (?:sick|ill) with something (?:quick|fast|terminal)|something quick|(?:cancer|illness|disease|tumou?r) (?:would|will) (?:hurry|take me|come)|(?:didn'?t|don'?t|not|never) (?:wake up(?! (?:late|early|in time|on time|before|till|until))|get (?:a|another) (?:next )?birthday)|next birthday)\b/u;
const WISH =
  /\b(?:hope|hoping|wish|wishing|pray\w*|disappointed|part of me|ok with that|okay with that|fine with that|sounds (?:like a holiday|nice|peaceful|good)|how nice|would(?:n'?t| not)? mind|would solve|solve a lot|relief|can'?t wait)\b/u;
/** No future, no place: a foreshortened future stated plainly. */
const NO_FUTURE =
  /\b(?:no (?:place|room|point) (?:on this earth|in this world|for me here)|can'?t picture (?:it|myself|a future|next year)|don'?t see myself (?:at|in|making it|reaching|getting to|being around)|stopped making plans|no need (?:for plans|to plan)|(?:won'?t|will not) be needing|(?:probably )?my last message|made up my mind|another (?:\d+|forty|thirty|fifty|twenty) years of this|if anything happens(?: to me)?,? (?:i mean)?|(?:tell|let) (?:my|her|him) \w+ (?:it|this) (?:wasn'?t|isn'?t) (?:her|his|their|your) fault|not be around next year|should have stayed (?:out )?there with)\b/u;
const NO_FUTURE_CONTEXT =
  /\b(?:plans? past|christmas|next year|uni place|i mean|simpler|this|earth|message|fault|there'?s no need|anymore|mind about)\b/u;

/** Putting affairs in order, said with finality. */
const FINAL_ACT =
  /\b(?:(?:giv(?:en|e|ing)|gave) (?:away )?(?:the |my )?(?:[a-z0-9]+ )?(?:cat|dog|medals|ps5|xbox|console|guitar|ring|watch|jewell?ery|savings|plants|rabbit|records) (?:away )?to|(?:deleted|wiped) (?:all )?my (?:socials|accounts|profiles)|unfollowed everyone|changed my bio|will is up to date|passwords (?:are )?(?:on|in|written|left)|paid off what i owe|(?:nobody|no one)'?s left with my|saying (?:proper |my )?goodbyes|handover notes|cancell?ed the (?:milk|paper|papers|post|deliveries)|left the (?:back |front )?door unlocked|(?:timed|scheduled) (?:email|message|post)|song for my funeral|returned all (?:the|my)|signed the (?:flat|house|lease) back|took out life insurance|sorted the bills|cleaned the whole (?:flat|house)|everything is closed)\b/u;
const FINALITY =
  /\b(?:it'?s not(?= *[.!]* *$)|feels right|tidying up|after\b(?= *[.!]*$)|ever\b|won'?t understand|told (?:her|him|them) it was a joke|almost over|closed now|passed today|nothing left to do|so (?:they|nobody|no one|she|he) (?:don'?t|doesn'?t|won'?t) have to|when i'?m gone|didn'?t realise|won'?t be back|for a while|that'?s what it was|thanks for everything|clause)\b/u;

/** A suicide means together with a set time or place. */
const SUICIDE_MEANS =
  /\b(?:tablets|pills|antidepressants|sleeping pills|meds|rope|gun|charcoal|tape in the boot|car'?s in the garage|level crossing|multi-?storey|the roof|bridge|river|train comes)\b/u;
const SET_TIME =
  /\b(?:tonight|after dark|tomorrow (?:morning|night)?|this evening|\d{1,2}(?::\d\d)? ?(?:am|pm)|at \d{1,2}(?::\d\d)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|after my shift|after everyone'?s asleep|house to go quiet|that'?s the (?:plan|day)|it'?s enough|i know what to do|i know where the key is|i'?ll be there|nobody checks|counted)\b/u;
const NOT_SUICIDE_MEANS =
  /\b(?:headache|period|prescription (?:runs|ran) out|pharmacy|chemist|doctor said|take (?:one|two) (?:with|after)|hang (?:the|a) (?:washing|picture)|climbing|camping|bouldering|view|sunset|picnic|fireworks|like always|as (?:usual|always|prescribed)|remind\w*|reminder|alarm for|usual (?:dose|time)|with (?:my )?(?:breakfast|food|dinner|tea|meal)|(?:morning|evening|night|bedtime) (?:tablets|pills|meds)|pill ?box(?:es)?|dosette|organi[sz]er|blister packs?|(?:weekly|monday-to-sunday|seven-day|7-day|day-by-day) (?:box|tray|pack)|sort(?:s|ed|ing)? (?:out )?(?:my |the |his |her |their )?(?:tablets|pills|meds) (?:into|for the week))\b/u;

/** Self-injury slang, urges, concealment and kit. */
const SH_SLANG =
  /\b(?:(?:new|fresh) (?:lines|cuts|marks) on my (?:thighs?|arms?|wrists?|hips?|stomach)|did (?:a )?barcode|barcod(?:e|ing) (?:my|again)|sh'?ing again|sh ?'?d again|(?:wear|wearing) long sleeves (?:in|all) (?:summer|the heat|year)|(?:hid(?:e|ing)?|cover(?:ing)?) (?:my |the )?(?:scars|cuts|marks) (?:with|under|from)|feel pain on (?:the )?outside|(?:days|weeks|months) clean from (?:the )?(?:blade|cutting|sh)|(?:scratch|pick|dig)\w* (?:at )?the same spot\b[^.!?\n]{0,30}\b(?:raw|bleed\w*|skin)|itching to do it again\b[^.!?\n]{0,40}\b(?:compass|blade|razor|lighter|scissors|sharpener))/u;
const SH_TOOL =
  /\b(?:blades?|razors?|craft knives|craft knife|shards?|scissors|compass|sharpener|lighter)\b/u;
const SH_HIDDEN =
  /\b(?:under (?:my |the )?(?:bed|mattress|pillow)|sock drawer|in a tin|little kit|for when it gets bad|just in case|instead of throwing|snuck|hid (?:the|them|it)|over my (?:arm|wrist|skin|thigh|leg)|in my hand right now|counting down)\b/u;

/** Loss of control over violence, and leakage of intent. */
const LOSS_OF_CONTROL =
  /\b(?:won'?t be responsible for what i|scared of what (?:my hands|i) (?:might|could|will) do|what i (?:might|could) do to (?:him|her|them|the baby|my \w+)|put my fist through|(?:he|she)'?ll be the one in (?:hospital|a box|the ground)|(?:will|gonna|going to) regret\b[^.!?\n]{0,60}\bmake sure of it|imma (?:smoke|merk|shank|wet|drop) (?:him|her|them)|(?:he|she)'?s getting (?:merked|smoked|wet|shanked)|i(?:'d| would) kill (?:him|her|them)\b[^.!?\n]{0,60}\b(?:i meant it|i mean it))\b/u;
/** Pathway behaviour: tracking a person's routine, scouting a place, a weapon bought or carried. */
const PATHWAY =
  /\b(?:(?:i )?know what time (?:he|she|they) (?:leaves|leave|gets|finishes|walks)|got (?:his|her|their) address|watching where (?:he|she|they|the \w+) parks?|wrote down (?:his|her|their) (?:hours|shifts|routine)|drawn a map of the (?:school|office|building|college)|exits marked|who sits where|waiting in the alley|that'?s where i'?ll get (?:him|her|them)|everyone will be in one place|parked outside\b[^.!?\n]{0,50}\b(?:with a|knife|hammer|bat)|(?:knife|machete|hammer|crowbar|blade) (?:in|into) my (?:coat|jacket|pocket|bag)\b[^.!?\n]{0,40}\b(?:him|her|them)|bought a (?:machete|knife|gun|crowbar)\b[^.!?\n]{0,40}\b(?:he|she|they)'?ll (?:know|see|learn|pay))/u;

/** Injuries explained away, threats, control, and readiness to flee at home. */
const ABUSE_SIGN =
  /\b(?:walked into (?:a|the) (?:door|cupboard|wall)\b[^.!?\n]{0,40}\b(?:again|third|told)|told (?:work|them|school|the doctor|everyone) i (?:walked into|fell|tripped)|(?:if i leave|never see the kids again|he knows people|she knows people)\b(?<=\b(?:he|she|they) (?:said|says|told me)\b.{0,60})|locked out (?:in|of) (?:the )?(?:garden|house|flat)\b[^.!?\n]{0,60}\b(?:until|again|night)|(?:counts|hides|took|takes|keeps) (?:my )?(?:the )?(?:pills|medication|meds|passport|keys|bank card|money|phone)\b[^.!?\n]{0,40}\b(?:until i|says i can'?t|won'?t let|my)|(?:won'?t let|doesn'?t let|don'?t let) me (?:eat|sleep|go out|leave|see|out)|(?:goes|go) through my (?:things|phone)|can'?t go out alone|(?:hit|hits|kick|kicks|punch|punches) me where it (?:doesn'?t|won'?t) show|finger marks|no one else would have me|lucky (?:he|she) puts up with me|sleep in my clothes|shoes by the bed|in case i need to (?:run|get out|escape)|(?:home|house) is a (?:warzone|war zone|nightmare)\b[^.!?\n]{0,40}\bme)/u;
const ABUSE_SLANG =
  /\b(?:(?:bf|boyfriend|gf|girlfriend|husband|wife|dad|old man|fella|mum|mom|stepdad|ex)\b[^.!?\n]{0,40}\b(?:gets (?:real )?handsy|going ham on me|went (?:full )?(?:psycho|mental|nuts) on me|batter(?:in|ing)? me|laid (?:hands|into) (?:on )?me)|(?:black eye|busted lip|split lip|fat lip)\b(?<=\b(?:bf|boyfriend|gf|girlfriend|husband|wife|dad|old man|fella|stepdad|ex|he|she)\b.{0,80}))/u;
/** An attack in progress on the speaker or someone at home. */
const ATTACK_NOW =
  /\b(?:(?:he|she|they)'?s got (?:me by )?(?:my|the) (?:throat|neck|hair)|dragging me (?:by|across|down|along)|(?:hitting|beating|strangling|choking) (?:my )?(?:mum|mom|mam|sister|brother)\b[^.!?\n]{0,40}\b(?:right now|again|crying|screaming))/u;

/** Lay words for emergency body signs. */
const BODY_SEVERE =
  /\b(?:lips (?:are |going |turning )(?:\w+ )?blue|(?:can'?t|cannot) get a (?:breath|proper breath)|bending the wrong way|spurting|soaked through|gone floppy|won'?t wake up|can'?t wake (?:him|her|them)|(?<!\b(?:head|heart|mind)(?:'s| is| was)(?: just| really| totally)? )not in it\b|breathing sounds (?:funny|weird|strange)|heart is going (?:like )?\d{3}|face is swelling|swelling (?:fast|up)|seizure\b[^.!?\n]{0,30}\bwon'?t stop|drank (?:the )?(?:dishwasher|washing|bleach|cleaning)|grey and clammy|clammy|pressure in my chest|can'?t feel my legs|i think i'?m dying|greened out)/u;
const BODY_PERSON =
  /\b(?:i|i'm|i've|my|me|baby|daughter|son|mate|friend|he|she|her|him|grandma|grandad|nan|dad|mum|mom|brother|sister|wife|husband)\b/u;

/** The oblique cue rules. */
export const OBLIQUE_CUE_RULES: readonly CueRule[] = [
  {
    id: 'cue.suicide-death-metaphor',
    category: 'suicide',
    level: 'moderate',
    all: [SPEAKER, DEATH_METAPHOR],
    none: [TRIVIAL],
  },
  {
    id: 'cue.suicide-outside-death-wish',
    category: 'suicide',
    level: 'moderate',
    all: [SPEAKER, OUTSIDE_DEATH, WISH],
    none: [TRIVIAL],
  },
  {
    id: 'cue.suicide-no-future',
    category: 'suicide',
    level: 'moderate',
    all: [NO_FUTURE, NO_FUTURE_CONTEXT],
    none: [TRIVIAL],
  },
  {
    id: 'cue.suicide-final-arrangements',
    category: 'suicide',
    level: 'high',
    all: [FINAL_ACT, FINALITY],
    pair: true,
  },
  {
    id: 'cue.suicide-means-time',
    category: 'suicide',
    level: 'moderate',
    all: [SUICIDE_MEANS, SET_TIME],
    none: [TRIVIAL, NOT_SUICIDE_MEANS],
    pair: true,
  },
  {
    id: 'cue.self-harm-oblique',
    category: 'self_harm',
    level: 'high',
    all: [SPEAKER, SH_SLANG],
  },
  {
    id: 'cue.self-harm-kit',
    category: 'self_harm',
    level: 'high',
    all: [SH_TOOL, SH_HIDDEN],
    none: [
      /\b(?:craft project|school project|wrapping|present|gift|birthday|kids can'?t reach|toddler|child ?lock|safety)\b/u,
    ],
  },
  {
    id: 'cue.harm-loss-of-control',
    category: 'harm_to_others',
    level: 'high',
    all: [LOSS_OF_CONTROL],
    none: [TRIVIAL],
    anySubject: true,
  },
  {
    id: 'cue.harm-pathway-oblique',
    category: 'harm_to_others',
    level: 'high',
    all: [PATHWAY],
    none: [
      TRIVIAL,
      /\b(?:fire (?:drill|safety)|evacuation|surprise party|pick (?:him|her) up|lift home|fire warden)\b/u,
    ],
    anySubject: true,
  },
  {
    id: 'cue.abuse-oblique',
    category: 'abuse',
    level: 'high',
    all: [ABUSE_SIGN],
  },
  {
    id: 'cue.abuse-slang',
    category: 'abuse',
    level: 'high',
    all: [ABUSE_SLANG],
  },
  {
    id: 'cue.abuse-attack-now',
    category: 'abuse',
    level: 'imminent',
    all: [ATTACK_NOW],
  },
  {
    id: 'cue.medical-severe-sign',
    category: 'medical_emergency',
    level: 'imminent',
    all: [BODY_PERSON, BODY_SEVERE],
    none: [TRIVIAL],
  },
];

/** Negation words that belong to a concept ("won't wake up", "can't picture it"), not a denial. */
export const CONCEPT_NEGATION = new RegExp(
  [NO_FUTURE, OUTSIDE_DEATH, BODY_SEVERE, ABUSE_SIGN, LOSS_OF_CONTROL, SH_SLANG, FINALITY]
    .map((pattern) => pattern.source)
    .join('|') +
    "|\\bnot respawn\\w*|\\bnobody checks\\b|\\bno one asks why\\b|\\bdon'?t tell me\\b|\\bdon'?t even have\\b|\\bnot the gym kind\\b|\\bnot scared of dying\\b|\\bdidn'?t realise\\b",
  'gu',
);
