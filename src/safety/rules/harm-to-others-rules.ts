import { F, type RiskRule } from './risk-rule.ts';

const { person } = F;
const VICTIM = `(?:him|her|them|you|someone|somebody|anyone|people|everyone|everybody|the baby|my (?:toddler|newborn|little one|stepson|stepdaughter)|my ${person}|his ${person}|her ${person}|(?:that|this|those) ${person}|(?:that|this|the|those) (?:guy|man|woman|girl|boy|kid|bully|bitch|bastard|prick|teacher|lad|dude|idiot|guys|kids|boys|girls|people|students|class|school|office)s?)`;
const HARM =
  '(?:kill|murder|stab|shoot|strangle|choke|smother|beat|batter|hurt|harm|attack|punch|hit|shake|poison|run over|burn|bash|slash|glass|bottle|shank|deck|jump|stamp on|knock out|smash)';
const WEAPON = '(?:knife|knives|gun|pistol|rifle|shotgun|blade|machete|bat|hammer|crowbar|weapon)';
const BODY = '(?:neck|legs?|arms?|jaw|nose|face|skull|ribs?|fingers?|wrists?)';
const INTENT = `(?:i(?:'ve|ve| have)(?: really| honestly| sometimes| often| always)? wanted|i(?:'ll|ll| will)(?: (?:really|actually|seriously|honestly|just|fucking|bloody))?|i(?:'d| would) (?:love|like|really like) to|(?:i'?m |im )?(?:finna|tryna|bout to)|i (?:really |actually |seriously |honestly |just )?(?:want|wanna|wanted|need|am going|'m going|m going|am gonna|'m gonna|m gonna|will|'ll|ll|plan|intend|swear i'?ll|could(?! care)|might|feel like i (?:could|might|will))|i'?m (?:going to|gonna|about to)|going to|gonna|urges? to|thoughts? (?:of|about)|thinking (?:of|about)|fantasi[sz](?:e|ing) about|(?:scared|afraid|worried|worry|terrified|frightened|fear) (?:that )?(?:one day )?i(?:'ll| will| might| could)(?: really| actually)?|can'?t stop (?:thinking about|imagining))`;

/**
 * Harm to others: intent, urges, or fear of acting on thoughts of hurting someone; veiled threats
 * and revenge; a weapon carried or readied. Stated intent with a weapon or a time is imminent.
 * Hyperbole about trivial annoyances ("I'll kill him if he eats my chips") is ruled out by the
 * detector's figurative frame; intrusive, unwanted thoughts are moderate.
 * @see Tarasoff v. Regents of the University of California, 17 Cal.3d 425 (1976) (duty to protect).
 * @see 988 Suicide & Crisis Lifeline, Imminent Risk Policy (2022): risk to others is imminent risk.
 * @see Meloy JR, et al. The role of warning behaviors in threat assessment. Behav Sci Law 2012;30(3):256–79 (leakage, fixation, pathway).
 */
export const HARM_TO_OTHERS_RULES: readonly RiskRule[] = [
  {
    id: 'harm_to_others.intent',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      `\\b${INTENT}(?: to)? (?:[a-z']+ ){0,2}?(?:${HARM}(?:ing)? ${VICTIM}(?! (?:in|with) (?:kisses|love|hugs|cuddles|affection|attention|praise|compliments|presents|gifts))|break(?:ing)? (?:his|her|their|your|that [a-z]+'s) ${BODY}|run ${VICTIM} (?:over|down)|(?:smash|kick|punch|cave|bash|knock|beat)(?:ing)? (?:his|her|their|your|that [a-z]+'s) (?:face|head|teeth|skull|ass|arse|lights) (?:in|out)?|beat (?:his|her|their|your) (?:ass|arse)|(?:put|hold|press)(?:ing)? (?:a |the |my )?(?:pillow|cushion|bag|hand|hands) (?:over|on|around) (?:his|her|their) (?:face|mouth|head|nose)|(?:wrap|put|get)(?:ing)? my hands (?:around|round|on) (?:his|her|their) (?:neck|throat))\\b|\\b(?:physically|seriously|really) (?:hurt|harm|attack|injur)(?:e|ing)? (?:him|her|them|someone)\\b|\\b(?:scared|afraid|terrified|worried|frightened) (?:about |of )?what my (?:hands|fists|temper) (?:will|might|could|would|are going to) do\\b(?! (?:in|at|on|during) (?:the |my |this |that )?(?:[a-z]+ )?(?:exam|test|class|match|game|kitchen|workshop|lesson|interview))|\\bi (?:really |just |honestly )?(?:want|need) (?:him|her|them|my ${person}|that (?:guy|man|woman|bitch|bastard|prick)) dead\\b|\\b(?:scared|afraid|terrified|worried|frightened) (?:of )?what i(?:'ll| will| might| could|'d| would) do to (?:him|her|them|someone|somebody|my ${person}|the baby|people)\\b`,
      'u',
    ),
  },
  {
    id: 'harm_to_others.threat',
    category: 'harm_to_others',
    level: 'high',
    subjectMayBeTarget: true,
    pattern:
      /\b(?:gets?|getting|get) what(?:'?s| is) coming(?: to (?:him|her|them))?\b|\bfinds? out what happens (?:when|if)\b|\b(?:find|finds|found) out the hard way\b|\bwon'?t know what hit (?:him|her|them)\b|\bmake (?:him|her|them|them all|all of them|everyone|those [a-z]+) pay\b(?! (?:for (?:the|my|a|it|dinner|damage|rent|bills?)))|\b(?:i(?:'ll| will)|i'?m going to|i'?m gonna) (?:end|finish) (?:him|her|them)\b|\bi might be the one to (?:fix|end|sort|deal with) (?:that|it|him|her|them)\b|\b(?:they|he|she|you|everyone|everybody|all of (?:them|you))(?: (?:in|at|from) (?:that|this|the|my) [a-z]+)?(?:'ll| will| are going to| is going to|'re going to|'s going to|'re gonna|'s gonna) (?:all )?be sorry\b(?! (?:for|that|about|to|they|if|when (?:they|you)|you))(?=[^.!?\n]{0,40}\b(?:at|on|tomorrow|monday|tuesday|wednesday|thursday|friday|when i|trust me|just wait|you'?ll see)\b|[ .!]*$)|\b(?:is|are|'s|'re) (?:going to|gonna) pay for what (?:they|he|she|you)\b|\bwon'?t be (?:laughing|smiling|smirking) (?:at me )?(?:much longer|for long|after|anymore\b(?=[^.!?\n]{0,20}\btrust me))|\b(?:catch|caught|gonna catch) (?:him|her|them|that [a-z]+) (?:slipping|lacking)\b/u,
  },
  {
    id: 'harm_to_others.revenge',
    category: 'harm_to_others',
    level: 'moderate',
    pattern: new RegExp(
      `\\b(?:get|getting|take|taking|got|plan(?:ning)?|want) (?:my )?revenge on\\b(?=[^.!?\\n]{0,80}\\b(?:hurt\\w*|physically|kill\\w*|beat|stab\\w*|hit|pay|suffer|bleed|weapon|knife|gun|violent)\\b)|\\bget (?:them|him|her|those [a-z]+|them all) back\\b|\\b(?:i )?want (?:him|her|them|my ${person}) to suffer\\b|\\bwish (?:he|she|they) (?:was|were) dead\\b|\\b(?:people like (?:him|her|them|that)|that (?:guy|man|woman|bastard|prick)) (?:doesn'?t|don'?t|do not|does not) deserve to (?:live|breathe|be alive|exist)\\b`,
      'u',
    ),
  },
  {
    id: 'harm_to_others.intrusive',
    category: 'harm_to_others',
    level: 'moderate',
    pattern:
      /\b(?:thoughts?|images?|urges?|fantasies|flash(?:es)?|pictures?|visions?|impulses?) (?:about|of) (?:running (?:people|someone|somebody|them|him|her|pedestrians|kids) over|pushing (?:someone|somebody|people|him|her) (?:in front of|off|down)|stabbing|strangling|smothering|suffocating|drowning|shaking|throwing|dropping|poisoning|hurting|killing|attacking) (?:[a-z]+ )?(?:people|someone|somebody|him|her|them|my|the|a|baby|over|in front)?|\bwonder(?:ing)? what it (?:would|'d) (?:feel|be) like to (?:really |actually )?(?:hurt|kill|stab|attack|strangle) (?:someone|somebody|a person|people|him|her)\b/u,
  },
  {
    id: 'harm_to_others.mass-violence',
    category: 'harm_to_others',
    level: 'imminent',
    pattern: new RegExp(
      `\\b(?:shoot(?:ing)? up|shot up|bomb(?:ing)?|blow(?:ing)? up|bring(?:ing)? a (?:gun|knife|weapon) (?:to|into)|tak(?:e|ing) (?:a gun|my dad'?s gun|a knife) (?:to|into)) (?:the |my |our )?(?:school|class|college|office|work|church|mosque|synagogue|mall|party|place)\\b|\\bmake (?:them|everyone|all of them) pay\\b(?=.{0,60}\\b(?:gun|knife|blood|kill|weapon)\\b)|\\b(?:carry|carrying|started carrying|bring|bringing|take|taking) (?:(?:a|my|the|his|her|[a-z]+'s) ){0,2}${WEAPON} (?:to|into|in(?:to)? my bag (?:to|for)) (?:school|work|class|college|uni|the office)\\b|\\b(?:take|taking|bring|bringing) (?:it|them) (?:to|into) (?:school|work|class|college|uni)\\b(?<=\\b(?:gun|guns|rifle|pistol|knife|weapon)\\b.{0,80})|\\bwaiting (?:outside|for|near|by|at|round) [^.!?\\n]{0,40}?\\bwith (?:a|my|the|his|her) ${WEAPON}\\b|\\b(?:holding|got|have|grabbed|picked up) (?:a|the|my) ${WEAPON}\\b(?=[^\\n]{0,100}\\b(?:won'?t stop|keeps?|yelling|screaming|shouting|angry at|at (?:him|her|them)|provok\\w*)\\b)(?=[^\\n]{0,160}\\b(?:going to|gonna|about to|'ll) use it\\b)|\\b(?:put|putting|slipped|slip|mixed|mixing) (?:something|poison|bleach|pills|rat poison|antifreeze|[a-z]+ pills|crushed [a-z]+) in(?:to)? (?:his|her|their|my ${person}'s|the|[a-z]+'s) (?:food|drink|tea|coffee|dinner|meal|water|bottle|cup|lunch)\\b|\\bgot everything i need (?:in my bag|ready|with me)\\b(?<=\\b(?:tomorrow|tonight|meeting|gets what'?s coming|pay)\\b.{0,120})`,
      'u',
    ),
  },
  {
    id: 'harm_to_others.pathway',
    category: 'harm_to_others',
    level: 'high',
    // Following someone, learning their routine or where they park, with a weapon or "the right moment":
    // the "pathway" warning behaviour (Meloy JR, et al. Behav Sci Law 2012;30(3):256–79).
    pattern: new RegExp(
      `\\b(?:follow(?:ing|ed)?|watch(?:ing|ed)|track(?:ing|ed)) (?:him|her|them|my ${person}) (?:home|to work|to school|every (?:day|night|morning|evening))\\b(?=[^\\n]{0,120}\\b(?:route|routine|right moment|alone|crowbar|knife|gun|bat|hammer|weapon|petrol)\\b)|\\b(?:written|wrote|noted|got|taken) down (?:his|her|their) (?:car reg|reg|registration|number plate|address|route|routine)\\b|\\b(?:learn|learnt|learned|memori[sz]ed|worked out) (?:his|her|their) (?:route|routine|schedule|movements)\\b|\\bi know (?:which (?:house|car|flat|door) is (?:his|hers|theirs)|where (?:he|she|they) (?:parks?|lives?|sleeps?))\\b(?=[^\\n]{0,80}\\b(?:petrol|knife|gun|bat|crowbar|weapon|right moment|pay|tonight)\\b|(?<=\\b(?:petrol|knife|gun|bat|crowbar|weapon)\\b.{0,80}))|\\b(?:just )?(?:need|waiting for|wait for) the right (?:moment|time|opportunity)\\b(?<=\\b(?:his|her|their|him|them)\\b.{0,120})`,
      'u',
    ),
  },
  {
    id: 'harm_to_others.lost-control',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:almost|nearly|came close to|about to|could have|could've) (?:${HARM}(?:ed|ing)?|hit|hurt|shook|shaken) (?:${VICTIM})\\b|\\b(?:almost|nearly|came close to) (?:broke|break|breaking|snapped) (?:my ${person}'s|his|her|their) ${BODY}\\b|\\b(?:i )?(?:hit|hurt|shook|choked|pushed|slapped|kicked|punched) (?:my (?:baby|kids?|child|son|daughter|dog|cat|toddler|newborn|little one)|the baby)\\b|\\bi(?:'ve| have|ve)? (?:shoved|pushed|thrown|threw|slammed|pinned) (?:my ${person}|him|her) (?:into|against|onto|down|across|to the)\\b(?<=\\b(?:lose it|lost it|lose my temper|lost my temper|snap|snapped|rage|angry|temper)\\b.{0,80})|\\bi (?:hit|punched|slapped|shoved|pushed|choked|strangled|kicked|hurt|beat) (?:my ${person}|him|her)\\b(?=[^.!?\\n]{0,60}\\b(?:again|scared|afraid|worried|can'?t control|lost (?:it|control|my temper))\\b)|\\b(?:about to|going to|gonna|want to|might|could|scared i'?ll|afraid i'?ll|urge to) (?:shake|throw|drop|smother|suffocate) (?:her|him|the baby|my baby|it)\\b(?=[^\\n]{0,80}\\b(?:baby|crying|newborn|scream\\w*|stop me)\\b|(?<=\\b(?:baby|newborn|crying|toddler)\\b.{0,80}))`,
      'u',
    ),
  },
];
