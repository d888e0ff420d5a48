import { F, type RiskRule } from './risk-rule.ts';

/**
 * Whoever the speaker may mean to hurt, by role: the shared list of relations and people at work,
 * plus the many roles people name in anger (the dealer, the postdoc, the second mate, the ref, the
 * bailiff, the HR woman, a year 8). A role never stands for a thing here: a body part, a chance or
 * a game goes first and is refused (`NOT_A_PERSON`).
 */
const ROLE = `(?:${F.person}|grand(?:son|daughter|kids?|children|child)|nephew|niece|step ?(?:brother|sister|son|daughter|kids?)|half[- ](?:brother|sister)|(?:mother|father|brother|sister|son|daughter)[- ]in[- ]law|in-?laws|nan|nana|gran|granny|grandma|grandmother|twin|sibling|hubby|missus|fella|guy|bloke|man|men|woman|women|lad|lass|girl|boy|dude|geezer|lady|person|people|bitch|bastard|prick|cunt|twat|dickhead|creep|perv(?:ert)?|nonce|bully|bullies|snitch|grass|opps?|rival|workmate|receptionist|bouncer|client|customer|tenant|lodger|landlady|letting agent|bailiff|debt collector|loan shark|postdoc|professor|prof|lecturer|tutor|examiner|principal|head ?teacher|head of (?:year|department)|deputy head|ref|referee|umpire|linesman|teammate|captain|skipper|bosun|mate|shipmate|crewmate|bandmate|guitarist|drummer|bassist|singer|frontman|promoter|tour manager|roadie|producer|doctor|gp|nurse|consultant|surgeon|midwife|social worker|caseworker|probation officer|officer|cop|copper|screw|warden|inmate|cellmate|dealer|supplier|pimp|punter|trafficker|passenger|driver|cyclist|resident|patient|service user|classmate|student|pupil|friend|judge|solicitor|lawyer|councillor|vicar|priest|pastor|owner|shopkeeper|cashier|waiter|waitress|director|chef|steward|engineer|deckhand|year (?:\\d+|seven|eight|nine|ten|eleven))`;
/** Words that, right after "my" or "the", make the object a thing, not a person ("hurt my back"). */
const NOT_A_PERSON =
  '(?:back|neck|shoulders?|knees?|ankles?|wrists?|legs?|arms?|hands?|head(?! ?(?:of|teacher))|feet|foot|chances|feelings|career|grades|pride|ego|game|form|record|score|target|goal|time|car|bike|phone|engine|problem)';
/** Whose: "my", "the", "that", "one of the", "the next", "every". */
const DET =
  '(?:my|the|that|dat|this|those|these|our|his|her|their|every|each|one of (?:the|my|our|his|her|their|those|these)|all (?:the|my|of the|those)|some)';
/** A person as the object of a harmful act, named by role, or a pronoun (pidgin "am", "dem"). */
const TGT = `(?:${DET} (?!${NOT_A_PERSON}\\b)(?:[a-z0-9-]+ ){0,2}?${ROLE}s?|him|her|them|am|dem|someone|somebody|everyone|everybody|(?:the )?(?:pair|both|lot|rest|two|three) of (?:them|em|you))(?![a-z'])`;
/** Video games, where killing the other players is the point. */
const GAME =
  '(?:games?|gaming|fifa|fortnite|cod|warzone|apex|valorant|minecraft|ranked|gta|halo|overwatch|roblox|pubg|mario kart|ps5|xbox|online|multiplayer|lobby)';
/**
 * What follows a target that makes the act harmless: a particle ("hit him up", "kick her out"), a
 * game or sport ("at chess"), a message or kindness ("with the news", "a text"), an accident or a
 * clinical error, a trivial condition ("if he eats my chips"), a compound noun ("the nurse call
 * button").
 */
const POST = `(?! (?:up|out|off|back|down|over|away|round)\\b)(?! (?:at|in|on) (?:[a-z]+ ){0,2}?(?:${GAME}|chess|cards|poker|match|race|quiz|darts|pool|golf|tennis|squash|scrabble|monopoly|arm wrestling|ping pong|table tennis|training|practice|sparring|paintball|laser tag|debate|argument|court|a race|the polls)\\b)(?! with (?:(?:a|an|the|my|some|all|loads of|a load of|a few|lots of|his|her|their) ){0,3}(?:kindness|love|kisses|hugs|news|questions?|requests?|bill|invoice|offer|texts?|messages?|emails?|call|jokes?|facts|truth|deal|idea|proposal|link|pillows?|snowballs?|water balloons?|nerf)\\b)(?! (?:a|an) (?:text|message|email|dm|line|look|smile)\\b)(?! (?:call|bell|button|station|stop|park|office|room|desk|rota|shift|exam|essay|paper|report|meeting|deadline|budget|team)\\b)(?![^.!?\\n]{0,60}\\b(?:by accident|accidentally|by mistake|with (?:the|my|a) (?:car|van|bike|truck|lorry|bus|trolley|pram|buggy) (?:when|while) (?:i'?m |i am |i )?(?:driving|reversing|parking|cycling|turning|pulling out)|mistakes?|errors?|wrong (?:dose|drug|meds|medication)|drug round|if (?:he|she|they) (?:[a-z']+ ){0,2}?(?:eats?|ate|drinks?|drank|touch(?:es)?|finish(?:es)?|borrows?|forgets?|spoils?|wakes? me|is late|'s late|are late|turns? up late|shows? up late|plays? that|says?|tells? me|asks? me|one more time))\\b)(?! (?:for (?:setting|signing) me up|for roping me in|for dragging me|for talking me into|for volunteering me|for tagging me|(?:who|that) (?:asks|tells|says|mentions|suggests|recommends|brings up|talks about|comments))\\b)`;
/** Not straight after someone else as subject ("hes going to", "cook says she's gonna"). */
const NO_OTHER =
  "(?<!\\b(?:he|she|they|you|u|hes|shes|theyre|youre|he'?s|she'?s|they'?re|you'?re|he is|she is|they are|you are|who|says|said|reckons) )";
/** A trivial trigger before the vow ("if the bus is late again ah'm gonnae kill somebody"). */
const TRIVIAL_BEFORE =
  "(?<!\\b(?:if|when|once) (?:the |my |this |that )?(?:[a-z']+ ){0,3}?(?:is|'s|are|'re|gets?|goes) (?:late|cancelled|delayed|down|slow|broken)\\b[^.!?\\n]{0,30})";
/** A fighting sport, where a knockout is the aim ("it's a boxing match"). */
const SPORT =
  '(?:boxing|bout|sparring|the ring|mma|ufc|kickboxing|fight night|opponent|judo|karate|taekwondo|jiu ?jitsu|wrestling|weigh[- ]in)';
/**
 * What may come after a person named by role, so a compound noun is not read as a person ("hit
 * the student union bar", "hit the patient portal"): the end, punctuation, or a word that starts
 * a new phrase ("who", "when", "tonight", "badly").
 */
const ENDS_PERSON =
  "(?=[ ,]{0,3}(?:$|[^a-z ,']|(?:who|whom|whose|that|which|wey|from|at|in|on|of|near|by|when|whenever|while|if|and|so|because|cos|coz|cause|for|with|again|tonight|tomorrow|today|next|badly|properly|hard|seriously|bad|now|right|before|after|till|until|as|or|but|one day|this|these|lately|recently|sometimes|every|all the time|i|i'?m|im|i'?ll|ill|he|she|they|we|you|like|over the road|across the road|down the (?:road|street|hall|corridor|landing)|upstairs|downstairs|once|first|soon|tho|though|honestly|to (?:death|a pulp|teach))\\b))";
/** Intent or a vow, the subject sometimes dropped ("gonna", "decided to", "plan is to"). */
const LEAD = `(?:(?:\\b(?:i'?m|im|i am|am|ah'?m|a'?m|i|me|we'?re|we are|we|me and (?:[a-z']+ ){0,2}?[a-z']+(?: (?:are|is|r))?)(?: (?:just|really|actually|seriously|definitely|defo|deffo|so|honestly|literally|fucking|bloody|def))? |${NO_OTHER}\\b)(?:going to|gonna|gonnae|gunna|goin(?:g)? (?:to|ta|tae)|finna)|\\b(?:i(?:'?ll| will| shall)|me will|we(?:'ll| will)|i go)|\\bi (?:(?:really|actually|seriously|honestly|just|still|do|so|genuinely|fully|truly) )?(?:want|wanna|wan|need|intend|mean|plan|am planning|decided|am determined|keep wanting)(?: to| tae| ta)?|\\bi(?:'?ve| have|'?m| am) (?:decided|determined|planning)(?: to)?|(?:^|[.!?,;] ?)(?:(?:honestly|really|just|tbh|seriously|so) )?(?:want|wanna|decided|keep wanting|planning|plan is)(?: to)?|\\b(?:my|the) (?:plan|intention|aim|goal|mission) (?:now )?is(?: to)?)`;
/** Manner words between the intent and the act ("going to seriously hurt"). */
const ADV =
  '(?:(?:really|actually|seriously|properly|badly|just|fucking|bloody|literally|honestly|definitely|physically|finally|go and|go|come and|and) ){0,3}';
/** Harmful acts in the infinitive, with the object straight after. */
const VERB =
  '(?:kill|murder|stab|knife|shank|strangle|choke|smother|suffocate|batter|beat up|(?:beat|kick|knock) the (?:shit|crap|hell|life|living daylights) out of|punch|slap|kick|headbutt|hit|hurt|harm|injure|attack|assault|jump|glass|bottle|poison|maim|cripple|torture|bash|deck|drown|knock out)';

/** Whose body, the apostrophe often dropped ("my sisters head"). */
const POSS = "(?:his|her|their|(?:my|the|that) (?:[a-z-]+ )?[a-z-]+'?s)";
/** A time, a condition of meeting, or a resolve that turns "I'm stabbing him" into a plan. */
const RESOLVE =
  '(?:tonight|tomorrow|today|(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:week|weekend)|after (?:school|work|class|practice|the match)|at (?:school|work|the gates)|next time|when i see|soon as i see|on sight|first chance|not exaggerating|not joking|no joke|i mean it|swear|nobody can|no one can|talk me out|made up my mind|whatever happens|everyone (?:already )?knows)';
/** The same, said before the act ("if I see them again I'm killing them", "swear to god"). */
const RESOLVE_BEFORE =
  "(?:(?:if|when|once|soon as|the second|the minute|next time) (?:i (?:see|catch|find|get)|(?:he|she|they) (?:comes?|turns? up|shows? up|crosses|walks|says|does|tries|touches))|swear(?: to god| down| on [a-z' ]{1,20})?|decided|made up my mind)";
/** The speaker in the same sentence, before or after ("... of me", "... to me", "I want"). */
const WITH_SPEAKER =
  "(?:(?=[^.!?\\n]{0,100}\\b(?:i|i'?m|im|me|my)\\b)|(?<=\\b(?:i|i'?m|im|me|my)\\b[^.!?\\n]{0,100}))";
/** Weapons a person is threatened or hurt with. */
const WEAPON =
  '(?:knife|blade|machete|bat|baseball bat|hammer|crowbar|shank|axe|screwdriver|gun|broken bottle)';
/** Acts of violence in the progressive ("I'm stabbing him"). */
const DOING =
  '(?:killing|murdering|stabbing|shanking|knifing|battering|bottling|glassing|jumping|strangling|beating up|doing in|knocking out|slashing|merking|wetting|poking)';
/** A child or dependant the speaker looks after, or a pronoun for them. */
const CARED =
  '(?:her|him|them|the baby|my (?:baby|son|daughter|toddler|newborn|little one|kid|child|boy|girl|mum|mom|dad|husband|wife|nan|gran))';
/** Acts of force used on a person in the speaker's care. */
const FORCE =
  '(?:pushing|shoving|shaking|grabbing|pinching|slapping|smacking|hitting|hurting|kicking|squeezing|yanking|throwing things at|rough handling|roughly handling|being rough with)';

/**
 * Harm to others: stated intent, a vow or an urge named plainly, in the wordings the earlier rules
 * do not read.
 */
export const EXPLICIT_FLOOR_5_HARM_RULES: readonly RiskRule[] = [
  // Stated intent to injure a particular person, whatever their role ("I'm going to hurt the
  // postdoc", "I want to kill my dealer", "gonna hit that nurse", "me will stab the man
  // next door"): intent toward an identified target is the centre of a threat assessment.
  // @see Borum R, Fein R, Vossekuil B, Berglund J. Behav Sci Law 1999;17(3):323–37 (ideas and
  //   intent to attack a specific target).
  // @see Meloy JR, et al. Behav Sci Law 2012;30(3):256–79 (leakage of intent).
  {
    id: 'harm_to_others.intent-any-role',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      [
        `${TRIVIAL_BEFORE}${LEAD} ${ADV}(?!(?:kill|murder) (?:the|that) (?:ref|referee|umpire|linesman)\\b)(?:${VERB} ${TGT}${ENDS_PERSON}${POST}|(?:beat|knock|do|finish|batter|smash) ${TGT} (?:up|(?:spark |clean )?out(?! of)(?: cold)?|in|off)\\b(?! (?:to|for|at|in) (?:the|a|school|work|town|my)\\b))(?:(?<!\\b(?:punch|hit|kick|headbutt|deck|jump|knock) [^\\n]{0,60})|(?![^\\n]{0,80}\\b${SPORT}\\b))`,
        `${LEAD} ${ADV}(?:end|finish) (?:that|the|my) (?:[a-z0-9-]+ )?${ROLE}(?=[ ,]{0,3}(?:$|[.!?,;]| off\\b| for good| once and for all| (?:he|she|they|i swear)\\b))`,
      ].join('|'),
      'u',
    ),
  },
  // A vow told as already settled, in the present tense with a time, a meeting or a resolve ("if I
  // see them again I'm killing them", "smashing his face in on monday", "I'm finding him and
  // hurting him"), and a plan to go on past the point the person is down: fixation and leakage
  // of a decided attack.
  // @see Meloy JR, et al. Behav Sci Law 2012;30(3):256–79 (leakage, fixation, last resort).
  {
    id: 'harm_to_others.vow-settled',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      [
        `\\b(?:i'?m|im|i am|we'?re|we are) (?:(?:just|literally|actually|defo|deffo|definitely|fucking|def) )?${DOING} ${TGT}${POST}(?![^.!?\\n]{0,60}\\b(?:gig|set|stage|audience|crowd|comedy|open mic|lobby|server|round|${GAME}|plants?|tomato(?:es)?|flowers|seedlings|weeds|slugs|ants|wasps|flies|mice|rats|pests|bugs|fish|orchids|succulents|lawn)\\b)(?:(?=[^\\n]{0,80}\\b${RESOLVE}\\b)|(?<=\\b${RESOLVE_BEFORE}\\b[^\\n]{0,60}))`,
        `\\b(?:i'?m|im|i am) (?:finding|tracking(?: down)?|catching|getting|going after|hunting(?: down)?|waiting for) ${TGT}(?: down)? and (?:hurting|killing|stabbing|battering|bottling|glassing|strangling|beating|smashing|doing|ending|finishing|jumping) (?:him|her|them)\\b`,
        `\\b(?:fighting|fight|hit|hitting|kick|kicking|punch|punching|beat|beating|batter|battering|stamp(?:ing)? on|hurt|hurting|attack|attacking|jump|jumping) ${TGT}[^.!?\\n]{0,40}?\\b(?:not|won'?t|never|don'?t|am not|'?m not) (?:be )?(?:stop|stopping|going to stop|gonna stop) (?:when|once|even when|even if|till|until|after) (?:he|she|they)(?:'?s| is| are|'?re)? (?:on the (?:floor|ground|deck)|down|out cold|unconscious|not moving|begging|bleeding|crying)\\b(?![^\\n]{0,80}\\b${SPORT}\\b)(?<!\\b${SPORT}\\b[^\\n]{0,120})`,
        `(?:^|[.!?,;] ?|\\b(?:i'?m|im|we'?re) )(?:smashing|kicking|caving|bashing|knocking) ${POSS} (?:face|head|teeth|skull|brains?) (?:in|out)\\b(?! (?:the|a|my|at|on (?:fifa|cod)))(?=[^\\n]{0,80}\\b${RESOLVE}\\b)`,
      ].join('|'),
      'u',
    ),
  },
  // Intent to injure spelled out by the injury: a person put in hospital, a head through a wall,
  // every finger broken. Naming a grave, specific injury is intent, not venting.
  // @see Borum R, et al. Behav Sci Law 1999;17(3):323–37 (violent ideation with a specific target).
  // @see Douglas KS, Hart SD, Webster CD, Belfrage H. HCR-20 V3 (2013): violent ideation or intent.
  {
    id: 'harm_to_others.injury-spelled-out',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      [
        `${LEAD} ${ADV}(?:put|send|land) ${TGT} in (?:the )?(?:hospital|a wheelchair|the ground|a coma|intensive care|icu|a box|the morgue|a body bag|traction)\\b(?! (?:for|so|to|where|because|care|floor|level|ward|bed)\\b)`,
        `\\bi (?:really |just |honestly )?want (?:him|her|them|${DET} (?:[a-z0-9-]+ ){0,2}?${ROLE}) (?:in (?:the )?(?:ground|a coma|a box|the morgue|a body bag)(?! (?:floor|level|room))|six feet under|crippled|disfigured|bleeding|in (?:(?:the )?hospital|a wheelchair)(?<=\\b(?:jump|batter|beat|stab|fight|hurt|kick|smash|punch|hit|attack|glass|bottle)\\w{0,4}\\b[^\\n]{0,120}))\\b`,
        `${LEAD} ${ADV}(?:put|smash|ram|slam|push|shove|throw) ${POSS} (?:head|face) (?:through|into|against|off) (?:the|a) (?:wall|window|door|table|windscreen|mirror|floor|radiator|glass)\\b`,
        `\\bbreak (?:every|each|all(?: the)?|both) (?:single )?(?:fingers?|bones?|ribs?|teeth|toes?|legs?|arms?|kneecaps?|knuckles?) (?:on|in|of) (?:his|her|their) (?:hands?|body|feet|face)\\b`,
        `\\bbreak (?:every|each|all|both)(?: one)?(?: of)? (?:his|her|their) (?:fingers|bones|ribs|teeth|toes|legs|arms|kneecaps|knuckles)\\b`,
      ].join('|'),
      'u',
    ),
  },
  // Retribution vowed on the body of the person who wronged the speaker, the person as subject:
  // "my ex is going to bleed for what she did to me", "acid in her face is what she gets",
  // "every girl behind that fake account is getting hurt", revenge that "is gonna be physical",
  // "she deserves to suffer and I want to be the one doing it". Grievance turned into a vow of
  // injury is the step from ideation to intent. Said with the speaker in the sentence.
  // @see Borum R, et al. Behav Sci Law 1999;17(3):323–37 (grievance, ideation, intent).
  // @see Meloy JR, et al. Behav Sci Law 2012;30(3):256–79 (leakage of intent, fixation).
  {
    id: 'harm_to_others.retribution-vowed',
    category: 'harm_to_others',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      `(?:${[
        `(?<!\\b(?:wallet|bank|account|pocket|purse|nose|gums|finger|knee|heart|eyes?|ears?|lip|card) ?)\\b(?:is|'s|are|'re|r) (?:going to|gonna|gunna|gonnae) (?:bleed (?:for (?:what|this|that|it)\\b|(?:i|i'?ll) (?:swear|promise))|pay (?:for (?:it|this|that|what (?:he|she|they) did)(?: to me)? )?with (?:his|her|their) (?:body|blood|life|face|teeth|bones))`,
        `\\bacid (?:in|on|over|into|across) (?:his|her|their|${POSS}) face\\b[^.!?\\n]{0,20}?(?:\\bis what|'?s what|\\bis all) (?:he|she|they|[a-z]+) (?:gets|deserves?|has coming|needs)\\b`,
        `\\b(?:deserves?|needs?|gets|has (?:got )?coming) acid (?:in|on|over|into|across) (?:his|her|their|${POSS}) face\\b`,
        `\\b(?:my )?revenge (?:on (?:[a-z']+ ){1,3}?)?(?:is|'s|will be|is going to be|is gonna be|gonna be|'?ll be) (?:\\w+ )?(?:physical|violent|bloody)\\b(?![^\\n]{0,80}\\b(?:gym|fit|fitness|body|workout|glow ?up|abs|weight|gains|running|marathon)\\b)`,
        `\\b(?:every|each|all|everyone|everybody|anyone|anybody)(?: one| single one)?(?: of)? (?:[a-z0-9'-]+ ){0,3}?(?:who|behind|involved in|responsible for|that)\\b(?: [a-z0-9'-]+){0,8}? (?:is|are|'s|'re) (?:getting|gonna get|going to get|gunna get) (?:hurt|stabbed|battered|beaten(?: up)?|jumped|done in|killed|slapped|smashed|glassed|bottled|knocked out)\\b(?! (?:by|playing|in (?:the|a)|at (?:the|a)|on (?:the|a)|from|during|because)\\b)`,
        `\\bi (?:want|wanna|need|'?m going|am going|'?ll|will|would love|'?d love)(?: to)? be the one (?:doing it|to do it|who does it|that does it|(?:to|who|that) (?:hurts?|kills?|stabs?) (?:him|her|them)|(?:to|who|that) makes? (?:him|her|them) (?:suffer|pay|bleed)|doing the hurting|holding the knife)\\b(?<=\\bdeserves? to (?:suffer|die|bleed|pay|hurt|be hurt|rot)\\b[^\\n]{0,120})`,
      ].join('|')})${WITH_SPEAKER}`,
      'u',
    ),
  },
  // A lethal method fixed on a particular person: a car or house set alight with them inside, their
  // food or drink poisoned, running them down with the car, a blade to scare them "and if that
  // doesn't work I use it". A method chosen for a named person is planning, the step before acting.
  // @see Borum R, et al. Behav Sci Law 1999;17(3):323–37 (planning and means).
  // @see Meloy JR, et al. Behav Sci Law 2012;30(3):256–79 (fixation and pathway).
  {
    id: 'harm_to_others.method-on-person',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      [
        `\\b(?:set(?:ting)? (?:fire|light) to|torch(?:ing)?|burn(?:ing)? down|petrol bomb(?:ing)?|firebomb(?:ing)?) (?:the|his|her|their|my|our|(?:my|the) [a-z-]+'?s) (?:[a-z-]+ )?(?:car|van|house|flat|home|caravan|room|bedroom|shed|place|door|tent|boat|cabin|garage)\\b[^.!?\\n]{0,20}? (?:while|when|with|whilst) (?:(?:he|she|they)(?:'?s| is| are|'?re)? (?:in|inside|still in|asleep|sleeping|in bed)|(?:him|her|them|(?:my|his|her|their|the) (?:[a-z-]+ ){0,2}?${ROLE}s?) (?:in|inside|still in)(?: it| there| bed)?)\\b`,
        // The literal first, so the look-behinds run only where it stands (hostile input).
        `(?=poison)(?<!\\b(?:in|on|playing) (?:hitman|gta|the game|skyrim|the sims|assassin'?s creed)\\b[^\\n]{0,80})(?:(?<=(?:^|[.!?] ?))|(?<=\\b(?:i|i'?m|im|i'?ve|ive|i'?d|i'?ll|ill|me)\\b[^.!?\\n]{0,60}))\\bpoison(?:ing|ed)? (?:his|her|their|(?:my|the|that) (?!target)(?:[a-z-]+ ){0,2}?[a-z-]+'s) (?:[a-z]+ )?(?:food|drink|tea|coffee|dinner|meal|water|wine|beer|pint|juice|milk|soup|lunch|cup|smoothie|medication|meds|pills|inhaler|insulin|breakfast)\\b(?! with (?:salt|sugar|junk|crap|chemicals|additives|my cooking)\\b)`,
        `\\b(?:i'?m|im|i am|i'?ll|i will|gonna|going to|want to|wanna) (?:just )?(?:run(?:ning)?|mow(?:ing)?) ${TGT} (?:down|over) with (?:my|the|his|her|a) (?:car|van|truck|lorry|motor|bike|4x4|jeep|pickup)\\b`,
        `(?:${LEAD} ${ADV}(?:scare|threaten|frighten|intimidate)|\\b(?:i'?m|im|i am) (?:scaring|threatening|frightening|intimidating)) ${TGT} with (?:a|the|my) ${WEAPON}\\b(?! (?:trick|emoji|costume|prop|sharpener|block|drawer)\\b)`,
      ].join('|'),
      'u',
    ),
  },
  // Force on a person in the speaker's care that has begun and is escalating, or is about to be
  // repeated: "I've started pushing him ... scared I'll go further", "I've shaken him twice this
  // week", "I want to throw her at the wall and I'm scared I will", "I keep telling myself I won't
  // hurt him but I know I'm going to". Harm already begun and poor control predict more.
  // @see NICE guideline NG76, Child abuse and neglect (2017).
  // @see Douglas KS, et al. HCR-20 V3 (2013): recent violence, instability, violent ideation.
  {
    id: 'harm_to_others.force-escalating',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      [
        `\\bi(?:'ve| have)? (?:started|begun|been) ${FORCE} ${TGT}(?! (?:to|on|in|around|about|into|harder at|hand|hands|phone|bag|attention|coat|stuff|along)\\b)(?![^\\n]{0,80}\\b(?:road|traffic|cars?|crossing|safe|safety|falls?|falling|wanders?|(?:won'?t|wouldn'?t|not) (?:wake|respond|breathing))\\b)(?=[^\\n]{0,160}\\b(?:scared|afraid|frightened|terrified|go further|worse|(?:don'?t|didn'?t) recogni[sz]e myself|can'?t stop|hard|harder|lose it|losing it|lost it|my temper|bruises?)\\b)`,
        `\\bi(?:'ve| have)? (?:shaken|shook|pushed|shoved|hit|slapped|smacked|grabbed|thrown|pinched|hurt|kicked) ${CARED} (?:twice|three times|again|(?:a (?:few|couple of)|several|\\d+|two|three|four) times|more than once|every (?:day|night))\\b(?=[^\\n]{0,120}\\b(?:again|tonight|scared|afraid|terrified|worse|can'?t stop|don'?t trust)\\b)`,
        `\\b(?:want|wanted|wanna|urges?|feel like|close to|about to|going|gonna|scared i'?ll|afraid i'?ll)(?: to)? (?:throw|slam|hurl|fling|chuck|smash) ${CARED} (?:at|against|into|across|through|onto) (?:the|a) (?:wall|floor|ground|door|window|room|cot)\\b`,
        `\\bi (?:know|think|feel like|reckon) (?:i'?m|im|i am|i'?ll|i will) (?:going to|gonna)?(?: do it)?(?= {0,2}(?:$|[.!?,]| anyway\\b| one day\\b))(?<=\\b(?:won'?t|wont|will not|not going to|not gonna|never) (?:hurt|hit|kill|stab|attack|touch|punch|slap|shake|harm) (?:him|her|them|${DET} (?:[a-z0-9-]+ ){0,2}?${ROLE})\\b[^.!?\\n]{0,60})`,
      ].join('|'),
      'u',
    ),
  },
  // Being close to hitting someone, now ("I'm so close to hitting my kids lately"): loss of control
  // felt but not yet acted on, asked about and safety-planned.
  // @see NICE guideline NG76, Child abuse and neglect (2017).
  // @see Douglas KS, et al. HCR-20 V3 (2013): violent ideation, instability.
  {
    id: 'harm_to_others.close-to-lashing-out',
    category: 'harm_to_others',
    level: 'moderate',
    pattern: new RegExp(
      `\\b(?:i'?m|im|i am|i feel|i get|i'?ve been|i have been) (?:(?:getting|coming|feeling) )?(?:so |really |very |dangerously |scarily |this |that |way too |too |right )?(?:close to|on the verge of|one (?:step|second|more thing) (?:away )?from|inches from) (?:hitting|hurting|slapping|smacking|shaking|strangling|punching|throttling|lashing out at|kicking|grabbing|attacking) ${TGT}${ENDS_PERSON}${POST}(?![^\\n]{0,40}\\b(?:car|van|driving|road|bike|reversing|parking|on the way|cyclists?|pedestrians?)\\b)`,
      'u',
    ),
  },
];
