import { F, type RiskRule } from './risk-rule.ts';

const { drug: DRUG, person: PERSON } = F;
/** A person hurt, named any way: "him", "the label guy", "my ex's new boyfriend". */
const WHOM = `(?:him|her|them|(?:my|his|her|their|the|that|this|a) (?:[a-z0-9-]+'?s? ){0,2}?(?:${PERSON}|guy|bloke|man|woman|lad|dude|girl|boy|babies|chef|foreman|patient|toddler|cunt|bastard|prick|year old))(?![a-z'])`;
/** Intent, the subject often dropped in chat ("need to", "gonna"). */
const WILL = `(?:(?:i'?m |im )?(?:going to|gonna)|i(?:'?ll| will)|(?:i )?(?:(?:really|literally|seriously|just) )?(?:want|wanna|need|intend|plan(?:ning)?|considering|every intention of)(?: to)?)`;
const POSS = "(?:his|her|my [a-z-]+'s)";
const LIMB = '(?:thighs?|(?:fore)?arms?|wrists?|legs?|stomach|skin|hips?)';
/** Signs of a heart attack, a stroke or anaphylaxis. */
const SIGN = `(?:chest|arm|face|breath\\w*|air|talk|side of my body|droop\\w*|numb|grip|swollen|throat|lips)`;

/** Explicit statements of own risk in wordings the earlier floors did not read (dialect, formal). */
export const EXPLICIT_FLOOR_4_RULES: readonly RiskRule[] = [
  // Death intended in other words ("kill masel"), suicide filling the mind, an ending timed, the
  // method worked out. @see C-SSRS (Posner et al. 2011).
  {
    id: 'suicide.intent-other-words',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:want(?:in[g']?)?|waan|wanna|mean|intend|decided|decision|going|gonna)(?<=\b(?:i|i'?m|im|me|mi|ah)\b[^.!?\n]{0,60})(?: to| tae)? (?:(?:end|take|tek) (?:my|me|mi|ma) own (?:life|existence)|end my existence|die by (?:my own hand|suicide)|cease (?:to exist|living)\b(?! (?:in|with|like|under))|kill masel|put an end to it(?: all)? myself|my life (?:finished|over)|my heart to (?:stop|quit) beating)\b|\b(?:suicide|killing myself) (?:is all i (?:can )?think|keeps? (?:coming|popping) up in my (?:head|mind))|\b(?:thinking|considering) (?:really )?(?:seriously|hard) (?:about )?(?:suicide|killing myself|taking an overdose)\b(?! (?:prevention|awareness|rates?))|\b(?:beginning|starting) to act on it\b(?<=\b(?:dead|die|suicid\w*)\b[^\n]{0,100})|\b(?:i'?m|im) ending it\b(?! (?:with|for|off))(?=[.,;!]* *(?:this (?:evening|week)|tonight|soon|not today|my choice|final))(?![^\n]{0,60}\b(?:him|her|us|subscription|lease)\b)|\b(?:suicid\w*|overdose|self[- ]destruction)\b[^\n]{0,80}?\bi'?ve (?:worked|figured) out (?:the how|which (?:tablets|pills|bridge|one|way)|how (?:to do it|i'?d do it|many))\b|\bdoing it now[.,!]* *suicide\b|\b(?:before i do it|i'?d prefer that(?=[.!?]|$)|the friend is me)\b(?<=\b(?:suicid\w*|kill themsel\w*|wants? to die)\b[^\n]{0,120})/u,
  },
  // Means in position: a ligature on, a gun to the head, the next train.
  // @see 988 Lifeline, Imminent Risk Policy (2022).
  {
    id: 'suicide.means-in-position',
    category: 'suicide',
    level: 'imminent',
    pattern:
      /\bstanding on (?:a|the) (?:chair|stool)\b[^.\n]{0,30}\bround my neck|\b(?:barrel|gun)(?:'s| is)? (?:under|against|in) my (?:chin|temple|mouth)|\b(?:step|jump) in front of the next (?:[a-z]+ )?(?:one|train|bus)\b(?! in)/u,
  },
  // The wish to be dead as a preference or a dream. @see C-SSRS item 1 (Posner et al. 2011).
  {
    id: 'suicide.wish-other-words',
    category: 'suicide',
    level: 'moderate',
    pattern:
      /\bi'?d (?:sooner|rather) be in (?:a|my) (?:coffin|grave)|\b(?:vanish|disappear)\w*\b[^\n]{0,40}\bbody to bury|\bwant (?:for )?(?:it|the (?:cancer|illness)) to take me\b(?! (?:back|home|there|out|to|with|away|for|on|a|through))|\b(?:no|nae) wantin'? (?:tae|ta) be (?:here|alive)|\b(?:button|pill)\b[^\n]{0,40}\b(?:cease to exist|stop existing|never wake up)\b[^\n]{0,30}\bi'?d (?:press|take) it\b/u,
  },
  // Self-injury in other verbs or dialect ("sliced my thigh", "cut masel"), bleeding after cutting.
  // @see NICE NG225 (2022): any intentional self-injury.
  {
    id: 'self_harm.injury-other-words',
    category: 'self_harm',
    level: 'high',
    pattern: new RegExp(
      String.raw`\b(?:slic|slash|carv)(?:e|es|ed|ing)?(?<=(?:\bi (?:\w+ )?|(?:^|[.!?,;] *|\b(?:and|then|so) ))\w+) (?:up |into )?my ${LIMB}\b|\b(?:cut|burn(?:ed|t)?|hurt) masel\b|\bi (?:make|made) the (?:wounds|cuts) on my\b|\btook (?:a|the) (?:hammer|knife|lighter) to my (?:own )?(?:hands?|fingers?|${LIMB})\b|\bholding (?:the |a )?(?:lighter|blade|it) to my ${LIMB}\b(?<=\b(?:lighter|blade)\b[^\n]{0,60})|\bnot to die,? (?:just )?to (?:feel|punish|numb)\b|\b(?:pouring|gushing) (?:out of|from) my (?:arm|wrist|leg|thigh)\b[^\n]{0,30}\b(?:after|since) i (?:cut|sliced)`,
      'u',
    ),
  },
  // Violence meant against anyone ("need to stab my brother"), or a grave act spelt out.
  // @see Meloy et al., Behav Sci Law 2012 (leakage of intent).
  {
    id: 'harm_to_others.intent-any-target',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      String.raw`\b${WILL} (?:kill|murder|stab|strangle|batter|harm)(?:ing)? ${WHOM}|\b${WILL} (?:[a-z]+ ){0,12}?(?:break (?:both )?(?:his|her) (?:hands|arms|legs)|break bones|hurt ${WHOM} (?:badly|seriously)|(?:put|smash) (?:a|my) (?:brick|bottle|fist)\b[^.\n]{0,40}?\b(?:through (?:him|her|${POSS} face)|over ${POSS} head)|make ${WHOM} (?:bleed|suffer[.,]? physically)|mess ${WHOM} up(?! (?:at|in|on) )|run ${WHOM} over|hit ${WHOM} with the car|do(?:ing)? serious damage to ${WHOM}|torch (?:his|her|their) cars?)|\b(?:stabbing|glassing|running) ${WHOM}(?: over)? (?:when|the second|next time) (?:he|she|they)\b|\b(?:hitting|whack|beat|punch) ${WHOM} until (?:he|she|they) (?:can'?t|cannot|stops?) (?:stand|breathing)`,
      'u',
    ),
  },
  // Violence begun, a drink spiked, someone followed home, a veiled threat owned.
  // @see HCR-20 V3 (Douglas et al. 2013); Meloy et al. 2012 (fixation, pathway).
  {
    id: 'harm_to_others.violence-begun-or-vowed',
    category: 'harm_to_others',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      String.raw`\bi(?: keep| kept|'ve started| started|'ve been) (?:hurting|hitting|slapping|smacking|pinching|kicking|punching) ${WHOM}(?![^.\n]{0,40}\b(?:accident\w*|in my sleep|game|match))|\bwho hits[.,]? but i (?:hit|do)\b|\bi (?:threw|chucked) (?:a|the) [a-z]+ at ${POSS} head(?![^.\n]{0,40}\baccident\w*)|\bi'?ve been (?:putting|slipping) (?:[a-z]+ ){0,5}?in ${POSS} (?:tea|coffee|food|drink)\b(?:[^.\n]{0,20}\bto make (?:him|her) (?:ill|sick)|(?<=\b(?:eye drops|bleach|poison)\b[^\n]{0,60}))|\bi'?ve been following (?:a|this|the) (?:[a-z]+ )?(?:girl|guy|woman|man|boy)\b(?!')[^.\n]{0,30}\bhome(?= (?:every|each|most|at night|after)|[.,!]|$)|\b(?:getting|get) a (?:beating|kicking) (?:he|she|they)(?:'ll)? (?:won'?t|never) forget\b|\bhave an accident[.,]? (?:i'?ll|i will) (?:be )?mak(?:e|ing) sure of (?:it|that)|\b(?:is|'s) going to die by my hand\b`,
      'u',
    ),
  },
  // Abuse named plainly: sexual assault, beaten at home, bones broken. @see SafeLives DASH (2009).
  {
    id: 'abuse.named-plainly-more',
    category: 'abuse',
    level: 'high',
    subjectMayBeTarget: true,
    pattern:
      /\bsexually (?:assault|abus)\w* me\b|(?:^|\bi'?m |\bim )being (?:raped|abused|hit|beaten)\b(?=(?: at home| by (?:my (?!own)|him|her)| right now| n |,| and i|[.!]|$))|\bkeeps? (?:cornering|groping) me\b|\bhurts me at night\b(?<=\b(?:he|she|who|they)\b[^.\n]{0,40})|\bi get (?:beaten|hit|battered)(?: up)? (?:at home|for (?:small|little|nothing)|every (?:day|night))(?! with)|\b(?:whip|belt)(?:s|ed|ping)? me with (?:a|the|his|her)\b|\bhits (?:my (?:[a-z]+ )?(?:brother|sister) and me|me and my (?:[a-z]+ )?(?:brother|sister))\b|\b(?:has|'s) (?:started|been) (?:hitting|beating|kicking|punching) me\b(?<=\b(?:he|she|wife|husband|partner|mum|mom|dad|son|daughter)\b[^.\n]{0,60})|\b(?:he|she)(?:'s| has)? broke (?:(?:two|one) of )?my (?:fingers?|ribs?|nose|arm|jaw)\b(?![^.\n]{0,50}\b(?:playing|when we were (?:kids|little|young)|at (?:rugby|football|hockey|training)|in (?:a|the) (?:match|game|tackle)|by accident|accidentally|tackl\w*))|\b(?:punched|slapped|headbutted|choked)(?<!(?:baby|toddler|son|kid|horse) \w+) me in the (?:stomach|face|head|ribs|chest|mouth|eye|throat)\b/u,
  },
  // Control: locked in, forced marriage, threats to out, an ex following.
  // @see Stark, Coercive Control (2007); Modern Slavery Act 2015 indicators.
  {
    id: 'abuse.control-and-confinement',
    category: 'abuse',
    level: 'high',
    subjectMayBeTarget: true,
    pattern:
      /\b(?:lock|locks|locked|chain|chained) (?:me|us) (?:in|up|to the (?:radiator|bed))\b(?! (?:a |the )?(?:contract|deal))(?![^.\n]{0,30}\b(?:by accident|by mistake|prank))|\b(?:he|she)(?:'s| has)? locked the (?:[a-z]+ )?door from (?:the )?outside(?![^.\n]{0,50}\b(?:by accident|by mistake|accidentally|locksmith))|\bi'?ve barricaded the door|\b(?:making|forcing|forced) me (?:to )?marry\b|\bthreaten(?:s|ed)? to (?:out me|post my nudes|have me deported)|\bwon'?t give me (?:back )?my (?:walker|wheelchair|walking stick|hearing aids?|meds)|\bkeeps? breaking into my (?:flat|house)|\b(?:ex|keeps?|banging)\b[^\n]{0,100}\b(?:he|she) followed me (?:home|to|from)\b/u,
  },
  // An overdose or poison swallowed, by count, boxes or product. @see NICE NG225; TOXBASE.
  {
    id: 'medical_emergency.swallowed-told',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: new RegExp(
      String.raw`\btook (?:the lot|all of them)\b[^\n]{0,30}?\b(?:[1-9]\d|twenty|thirty|forty)\b(?= ?(?:i think|pills|tablets|or so|[.,!]|$))|\b(?:swallow\w*|downed|necked) (?:like |about )?(?:both|two|three|[2-9]) (?:boxes|packs|packets) of (?:[a-z']+ )?${DRUG}|\b(?:took|swallowed) the (?:pills|tablets)[.,]? (?:both|all|two) (?:boxes|packs|packets)|\btaken (?:aw|all) (?:ma|my) ${DRUG} in (?:one|wan) go|\b(?:swallowed|drank) a (?:big )?(?:swig|gulp|mouthful) of (?:my )?(?:[a-z]+'?s )?${DRUG}|\bthe whole (?:box|bottle|packet)(?: is|'s)? gone\b(?<=\b${DRUG}\b[^\n]{0,100})|\bpills and (?:drink|alcohol|booze)\b(?<=\btook (?:a lot|loads|too many)\b[^\n]{0,60})|\bi(?:'ve)? poisoned myself\b(?! with (?:my (?:own )?cooking|food|bad|dodgy))|\b(?:drank|swallowed|downed)(?<=(?:\bi (?:just )?|(?:^|[.!?] *))(?:accidentally )?\w+) (?:(?:some|about|a|the|of|from|one|those|small|cupful|bottle|little) ){0,6}(?:weed ?killer|drain (?:unblocker|cleaner)|nail (?:polish|varnish) remover|bleach|antifreeze|button batter(?:y|ies))\b|\b(?:ate|took) (?:some )?mushrooms i (?:picked|found)\b[^\n]{0,80}\b(?:vomit\w*|cramps)|\bco alarm went off\b[^\n]{0,80}\b(?:headache|head'?s? (?:is )?(?:splitting|pounding)|dizzy|can'?t stand)|\bsprayed in the (?:face|eyes)\b[^\n]{0,60}\b(?:burning|can'?t see|barely see)`,
      'u',
    ),
  },
  // Signs that cannot wait: a stroke named beside its signs, heavy bleeding, a deep burn.
  // @see NHS, When to call 999; Stroke Association FAST.
  {
    id: 'medical_emergency.signs-that-cannot-wait',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: new RegExp(
      String.raw`\b(?:pretty sure|i think|is this)(?<!\b(?:he|she|his|her|they)\b[^\n]{0,170})(?: it'?s| its| this is)? (?:a |an )?(?:heart attack|stroke|anaphyla\w+)\b(?! of)(?:(?<=\b${SIGN}\b[^\n]{0,200})|(?=[^\n]{0,150}\b${SIGN}\b))|\b(?:a lot of|lots of|so much) blood\b[^\n]{0,30}\b(?:soaking|pouring|blood thinners)|\bblood(?: is|'s)? (?:soaking|pouring|dripping) (?:through|off|down)\b(?<=\b(?:bit|open|deep)\b[^\n]{0,80})|\b(?:bled|soaked) through (?:\d+|two|three) (?:pads?|towels?)\b[^\n]{0,50}\b(?:hour|faint)|\bsliced my (?:palm|hand|finger) open\b[^\n]{0,60}\b(?:see|won'?t bend)|\b(?:went through the ice|fell in(?:to)? the (?:water|river|sea|lake|pond|canal))\b[^\n]{0,80}\b(?:can'?t stop (?:shaking|shivering)|so sleepy|can'?t feel)|\b(?:burnt|burned|scalded)\b[^\n]{0,60}\b(?:blistered and white|bigger than (?:my|a) (?:[a-z']+ ){0,3}?palm)|\bdrooling\b[^\n]{0,30}\bcan'?t swallow|\bseizures?\b[^\n]{0,60}\banother one|\b(?:urine|pee) (?:has gone|is|looks) (?:like )?(?:cola|coke|black)|\bvomiting (?:up )?(?:green|bile)\b(?<=\b(?:swollen|rock hard|distended)\b[^\n]{0,60})|\bvision (?:just )?went\b[^\n]{0,60}\b(?:arm|leg|face)\b[^\n]{0,40}\b(?:heavy|weak|numb)`,
      'u',
    ),
  },
  // An injury told by what it does: bone showing, unable to move after a fall, pregnancy danger
  // signs. @see NHS, When to call 999; NICE NG232, NG133.
  {
    id: 'medical_emergency.injury-by-its-signs',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\bbone (?:is )?(?:[a-z]+ ){0,3}?(?:poking|sticking) (?:out of|through|against) (?:the |my )?(?:skin|shin|leg|arm|wrist|ankle|finger)|\b(?:leg|arm|hip)(?<!(?:table|chair|doll'?s) \w+)(?: is|'s) (?:definitely|clearly) broken|\b(?:fell|fall|landed|came off)(?! (?:asleep|for|behind|out|in love|apart|pregnant|ill|off the wagon|through))\b[^\n]{0,80}?\b(?:(?:can'?t|cannot|scared to) (?:stand(?: up)?|move|get up|walk)(?=[.,!]|$| (?:my|at all|properly|and|or)\b)|can'?t remember (?:the last|anything|what happened)|tingling down both)|\bi'?m \d{1,2} weeks(?: pregnant)?(?:[,.]| and)[^\n]{0,100}\b(?<!\b(?:no|any|without) )(?:bleeding|fell|vision|pounding)\b/u,
  },
];
