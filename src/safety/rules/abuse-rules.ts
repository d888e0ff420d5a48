import { F, type RiskRule } from './risk-rule.ts';

const { person } = F;
const ABUSER = `(?:he|she|they|my ${person}|my (?:employer|agent|agency|trafficker|pimp|grandson|granddaughter|nephew|niece|son-in-law|daughter-in-law)|(?<![a-z'] )(?<![a-z'])(?:boyfriend|girlfriend|bf|gf|husband|wife|partner|stepdad|stepmum|step ?dad|step ?mum|dad|mum|mom|carer)|his ${person}|her ${person}|mum's boyfriend|mom's boyfriend|dad's girlfriend|someone|a man|a guy|a woman)`;
// Words people put between the person and the act: "he still", "she just tried to", "he's been".
const BETWEEN =
  "(?:(?:gets|got|comes|came|goes|went) (?:[a-z']+ )?(?:and|then) )?(?:still |always |keeps? |often |sometimes |has been |been |had |also |even |just |then |again |once |regularly |constantly |tried to |tries to |try to |started |used to ){0,4}";
const ABUSE_ACT =
  '(?:pinch(?:es|ed|ing)?|slapping|hits?|hitting|hit|beats?|beating|beat|punch(?:es|ed|ing)?|kicks?|kicked|kicking|slaps?|slapped|chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|push(?:es|ed)|shov(?:es|ed)|pin(?:s|ned)|throws? things at|threw (?:things|something|a [a-z]+) at|hurts?|hurting|hurt|rap(?:es|ed)|touch(?:es|ed|ing)|molest(?:s|ed)|abus(?:es|ed|ing)|threaten(?:s|ed|ing)|burn(?:s|ed)|bit(?:es)?|spits? on|grabbed|grabs|drags?|dragged|forces?|forced|stalk(?:s|ed|ing)|smother(?:s|ed)|attack(?:s|ed)|bruised|scald(?:s|ed)|starv(?:es|ed))';
// Coercive control: acts that carry their own object.
const CONTROL =
  "(?:(?:put|puts|stubbed|stubs) (?:his|her|their|a) (?:lit )?(?:cigarette|cig|fag|joint) out on (?:me|my [a-z]+)|(?:threw|throws|thrown|poured|pours|tipped|chucked|flung) (?:a (?:kettle|pan|cup|mug|pot|jug) of |some )?(?:boiling|hot|scalding) (?:water|tea|coffee|oil|soup) (?:at|over|on|onto) me|(?:held|holds|pressed|presses|forced|forces|shoved|pushed) my (?:hand|arm|face|head) (?:on|onto|against|to|under|into) (?:the |a )?(?:hob|cooker|stove|oven|radiator|iron|kettle|fire|hot tap|boiling water|toilet|bath)|knock(?:s|ed|ing)? me (?:about|around)|rough(?:s|ed|ing)? me up|slap(?:s|ped|ping)? me (?:about|around)|(?:stopped|stop|won'?t|doesn'?t|don'?t|refuses? to|refused to) giv(?:e|es|ing) me (?:my )?(?:tablets|meds|medication|medicine|food|meals|insulin)|makes? me work (?:[a-z]+ ){0,3}(?:without (?:pay|being paid|wages)|for (?:nothing|free|no money))|(?:gets|got|getting|has been|'s been|is) (?:physical|violent|rough|handsy) (?:with me|again)|does (?:things|stuff) to me|makes? me have sex|made me have sex|(?:won'?t|doesn'?t|does not|will not|never) let(?:s)? me (?:leave|go (?:out|anywhere)|see|eat|sleep|have|work|drive|talk to|use)|(?:took|taken|takes|taking|hid|hides|hidden|keeps|kept|holds|has|smashed) (?:away )?my (?:car )?(?:phone|money|passport|keys|bank card|cards|medication|meds|pension|benefits|wages|savings|id|documents)|controls? (?:all )?(?:my|our) (?:money|finances|bank|accounts?|spending)|controls? (?:everything i do|where i go|who i see|what i (?:wear|eat))|(?:tracks?|checks?|goes through|reads?|monitors?) (?:all )?my (?:phone|location|messages|texts|emails|every move)|lock(?:s|ed)? (?:me|us) (?:in|out|outside|inside|up)\\b|locked (?:all )?the doors|makes? me (?:send|ask (?:permission|before)|kneel|stand|sleep (?:outside|on the floor))|(?:screams?|yells?|shouts?|swears?) at me\\b(?=[^.!?\\n]{0,40}\\b(?:for hours|every (?:day|night|time|single)|all the time|constantly|until i|in front of|and hits|and throws)\\b)|(?:says|tells me|calls me|keeps telling me|always says|told me) (?:that )?(?:i'?m |i am )?(?:worthless|useless|nothing|a waste of space|pathetic|disgusting)|(?:keeps|kept|started) (?:turning|showing) up (?:at|outside) my (?:work|house|flat|home|school|job)|(?:sending|sends|sent) (?:me )?(?:threats|threatening (?:messages|texts))|(?:says|said) (?:that )?(?:he|she|they) knows? where i live)";

/**
 * Abuse or danger at home: violence, sexual abuse and grooming, threats, stalking and coercive
 * control by someone in the speaker's life. Violence happening now, a weapon, or a threat to
 * kill, is imminent; current abuse and control are high; fear, intimidation and smashed things
 * without a described act are moderate.
 * @see WHO, Responding to intimate partner violence and sexual violence against women (2013).
 * @see Campbell JC, et al. Risk factors for femicide in abusive relationships. Am J Public Health 2003;93(7):1089–97 (threats to kill, strangulation, weapons, stalking).
 * @see Stark E. Coercive Control: How Men Entrap Women in Personal Life. Oxford University Press, 2007.
 * @see NSPCC, Grooming: signs and indicators (secrecy, requests for images, meeting alone).
 */
export const ABUSE_RULES: readonly RiskRule[] = [
  {
    id: 'abuse.act',
    category: 'abuse',
    level: 'high',
    pattern: new RegExp(
      `\\b${ABUSER}(?:'s| has| had| have)? ${BETWEEN}(?:${ABUSE_ACT} me\\b|${CONTROL})|\\b(?:i'?m|i am) not allowed (?:my own|to (?:leave|go out|see|have|eat|talk|work|drive))\\b|\\b(?:bruises|marks|a black eye|welts)\\b[^.!?\\n]{0,30}\\b(?:from (?:what )?(?:he|she|they|him|her|my ${person})|(?:he|she|they) (?:gave|left|did))\\b|\\bby my (?:throat|neck|hair)\\b|\\bmarks on my (?:neck|throat)\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.named',
    category: 'abuse',
    level: 'high',
    pattern:
      /\b(?:i (?:was|am being|'m being|m being|got|have been|'ve been|ve been) (?:raped|sexually assaulted|assaulted|abused|molested|beaten|groomed|strangled|choked|trafficked|hit|attacked)|(?:domestic (?:violence|abuse)|abusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|home|parents?|dad|mum|mom|household)) (?:at home|is|in my|with|and)|i(?:'m| am) (?:in an abusive|being abused|a victim of))\b|\b(?:my|our) (?:abusive )?(?:home|house) (?:isn'?t|is not) safe\b/u,
  },
  {
    id: 'abuse.grooming',
    category: 'abuse',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:asking|asks|asked|wants|wanted|keeps asking) (?:me )?to (?:meet(?: up)?|come (?:over|round)|see (?:him|her)|go somewhere) (?:alone|in secret|secretly|without (?:telling|my))|\\b(?:makes?|made|asks?|asked|asking|wants?|wanted|keeps asking) (?:me )?(?:to send|for|send) (?:him|her|them )?(?:photos|pictures|pics|nudes|videos)(?: of (?:me|myself))?|\\b(?:keep (?:it|this) (?:a |our )?secret|our (?:little )?secret)\\b(?<=\\b(?:he|she|they|my ${person}|friend|coach|teacher)\\b.{0,80})|\\b${ABUSER} (?:has been |keeps |kept |always |often |sometimes )?(?:coming|comes|came|creeping|creeps|sneaking|sneaks|getting|gets) (?:in|into) (?:my (?:room|bed|bedroom)|bed with me)(?! to (?:check|say|wake|kiss|tuck))(?=[^.!?\\n]{0,30}\\b(?:at night|night|when|while|every)\\b|[^a-z]*$)`,
      'u',
    ),
  },
  {
    id: 'abuse.coercion',
    category: 'abuse',
    level: 'high',
    pattern:
      /\b(?:he|she|they)(?:'ll| will|'d| would|'s going to| is going to|'re going to) (?:take (?:the|my|our) (?:kids|children|baby|son|daughter)|kick me out|tell everyone|post (?:the|my) (?:photos|pictures|pics|videos)|drop me|ruin me|report me|hurt (?:my|the) (?:kids|children|dog|cat|family)|have me (?:deported|sectioned))\b[^.!?\n]{0,40}\bif i\b|\bnobody would believe me\b(?<=\b(?:says|said|tells me|told me)\b.{0,20})/u,
  },
  {
    id: 'abuse.threat-to-kill',
    category: 'abuse',
    level: 'imminent',
    pattern: new RegExp(
      `\\b${ABUSER} (?:said|says|told me|threatened|threatens|swore|keeps saying|texted|has said) (?:that )?(?:he|she|they)?(?:'?ll| will| would| is going to| 's going to| gonna)? ?(?:to )?(?:kill|hurt|murder|end) me\\b|\\b(?:is|'s) (?:going to|gonna) kill me\\b|\\b(?:he|she|they)(?:'ll| will) kill me\\b|\\b(?:end|kill|ends|kills) (?:it )?(?:for )?(?:both of us|us both|the both of us|all of us)\\b|\\b(?:said|says|told me) (?:that )?i'?m (?:going to|gonna) get it\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.danger-now',
    category: 'abuse',
    level: 'imminent',
    pattern: new RegExp(
      `\\b${ABUSER}(?: is|'s) (?:outside|at the door|banging on the door|trying to (?:get in|break in|break the door)|coming (?:home|back|for me|up the stairs|upstairs)|on (?:his|her|their) way|drunk)\\b(?=.{0,80}\\b(?:scared|afraid|hide|hiding|hurt|kill|knife|gun|drunk|angry|help|please|get it|stairs)\\b)|\\b(?:hiding|locked myself) in the (?:bathroom|bedroom|closet|wardrobe|toilet)\\b(?=.{0,80}\\b(?:from|he|she|they|scared)\\b)|\\b${ABUSER}(?: has|'s got| got| has got| is holding|'s holding| is waving|'s waving|'s| is) (?:a|the|his|her) (?:knife|gun|weapon|bat|hammer)(?: out)?\\b|\\b${ABUSER}(?: is|'s) (?:[a-z]+ ){0,4}?with (?:a|the|his|her) (?:knife|gun|weapon|bat|hammer|machete|axe)\\b|\\b${ABUSER}(?: just)?(?: broke| has broken| is breaking|'s breaking| smashed| kicked|'s broken| has broke)(?: in| the door (?:in|down)| down the door| through the (?:door|window))\\b|\\b${ABUSER}(?: is|'s) (?:kicking|smashing|breaking|banging on|hammering on|bashing|punching|trying to (?:kick|break|open)) (?:the |my )?(?:[a-z]+ )?door\\b|\\b(?:hiding|locked myself|i'?m hiding) in the (?:bathroom|bedroom|closet|wardrobe|toilet|cupboard)\\b(?<=\\b(?:he|she|they)(?:'s| is)\\b.{0,80})|\\b${ABUSER}(?: is|'s) (?:hitting|beating|hurting|attacking|strangling|choking|kicking|punching|threatening) (?:me|my ${person}|her|him)\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.concealed',
    category: 'abuse',
    level: 'high',
    // Hiding injuries, cover stories, sexual coercion and secrecy, elder neglect and withheld documents:
    // indirect disclosures (WHO 2013 above; NSPCC, Spotting the signs of child abuse; WHO, Abuse of older
    // people fact sheet, 2024; Home Office, Modern slavery statutory guidance, 2024).
    pattern: new RegExp(
      [
        `\\b(?:concealer|make-?up|foundation|sunglasses|a scarf|polo necks?|long sleeves) (?:[a-z]+ ){0,2}?(?:to|so i can|that) (?:cover|hide) (?:up )?(?:the |my )?(?:bruises|marks|black eye|finger ?marks)\\b(?<!\\b(?:spots|acne|scars|tattoo|freckles)\\b)`,
        `\\b(?:i )?(?:told|tell|said to) (?:the |my )?(?:doctor|gp|nurse|teacher|hospital|a&e|school|work|boss|everyone|people|police)(?: [a-z']+){0,3} (?:i|that i) (?:fell|tripped|slipped|walked into|bumped into)\\b(?=[^\\n]{0,60}\\b(?:i didn'?t (?:fall|trip|slip)|that'?s not (?:what|true)|it wasn'?t|wasn'?t true|not what happened|lie|lied|lying)\\b)`,
        `\\b(?:doesn'?t|won'?t|didn'?t|never|does not|will not) stop(?:s|ped)? (?:even )?when i (?:say|said|tell|told) (?:him |her |them )?(?:no|to stop|stop)\\b|\\beven (?:when|though|after) i (?:say|said|told (?:him|her|them)) no\\b`,
        `\\b(?:${ABUSER} )?(?:says|said|tells me|told me) (?:it'?s|it is|this is|that'?s) (?:our|a) (?:little |special )?secret\\b(?= *(?:[.,!;]|$|and|so|from))`,
        `\\b(?:put|putting|puts|laid|lays|laying|keeps? putting) (?:his |her |their )?hands on me\\b`,
        `\\b(?:put|putting|puts) me in a home if i\\b|\\bif i tell (?:anyone|anybody|someone|the police|mum|my mum|my dad|social services)\\b(?<=\\b(?:says|said|threaten\\w*|told me|warned)\\b.{0,60})`,
        `\\b${ABUSER} (?:[a-z']+ ){0,8}?(?:pinch|slap|punch|kick|scratch|twist|burn|yank|drag|squeez)(?:es|s|ed|ing|e|es)? (?:me|my (?:arms?|legs?|wrists?|hair|face|neck|throat|ears?))\\b`,
        `\\b(?:i'?m|i am|i get) (?:left|locked|kept|shut) in my room (?:all day|for days|all the time)\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'abuse.fear',
    category: 'abuse',
    level: 'moderate',
    pattern: new RegExp(
      `\\b(?:scared|afraid|terrified|frightened) (?:of|to go home to|to be alone with) (?:my ${person}|him|her)\\b(?!'s)|\\b(?:scared|afraid|terrified|frightened) to go (?:back )?home\\b|\\b(?:don'?t|do not) feel safe (?:at home|in my (?:own )?(?:home|house)|around (?:my ${person}|him|her)|going (?:back )?home|to go (?:back )?home)\\b|\\b(?:can'?t|cannot) go (?:back )?home\\b(?<=\\b(?:bruises?|hit|hits|physical|violent|drunk|scared|afraid|hurt|beat\\w*|moods?|temper|kill)\\b.{0,80})|\\b(?:not|isn'?t) safe (?:at home|in my house|to go home)\\b|\\bwalk(?:ing)? on eggshells\\b|\\b${ABUSER} (?:[a-z]+ ){0,4}?(?:smash(?:es|ed)?|breaks|broke|throws|threw|punch(?:es|ed)) (?:things|stuff|plates|the walls?|holes in (?:the )?walls?|doors?|my things)\\b|\\b(?:he|she|they) (?:hasn'?t|has not|haven'?t) (?:hit|hurt) me yet\\b|\\b(?:he|she|they)(?:'ll| will|'s going to| is going to) come (?:for|after) me\\b`,
      'u',
    ),
  },
];

/**
 * Someone coming closer: with anger or fear around it (in this message or the last few), danger
 * now. Used by the detector across turns, never alone.
 */
export const APPROACH =
  /\b(?:(?:hear|heard) (?:him|her|them) (?:coming|on the stairs|at the door|outside|downstairs|banging|shouting)|(?:he|she|they)(?:'s| is|'re| are) (?:coming up the stairs|coming upstairs|coming for me|back|home early|at the door|outside)|(?:his|her|their) (?:car|van|truck|bike)(?:'s| is) (?:outside|parked outside|here|back|on (?:my|the) (?:street|road|drive)))\b/u;

/** Anger, drink or fear around someone: what makes an approach dangerous. */
export const VOLATILE =
  /\b(?:moods?|angry|furious|raging|drunk|temper|lost it|found (?:out|the)|kill me|hit me|scared|terrified|afraid|hide|hiding|regret|keeps? turning up|turn(?:s|ed)? up|won'?t leave me alone|stalk\w*|threat\w*|follow(?:s|ed|ing) me)\b/u;

/** Signs that the danger is happening now: raise current abuse to imminent. */
export const URGENT = new RegExp(
  `\\b(?:right now|just now|(?:he|she|they)(?:'s| is|'re| are) still (?:here|in the house|in the flat|downstairs|outside)|still in the (?:house|flat)|please help|help me|i'?m hiding|hiding (?:in|from)|(?:i'?m|i am) (?:in|under) the (?:wardrobe|closet|bathroom|cupboard|bed)|typing (?:under|quietly|from|this from)|messaging (?:from|under|quietly|you from)|texting (?:from|under|quietly)|don'?t know where (?:we'?re|he'?s|she'?s|they'?re) (?:going|taking me)|on (?:his|her|their) way|(?:he|she|they) just|${ABUSER}(?:'s|'ve| has| have) just|(?:he|she|they)(?:'s| is|'re| are) still (?:shouting|screaming|yelling|raging|banging|kicking|hitting|going)|(?:screaming|shouting|yelling|saying|swearing) (?:that )?(?:he|she|they)(?:'ll| will|'s going to| is going to|'re going to| are going to) (?:kill|finish|end|murder) (?:me|it|us)\\b)\\b`,
  'u',
);
