import { F, type RiskRule } from './risk-rule.ts';

const { person: basePerson } = F;
const person = `(?:${basePerson}|step ?(?:brother|sister|son|daughter)|half ?(?:brother|sister))`;
/** Risk named as a noun phrase ("suicide", "killing myself", "ending it"). */
const SUICIDE_NOUN =
  '(?:suicide|killing myself|ending my life|ending it(?: all)?|dying|being dead|taking my (?:own )?life|not being (?:here|alive))';
const HURT_ING =
  '(?:killing|murdering|hurting|harming|stabbing|strangling|choking|smothering|hitting|beating|attacking|shooting|poisoning|running over|drowning)';

/**
 * Explicit statements in less common grammatical forms: nominalisations ("suicide is on my
 * mind"), one-word self-descriptions ("Suicidal."), method questions in the generic second person
 * ("the most painless way to kill yourself"), comparisons of death with living, asking for help
 * to stop oneself harming someone, sexual touching and threats reported by the speaker, and body
 * signs of a heart attack or spinal injury. The phenomena are the same as the phrase rules; only
 * the grammar differs, so levels follow the same scales.
 * @see Posner K, et al. The Columbia–Suicide Severity Rating Scale. Am J Psychiatry 2011;168(12):1266–77 (wish to be dead, active ideation, method questions).
 * @see Joiner TE, et al. Worthlessness, suicidal ideation and method searches: Suicide Life Threat Behav 2005 (asking about lethal methods as a warning sign).
 * @see WHO, Responding to intimate partner violence and sexual violence against women: clinical and policy guidelines (2013).
 * @see NHS, When to call 999 (chest pain spreading to the arm; suspected neck or back injury after a fall).
 */
export const GRAMMAR_FORM_RULES: readonly RiskRule[] = [
  {
    id: 'suicide.nominal',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      `\\b${SUICIDE_NOUN} (?:is|has been|'s|keeps|kept|was|are) (?:always |constantly |never |still |just |really )?(?:on my mind|in my head|in my thoughts|what i think about|all i (?:can |ever )?think about|coming (?:back )?into my head|going round (?:in )?my head)\\b|\\b(?:can'?t|cannot) (?:get|stop) (?:thinking about )?${SUICIDE_NOUN} (?:out of my (?:head|mind))\\b|\\bmy (?:mind|brain|head|thoughts) (?:keeps?|kept) (?:going|going back|drifting|coming back|turning) to ${SUICIDE_NOUN}\\b`,
      'u',
    ),
  },
  {
    id: 'suicide.one-word',
    category: 'suicide',
    level: 'high',
    pattern:
      /(?:^|[.!?\n] *)(?:so |very |really |feeling |feel |just |still )?suicidal(?: (?:again|rn|right now|tonight|today|af))?(?= *(?:[.!,…]|$))/u,
  },
  {
    id: 'suicide.method-question',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:(?:most |least )?(?:painless|quick(?:est)?|easiest|best|surest|fastest|simplest|least painful|peaceful|quiet(?:est)?) (?:way|ways|method|methods) to (?:kill|end|off|hang|poison|gas|drown) (?:yourself|oneself|one'?s life|your ?self|urself|your (?:own )?life|ur life|myself|my life|themselves)|(?:is there|are there|what'?s|what is|what are|whats|how do (?:you|i|people)|how would (?:you|i|someone)|how can (?:you|i|someone)|tell me)(?: (?:a|any|the))? ?(?:way|ways|method|methods)? (?:to |you )?(?:kill|end|off|hang|poison) (?:yourself|oneself|your ?self|urself|your (?:own )?life|myself|my life|themselves)(?! (?:at|in|with) (?:the gym|work|training|revision|laughing)))\b/u,
  },
  {
    id: 'suicide.death-preferred',
    category: 'suicide',
    level: 'moderate',
    pattern:
      /\b(?:dying|death|being dead|not being here|not existing|not waking up|ending it) (?:would|'d|will|seems|feels|is|sounds) (?:be )?(?:so |much |a lot |far |way )?(?:easier|better|kinder|simpler|preferable|a relief|more peaceful|less painful) than (?:living|being alive|this|life|going on|carrying on|staying|waking up|another day)\b/u,
  },
  {
    id: 'harm_to_others.stop-myself',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:stop|keep|prevent) (?:myself|me) (?:from )?${HURT_ING} (?:him|her|them|my ${person}|the baby|someone|somebody)\\b|\\bfantasi[sz](?:e|es|ing|ed) about ${HURT_ING} (?:him|her|them|my ${person}|someone)\\b|\\bfantasi[sz](?:e|es|ing|ed) about running (?:him|her|them|my ${person}) (?:over|down)\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.touching',
    category: 'abuse',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      `\\b(?:my |our )${person} (?:keeps |still |always |has been |is |was |kept |sometimes )?(?:touch(?:es|ing|ed)?|grop(?:es|ing|ed)|fondl(?:es|ing|ed)) me\\b(?! (?:on|with) (?:the|my) (?:shoulder|arm|back|hand|head))|\\b(?:grabbed|pinned|cornered|held) me (?:down )?and (?:tried to |started to |wouldn'?t stop trying to )?(?:kiss|touch|grope|undress|rape) me\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.reported-threat',
    category: 'abuse',
    level: 'high',
    subjectMayBeTarget: true,
    pattern:
      /\b(?:says|said|keeps saying|threatens|threatened|told me|texts?|texted|messaged) (?:that )?(?:he|she|they)(?:'ll|'d| will| would| is going to| is gonna|'s going to|'s gonna| are going to|'re going to) (?:really )?(?:hurt|kill|beat|hit|stab|strangle|find|get) me\b|\b(?:keeps|kept|is|has been|been|won'?t stop) (?:following|stalking) me\b(?<=\b(?:ex|he|she|partner|husband|wife|boyfriend|girlfriend|someone|man|guy)\b.{0,40})/u,
  },
  {
    id: 'medical_emergency.heart-or-spine',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\bpain(?: in my chest)?(?: is|'s)? (?:going|spreading|shooting|radiating|moving|travelling|traveling) (?:down|into|up|to) my (?:left )?(?:arm|jaw|neck|shoulder)\b(?<=\bchest\b.{0,80})|\b(?:i )?(?:think |might have |may have )?(?:i'?ve |i have )?(?:broken|broke|fractured) my (?:neck|back|spine|skull)\b|\bcan (?:barely|hardly) (?:stay awake|breathe|keep my eyes open)\b(?<=\b(?:mixed|took|taken|drank|drunk|had|swallowed|vodka|alcohol|meds|pills|tablets)\b.{0,100})/u,
  },
];

const WEAPON =
  '(?:knife|knives|gun|pistol|rifle|shotgun|blade|machete|bat|hammer|crowbar|axe|weapon)';
const VICTIM = `(?:him|her|them|my ${person}|the (?:guy|man|woman|girl|lad|bloke|prick|bastard|kid|baby)|that (?:guy|man|woman|girl|lad|bloke|prick|bastard))`;

/**
 * Imminent risk in the present progressive and in preparatory acts: a method being used as the
 * person types, means set up ("the rope is tied", "the gun in my lap"), a self-harm act under way
 * or laid out for tonight, an attack under way or on its way, an abuser at the door, and body
 * signs after a dose that is already in. Each is the C-SSRS "actual attempt / interrupted attempt /
 * preparatory behaviour" tier or its equivalent for the other categories.
 * @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS suicidal behaviour: preparatory acts, interrupted and actual attempts).
 * @see 988 Suicide & Crisis Lifeline, Imminent Risk Policy (2022): an attempt in progress, or harm to others about to happen.
 * @see NICE guideline NG225 (2022), Self-harm: assessment, management and preventing recurrence.
 * @see NHS, When to call 999 (anaphylaxis: swelling face or throat, adrenaline not working).
 */
export const IMMINENT_ACT_RULES: readonly RiskRule[] = [
  {
    id: 'suicide.means-set-up',
    category: 'suicide',
    level: 'imminent',
    pattern:
      /\b(?:rope|noose|ligature|belt|cord)(?:'s| is)? (?:tied|set up|hung|hanging|up|ready|knotted)\b(?=[^\n]{0,60}\b(?:chair|stool|standing|neck|beam|ready|tonight|now)\b)|\b(?:the |a |my )?(?:gun|pistol|rifle|shotgun) (?:is )?(?:in my (?:lap|mouth|hand|hands)|(?:to|against) my (?:head|temple|chin))\b|\b(?:car|engine)(?:'s| is)? (?:running|on) in (?:the|a|my) (?:closed |locked |shut )?garage\b|\bcharcoal (?:in|inside) (?:the|my|a) (?:tent|car|room|bathroom)\b(?=[^\n]{0,60}\b(?:zipp\w*|seal\w*|tap\w*|lit|lighting|closing|shut\w*|lock\w*)\b)|\b(?:beam|hook|banister|bannister|rail|loft hatch|door frame|branch)\b[^.!?\n]{0,40}\bhold my weight\b|\b(?:don'?t|do not) want to be (?:saved|found|rescued|resuscitated|revived)\b(?<=\b(?:took|taken|swallowed|injected|drank|overdosed)\b.{0,120})|\b(?:going to|gonna|about to|'ll|will|plan(?:ning)? to) (?:take|swallow|down|neck) (?:all|every one|the whole (?:box|bottle|packet|lot)|the rest)(?: of)? (?:my |the )?(?:[a-z]+'s )?(?:[a-z]+ )?(?:pills|tablets|meds|medication|paracetamol|painkillers|sleeping pills)\b(?=[^\n]{0,60}\b(?:tonight|today|now|once|when|after) )/u,
  },
  {
    id: 'suicide.in-place-with-means',
    category: 'suicide',
    level: 'imminent',
    pattern:
      /\b(?:i'?m|im|i am) (?:in|on|at|sitting in|sitting on|standing on) (?:the|my|a) (?:[a-z]+ )?(?:bath|bathroom|car|roof|bridge|ledge|balcony|platform|cliff|tracks)\b[^.!?\n]{0,30}\bwith (?:a|the|my|some|all (?:my|the)) (?:[a-z]+ )?(?:razor|blade|knife|pills|tablets|rope|gun)\b(?=[^\n]{0,60}\b(?:end it|do it|kill myself|going to|gonna|done|goodbye)\b)|\b(?:i'?m|im|i am) (?:standing |sitting )?on the (?:roof|ledge|edge) of (?:my|the|a) (?:building|block|flats|car park|bridge)\b(?=[^\n]{0,60}\b(?:floors?|storeys?|stories|done|jump|goodbye|end it)\b)/u,
  },
  {
    id: 'self_harm.in-progress',
    category: 'self_harm',
    level: 'imminent',
    pattern:
      /(?:^|\b(?:i'?m|im|i am) (?:currently |literally |still )?)(?:cutting|carving|burning|scratching) (?:myself |my (?:arms?|legs?|wrists?|thighs?|skin|stomach) )?(?:(?:again )?(?:right now|rn|as i type(?: this)?|as we speak)|again,? (?:and )?(?:i )?can'?t stop|right now,? (?:and )?(?:i )?can'?t stop)\b|\b(?:i'?m|im|i am) (?:currently |literally |still )?(?:banging|hitting|smashing|punching) (?:my head|myself|my (?:fists?|hands?)) (?:against|into|on|off) (?:the|a|my) (?:wall|door|floor|desk|mirror)\b(?=[^\n]{0,40}\b(?:can'?t stop|right now|rn|won'?t stop)\b)|\b(?:i'?m|im|i am) (?:pressing|holding|putting) (?:a |the |my )?(?:lighter|lit match|hot [a-z]+|iron|blade|razor|knife|cigarette) (?:to|on|against|into) my (?:arm|leg|wrist|thigh|skin|stomach|hand)\b/u,
  },
  {
    id: 'self_harm.means-readied',
    category: 'self_harm',
    level: 'imminent',
    pattern:
      /\b(?:heating|heated|sharpening|sharpened|sterili[sz]ing|laid|laying|put|got|took|taken|getting|taking)(?: up| out)? (?:the |a |my |some )?(?:[a-z]+ )?(?:knife|blades?|razors?|lighter|scissors|sharpener)\b(?: out)?[^.!?\n]{0,60}\b(?:(?:to|so (?:that )?i can) (?:burn|cut|hurt|mark) myself|for (?:tonight|later|after (?:school|work|everyone))|(?:going|gonna|about) to (?:cut|burn)\b)|\b(?:laid|laying|set|setting) out (?:the |my |some )?(?:plasters|bandages|blades|razors)(?: and (?:the |my )?(?:plasters|bandages|blades|razors))?\b/u,
  },
  {
    id: 'harm_to_others.act-under-way',
    category: 'harm_to_others',
    level: 'imminent',
    pattern: new RegExp(
      `\\b(?:i'?m|im|i am) (?:(?:standing|stood|sitting|waiting|crouching) (?:over|outside|behind|next to|by) (?:him|her|them|his|her|their|my ${person})\\b[^.!?\\n]{0,30}\\bwith (?:a|the|my) ${WEAPON}\\b|(?:driving|heading|going|walking|on my way|coming|off) (?:to|round|over|out)\\b[^.!?\\n]{0,40}?\\b(?:now )?to (?:kill|stab|shoot|hurt|beat up|batter|murder|attack|do in) ${VICTIM}\\b|(?:holding|pressing|putting) (?:a |the |my )?(?:pillow|cushion|bag|hand|hands) (?:over|on|against|around) (?:his|her|their|my [a-z]+'s|the baby'?s) (?:face|mouth|nose|neck|throat)\\b|(?:stabbing|shooting|killing|murdering|attacking|glassing|battering) ${VICTIM}\\b(?=[^\\n]{0,80}\\b(?:tonight|today|tomorrow|after|when|knife|gun|bag|ready)\\b))|\\b(?:loaded|loading) (?:the|my|a|his|dad'?s) (?:gun|rifle|shotgun|pistol)\\b[^.!?\\n]{0,60}\\b(?:know where (?:he|she|they)|for (?:him|her|them)|he'?ll be|she'?ll be)\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.at-the-door',
    category: 'abuse',
    level: 'imminent',
    subjectMayBeTarget: true,
    pattern:
      /\b(?:he'?s|she'?s|they'?re|he is|she is|they are|my ex'?s?|my ex is) (?:outside|at|banging on|hammering on|trying to get in(?:to)?|breaking in(?:to)?|kicking) (?:my|the) (?:window|door|front door|back door|house|flat|room|place)\b(?=[^\n]{0,60}\b(?:right now|now|restraining order|won'?t leave|again|scared|help)\b)|\b(?:is|'s) coming (?:in)?to my (?:room|bedroom|bed)(?: again)?\b(?=[^\n]{0,60}\b(?:again|hear (?:him|her)|stairs|right now|now|scared)\b)|\b(?:locked|locks|shut) me in\b[^\n]{0,100}\b(?:coming back|back in|home in|will be back|'ll be back)\b/u,
  },
  {
    id: 'medical_emergency.after-use',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\b(?:took|taken|injected|swallowed|had|drank|drunk|smoked|snorted|used|shot up) (?:way |far |a lot |much |loads )?more than (?:usual|normal|i normally do|i usually do|i should(?: have)?|i meant to)\b[^\n]{0,60}\b(?:going (?:dark|black|blurry)|gone (?:dark|black|blurry)|can'?t (?:breathe|feel|stay awake|see)|passing out|fading|heart|numb|cold)|\bepi ?pen (?:isn'?t|is not|didn'?t|hasn'?t|not|wasn'?t) work(?:ing|ed)?\b|\b(?:my )?(?:throat|tongue|lips?|face|mouth) (?:is |are |'s )?(?:swelling|swollen|closing)(?: up)?\b(?<=\b(?:ate|eaten|allerg\w*|peanuts?|nuts?|stung|sting|epi ?pen|bee|wasp|shellfish|reaction)\b.{0,100})/u,
  },
];

const OTHER = `(?:he|she|they|my (?:[a-z]+ )?(?:${person}|friend|mate|bestie|best friend|classmate|colleague|grandma|gran|nan|granny|grandad|niece|nephew|flatmate)|(?:a|one|this|some) (?:boy|girl|kid|guy|friend|student|classmate|colleague|lad|man|woman)(?: (?:at|in|from) (?:my|the|work|school) ?[a-z]*)?)`;
const SUBJ_OBJ = '(?:her|him|them)';

/**
 * Concern for someone else in the speaker's words: what another person says or does that signals
 * risk (a threat to bring a weapon, goodbyes while buying rope, talk of wanting to die) and
 * emergencies happening to someone in front of the speaker (a fall with bleeding, a child who
 * swallowed something, a person who will not wake or is not breathing).
 * @see NHS, Worried about someone's mental health? (warning signs; getting urgent help).
 * @see NHS, When to call 999 (not breathing, unconscious, heavy bleeding, poisoning in children).
 * @see Meloy JR, et al. Behav Sci Law 2012;30(3):256–79 (leakage of intent to third parties).
 */
export const OTHERS_FORM_RULES: readonly RiskRule[] = [
  {
    id: 'suicide.other-person-signs',
    category: 'suicide',
    level: 'high',
    aboutOthers: true,
    pattern: new RegExp(
      `\\b${OTHER}(?:'s| has| have)? (?:(?:keeps |kept |has been |'s been |is |was |been )?(?:talking|talks|talked|posting|posts|posted|joking|jokes|going on|writing) about (?:wanting to (?:die|be dead|disappear|end it|not be here|kill (?:him|her|them)sel(?:f|ves))|suicide|ending it|dying)\\b|(?:posted|sent|wrote|written|left|put up|shared) (?:a |their |his |her )?(?:goodbye|farewell|suicide) (?:message|note|letter|post|video|text)s?\\b|(?:been |is )?(?:buying|bought|getting|got|stockpiling|collecting|saving up) (?:a |some )?(?:rope|noose|helium|charcoal|pills|tablets)\\b[^.!?\\n]{0,40}\\b(?:goodbyes?|giving (?:away|stuff away)|gave away)\\b)`,
      'u',
    ),
  },
  {
    id: 'harm_to_others.other-person-leak',
    category: 'harm_to_others',
    level: 'high',
    aboutOthers: true,
    pattern: new RegExp(
      `\\b${OTHER} (?:says|said|keeps saying|told (?:me|us|everyone|people)|posted|is saying|has been saying|threatened) (?:that )?(?:he|she|they)(?:'s| is|'re| are|'ll| will)? (?:going to |gonna |about to )?(?:bring|bringing|shoot|shooting|stab|stabbing|kill|killing|hurt|hurting|attack|attacking|beat|beating|blow up) (?:a (?:gun|knife|weapon)|the school|everyone|people|his|her|their|him|them|my|someone)\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.other-person-reported',
    category: 'abuse',
    level: 'high',
    aboutOthers: true,
    pattern: new RegExp(
      `\\b(?:${OTHER}|(?:his|her|their) ${person})(?:'s [a-z]+)? (?:is |has been |'s been |might be |may be |keeps |was )?(?:hurting|hitting|beating|abusing|choking|strangling|raping) ${SUBJ_OBJ}\\b|\\b(?:his|her|their) ${person} (?:strangled|choked|hit|beat|raped|stabbed|punched|kicked|attacked|burned|assaulted) ${SUBJ_OBJ}\\b|\\b${OTHER} (?:was|got|has been|had been|'s been) (?:raped|sexually assaulted|assaulted|attacked|stabbed|spiked|drugged|molested)\\b`,
      'u',
    ),
  },
  {
    id: 'medical_emergency.other-person-now',
    category: 'medical_emergency',
    level: 'imminent',
    aboutOthers: true,
    pattern: new RegExp(
      `\\b${OTHER} (?:(?:has )?(?:fell|fallen|collapsed|was hit|got hit|hit (?:his|her|their) head)\\b[^.!?\\n]{0,60}\\b(?:blood|bleeding|unconscious|not (?:moving|breathing|responding)|can'?t (?:get up|move|breathe)|won'?t wake)|(?:has )?(?:swallowed|drank|drunk|ate|eaten|taken|took|got into) (?:some |a |the |a bottle of |a lot of |loads of |all )?(?:of )?(?:the |my |his |her |their |[a-z]+'s )?(?:[a-z]+ )?(?:tablets|pills|bleach|detergent|capsules|pods|batteries|button battery|battery|medicine|antifreeze|weed ?killer|cleaning [a-z]+|vitamins|painkillers)\\b|(?:isn'?t|is not|'s not|wasn'?t|has stopped|stopped|isnt) breathing\\b)|\\bblood (?:is )?(?:coming|pouring|gushing) (?:from|out of) (?:his|her|their) (?:head|mouth|nose|ears?|neck)\\b|\\b(?:is |'s )?going (?:floppy|blue|limp|grey|gray)\\b(?<=\\b(?:he|she|they|baby|son|daughter|child|kid|brother|sister|mum|dad)\\b.{0,60})|\\b(?:can'?t|cannot|couldn'?t) wake (?:him|her|them)\\b`,
      'u',
    ),
  },
];
