import { F, type RiskRule } from './risk-rule.ts';

const { person } = F;
const FUTURE =
  "(?:i'?ll|ill|i will|i'?m (?:going to|gonna)|im (?:going to|gonna)|ima|imma|i'?m finna|gonna|going to)";
const PILLS = '(?:pills|tablets|meds|medication|paracetamol|painkillers|insulin)';

/**
 * Voices and registers the phrase rules did not read: limited English without inflection
 * ("he take my passport", "he no let me go"), street slang ("catch a body", "smoke that fool"),
 * soldiers' and farmers' plain understatement, drunk typing, and flat, numb wording of a death
 * wish. Means named with a stated act and a time are raised to imminent by the detector.
 * @see Joiner TE. Why People Die by Suicide. Harvard University Press, 2005 (perceived burdensomeness, acquired capability in soldiers and farmers).
 * @see Bryan CJ, Rudd MD. Brief Cognitive-Behavioral Therapy for Suicide Prevention. Guilford, 2018 (preparatory and rehearsal behaviours).
 * @see Campbell JC, et al. Risk factors for femicide in abusive relationships. Am J Public Health 2003;93(7):1089–97.
 * @see Meloy JR, et al. The role of warning behaviors in threat assessment. Behav Sci Law 2012;30(3):256–79.
 */
export const VOICE_RULES: readonly RiskRule[] = [
  {
    id: 'abuse.plain-english',
    category: 'abuse',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:no|not|never) (?:let|allow) me (?:go|leave|see|eat|sleep|call|talk|work|have)\\b(?<=\\b(?:he|she|they|${person}) (?:no|not|never) \\w+ me \\w+)|\\b(?:take|hide|keep) my (?:passport|phone|money|papers|documents|id|keys|card)\\b(?<=\\b(?:he|she|they|${person}) \\w+ my \\w+)|\\b(?:hit|beat|kick|slap|push|burn) me (?:when|if|every|all|and|because)\\b(?<=\\b(?:he|she|they|${person}) \\w+ me \\w+)|\\b(?:keeps?|kept) me locked (?:in|up|inside)\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.danger-in-car',
    category: 'abuse',
    level: 'imminent',
    pattern:
      /\b(?:he|she|they)(?:'s| has|'ve| have)? got me pinned\b|\b(?:he|she|they) (?:says?|said|keeps saying) we(?:'re| are) both going to die\b/u,
  },
  {
    id: 'abuse.hiding-signs',
    category: 'abuse',
    level: 'moderate',
    pattern:
      /\b(?:tell|told) (?:people|everyone|them|work|the doctor|my (?:friends|family|boss)) (?:that )?i(?:'m| am| was) (?:just )?clumsy\b|\b(?:sleep|sleeping|slept) with (?:a|the) (?:chair|wardrobe|dresser|desk) (?:against|under|in front of) (?:my|the) (?:bedroom )?door\b|\bflinch(?:es|ed)? (?:when|every time|whenever) (?:i hear )?(?:his|her|their) (?:key|car|footsteps|voice)\b/u,
  },
  {
    id: 'harm_to_others.throw-through',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      `\\b${FUTURE} (?:put|throw|chuck|push|shove|smash|launch) (?:him|her|them|my ${person}|that [a-z]+) (?:through|out of|off|down) (?:a|the|his|her|their) (?:[a-z]+ )?(?:window|windscreen|wall|table|door|stairs|balcony)\\b|\\b(?:catch|catching) a body\\b|\\b${FUTURE} smoke (?:him|her|them|that (?:fool|dude|guy|boy|girl|bitch|prick|clown|[a-z]+))\\b(?! (?:at|in|on) )`,
      'u',
    ),
  },
  {
    id: 'harm_to_others.loss-of-control',
    category: 'harm_to_others',
    level: 'moderate',
    pattern: new RegExp(
      `\\b(?:scared|afraid|worried|terrified|frightened) (?:that )?(?:one day )?i(?:'ll| will| might| could) (?:go too far|snap|lose it|really hurt)\\b(?<=\\b(?:temper|kids|him|her|baby|hit|hurt|rage)\\b.{0,80})|\\bmaking (?:him|her|them|patients?|people|someone) stop breathing\\b|\\b(?:imagin|pictur|fantasi[sz])\\w* my (?:car|fist|knife) (?:going|driving|ploughing|smashing) into (?:him|her|them|my|that|his)\\b|\\bteach (?:him|her|them|that [a-z]+|my ${person}) a lesson\\b[^.!?\\n]{0,40}\\bgoing to be me\\b|\\bhow easy it would be\\b(?<=\\bwhen (?:he|she|they) (?:sleeps?|is asleep|'s asleep)\\b.{0,60})`,
      'u',
    ),
  },
  {
    id: 'self_harm.oblique-voice',
    category: 'self_harm',
    level: 'moderate',
    pattern:
      /\b(?:hide|hid|hidden|hiding) (?:the|my|all the) (?:scissors|blades?|razors?|knives|sharpener) from myself\b|\bmy hands want to find something sharp\b|\blong sleeves in (?:june|july|august|summer|the heat)\b(?=[^\n]{0,40}\b(?:again|you know why)\b)|\b(?:itch|urge|pull|craving) to do it again\b(?=[^\n]{0,60}\bclean\b)/u,
  },
  {
    id: 'self_harm.barcode',
    category: 'self_harm',
    level: 'high',
    pattern:
      /\bbarcod(?:e|ed|ing)(?: thing)? (?:on|up) my (?:wrists?|arms?|legs?|thighs?)\b|\bbarcode thing\b/u,
  },
  {
    id: 'self_harm.kit-for-later',
    category: 'self_harm',
    level: 'imminent',
    pattern:
      /\b(?:plasters|bandages|steri-?strips|a towel)\b[^.!?\n]{0,40}\b(?:blade|razor)s?\b[^.!?\n]{0,60}\bfor (?:after|later|tonight|when)\b/u,
  },
  {
    id: 'suicide.flat-wish',
    category: 'suicide',
    level: 'moderate',
    pattern:
      /\bwish i (?:just )?(?:wouldn'?t|didn'?t|won'?t|would never) wake up\b|\b(?:stopped|stop) seeing the point (?:in|of) (?:any of it|anything|it all|living|life|going on)\b|\b(?:don'?t|do not) think i(?:'ll| will) be (?:around|here|alive) (?:for|to see) (?:the|my|his|her|their|[a-z]+'s) (?:[a-z']+ ){0,2}(?:birthday|christmas|wedding|graduation)\b|\bif something (?:bad )?happen(?:ed|s) to me\b[^.!?\n]{0,50}\bi (?:wouldn'?t|would not) mind\b|\bhop(?:e|ing) (?:that )?(?:the|my) (?:car|truck|lorry|plane|bus|tractor) (?:will |would |'ll )?(?:skid|crash|spin|flip|roll|come off)\b/u,
  },
  {
    id: 'suicide.slang-voice',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:catch|catching|get|take|taking) the (?:bus|train|boat|ferry) to the other side\b|\b(?:won'?t|don'?t|wont|dont) need (?:them|it|any of (?:it|this|them)|those|these|money|things|stuff)(?: anymore)? where i'?m going\b|\beat(?:ing)? my (?:gun|rifle|pistol)\b/u,
  },
  {
    id: 'suicide.means-with-act',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      `\\b${FUTURE} use (?:my |the |a )(?:[a-z']+ )?(?:shotgun|gun|rifle|pistol|rope|noose)\\b(?! (?:to|for|at|in|on (?:him|her|them|the|my [a-z]+|someone)))|\\b(?:i have|i'?ve got|got) (?:the|a|my) (?:rope|noose|gun|shotgun|rifle|pistol)\\b[^.!?\\n]{0,40}\\bi'?m going (?:out )?(?:there|in|up) (?:as soon as|when|once|after)\\b|\\b${FUTURE} inject (?:myself with )?(?:all (?:of )?)?(?:the |my )?(?:insulin|morphine|heroin|potassium)\\b|\\b(?:take|swallow|down|neck) (?:the whole|all|every|a whole) (?:(?:box|bottle|packet|pack|tub|strip|load)s? of )?(?:my |the |those )?(?:[a-z]+ )?${PILLS}\\b(?! (?:as|like|with|at|every|each|on time|properly|back|to (?:the|a) (?:chemist|pharmacy|doctor)))(?<=\\b(?:gonna|going to|'ll|will|about to)\\b.{0,90})|\\bwalk(?:ing)? (?:onto|on to) the (?:train |railway )?(?:tracks|line|motorway)\\b|\\bgarage\\b[^.!?\\n]{0,40}\\b(?:shut|close|seal|lock)\\w* (?:the )?(?:door|doors|windows)\\b[^.!?\\n]{0,30}\\b(?:run|start)\\w* (?:the )?(?:car|engine)\\b|\\b(?:i will|i'll|gonna|going to) (?:finish|end) it (?:all )?(?:on|at|this|next|tonight|tomorrow)\\b(?=[^\\n]{0,120}\\b(?:${PILLS}|rope|gun|saved)\\b)`,
      'u',
    ),
  },
  {
    id: 'suicide.act-now-voice',
    category: 'suicide',
    level: 'imminent',
    pattern: new RegExp(
      `\\b(?:i'?m|im|i am) (?:finally )?doing it (?:in (?:an|a few|\\d+|one|two) (?:hours?|minutes?|mins)|tonight|today|now)\\b(?<=\\b(?:pistol|gun|rifle|shotgun|rope|pills|tablets|noose)\\b.{0,100})|\\b(?:tonight|today|now) (?:i'?m|i am|i'll) (?:taking|swallowing|using) them\\b(?<=\\b(?:pills?|tablets|meds)\\b.{0,80})|\\b(?:tied|tie|tying) (?:the|a) (?:knot|noose)\\b[^.!?\\n]{0,40}\\b(?:tested|test|testing) the (?:beam|rafter|banister|hook|branch)\\b`,
      'u',
    ),
  },
  {
    id: 'medical_emergency.voice',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\b(?:stuff|something|what) (?:someone|somebody|he|she|they) (?:put|slipped) in my drink\b|\bmy drink (?:was|got) spiked\b|\b(?:soaking through (?:a |my )?(?:pad|towel)|bleeding (?:from [a-z' ]{1,20}? )?(?:a lot|heavily|loads|so much|non-?stop))\b(?=[^\n]{0,80}\b(?:faint|dizzy|light-?headed|pass(?:ing)? out)\b)/u,
  },
  {
    id: 'medical_emergency.swallowed-voice',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: new RegExp(
      `\\b(?:swallowed|took|taken|had|necked|downed) (?:some|a few|a load|loads|lots|a bunch|a handful|several|a couple) of (?:my |the )?(?:[a-z']+ ){0,3}(?:${PILLS}|ones)\\b(?=[^\\n]{0,80}\\b(?:racing|pounding|dizzy|faint|vomiting|can'?t (?:breathe|stand|keep my eyes open))\\b)`,
      'u',
    ),
  },
];

/** Someone else's risk in plain words: a comrade "eating his rifle", a weapon at school, a stroke's signs. */
export const VOICE_OTHERS_RULES: readonly RiskRule[] = [
  {
    id: 'suicide.other-person-voice',
    category: 'suicide',
    level: 'high',
    aboutOthers: true,
    pattern:
      /\b(?:talking|talks|talked) about eating (?:his|her|their) (?:gun|rifle|pistol)\b|\b(?:would|'d) be better (?:off )?without (?:him|her|them)\b(?<=\b(?:keeps|kept) saying\b.{0,40})/u,
  },
  {
    id: 'harm_to_others.other-person-voice',
    category: 'harm_to_others',
    level: 'high',
    aboutOthers: true,
    pattern: new RegExp(
      `\\b(?:he|she|they)(?:'s| is|'re| are) planning to (?:hurt|kill|attack|stab) (?:his|her|their|someone|a)\\b|\\b(?:says?|said) (?:he|she|they)(?:'ll| will| is going to| 's going to) use it on (?:someone|people|us|them|him|her)\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.other-person-voice',
    category: 'abuse',
    level: 'high',
    aboutOthers: true,
    pattern: new RegExp(
      `\\b(?:her|his|their) (?:[a-z]+ )?(?:father|dad|mother|mum|mom|husband|wife|partner|boyfriend|stepdad) locks (?:her|him|them) in\\b|\\b(?:shouts|screams|yells) at (?:her|him) every (?:night|day)\\b[^.!?\\n]{0,40}\\b(?:crash|scream|bang|thud)\\b`,
      'u',
    ),
  },
  {
    id: 'medical_emergency.other-person-voice',
    category: 'medical_emergency',
    level: 'high',
    aboutOthers: true,
    pattern:
      /\b(?:isn'?t|is not|not|won'?t) (?:answering|responding|breathing|waking)\b(?<=\b(?:collapsed|passed out)\b.{0,60})|\bspeech (?:went|has gone|is|'s) (?:funny|slurred|strange|weird)\b(?<=\b(?:his|her|their|[a-z]+'s) speech \w+(?: \w+)? \w+)|\bscratching (?:his|her|their) (?:arms|legs|skin) raw\b/u,
  },
];
