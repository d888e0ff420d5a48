import { F, type RiskRule } from './risk-rule.ts';

const { drug: DRUG, owner: OWNER } = F;
/** Medicines, also in the singular ("every pill") and by brand names the shared list lacks. */
const MED = `(?:${DRUG}|pill|tablet|oramorph|oramorphine|oxynorm|zapain|solpadeine)`;
/** A count of tablets large enough to be an overdose. */
const MANY = '(?:[1-9]\\d|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty)';
/** Limbs and skin a self-injury is done to. */
const BODY =
  '(?:hands?|arms?|forearms?|wrists?|foot|feet|legs?|thighs?|skin|stomach|belly|chest|face|fingers?|palms?|shoulders?|hips?|ankles?)';
/** Signs of a hypoglycaemic attack. @see NHS, Low blood sugar (hypoglycaemia). */
const HYPO =
  "(?:shaking|shaky|trembling|sweaty|sweating|clammy|can'?t think straight|confused|can barely (?:type|stand|see|think)|(?:about|going) to pass out|blurry)";
/** Signs of a serious injury after a fall or a road collision. */
const INJURY =
  "(?:can'?t (?:move|feel|bend|straighten|put weight on) my (?:legs?|arms?|hip|neck|back|foot|ankle)|(?:it'?s|its|it is) (?:at|bent at|sticking out at) (?:a )?(?:weird|funny|strange|wrong|odd|horrible) angle|my (?:legs?|arms?|ankle|wrist|hip|foot) (?:looks|is) (?:wrong|bent|deformed|twisted the wrong way)|blood (?:coming |leaking |trickling )?(?:from|out of) my ears?|one side (?:of my chest )?(?:isn'?t|isnt|is not|not|won'?t) mov\\w*|(?:my )?chest hurts when i breathe)";
/** A road collision or a fall, told by the speaker. */
const COLLISION =
  "(?:(?:hit|struck|knocked (?:down|over|off)|run over|clipped) by (?:a|the|some) (?:[a-z]+ ){0,2}?(?:car|van|lorry|truck|bus|taxi|motorbike|moped|vehicle)(?: bumper)?|(?:car|van|lorry|bus) (?:hit|ran over|knocked) me|(?:i'?ve|i have|i) (?:fallen|fell)(?: down| on| off)? (?:the |a |my )?(?:stairs|steps|ladder|roof|bike|horse))";

/** Explicit statements of own suicide risk, self-harm and medical emergencies (fifth floor). */
export const EXPLICIT_FLOOR_5_OWN_RULES: readonly RiskRule[] = [
  // Suicide named as what fills the mind ("suicide. that's what's on my mind"), thought of as the
  // only way out, or owned as a present state in a fragment ("actually suicidal rn").
  // @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS ideation items 1–2).
  {
    id: 'suicide.preoccupation-stated',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      String.raw`\bsuicide[.!,:;]* (?:that'?s|that is|it'?s|its|is)(?: what'?s| what is)?(?: all)? (?:(?:on|in) my (?:mind|head)|(?:i|me|mi) (?:can |do )?(?:think|thinking|thinkin) (?:about|bout|of))\b|\b(?:think(?:ing)?|thought|feel(?:ing)?|felt|wonder(?:ing)?|believ(?:e|ing))(?: that)? (?:suicide|killing myself|ending (?:it|my life)|dying) (?:might|may|could|would|must|is|was) (?:be )?(?:the|my) only (?:way|option|answer|escape|solution|way out|thing)\b|(?:^|[.!?,;:] *|\b(?:me|and|but|also|now|honestly|tbh) )(?:(?:actually|genuinely|really|properly|legit|seriously|fully|very|extremely|feeling|still|getting) ){1,2}suicidal(?: again)? (?:rn|right now|atm|at the moment|now|today|tonight|again)\b`,
      'u',
    ),
  },
  // Death named as an aim or a wish that has grown: "my goal is to die", "wanting to end it, not a
  // passing thing", "never felt this close to doing it", and in Jamaican Patois ("mi waan kill
  // miself"). @see C-SSRS items 1–4 (Posner et al. 2011); 988 Lifeline, Imminent Risk Policy (2022).
  {
    id: 'suicide.wish-as-aim',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      String.raw`\bmy (?:only |one |main |sole |real )?(?:goal|aim|plan|wish|intention|objective) (?:now |today |right now )?is (?:to die|to be dead|death|to end (?:it|my life|it all)|to not (?:be alive|exist|wake up)|to stop existing)\b(?![^.\n]{0,25}\b(?:happy|trying|old|rich|peaceful(?:ly)?|regrets?|knowing|having|famous|at (?:home|\d+)|surrounded|in (?:my|peace|bed)|with|on a|strong|well|someday|one day|laughing)\b)|\b(?:mi|me|ah|i) (?:waan|wan|waa|want|wanna)(?: fi| to| tuh| tae)? (?:kill (?:miself|mi ?self|meself|maself|mahself)|tek (?:mi|me) own life|dead)\b(?! (?:laugh\w*|wid|lol))|\b(?:been|keep|still|really|i|i'?m) (?:wanting|want|wanna) to end it(?: all)?\b(?! (?:with|between|for|off|early|on|there|here|before|now\b))(?=[^\n]{0,80}\b(?:not a passing (?:thing|thought|feeling|phase)|most days|every (?:single )?day|all the time|more and more|i mean it|for real|serious (?:dis|this) time)\b)|(?:^|[.!?,;:] *|\b(?:and|but|so|still|just|really|i|i'?m|im|been) )(?:wanting|want|wanna) to die\b(?= (?:more than ever|so (?:bad(?:ly)?|much)|every (?:single )?(?:day|night|hour)|all (?:the time|day)|constantly|rn|right now))|\bnever (?:felt|been) (?:this|so) close to (?:(?:doing it|ending it|acting on it|going through with it)\b(?<=\b(?:die|dead|suicid\w*|kill myself|end it|pills|tablets|overdose|jump)\b[^\n]{0,150})|(?:killing myself|ending my life|taking my (?:own )?life)\b)`,
      'u',
    ),
  },
  // An overdose rehearsed in the mind: the whole supply pictured swallowed, night after night.
  // @see NICE NG225 (2022), 1.5 (self-harm with intent to die); C-SSRS item 4–5 (method, plan).
  {
    id: 'suicide.overdose-contemplated',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      String.raw`\b(?:all i (?:can )?think (?:about|of)(?: [a-z]+){0,2}? is|i (?:keep|can'?t stop|cannot stop) (?:thinking about|picturing|imagining)|i'?ve been (?:thinking about|picturing|imagining)|i'?m (?:always )?(?:thinking about|picturing)|i think about) (?:just )?(?:taking|swallowing|downing|necking) (?:every|all(?: of)?|the whole|my whole|the lot of|the rest of|everything in) (?:the |my |[a-z]+'s )?(?:[a-z-]+ ){0,2}?${MED}\b(?! (?:to|back|with me|home|into|out of|off|on holiday|away)\b)|\b(?:that'?s|that is|it'?s|it is) what(?:'?s| is) (?:in|on) my (?:head|mind)(?: almost| nearly)? (?:every|all|most) (?:day|night|hour|the time)\b(?<=\b(?:${MED}|overdos\w*|suicid\w*|kill(?:ing)? myself)\b[^\n]{0,120})|\b${MED}\b[^.\n]{0,60}?\b(?:that|which|it|they|this) (?:could|would|will|might) be (?:the end\b(?=[^\n]{0,60}\b(?:can'?t stop|keep) (?:picturing|thinking about|imagining) it)|enough to (?:do it|end it|kill me|finish me|not wake up)\b)`,
      'u',
    ),
  },
  // A jump from a height pictured on a known route, or an ending given a deadline.
  // @see C-SSRS items 4–5 (Posner et al. 2011); 988 Lifeline, Imminent Risk Policy (2022).
  {
    id: 'suicide.jump-or-deadline-contemplated',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      String.raw`\b(?:think|thinking|thought|picture|picturing|imagine|imagining)(?: about| of)? (?:going|driving|jumping|stepping|throwing myself|veering|swerving|steering) (?:off|over) (?:it|the (?:edge|side|bridge|cliff|top|railings?|barrier))\b(?<=\b(?:bridge|cliff|roof|ledge|car park|multi-?store?y|balcony|viaduct|flyover)\b[^\n]{0,150})(?![^.\n]{0,30}\b(?:game|level|bungee|div(?:e|ing)|swim\w*|for fun|dare|zip ?line|into the (?:sea|lake|river|pool))\b)|\bif i (?:haven'?t|havent|have not|don'?t|do not) (?:already )?(?:jumped|killed myself|ended it(?: all)?|ended my life|hanged myself|hung myself|taken the (?:pills|tablets)) (?:by|before) (?:then|that|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|christmas|my birthday)\b(?<!\b(?:skydiv\w*|parachut\w*|bungee|tandem)\b[^\n]{0,100})`,
      'u',
    ),
  },
  // Cutting told as an ongoing, escalating behaviour ("I can't stop cutting", "cuts getting
  // deeper"). @see NICE NG225 (2022): escalating self-harm raises risk.
  {
    id: 'self_harm.cutting-ongoing',
    category: 'self_harm',
    level: 'high',
    pattern:
      /(?:\b(?:i'?ve|ive|i have)(?: [a-z]+)? been|(?:^|[.!?,;:] *)(?:been|(?:can'?t|cannot) stop|still)|\bi (?:keep|kept|started|restarted|(?:can'?t|cannot) stop)|\b(?:i'?m|im|i am) (?:still )?)(?: [a-z]+)? cutting(?<!\b(?:bulk\w*|gym|calories|diet\w*|macros|protein|weight|carbs)\b[^\n]{0,80})(?![^\n]{0,60}\b(?:calories|kcal|carbs|bulk\w*|gym|weight|kg|lbs|diet\w*|macros|protein|shred\w*)\b)(?= ?(?:[.!?,;]|$)| (?:again|at (?:school|uni|college)|(?:at (?:work|school|uni|college) )?in (?:the|my) (?:bathroom|toilets?|loo|break ?room|bedroom|shower|stairwell)|every (?:day|night)|daily|lately|deeper|more (?:and more|often))\b)|\bmy (?:cuts|wounds) (?:are |keep )?(?:getting|going|get) deeper\b(?! and (?:cleaner|neater|more precise))/u,
  },
  // Injury done on purpose in other ways: scalding, cigarette burns, swallowing sharp objects.
  // @see NICE NG225 (2022): self-harm is any intentional self-poisoning or self-injury.
  {
    id: 'self_harm.injury-on-purpose',
    category: 'self_harm',
    level: 'high',
    pattern: new RegExp(
      String.raw`\b(?:poured|tipped|held|pressed|stubbed|put|pushed|rubbed|ran|splashed) (?:[a-z']+ ){0,5}?(?:on|onto|into|against|under|over) (?:the (?:back|palm|inside|top) of )?my (?:own )?${BODY}\b(?<=\b(?:boiling|scalding|red hot|hot (?:pan|iron|oil|metal|knife|spoon|tray|poker)|cigarettes?|fags?|lighter|iron|kettle|bleach|acid|caustic|lit match|candle|straighteners|curling (?:iron|tongs))\b[^.\n]{0,60})(?=[^.\n]{0,40}?(?<!\b(?:not|n't|didn't do it|didnt do it|didn't mean it|wasn't) )\b(?:on purpose|deliberately|to (?:hurt|punish) myself)\b)|\bswallow(?:ing|ed)(?<!\b(?:rather|sooner|would|could|'d) \w+) (?:[a-z]+ ){0,2}?(?:sharp things|sharp objects|staples|pins|needles|nails|glass|razor ?blades?|blades|screws|batteries|drawing pins|paper ?clips)\b(?![^.\n]{0,30}\b(?:accident\w*|by mistake|than)\b)(?<!\b(?:sword|circus|magician|act)\b[^.\n]{0,60})`,
      'u',
    ),
  },
  // Medicines misused to cope: extra tablets taken to go numb or for the pain to distract.
  // @see NICE NG225 (2022): self-poisoning whatever the intent.
  {
    id: 'self_harm.medicine-to-cope',
    category: 'self_harm',
    level: 'moderate',
    pattern: new RegExp(
      String.raw`\b(?:extra|more|too many|a few extra|double(?: the)?) ${MED}\b[^.\n]{0,60}?\b(?:when i'?m (?:upset|sad|angry|stressed|low|anxious|overwhelmed)|to (?:go|feel|get) numb|to numb (?:myself|out|everything|it all|my (?:feelings|mind|head))|(?:the )?(?:stomach )?pain distracts me|to punish myself|to (?:zone|black|knock myself) out|to not feel)\b`,
      'u',
    ),
  },
  // An overdose already taken, told by its count, its timing or the whole supply gone.
  // @see NHS, When to call 999; NICE NG225 (2022); TOXBASE.
  {
    id: 'medical_emergency.overdose-told',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: new RegExp(
      String.raw`(?<!\b(?:bought|collected|picked up|ordered|got|prescribed|given|dispensed|counted|sorted|have|found) (?:like |about |maybe |around )?)\b${MANY} of ${OWNER}${MED}\b[^.\n]{0,30}?\b(?:went down|ago)\b|\b(?:had|took|swallowed|downed|necked|taken) ${OWNER}${MED}[,]? (?:(?:maybe|about|like|around|roughly|at least|nearly) )?${MANY} of them\b|\b(?:swallowed|took|downed|necked|drank|taken) (?:the whole|a whole|an entire|a full) (?:bottle|box|pack|packet|strip|tub|blister) of ${OWNER}${MED}\b(?! (?:to|back|with|home|out|off|in my bag)\b)|\b(?:swallowed|took|downed|taken) (?:everything|all the pills|all the tablets) in my (?:pill ?(?:organi[sz]er|box)|dosette(?: box)?|medicine (?:cabinet|cupboard|box))|\b(?:took|swallowed|taken|downed|after) (?:a |like a )?(?:big |huge |massive |whole )?handful of ${OWNER}${MED}\b(?![^.\n]{0,30}\bfor (?:my|the|a) (?:back|head|headache|period|tooth|toothache|cramps))`,
      'u',
    ),
  },
  // Injury that cannot wait: hit by a car or a fall, then a limb at a wrong angle, blood from the
  // ear, one side of the chest not moving. @see NHS, When to call 999; NICE NG41 (2016).
  {
    id: 'medical_emergency.collision-with-signs',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: new RegExp(
      String.raw`\b${COLLISION}\b[^\n]{0,150}?\b${INJURY}|\b${INJURY}\b[^\n]{0,150}?\b${COLLISION}\b`,
      'u',
    ),
  },
  // Other emergencies told by their signs: haemorrhage, a venomous bite swelling, a drink spiked
  // and the body failing, a diabetic's hypo. @see NHS, When to call 999; NHS, Snake bites; NHS,
  // Low blood sugar (hypoglycaemia).
  {
    id: 'medical_emergency.signs-now',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: new RegExp(
      String.raw`\b(?:i'?m|im|i am|i'?ve been|i think i'?m) (?:haemorrhag|hemorrhag)(?:ing|ed)\b(?= *(?:[.,!?;]|$)| (?:and|after|from|since|again|badly|heavily|really|so|help|please|internally|everywhere|down there|here|at home|alone|with)\b)|\bbitten by (?:an? )?(?:adder|snake|viper|rattlesnake|rattler)\b[^\n]{0,80}?\bmy (?:hand|arm|leg|ankle|foot|finger|face|lips?|throat)\b[^\n]{0,30}?\b(?:swell\w*|numb|tingl\w*|black|purple)|\b(?:i'?ve|i have|i think i'?ve|i got|someone'?s|someone has) (?:been )?(?:drugged|spiked)(?: me)?\b(?![ -]up)(?=[^\n]{0,80}\b(?:can'?t (?:move|walk|stand|see|think|talk)|help|party|club|bar|drink|dizzy|spinning|drowsy|sleepy)\b)|\b(?:(?:i'?m|im|i am)(?: also| too)? (?:a )?(?:type (?:1|2|one|two) )?diabetic|my (?:blood sugars?|sugars?|bms?))\b(?![^.!?\n]{0,60}\b(?:when|whenever|if|usually|normally|sometimes) (?:i|my (?:sugars?|blood sugars?|levels?|bms?)) (?:go|get|run|am|'?m|drop|drops|dip|dips|feel|start)\b)[^\n]{0,120}?\b${HYPO}\b[^\n]{0,40}?\b${HYPO}`,
      'u',
    ),
  },
  // Injury or breathing that needs urgent care: a limb the speaker thinks is broken, breath that
  // will not come with tingling or blue lips. @see NHS, When to call 999; NHS 111.
  {
    id: 'medical_emergency.urgent-signs',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\b(?:i think|pretty sure|i'?m sure|i reckon|i'?m scared) my (?:arm|leg|wrist|ankle|hip|ribs?|collarbone|jaw|nose|fingers?|hand|foot) (?:is|are|'s) (?:broken|fractured|snapped|dislocated)\b(?![^.\n]{0,40}\b(?:lol|lmao|gaming|typing|writing|from the gym|leg day|haha))|\b(?:twisted|bent|wrenched) (?:it|my (?:arm|wrist|fingers?|leg)) [^.\n]{0,30}until (?:it|they|something) (?:cracked|snapped|popped)\b|(?<!\b(?:when|whenever|if)\b[^.\n]{0,40})\b(?:i )?(?:can'?t|cannot) (?:catch my breath|breathe properly|get (?:enough )?air)\b[^\n]{0,60}?\bmy (?:lips?|fingers?|hands?|face) (?:feel |are |is |have gone |going |look )?(?:tingl\w*|numb|blue|grey|gray|purple)/u,
  },
];
