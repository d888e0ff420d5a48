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
      `\\b(?:almost|nearly|came (?:this |so |really |very |pretty |dangerously )?close to|about to|could have|could've) (?:${HARM}(?:ed|ing)?|hit|hurt|shook|shaken|shaking|hitting|hurting|smacking|slapping) (?:${VICTIM})\\b(?<!\\bwhen (?:my (?:son|daughter|kids?|child|children|baby|boy|girl)|he|she|they) (?:was|were) (?:a baby|babies|a toddler|toddlers|little|small|younger|tiny|newborns?)\\b[^\\n]{0,80})|\\b(?:almost|nearly|came close to) (?:broke|break|breaking|snapped) (?:my ${person}'s|his|her|their) ${BODY}\\b|\\b(?:i )?(?:hit|hurt|shook|choked|pushed|slapped|kicked|punched|smacked) (?:${CHILD}|my (?:dog|cat))\\b|\\bi(?:'ve| have|ve)? (?:shoved|pushed|thrown|threw|slammed|pinned) (?:my ${person}|him|her) (?:into|against|onto|down|across|to the)\\b(?<=\\b(?:lose it|lost it|lose my temper|lost my temper|snap|snapped|rage|angry|temper)\\b.{0,80})|\\bi (?:hit|punched|slapped|shoved|pushed|choked|strangled|kicked|hurt|beat) (?:my ${person}|him|her)\\b(?=[^.!?\\n]{0,60}\\b(?:again|scared|afraid|worried|can'?t control|lost (?:it|control|my temper))\\b)|\\b(?:about to|going to|gonna|want to|might|could|scared i'?ll|afraid i'?ll|urge to) (?:shake|throw|drop|smother|suffocate) (?:her|him|the baby|my baby|it)\\b(?=[^\\n]{0,80}\\b(?:baby|crying|newborn|scream\\w*|stop me)\\b|(?<=\\b(?:baby|newborn|crying|toddler)\\b.{0,80}))`,
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
];
