import { F, type RiskRule } from './risk-rule.ts';

const { person } = F;
const VICTIM = `(?:him|her|them|you|someone|somebody|anyone|people|everyone|everybody|the baby|my ${person}|his ${person}|her ${person}|(?:that|this|the|those) (?:guy|man|woman|girl|boy|kid|bully|bitch|bastard|prick|teacher|lad|dude|idiot|guys|kids|boys|girls|people|students|class|school|office)s?)`;
const HARM =
  '(?:kill|murder|stab|shoot|strangle|choke|smother|beat|batter|hurt|harm|attack|punch|hit|shake|poison|run over|burn|bash|slash)';
const WEAPON = '(?:knife|knives|gun|pistol|rifle|shotgun|blade|machete|bat|hammer|crowbar|weapon)';
const BODY = '(?:neck|legs?|arms?|jaw|nose|face|skull|ribs?|fingers?|wrists?)';
const INTENT = `(?:i (?:really |actually |seriously |honestly |just )?(?:want|wanna|need|am going|'m going|m going|am gonna|'m gonna|m gonna|will|'ll|ll|plan|intend|swear i'?ll|could(?! care)|might|feel like i (?:could|might|will))|i'?m (?:going to|gonna|about to)|going to|gonna|urges? to|thoughts? (?:of|about)|thinking (?:of|about)|fantasi[sz](?:e|ing) about|(?:scared|afraid|worried|worry|terrified|frightened|fear) (?:that )?(?:one day )?i(?:'ll| will| might| could)(?: really| actually)?|can'?t stop (?:thinking about|imagining))`;

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
      `\\b${INTENT}(?: to)? (?:[a-z']+ ){0,2}?(?:${HARM}(?:ing)? ${VICTIM}|break(?:ing)? (?:his|her|their|your|that [a-z]+'s) ${BODY})\\b|\\b(?:physically|seriously|really) (?:hurt|harm|attack|injur)(?:e|ing)? (?:him|her|them|someone)\\b|\\bi (?:really |just |honestly )?(?:want|need) (?:him|her|them|my ${person}|that (?:guy|man|woman|bitch|bastard|prick)) dead\\b|\\b(?:scared|afraid|terrified|worried|frightened) (?:of )?what i(?:'ll| will| might| could|'d| would) do to (?:him|her|them|someone|somebody|my ${person}|the baby|people)\\b`,
      'u',
    ),
  },
  {
    id: 'harm_to_others.threat',
    category: 'harm_to_others',
    level: 'high',
    subjectMayBeTarget: true,
    pattern:
      /\b(?:gets?|getting|get) what(?:'?s| is) coming(?: to (?:him|her|them))?\b|\bfinds? out what happens (?:when|if)\b|\b(?:find|finds|found) out the hard way\b|\bwon'?t know what hit (?:him|her|them)\b|\bmake (?:him|her|them|them all|all of them|everyone|those [a-z]+) pay\b(?! (?:for (?:the|my|a|it|dinner|damage|rent|bills?)))|\b(?:i(?:'ll| will)|i'?m going to|i'?m gonna) (?:end|finish) (?:him|her|them)\b|\bi might be the one to (?:fix|end|sort|deal with) (?:that|it|him|her|them)\b/u,
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
      /\b(?:thoughts?|images?|urges?|fantasies) (?:about|of) (?:running (?:people|someone|somebody|them|him|her|pedestrians|kids) over|pushing (?:someone|somebody|people|him|her) (?:in front of|off|down)|stabbing|strangling|smothering|drowning|hurting|killing|attacking) (?:[a-z]+ )?(?:people|someone|somebody|him|her|them|my|the|a|baby|over|in front)?|\bwonder(?:ing)? what it (?:would|'d) (?:feel|be) like to (?:really |actually )?(?:hurt|kill|stab|attack|strangle) (?:someone|somebody|a person|people|him|her)\b/u,
  },
  {
    id: 'harm_to_others.mass-violence',
    category: 'harm_to_others',
    level: 'imminent',
    pattern: new RegExp(
      `\\b(?:shoot(?:ing)? up|shot up|bomb(?:ing)?|blow(?:ing)? up|bring(?:ing)? a (?:gun|knife|weapon) (?:to|into)|tak(?:e|ing) (?:a gun|my dad'?s gun|a knife) (?:to|into)) (?:the |my |our )?(?:school|class|college|office|work|church|mosque|synagogue|mall|party|place)\\b|\\bmake (?:them|everyone|all of them) pay\\b(?=.{0,60}\\b(?:gun|knife|blood|kill|weapon)\\b)|\\b(?:carry|carrying|started carrying|bring|bringing|take|taking) (?:a |my |the |his |her |[a-z]+'s )?${WEAPON} (?:to|into|in(?:to)? my bag (?:to|for)) (?:school|work|class|college|uni|the office)\\b|\\b(?:take|taking|bring|bringing) (?:it|them) (?:to|into) (?:school|work|class|college|uni)\\b(?<=\\b(?:gun|guns|rifle|pistol|knife|weapon)\\b.{0,80})|\\bwaiting (?:outside|for|near|by|at|round) [^.!?\\n]{0,40}?\\bwith (?:a|my|the|his|her) ${WEAPON}\\b|\\b(?:holding|got|have|grabbed|picked up) (?:a|the|my) ${WEAPON}\\b(?=[^\\n]{0,100}\\b(?:won'?t stop|keeps?|yelling|screaming|shouting|angry at|at (?:him|her|them)|provok\\w*)\\b)(?=[^\\n]{0,160}\\b(?:going to|gonna|about to|'ll) use it\\b)|\\b(?:put|putting|slipped|slip|mixed|mixing) (?:something|poison|bleach|pills|rat poison|antifreeze|[a-z]+ pills|crushed [a-z]+) in(?:to)? (?:his|her|their|my ${person}'s|the|[a-z]+'s) (?:food|drink|tea|coffee|dinner|meal|water|bottle|cup|lunch)\\b|\\bgot everything i need (?:in my bag|ready|with me)\\b(?<=\\b(?:tomorrow|tonight|meeting|gets what'?s coming|pay)\\b.{0,120})`,
      'u',
    ),
  },
  {
    id: 'harm_to_others.lost-control',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:almost|nearly|came close to|about to|could have|could've) (?:${HARM}(?:ed|ing)?|hit|hurt|shook|shaken) (?:${VICTIM})\\b|\\b(?:almost|nearly|came close to) (?:broke|break|breaking|snapped) (?:my ${person}'s|his|her|their) ${BODY}\\b|\\b(?:i )?(?:hit|hurt|shook|choked|pushed|slapped|kicked|punched) (?:my (?:baby|kids?|child|son|daughter|dog|cat)|the baby)\\b|\\bi (?:hit|punched|slapped|shoved|pushed|choked|strangled|kicked|hurt|beat) (?:my ${person}|him|her)\\b(?=[^.!?\\n]{0,60}\\b(?:again|scared|afraid|worried|can'?t control|lost (?:it|control|my temper))\\b)|\\b(?:about to|going to|gonna|want to|might|could|scared i'?ll|afraid i'?ll|urge to) (?:shake|throw|drop|smother|suffocate) (?:her|him|the baby|my baby|it)\\b(?=[^\\n]{0,80}\\b(?:baby|crying|newborn|scream\\w*|stop me)\\b|(?<=\\b(?:baby|newborn|crying|toddler)\\b.{0,80}))`,
      'u',
    ),
  },
];
