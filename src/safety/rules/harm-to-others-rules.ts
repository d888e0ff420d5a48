import { F, type RiskRule } from './risk-rule.ts';

const { person } = F;
const VICTIM = `(?:him|her|them|you|someone|somebody|anyone|people|everyone|everybody|the baby|my (?:toddler|newborn|little one|stepson|stepdaughter)|my ${person}|his ${person}|her ${person}|(?:that|this|those) ${person}|(?:that|this|the|those) (?:guy|man|woman|girl|boy|kid|bully|bitch|bastard|prick|teacher|lad|dude|idiot|guys|kids|boys|girls|people|students|class|school|office)s?)`;
const HARM =
  '(?:kill|murder|stab|shoot|strangle|choke|smother|beat|batter|hurt|harm|attack|punch|hit|shake|poison|run over|burn|bash|slash|glass|bottle|shank|deck|jump|stamp on|knock out|smash)';
const WEAPON =
  '(?:knife|knives|gun|pistol|rifle|shotgun|blade|machete|bat|hammer|crowbar|weapon|axe|tyre iron|tire iron|wrench|spanner|golf club|baseball bat)';
const BODY = '(?:neck|legs?|arms?|jaw|nose|face|skull|ribs?|fingers?|wrists?)';
// A child of the speaker's, named by age as parents do ("my 4-year-old", "my youngest").
const CHILD =
  '(?:my (?:baby|kids?|child|son|daughter|toddler|newborn|little one|boy|girl|youngest|eldest|oldest|stepson|stepdaughter|twins|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:year|month|week)[- ]old)|the baby)';
const INTENT = `(?:i(?:'ve|ve| have)(?: really| honestly| sometimes| often| always)? wanted|i(?:'ll|ll| will)(?: (?:really|actually|seriously|honestly|just|fucking|bloody))?|i(?:'d| would) (?:love|like|really like) to|(?:i'?m |im )?(?:finna|tryna|bout to)|i (?:really |actually |seriously |honestly |just )?(?:want|wanna|wanted|need|am going|'m going|m going|am gonna|'m gonna|m gonna|will|'ll|ll|plan|intend|swear i'?ll|could(?! care)|might|feel like i (?:could|might|will))|i'?m (?:going to|gonna|about to)|going to|gonna|urges? to|thoughts? (?:of|about)|thinking (?:of|about)|i (?:think|dream) (?:only |constantly |all day |all the time )?(?:of|about)|fantasi[sz](?:e|ing) about|(?:scared|afraid|worried|worry|terrified|frightened|fear) (?:that )?(?:one day )?i(?:'ll| will| might| could)(?: really| actually)?|can'?t stop (?:thinking about|imagining))`;

// Anyone the speaker may name as the person they could hurt: the shared list plus the
// grandparents, in-laws and people in their care that carers and staff talk about.
const WHO = `(?:${person}|gran|granny|nan|nana|nanna|grandma|grandmother|grandson|granddaughter|(?:mother|father|brother|sister|son|daughter)[- ]in[- ]law|in-?laws|toddler|newborn|twins|cyclists?|pedestrians?|step(?:son|daughter|kids?|children|mum|mom)|students?|pupils?|residents?|patients?|teammates?|classmates?|colleagues|coworkers|co-workers|driver|lad|guy|bloke|man|woman|girl|boy|kid|child|children|baby|husband)`;
// A person as the object of a harmful act: a pronoun, or a named relation with at most one word
// between ("my pregnant girlfriend", "one of the children", "a particular student").
const TARGET = `(?:him|her|them|someone|somebody|anyone|people|(?:my|his|her|their|your|the|that|this|one of (?:the|my)|(?:a|one) (?:particular|certain|specific)) (?:[a-z-]+ )?${WHO})(?![a-z'])`;
// Whose body: "his", "her", "my brother's", "the baby's". Always followed by a body part or
// the like, so any noun will do (and the short list keeps the pattern cheap).
const POSS = "(?:his|her|their|your|(?:my|the|that) (?:[a-z-]+ )?[a-z-]+'s)";
// Acts that are violence however they are said, without a victim word after them.
const GRAVE_ACT = `(?:put (?:him|her|them|you|that (?:[a-z]+ )?${WHO}) in (?:the )?(?:hospital|a wheelchair|the ground|a coma|intensive care)|put ${POSS} (?:head|face) (?:through|into) (?:the|a) (?:wall|window|door|table|windscreen|mirror)|smash (?:a |the |this |that |my )?[a-z]+ (?:over|into|across) ${POSS} (?:head|face|skull)|slit ${POSS} throat|throw acid (?:in|on|at|over) ${POSS}|(?:slash|cut) ${POSS} (?:[a-z]+ and (?:his|her|their) )?(?:face|throat)|break ${POSS} (?:neck|legs?|arms?|jaw|nose|skull|ribs)|(?:burn|scar|disfigure) ${POSS} face|(?:smash|kick|cave) ${POSS} (?:face|head|skull|teeth) in)`;
// Acts of violence, as an infinitive after "want to", "I'll", "urges to".
const ACT =
  '(?:kill|murder|stab|shoot|strangle|throttle|choke|smother|suffocate|beat|batter|hurt|harm|attack|punch|hit|poison|glass|bottle|slash|maim|beat up|knock out)';
// Violent acts as the speaker pictures them ("picturing smothering", "thoughts of stabbing").
const ACTING =
  '(?:hurting|harming|hitting|stabbing|strangling|choking|throttling|smothering|suffocating|drowning|poisoning|killing|murdering|punching|kicking|beating|battering|slapping|attacking|shaking|shooting|using (?:it|a knife|the knife|the hammer|a hammer) on)';
// A pillow held over a sleeping person's face.
const PILLOW = `(?:holding|putting|pressing|hold|put|press) (?:a |the )?(?:pillow|cushion) (?:over|on|onto) ${POSS} face`;
// Lead words of a harmful image or fantasy.
const IMAGERY =
  '(?:picture|pictures|picturing|pictured|imagine|imagines|imagining|imagined|visuali[sz](?:e|es|ing|ed)|fantasi[sz](?:e|es|ing|ed)|fantasies|daydream(?:s|ing|ed)?|(?:thoughts?|images?|flashes|visions) (?:keep )?(?:coming |popping )?(?:(?:into|in) my head )?(?:of|about)|(?:into|in) my head about|thinking (?:of|about)|feel like)';
// The speaker close before a verb that has no subject of its own ("I keep picturing", "thoughts
// come into my head"), so a character or a relative who pictures harm is not read as the speaker.
const SPEAKER_BEFORE = "(?<=\\b(?:i|i'?m|im|i'?ve|ive|i'?d|me|my head)\\b[^.!?\\n]{0,80})";
// The speaker is afraid of what they might do ("scared of what I'll do next time").
const FEAR_OF_SELF =
  "(?:(?:scared|afraid|frightened|terrified|worried|fear)(?: that| of what)? (?:i'?ll|i will|i might|i could|i'?d|i would|i'?m going to|it'?ll|next time)|(?:scared|afraid|frightened|terrified) of (?:me|myself|my (?:own )?temper|what i)|(?:i'?m|she'?s|he'?s|they'?re) (?:scared|afraid|frightened|terrified) of me|(?:don'?t|do not|can'?t) trust myself|can'?t (?:stop|control (?:it|myself|my temper))|(?:don'?t know|do not know|not sure) (?:if|whether) i can stop|(?:wanted|want) to keep going|didn'?t want to (?:let go|stop)|(?:anger|rage) (?:isn'?t|is not|hasn'?t) (?:gone|passed)|still (?:angry|furious|raging)|part of me (?:enjoyed|liked|wanted|is still)|do (?:something )?worse|could do worse|be worse|go further|hate myself for (?:it|doing it|hitting)|wanted to (?:break|hurt|kill) (?:him|her|them)|(?:just |barely )?missed (?:him|her|them)|(?:next to|beside|inches from) (?:her|his|their) head|hit the wall (?:right )?(?:next to|beside|behind) (?:her|him|them))";
// Someone, or their car, driven off the road.
const OFF_ROAD = `(?:${TARGET}|it|(?:his|her|their|a|the|that|this|my [a-z-]+'s) (?:[a-z]+ )?(?:car|van|bike|motorbike|cyclist)) off the road\\b`;
// Blows, shoves and grips the speaker has used on a person.
const STRUCK =
  '(?:hit|punched|slapped|smacked|kicked|shoved|pushed|grabbed|shook|choked|strangled|throttled|headbutted|bit|squeezed|twisted|been (?:hitting|slapping|smacking|shoving|pushing|kicking|grabbing|shaking))';

// Getting someone back for a prank, or getting an ex back: "get her back for the water balloons",
// "I just want to get him back, I miss him".
const NOT_TO_WIN_BACK = '(?<!\\b(?:win|winning|won|miss\\w*|love) (?:[a-z]+ ){0,3})';
const NOT_PLAY_OR_LOVE =
  '(?![^.!?\\n]{0,60}\\b(?:prank\\w*|joke|jokes|for a laugh|water balloons?|water fight|april fools?|trick|tricks|miss (?:her|him|them)|love (?:her|him)|back together|as a friend|into my life)\\b)';
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
    id: 'harm_to_others.violence-done-family',
    category: 'harm_to_others',
    level: 'high',
    // Violence the speaker has just used on someone at home, told with its mark or with fear of
    // their own temper: past violence is the strongest predictor of future violence (HCR-20 V3,
    // Douglas et al. 2013; NICE CG120 on domestic abuse perpetrators seeking help).
    pattern: new RegExp(
      `\\bi (?:just |actually |really )?(?:hit|punched|slapped|shoved|pushed|kicked|strangled|choked|grabbed|smacked|headbutted|threw (?:something|a [a-z]+) at) my (?:mum|mom|mam|mother|dad|father|wife|husband|partner|girlfriend|boyfriend|gf|bf|son|daughter|stepson|stepdaughter|brother|sister|baby|child|kid|nan|gran|grandma|grandad|flatmate|carer)\\b(?=[^\\n]{0,120}\\b(?:bruise\\w*|fell|bleed\\w*|mark\\w*|black eye|split|swollen|crying|scared of me|temper|can'?t trust|didn'?t mean|lost it|snapped|swung|again|today|last night|this morning)\\b)(?![^.!?\\n]{0,40}\\b(?:game|fifa|fortnite|chess|cards|pillow fight|play(?:ing|fight)?|joke|tag|snowball)\\b)`,
      'u',
    ),
  },
  {
    id: 'harm_to_others.ambush-injury',
    category: 'harm_to_others',
    level: 'high',
    // Waiting for or following a named person to do a specific injury: intent with a pathway step
    // (Borum & Reddy 2001; Meloy et al. 2012, warning behaviours).
    pattern: new RegExp(
      `\\b(?:wait|waiting|lie in wait|follow|following|find|corner|catch) (?:for )?(?:him|her|them|my [a-z]+)\\b[^.!?\\n]{0,60}\\b(?:break|breaking|smash|smashing|cave|caving|stab|stabbing|glass|glassing|slash|slashing) (?:in )?(?:his|her|their) (?:jaw|legs?|nose|face|neck|skull|head|ribs|teeth|knees?|arms?)\\b`,
      'u',
    ),
  },
  {
    id: 'harm_to_others.intent',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      `\\b${INTENT}(?: to)? (?:[a-z']+ ){0,2}?(?:${HARM}(?:ing)? ${VICTIM}(?! (?:in|with) (?:kisses|love|hugs|cuddles|affection|attention|praise|compliments|presents|gifts)| feelings\\b| (?:a |an )?(?:text|message|email|dm|look|smile)\\b| (?:by accident|accidentally|with (?:the|my) (?:car|bike|van)|(?:when|while) (?:i'?m |i am |i )?(?:driving|reversing|parking|bath|bathe|bathing|changing|carrying|feeding|holding))\\b)|break(?:ing)? (?:his|her|their|your|that [a-z]+'s) ${BODY}|run ${VICTIM} (?:over|down)|(?:smash|kick|punch|cave|bash|knock|beat)(?:ing)? (?:his|her|their|your|that [a-z]+'s) (?:face|head|teeth|skull|ass|arse|lights) (?:in|out)?|beat (?:his|her|their|your) (?:ass|arse)|(?:put|hold|press)(?:ing)? (?:a |the |my )?(?:pillow|cushion|bag|hand|hands) (?:over|on|around) (?:his|her|their) (?:face|mouth|head|nose)|(?:wrap|put|get)(?:ing)? my hands (?:around|round|on) (?:his|her|their) (?:neck|throat))\\b|\\b(?:physically|seriously|really) (?:hurt|harm|attack|injur)(?:e|ing)? (?:him|her|them|someone)\\b|\\b(?:scared|afraid|terrified|worried|frightened) (?:about |of )?what my (?:hands|fists|temper) (?:will|might|could|would|are going to) do\\b(?! (?:in|at|on|during) (?:the |my |this |that )?(?:[a-z]+ )?(?:exam|test|class|match|game|kitchen|workshop|lesson|interview))|\\bi (?:really |just |honestly )?(?:want|need) (?:him|her|them|my ${person}|(?:that|this) (?:[a-z]+ )?(?:guy|man|woman|bitch|bastard|prick|driver|cyclist|bloke|lad|kid|bully|teacher|neighbou?r|landlord)) dead\\b|\\b(?:scared|afraid|terrified|worried|frightened) (?:of )?what i(?:'ll| will| might| could|'d| would) do to (?:him|her|them|someone|somebody|my ${person}|the baby|people)\\b`,
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
      `\\b(?:get|getting|take|taking|got|plan(?:ning)?|want) (?:my )?revenge on\\b(?=[^.!?\\n]{0,80}\\b(?:hurt\\w*|physically|kill\\w*|beat|stab\\w*|hit|pay|suffer|bleed|weapon|knife|gun|violent)\\b)|\\b${NOT_TO_WIN_BACK}get (?:them|him|her|those [a-z]+|them all) back\\b${NOT_PLAY_OR_LOVE}|\\b(?:i )?want (?:him|her|them|my ${person}) to suffer\\b|\\bwish (?:he|she|they) (?:was|were) dead\\b|\\b(?:people like (?:him|her|them|that)|that (?:guy|man|woman|bastard|prick)) (?:doesn'?t|don'?t|do not|does not) deserve to (?:live|breathe|be alive|exist)\\b`,
      'u',
    ),
  },
  {
    id: 'harm_to_others.intrusive',
    category: 'harm_to_others',
    level: 'moderate',
    pattern:
      /\b(?:thoughts?|images?|urges?|fantasies|flash(?:es)?|pictures?|visions?|impulses?|another one) (?:about|of) (?:me )?(?:running (?:people|someone|somebody|them|him|her|pedestrians|kids) over|pushing (?:someone|somebody|people|him|her) (?:in front of|off|down)|stabbing|strangling|smothering|suffocating|drowning|shaking|throwing|dropping|poisoning|hurting|killing|attacking) (?:[a-z]+ )?(?:people|someone|somebody|him|her|them|my|the|a|baby|over|in front)?|\bwonder(?:ing)? what it (?:would|'d) (?:feel|be) like to (?:really |actually )?(?:hurt|kill|stab|attack|strangle) (?:someone|somebody|a person|people|him|her)\b/u,
  },
  {
    id: 'harm_to_others.mass-violence',
    category: 'harm_to_others',
    level: 'imminent',
    pattern: new RegExp(
      `\\b(?:shoot(?:ing)? up|shot up|bomb(?:ing)?|blow(?:ing)? up|bring(?:ing)? a (?:gun|knife|weapon) (?:to|into)|tak(?:e|ing) (?:a gun|my dad'?s gun|a knife) (?:to|into)) (?:the |my |our )?(?:(?:old|former|new|ex) )?(?:school|class|college|office|work|church|mosque|synagogue|mall|party|place|(?:year \\d+ |sixth form |science |maths |english |main |new |old )?block|canteen|assembly|campus|staff ?room|workplace|factory|warehouse)\\b|\\bmake (?:them|everyone|all of them) pay\\b(?=.{0,60}\\b(?:gun|knife|blood|kill|weapon)\\b)|\\b(?:carry|carrying|started carrying|bring|bringing|take|taking) (?:(?:a|my|the|his|her|[a-z]+'s) ){0,2}${WEAPON} (?:to|into|in(?:to)? my bag (?:to|for)) (?:school|work|class|college|uni|the office)\\b|\\b(?:take|taking|bring|bringing) (?:it|them) (?:to|into) (?:school|work|class|college|uni)\\b(?<=\\b(?:gun|guns|rifle|pistol|knife|weapon)\\b.{0,80})|\\b(?:waiting|waited|sat|sitting|parked|hiding|hid) (?:outside|for|near|by|at|round|in the car|across from) [^.!?\\n]{0,40}?\\bwith (?:a|my|the|his|her) ${WEAPON}\\b|\\b(?:holding|got|have|grabbed|picked up) (?:a|the|my) ${WEAPON}\\b(?=[^\\n]{0,100}\\b(?:won'?t stop|keeps?|yelling|screaming|shouting|angry at|at (?:him|her|them)|provok\\w*)\\b)(?=[^\\n]{0,160}\\b(?:going to|gonna|about to|'ll) use it\\b)|\\b(?:put|putting|slipped|slip|mixed|mixing) (?:something|poison|bleach|pills|rat poison|antifreeze|[a-z]+ pills|crushed [a-z]+) in(?:to)? (?:his|her|their|my ${person}'s|the|[a-z]+'s) (?:food|drink|tea|coffee|dinner|meal|water|bottle|cup|lunch|juice|milk|wine|beer|pint|soup)\\b|\\b(?:picked up|got|bought|collected|borrowed|grabbed) (?:a|the|my) (?:gun|pistol|rifle|shotgun|piece|strap|glock)\\b(?=[^\\n]{0,120}\\b(?:loaded\\b(?! (?:the|up|my|into))|wait (?:for|till|until) (?:him|her|them) to))|\\b(?:he|she|they)(?:'ll| will)? (?:won'?t|will not|never) see (?:it|me) coming\\b(?<=\\b(?:loaded|gun|guns|knife|blade|pieces?|strap|ammo|bullets)\\b[^\\n]{0,120})|\\bgot everything i need (?:in my bag|ready|with me)\\b(?<=\\b(?:tomorrow|tonight|meeting|gets what'?s coming|pay)\\b.{0,120})`,
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
      `\\b(?:follow(?:ing|ed)?|watch(?:ing|ed)|track(?:ing|ed)) (?:him|her|them|my ${person}) (?:home|to work|to school|every (?:day|night|morning|evening))\\b(?=[^\\n]{0,120}\\b(?:route|routine|right moment|alone|crowbar|knife|gun|bat|hammer|weapon|petrol)\\b)|\\b(?:written|wrote|noted|got|taken) down (?:his|her|their) (?:car reg|reg|registration|number plate|address|route|routine)\\b|\\b(?:learn|learnt|learned|memori[sz]ed|worked out) (?:his|her|their) (?:route|routine|schedule|movements)\\b|\\bi know (?:which (?:house|car|flat|door|one) is (?:his|hers|theirs|(?:his|her|their|my ex'?s) (?:[a-z]+ ){0,2}?[a-z]+'s (?:house|flat|car|place|door))|where (?:he|she|they) (?:parks?|lives?|sleeps?))\\b(?=[^\\n]{0,80}\\b(?:petrol|knife|gun|bat|crowbar|weapon|right moment|pay|tonight)\\b|(?<=\\b(?:petrol|knife|gun|bat|crowbar|weapon)\\b.{0,80}))|\\b(?:just )?(?:need|waiting for|wait for) the right (?:moment|time|opportunity)\\b(?<=\\b(?:his|her|their|him|them)\\b.{0,120})`,
      'u',
    ),
  },
  {
    id: 'harm_to_others.lost-control',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:almost|nearly|came (?:this |so |really |very |pretty |dangerously )?close to|about to|could have|could've) (?:${HARM}(?:ed|ing)?|hit|hurt|shook|shaken|shaking|hitting|hurting|smacking|slapping) (?:${VICTIM})\\b(?<!\\bwhen (?:my (?:son|daughter|kids?|child|children|baby|boy|girl)|he|she|they) (?:was|were) (?:a baby|babies|a toddler|toddlers|little|small|younger|tiny|newborns?)\\b[^\\n]{0,80})|\\b(?:almost|nearly|came close to) (?:broke|break|breaking|snapped) (?:my ${person}'s|his|her|their) ${BODY}\\b|\\b(?:i )?(?:hit|hurt|shook|choked|pushed|slapped|kicked|punched|smacked) (?:${CHILD}|my (?:dog|cat))\\b|\\bi(?:'ve| have|ve)? (?:shoved|pushed|thrown|threw|slammed|pinned) (?:my ${person}|him|her) (?:into|against|onto|down|across|to the)\\b(?<=\\b(?:lose it|lost it|lose my temper|lost my temper|snap|snapped|rage|angry|temper)\\b.{0,80})|\\bi (?:hit|punched|slapped|shoved|pushed|choked|strangled|kicked|hurt|beat) (?:my ${person}|him|her)\\b(?! (?:away|off)\\b)(?=[^.!?\\n]{0,60}\\b(?:again|scared|afraid|worried|can'?t control|lost (?:it|control|my temper))\\b)|\\b(?:about to|going to|gonna|want to|might|could|scared i'?ll|afraid i'?ll|urge to) (?:shake|throw|drop|smother|suffocate) (?:her|him|the baby|my baby|it)\\b(?=[^\\n]{0,80}\\b(?:baby|crying|newborn|scream\\w*|stop me)\\b|(?<=\\b(?:baby|newborn|crying|toddler)\\b.{0,80}))`,
      'u',
    ),
  },
  {
    id: 'harm_to_others.marks-left',
    category: 'harm_to_others',
    level: 'high',
    // Bruises or marks the speaker has left on a child or a partner: harm already done to someone
    // in their care, which safeguarding treats as current risk.
    // @see NICE guideline NG76, Child abuse and neglect (2017): bruising in a child, injury by a carer.
    // @see Borum R, et al. Behav Sci Law 1999;17(3):323–37 (past violence predicts violence).
    pattern:
      /\bi(?:'ve| have)? (?:left|leave|gave (?:him|her|them)) (?:a )?(?:bruises?|marks?|welts?|a black eye|fingermarks|finger marks)\b(?<=\b(?:son|daughter|kids?|child|children|baby|boy|girl|toddler|partner|wife|husband|girlfriend|boyfriend|him|her|them)\b[^.!?\n]{0,80})(?![^.!?\n]{0,30}\b(?:on my (?:arm|leg|skin|self)|playing|rugby|football|wrestling|boxing|sparring)\b)|\bi (?:grabbed|gripped|squeezed|held|hit|smacked|slapped|shook|pinched|shoved|pushed|yanked) (?:him|her|them|my (?:son|daughter|kids?|child|children|baby|boy|girl|toddler|partner|wife|husband|girlfriend|boyfriend))\b[^.!?\n]{0,40}\band (?:i )?left (?:a )?(?:bruises?|marks?|welts?|fingermarks|finger marks)\b/u,
  },
  {
    id: 'harm_to_others.revenge-wish',
    category: 'harm_to_others',
    level: 'moderate',
    // Wanting others to suffer: a grievance turned into a wish for harm, the first step on the
    // pathway to violence; it is asked about, not yet a threat.
    // @see Borum R, et al. Behav Sci Law 1999;17(3):323–37 (grievance and violent ideation).
    pattern:
      /\b(?:want|wanted|wish|need) (?:them|him|her|everyone|every one of them|the (?:lot|whole lot) of them) (?:all )?to suffer(?: (?:like|the way|as) i (?:did|do|have))?\b/u,
  },
  {
    id: 'harm_to_others.assault-done',
    category: 'harm_to_others',
    level: 'high',
    // Violence the speaker has just used, told with what makes it a risk of more: no remorse,
    // fear of doing worse, a grip hard enough to mark, a weapon taken out of the car, being pulled
    // off. Violence in the recent past is the strongest predictor of violence to come.
    // @see Borum R, Fein R, Vossekuil B, Berglund J. Threat assessment: defining an approach for
    //   evaluating risk of targeted violence. Behav Sci Law 1999;17(3):323–37 (pathway: grievance,
    //   ideation, planning, preparation, and attack-related behaviour).
    // @see Douglas KS, Hart SD, Webster CD, Belfrage H. HCR-20 V3 (2013): recent violence, lack of
    //   insight, violent ideation or intent.
    pattern: new RegExp(
      [
        `\\bi (?:grabbed|squeezed|gripped|twisted|yanked|shoved|pushed|hit|slapped|smacked|punched|kicked|pinched|shook) (?:${VICTIM}|${CHILD})(?:'s)?(?: (?:arms?|wrists?|neck|throat|face|hair|shoulders?|legs?|head))?(?: by (?:the|his|her|their) (?:arms?|wrists?|neck|throat|hair|shoulders?))? (?:so hard|hard enough|that hard)\\b[^.!?\\n]{0,30}?\\b(?:mark|marks|marked|bruise|bruises|bruised|handprint|bleed|bled)\\b`,
        `\\bi (?:[a-z]+ (?:him|her|them) and )?(?:pinned|grabbed|slammed|pushed|shoved|threw|held) (?:my ${person}|him|her|them|a (?:guy|man|bloke|woman|lad|girl|stranger)|this (?:guy|man|bloke|woman|lad|girl)|some (?:guy|man|bloke|woman|lad|girl)) (?:up )?(?:against|into|onto|to|through) (?:the |a )?(?:wall|door|floor|ground|car|window|table|fridge|counter)\\b(?=[^\\n]{0,160}\\b(?:not sorry|no regrets?|don'?t regret|scared of (?:me|myself)|frightened of (?:me|myself)|scares me|worries me|frightens me|terrifies me|(?:scared|afraid|frightened|worried|terrified) (?:that )?i(?:'ll| will| might| could|'d)|security|pulled me off|dragged me off|by (?:his|her|their|the) (?:throat|neck))\\b)`,
        `\\bi (?:hit|punched|slapped|smacked|headbutted|kicked|stabbed|glassed|bottled|choked|strangled|beat up|battered|attacked|throttled) (?:my ${person}|him|her|them|a (?:guy|man|bloke|woman|lad|girl|stranger)|this (?:guy|man|bloke|woman|lad|girl)|some (?:guy|man|bloke|woman|lad|girl)|someone)\\b(?=[^\\n]{0,160}\\b(?:(?:i'?m|i am) not sorry|no regrets|i don'?t regret|(?:i'?m|i am) (?:scared|afraid|frightened|terrified) (?:of (?:myself|me)|i'?ll|i will|i might|of what i)|(?:scares|worries|frightens|terrifies) me|i'?d do it again|i would do it again|(?:want|wanted) to do it again)\\b)`,
        `\\bi (?:got|had|get|have|lost it with) (?:a bit of |really bad |bad |serious )?road rage\\b[^\\n]{0,100}?\\b(?:chased|followed|smashed|punched|got out|rammed|kicked|ran (?:him|her|them) off)\\b(?! me\\b)`,
        `\\bgot out (?:of (?:the|my) (?:car|van|truck) )?with (?:the|a|my) (?:tyre iron|tire iron|wheel brace|bat|baseball bat|crowbar|hammer|knife|steering lock|wrench|spanner|golf club|machete|axe)\\b(?=[^\\n]{0,120}\\b(?:drove (?:off|away)|sped off|would have used it|i'?d have used it|ran off)\\b|(?<=\\b(?:chased|followed|cut me off|road rage|tailgat\\w*)\\b[^\\n]{0,160}))`,
        `\\bi(?:'d| would)(?: have|'ve)? (?:used it|kept going|killed (?:him|her|them)|done (?:him|her|them) (?:in|serious damage)|really hurt (?:him|her|them))\\b(?<=\\b(?:tyre iron|tire iron|crowbar|baseball bat|hammer|knife|machete|with my fists?|punched (?:him|her|them)|chased (?:him|her|them|a)|slammed (?:him|her)|road rage|smashed (?:his|her|their) (?:wing mirror|window|windscreen|face|head))\\b[^\\n]{0,200})`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'harm_to_others.ideation',
    category: 'harm_to_others',
    level: 'high',
    // Violent ideation moving along the pathway: fantasies of attacking a workplace or school,
    // a weapon imagined being brought in, a list of names, plans written down, a vow to follow
    // someone and "teach them a lesson", a weapon waiting where the target will be, arson.
    // @see Borum et al. 1999 (above); Meloy JR, et al. Behav Sci Law 2012;30(3):256–79 (leakage,
    //   fixation, identification, pathway warning behaviours).
    pattern: new RegExp(
      [
        `\\b(?:fantasi[sz]\\w*|daydream\\w*|dream(?:ing)? about|imagin(?:e|ing)|picture|picturing|think(?:ing)? about|thought about|obsess\\w* (?:over|about)) (?:about )?(?:shooting up|blowing up|bombing|gunning down|taking out|massacring|mowing down|killing (?:everyone|all of them|them all)|stabbing (?:everyone|people)) (?:my |the |our |that |everyone (?:at|in) (?:my |the )?)?(?:old |former |ex-?|entire |whole |new )?(?:office|school|workplace|work|class|college|uni|team|department|colleagues|coworkers|co-workers|classmates|year group|staff|church|mosque|synagogue|everyone|all of them|them all)\\b(?! (?:for|to|on) (?:a |the )?(?:lunch|dinner|drinks|a drink|a meal|a curry|breakfast|coffee|bowling|the pub))`,
        `\\b(?:fantasi[sz]\\w*|daydream\\w*|dream(?:ing)? about|imagin(?:e|ing)|think(?:ing)? about) (?:about )?(?:bringing|taking|carrying|sneaking) (?:(?:a|my|the|his|her|[a-z]+'s) ){1,2}(?:gun|knife|machete|axe|rifle|shotgun|pistol|bat|hammer|weapon|bomb) (?:in|into|to)\\b`,
        `\\b(?:made|making|make|writing|wrote|written|got|have|keep|keeping|drew up|drawn up) (?:a |my |the )?(?:list|hit ?list|kill ?list) of (?:names|people|targets|who)\\b(?<=\\b(?:kill\\w*|shoot\\w*|hurt\\w*|stab\\w*|taking out|take out|revenge|weapon|gun|knife|fantasi\\w*)\\b[^\\n]{0,150})`,
        `\\b(?:writing|wrote|written|planning|planned|mapped|mapping|worked) (?:it|everything|it all) (?:all )?(?:down|out) in detail\\b(?<=\\b(?:kill|hurt|shoot|stab|attack)\\w* (?:them|him|her|everyone|you)\\b[^\\n]{0,150})`,
        `\\b(?:follow|followed|following|wait for|waiting for|catch|corner) (?:him|her|them|my ${person}|that [a-z]+) (?:home|outside|after (?:work|school|the pub|his shift|her shift|class)|in the car park)\\b[^.!?\\n]{0,40}?\\b(?:and|to) "?(?:teach (?:him|her|them) a lesson|finish (?:it|this|him|her|them)|end (?:it|this|him|her|them)|sort (?:him|her|them) out|make (?:him|her|them) pay|deal with (?:him|her|them)|hurt (?:him|her|them)|do (?:him|her|them) in)\\b`,
        `\\b(?:tryna|finna|bout to|about to|gonna|going to|i'?ll|i will|want to|wanna) (?:[a-z]+ ){0,2}?(?:pop|smoke|wet|shank|slide on|spin on|pull up on|run up on) (?:him|her|them|this (?:dude|guy|man|lad|kid|opp)|that (?:dude|guy|man|lad|kid|opp)|my ex'?s (?:new )?(?:man|boyfriend|girl|girlfriend)|[a-z]+'s (?:new )?(?:man|boyfriend))\\b(?=[^\\n]{0,160}\\b(?:strap|blick|glock|9|nine|burner|piece|pole|draco|chopper|shank|knife|on the floor|dirty|for what (?:he|she|they) did|right time)\\b)`,
        `\\bwait (?:till|until|til|'?til) i (?:bring|get|show up with|turn up with) (?:the|my|a) (?:bits|strap|piece|gun|knife|blade|shank|ting|heat|machete)\\b(?=[^\\n]{0,60}\\b(?:learn|see|sorry|laughing|jokes?|pay)\\b|(?<=\\b(?:jokes?|laugh\\w*|bully\\w*|pick\\w* on me)\\b[^\\n]{0,80}))`,
        `\\bi'?m (?:going to|gonna) be (?:there|waiting|outside)\\b[^.!?\\n]{0,30}?\\bwith (?:the|a|my|some) (?:acid|knife|gun|bat|hammer|petrol|crowbar|machete|axe|blade)\\b`,
        `\\bi'?m (?:bringing|taking|carrying) (?:the|a|my) ${WEAPON}\\b(?<=\\b(?:no ?one'?s|nobody'?s|no ?one is|nobody is|no ?one will be|nobody will be|no witnesses|he walks|she walks|he'?s alone|she'?s alone|on his own|on her own)\\b[^\\n]{0,150})`,
        `\\b(?:i(?:'m| am)? ?(?:going to|gonna)|i(?:'ll| will)|i want to|i wanna|i'?m about to|planning to|plan to) (?:[a-z]+ ){0,2}?(?:set fire to|burn down|torch|firebomb|petrol bomb) (?:the|his|her|their|that|my (?:old |ex-?)?[a-z]+'s) (?:[a-z]+ )?(?:house|flat|car|restaurant|office|shop|school|place|building|home|pub|bar|garage|van)\\b`,
        `\\b(?:how (?:they|he|she|killers|murderers|people) (?:got|get) caught|not (?:to )?get caught)\\b[^.!?\\n]{0,40}?\\bso (?:that )?i (?:don'?t|won'?t|do not|will not) (?:make the same mistakes?|get caught)\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'harm_to_others.urge-held-back',
    category: 'harm_to_others',
    level: 'moderate',
    // Feared harm the speaker is holding back or cannot shake: leaving the room so as not to grab
    // a child, wanting to hit and not doing it, intrusive "what if I…" images, imagined blows,
    // looking for ideas. Intrusive thoughts of harm are moderate by the labels' convention.
    // @see Brok EC, et al. Infant-related intrusive thoughts of harm in the postpartum period: a
    //   critical review. J Clin Psychiatry 2017 (doi:10.4088/JCP.16r11083).
    // @see Lawrence PJ, et al. Intrusive thoughts and images of intentional harm to infants.
    //   Br J Gen Pract 2017;67(661):376–7 (shaking, throwing, smothering).
    pattern: new RegExp(
      [
        `\\bso (?:that )?i (?:don'?t|do not|won'?t|wouldn'?t|can'?t) (?:grab|hit|hurt|shake|slap|smack|strangle|throttle|lash out at|lay a (?:hand|finger) on|kill|punch|throw something at) (?:him|her|them|my [a-z]+|the baby)\\b(?! (?:feelings|with))(?<=\\b(?:lock myself|leave the room|walk away|walk out|leave the house|step outside|go outside|into the garden|put (?:her|him) down|hand (?:her|him) to|angry|rage|furious|lose it|losing it|snap|screaming|screams|crying)\\b[^\\n]{0,100})`,
        `\\bi (?:didn'?t|did not) (?:hit|hurt|slap|smack|shake|punch) (?:him|her|them)\\b[^a-z]{0,4}(?:but|and) i (?:really )?wanted to\\b`,
        `\\bi (?:didn'?t|did not) touch (?:him|her|them)\\b[^a-z]{0,4}(?:but|and) i (?:really )?wanted to\\b(?<=\\b(?:screamed|shouted|yelled|rage|angry|furious)\\b[^\\n]{0,120})`,
        `\\bwhat if i (?:just )?(?:grabbed the wheel and |swerved and )?(?:drove|drive|swerved|swerve|crashed|crash|steered|steer|ploughed|plowed) (?:the car )?into (?:the )?(?:people|pedestrians|crowd|cyclists|kids|children|them|someone|a crowd)\\b`,
        `\\bwhat if i (?:just )?(?:stabbed|stab|strangled|strangle|smothered|smother|drowned|drown|poisoned|poison|killed|kill) (?:him|her|them|someone|somebody|my [a-z]+|the baby|a stranger|a child|a kid|people)\\b`,
        `\\bi (?:keep )?(?:imagine|imagining|picture|picturing) (?:myself )?(?:smashing|hitting|stabbing|strangling|choking|bashing|punching|slitting|beating|shooting|kicking|drowning|smothering) (?:[a-z']+ ){0,4}?(?:(?:over|into|in|on|across) )?(?:his|her|their|him|them)\\b`,
        `\\b(?:normal|okay|ok|bad|wrong|weird) (?:to|that i) (?:want|wanted|feel like|have (?:the )?urges?) (?:to )?(?:hurt|hit|shake|smack|slap|strangle|throttle) (?:your|my|their|a) (?:kid|child|baby|toddler|son|daughter|newborn)s?\\b`,
        `\\bideas (?:for|of|about|on) (?:what|how) (?:i'?d|i would|i could|i'?ll|to) (?:do to|hurt|kill|get rid of|get back at) (?:him|her|them|my ${person})\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'harm_to_others.harm-imagery',
    category: 'harm_to_others',
    level: 'moderate',
    // Pictures, fantasies and thoughts of hurting a particular person, or of pushing a stranger
    // under a train or steering into cyclists: unwanted or not, they are asked about and
    // safety-planned, and the feared, intrusive kind is moderate by the labels' convention.
    // @see NICE guideline CG31, Obsessive-compulsive disorder (2005): intrusive thoughts of harm.
    // @see NICE guideline CG192, Antenatal and postnatal mental health (2014, updated 2020):
    //   intrusive thoughts of harming the baby are asked about, not dismissed.
    // @see Meloy JR, et al. Behav Sci Law 2012;30(3):256–79 (violent fantasy as leakage).
    pattern: new RegExp(
      [
        `\\b${IMAGERY}${SPEAKER_BEFORE} (?:about |of )?(?:myself )?(?:(?:just|actually|really|seriously) )?(?:${ACTING} ${TARGET}(?! (?:feelings|chances|career|pride|ego|reputation|a (?:text|message|look|smile|glance|email|photo|pic)|(?:an? )?(?:text|message|email|dm)|(?:at|in) (?:chess|cards|poker|fifa|golf|tennis|pool|darts|scrabble|monopoly|squash|badminton|football|a race|the race|arm wrestling|mario kart|the final|a game|the game))\\b)|${PILLOW})`,
        `\\b${IMAGERY}${SPEAKER_BEFORE} (?:about |of )?(?:myself )?(?:(?:putting|wrapping|getting|having|with) )?my hands (?:round|around|on) ${POSS} (?:throat|neck)\\b`,
        `\\b(?:${IMAGERY}|urges? to|impulses? to) (?:me )?(?:push(?:ing)?|shov(?:e|ing)|throw(?:ing)?) (?:someone|somebody|people|a stranger|a child|a kid|him|her) (?:onto|on to|under|in front of) (?:the )?(?:tracks|train|tube|bus|traffic|a train|a bus|a car|a lorry)\\b`,
        `\\b(?:${IMAGERY}|urges? to|impulses? to) (?:me )?(?:swerv(?:e|ing)|steer(?:ing)?|driv(?:e|ing)|plough(?:ing)?|plow(?:ing)?) (?:the car |my car )?into (?:the )?(?:cyclists|pedestrians|people|a crowd|crowds|kids|children|a cyclist|someone|the crowd)\\b`,
        `\\b(?:urges?|impulses?) to (?:${ACT}|shake|slap|smack|grab) ${TARGET}(?! (?:feelings|chances)\\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'harm_to_others.harm-wish',
    category: 'harm_to_others',
    level: 'high',
    // Wanting, or swearing, to do serious violence to a person, in the forms the intent rule
    // leaves out: "wanting to", going round to someone first ("go round there and smash his face
    // in"), and acts that name the injury ("put him in hospital", "put her head through the wall").
    // Stated intent to injure a named person is the core of a threat assessment.
    // @see Borum R, Fein R, Vossekuil B, Berglund J. Behav Sci Law 1999;17(3):323–37 (ideas and
    //   intent to attack a specific target).
    pattern: new RegExp(
      [
        `\\b${INTENT}(?: to)? (?:[a-z']+ ){0,2}?${GRAVE_ACT}\\b`,
        `\\b(?:wanting|want|wanted|wanna|going|gonna|need|i'?ll|i will|i swear i'?ll) (?:to )?(?:go|come|head|get|drive|walk|find|track down|catch)(?: (?:round|over|back|down|up))?(?: (?:there|his|hers|theirs|to (?:his|her|their) (?:house|flat|place)|${TARGET}))? and (?:${ACT} ${TARGET}|${GRAVE_ACT})(?! (?:feelings|at)\\b)`,
        `\\b(?:wanting|(?:stop|quit) wanting) to (?:${ACT}) ${TARGET}`,
        `(?:^|[.!?\\n] ?)(?:really |just |honestly |seriously )?(?:want|wanna|need) to (?:hurt|kill|stab|attack|hit|punch|beat up|shoot) (?:someone|somebody|anyone|people|everyone)\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'harm_to_others.threat-made',
    category: 'harm_to_others',
    level: 'high',
    // A threat the speaker has already made to the person ("I told my ex I'd throw acid in her
    // face", "I sent him a message saying I know where he lives"), or one that names a lasting
    // injury. A communicated threat is a warning behaviour in itself.
    // @see Meloy JR, et al. Behav Sci Law 2012;30(3):256–79 (direct communication of a threat).
    pattern: new RegExp(
      [
        `\\b(?:told|tell|telling|said to|warned|threatened|texted|messaged|screamed at|shouted at|yelled at) (?:[a-z']+ ){1,6}?(?:that )?(?:i'?d|i would|i'?ll|i will|i'?m going to|i'?m gonna) (?:[a-z']+ ){0,2}?(?:${ACT} ${TARGET}|${GRAVE_ACT}|slash ${POSS} (?:tyres|tires)[^.!?\\n]{0,12}\\bface)\\b`,
        `\\b(?:i'?ll|i will|i'?m going to|i'?m gonna) make sure (?:no ?one|nobody|no man|no guy|no woman) (?:will )?ever (?:looks?|look|wants?|touches?|fancies|fancy) (?:at )?(?:her|him|them) again\\b`,
        `\\bi know where (?:he|she|they|you) (?:lives?|sleeps?|works?)\\b[^.!?\\n]{0,40}?\\b(?:regret|pay|sorry|coming for|watch (?:his|her|their|your) back|see what happens)\\b`,
        `\\b(?:grab|get|catch|find|corner) (?:him|her|them) and make (?:him|her|them) (?:regret|pay|sorry)\\b`,
        `\\b(?:a )?list of (?:people|names|everyone|kids|students|teachers|staff) (?:at|in|from) (?:school|work|class|college|uni|the office|my year)\\b[^.!?\\n]{0,40}?\\b(?:regret|pay|sorry|deserve it|wronged me)\\b`,
        `\\b(?:i'?m going to|i'?m gonna|i'?ll|i will) (?:smash|break|burn|torch|kick|put (?:a brick|bricks) through) [^.!?\\n]{0,40}? and (?:if (?:he|she|they) [a-z]+ (?:out|outside) )?(?:he|she|they) (?:gets?|get|'ll get|will get) it (?:too|as well)\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'harm_to_others.assault-fear',
    category: 'harm_to_others',
    level: 'high',
    // Violence the speaker has used on a person (a blow, a shove, a grip, something thrown)
    // told with fear of doing it again or worse, or anger not yet gone. Recent violence with
    // poor control is the strongest single predictor of more.
    // @see Douglas KS, Hart SD, Webster CD, Belfrage H. HCR-20 V3 (2013): recent violence,
    //   instability, violent ideation.
    // @see Borum R, et al. Behav Sci Law 1999;17(3):323–37 (past violence predicts violence).
    pattern: new RegExp(
      `\\b(?:i(?:'ve| have)? |and |then |(?:lost my temper|lost it|snapped|lost control)[^.!?\\n]{0,50}? and )(?:${STRUCK} ${TARGET}(?! (?:away|off|back)\\b(?! (?:into|against)))|(?:grabbed|squeezed|twisted|gripped|yanked) ${POSS} (?:arms?|wrists?|neck|throat|hair)|(?:threw|thrown|hurled|chucked) (?:a|my|the|his|her) [a-z]+ (?:at ${TARGET}|across the room)|held ${POSS} (?:face|head) (?:in|into|under|against) (?:the |a )?[a-z]+)\\b(?:(?=[^\\n]{0,200}\\b${FEAR_OF_SELF}\\b)|(?<=\\b${FEAR_OF_SELF}\\b[^\\n]{0,200}))`,
      'u',
    ),
  },
  {
    id: 'harm_to_others.strangling',
    category: 'harm_to_others',
    level: 'high',
    // Hands on a throat, a pillow held down, a knife held to the neck, or an attempt to
    // strangle: non-fatal strangulation by a partner is among the strongest markers of later
    // homicide, and is treated as high risk however it ended.
    // @see Glass N, et al. Non-fatal strangulation is an important risk factor for homicide of
    //   women. J Emerg Med 2008;35(3):329–35.
    pattern: new RegExp(
      [
        `\\b(?:put|had|got|wrapped|placed) my hands? (?:round|around|on) ${POSS} throat\\b`,
        `\\bmy hands? (?:were|was) (?:actually |already )?(?:round|around|on) (?:his|her|their|${POSS}) throat\\b`,
        `\\bi (?:tried|try|was trying) to (?:strangle|choke|smother|suffocate|throttle|drown|stab|kill) ${TARGET}`,
        `\\b(?:held|hold|holding|put|pressed) (?:a|the|my) (?:knife|blade|kitchen knife|screwdriver|broken bottle) (?:to|against|at) ${POSS} (?:throat|neck|face|chest)\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'harm_to_others.act-in-progress',
    category: 'harm_to_others',
    level: 'imminent',
    // Harm under way or moments away: the speaker's hands on someone's throat now, a weapon in
    // hand while the person sleeps, a weapon taken up on the way to their door. Risk to
    // others that is happening now is imminent risk.
    // @see 988 Suicide & Crisis Lifeline, Imminent Risk Policy (2022).
    pattern: new RegExp(
      [
        `\\bmy hands? (?:are|is) (?:still )?(?:round|around|on) (?:his|her|their|${POSS}) (?:throat|neck)\\b`,
        `\\b(?:he|she|they|my (?:[a-z-]+ ){0,2}?${WHO})(?:'s| is|'re| are) (?:fast )?(?:asleep|sleeping)\\b[^.!?\\n]{0,30}?(?:[.!?,] ?|\\band )(?:[a-z']+ ){0,3}?(?:i'?m|i am|i)(?: [a-z']+){0,4}? (?:holding|with|have|got|grabbed|picked up) (?:a|the|my) ${WEAPON}\\b`,
        `\\b(?:grabbed|got|taking|picked up|holding) (?:the|a|my) (?:${WEAPON}|something heavy)\\b[^\\n]{0,40}?\\b(?:going|heading|on my way|walking) (?:next door|round|over|to (?:his|her|their))\\b[^.!?\\n]{0,30}?\\b(?:now|right now)\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'harm_to_others.armed-for-someone',
    category: 'harm_to_others',
    level: 'high',
    // Preparation: a weapon kept ready for a particular person, bought on the way to "sort him
    // out", carried round to their home, or a restraint kit bought; standing over someone with
    // something in hand. Acquiring means for a specific target is the preparation stage.
    // @see Borum R, et al. Behav Sci Law 1999;17(3):323–37 (planning and preparation).
    // @see Meloy JR, et al. Behav Sci Law 2012;30(3):256–79 (pathway warning behaviour).
    pattern: new RegExp(
      [
        `\\b(?:have|keep|kept|got|put|hid|hidden|hide|keeping|sleep with) (?:a|the|my) ${WEAPON} (?:[a-z']+ ){0,4}?for (?:when|if) (?:he|she|they|my (?:[a-z-]+ ){0,2}?${WHO})\\b(?=[^\\n]{0,120}\\b(?:ready to use it|(?:going to|gonna|will|'ll) use it|not stopping|won'?t stop|won'?t hesitate)\\b)`,
        `\\b(?:going|gonna|heading|on my way|go|went|walking) (?:round|over|next door|to) (?:[a-z']+ ){0,3}?with (?:something heavy|(?:a|the|my) ${WEAPON})\\b(?=[^\\n]{0,100}\\b(?:snap|sort (?:him|her|them) out|teach|pay|done being|noise|had enough)\\b|(?<=\\b(?:snap|noise|had enough|done being|hurt my|pay)\\b[^\\n]{0,100}))`,
        `\\b(?:bought|got|grabbed|picked up) (?:a|the|my) ${WEAPON}\\b[^.!?\\n]{0,30}?\\b(?:going|gonna|heading) (?:round|over) to (?:his|her|their) [a-z]+ to (?:sort (?:him|her|them) out|teach (?:him|her|them)|deal with (?:him|her|them)|make (?:him|her|them) pay)\\b`,
        `\\b(?:bought|ordered|got|packed|picked up) (?:a |an |some )?(?:stun gun|taser|knife|knives|gun|crossbow|machete|baseball bat|pepper spray)\\b (?:and|plus|,) (?:some |a |a roll of )?(?:cable ties|zip ties|duct tape|gaffer tape|a balaclava|chloroform|handcuffs)\\b`,
        `\\b(?:stood|standing|stand) over (?:him|her|them|my (?:[a-z-]+ ){0,2}?${WHO}) with (?:a|the|my) [a-z]+\\b(?=[^\\n]{0,80}\\b(?:don'?t trust myself|scared|terrified|couldn'?t stop|can'?t stop|wanted to)\\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'harm_to_others.targeted-plan',
    category: 'harm_to_others',
    level: 'high',
    // Working out how to hurt a particular person: planning what to do to them, where to wait
    // for them, following them home, their car's brakes, bringing "something" into school and
    // who would be first, a firearm within reach after a grievance, running them off the road.
    // Research, planning and approach behaviour directed at a target is the pathway to violence.
    // @see Borum R, et al. Behav Sci Law 1999;17(3):323–37 (attack-related behaviours).
    // @see Meloy JR, et al. Behav Sci Law 2012;30(3):256–79 (pathway, fixation, leakage).
    pattern: new RegExp(
      [
        `\\b(?:thinking|thought|think|planning|planned|plan|worked out|working out|figured out|figuring out|decided) (?:about |of )?(?:exactly )?(?:how|what|ways) (?:i'?d|i would|i could|i'?ll|i will|i'?m going to|to) (?:(?:do to|${ACT}) (?:${TARGET}|each (?:one|of them)|every (?:one|single one) of them)|make ${TARGET} (?:suffer|pay|bleed))`,
        `\\b(?:i'?ve|ive|i have) (?:thought|worked|planned) (?:about |out )?exactly how\\b(?<=\\b(?:hurt|kill|stab|attack|beat|punch|poison)\\w*\\b[^\\n]{0,80})`,
        `\\b(?:wait|waiting|waited|hide|hiding|lie in wait|lying in wait)(?: for ${TARGET})? (?:in|at|outside|behind|round|near) (?:the |his |her |their )?(?:staff )?(?:car ?park|parking lot|alley|house|flat|gym|pub|gates|school gates|bus stop)\\b(?<=\\b(?:humiliat\\w*|getting back at|get back at|revenge|pay|wronged|bully\\w*|failed me|sacked me|fired me|hurt\\w*)\\b[^\\n]{0,150})`,
        `\\b(?:started|been|keep|kept) (?:following|tailing) (?:him|her|them|my (?:[a-z-]+ ){0,2}?${WHO}(?:'s (?:new )?[a-z]+)?) (?:home|on (?:my|her|his|their) way home|from work|to (?:work|school|her car|his car))\\b(?![^.!?\\n]{0,30}\\b(?:to make sure|safe|safely|to check|to look after|to protect)\\b)`,
        `\\b(?:cut|cutting|tamper(?:ed|ing)? with|sabotag(?:e|ed|ing)|thought about|thinking about|looked up how to cut) ${POSS} (?:car'?s? |bike'?s? )?brakes?\\b`,
        `\\b(?:bringing|bring|take|taking|sneaking|carrying) something (?:in)?to (?:school|work|class|college|the office)\\b(?=[^\\n]{0,120}\\b(?:make (?:them|everyone)|making (?:them|everyone)|who i'?d start with|pay|sorry|feel what i feel)\\b)`,
        `\\bi know where (?:my [a-z-]+|he|she|they) keeps? (?:his|her|their|the) (?:gun|guns|rifle|shotgun|pistol|ammo)\\b(?<=\\b(?:list of|regret|pay|sorry|them all|deserve)\\b[^\\n]{0,150})`,
        `\\bi (?:ran|rammed|forced|drove|pushed|shunted) ${OFF_ROAD} (?:on purpose|deliberately|intentionally)\\b`,
        `\\b(?:i [^.!?\\n]{0,60}?)?(?:thinking about|thought about|want(?:ed)? to|going to|gonna|tempted to|i'?ll|urges? to) (?:ram|ramming|run|running|force|forcing|drive|driving|push|pushing|shunt|shunting) ${OFF_ROAD}`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'harm_to_others.fear-of-acting',
    category: 'harm_to_others',
    level: 'moderate',
    // Fear of snapping and hurting a particular person ("terrified I'm going to snap and hurt
    // one of the children in my class", "scared next time I'll grab her"), and urges toward an
    // infant the speaker has to walk away from. Feared harm is asked about and planned for.
    // @see NICE guideline CG192 (2014, updated 2020): thoughts of harming the baby.
    // @see Lawrence PJ, et al. Br J Gen Pract 2017;67(661):376–7 (intrusive harm to infants).
    pattern: new RegExp(
      [
        `\\b(?:scared|afraid|terrified|frightened|worried|petrified)(?: that)?(?: (?:one day|next time|someday|eventually))? (?:i'?m going to|i'?m gonna|i'?ll|i will|i might|i could|you'?ll|i'?d)(?: (?:snap|lose it|lose control|lash out|flip)(?: one day)? and)? (?:really |actually )?(?:hurt|hit|harm|grab|shake|kill|attack|smack|slap|strangle|throttle|punch|push|shove) ${TARGET}(?! (?:feelings|chances|away|by accident|accidentally|with (?:the|my) (?:car|bike|van|ball|door|bag|trolley|pram)|(?:when|while) (?:i'?m )?(?:driving|reversing|parking|bathing|changing|carrying|feeding|holding|cutting|asleep))\\b)(?=[^\\n]{0,160}\\b(?:snap|temper|angry|anger|rage|furious|exhausted|crying|screaming|scream|class|carer|dementia|touch|next time|again|hands|fists|tracks|train|platform)\\b|(?<=\\b(?:snap|lose it|lose control|lash out|temper|angry|anger|rage|furious|exhausted|crying|screaming|scream|carer|dementia|shouted|next time)\\b[^\\n]{0,160}))`,
        `\\b(?:want|wanted|wanting|wanna|urges? to|feel like i (?:could|might|want to)|about to|going to|gonna) (?:to )?(?:throttle|strangle|shake|smother|suffocate|throw|slap|smack|hit) (?:the baby|my baby|my newborn|my toddler|the toddler)\\b(?=[^\\n]{0,120}\\b(?:walk(?:ed)? out|leave the room|left the room|put (?:him|her) down|scared|terrified|afraid|won'?t stop|screaming|crying)\\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'harm_to_others.animal-then-person',
    category: 'harm_to_others',
    level: 'high',
    // Cruelty planned toward an animal, above all a neighbour's pet in a dispute, and harm to
    // the animal named as a step toward its owner. Animal cruelty is a recognised marker of
    // risk of violence to people.
    // @see Ascione FR. Animal abuse and youth violence. OJJDP Juvenile Justice Bulletin (2001).
    // @see Arluke A, et al. J Interpers Violence 1999;14(9):963–75 (animal abuse and violence).
    pattern: new RegExp(
      [
        `\\b(?:poison|kill|hurt|stab|shoot|drown)(?:ing)? (?:it|the (?:dog|cat)|(?:his|her|their|the neighbou?rs?'?|next door'?s) (?:dog|cat|pets?)) (?:and (?:then )?|then )(?:him|her|them|the owner|the owners|my neighbou?r)\\b`,
        `\\b(?:i'?m going to|i'?m gonna|i'?ll|i will|want to|going to|gonna) poison (?:it|the (?:dog|cat)|(?:his|her|their|next door'?s) (?:dog|cat))\\b(?<=\\b(?:dog|cat|puppy)\\b[^\\n]{0,100})(?=[^\\n]{0,80}\\b(?:bought|got the stuff|already (?:got|have|bought)|ordered)\\b)`,
      ].join('|'),
      'u',
    ),
  },
];
