import { F, type RiskRule } from './risk-rule.ts';

const { person } = F;
const ABUSER = `(?:he|she|they|my (?:(?:teenage|teen|adult|grown-up|grown|eldest|oldest|youngest|younger|older|big|little) )?${person}|my (?:employer|agent|agency|trafficker|pimp|grandson|granddaughter|nephew|niece|son-in-law|daughter-in-law)|(?<![a-z'] )(?<![a-z'])(?:boyfriend|girlfriend|bf|gf|husband|wife|partner|stepdad|stepmum|step ?dad|step ?mum|dad|mum|mom|carer)|his ${person}|her ${person}|mum's boyfriend|mom's boyfriend|dad's girlfriend|someone|a man|a guy|a woman)`;
// Whoever controls the speaker's work or stay: an employer, an agent, the people who brought them.
const EMPLOYER = `(?:my (?:boss|employer|agent|sponsor|madam|manager|gaffer|supervisor)|(?:the|our) (?:boss|employer|agent|gangmaster|sponsor|madam|manager|supervisor|owner)|(?:the|our) (?:boss|employer|agent|sponsor|madam|owner|family|man|woman|lady|guy|people|couple)(?: (?:at|on|in) (?:the )?[a-z]+)? (?:i|we) (?:work|worked|clean|cook|nanny) (?:for|at)|the (?:man|woman|lady|guy|people|agent|agency|men) who (?:brought|arranged|got|sent|recruited|hired|met) (?:me|us|it|the job))`;
// Up to eight words between that person and the act, none of them a negation ("he never took").
const WORK_GAP = `(?: (?!(?:never|not|no|didn'?t|doesn'?t|don'?t|won'?t|wouldn'?t|hasn'?t|haven'?t|hadn'?t)\\b)[a-z',"]+){0,8}?`;
// Words people put between the person and the act: "he still", "she just tried to", "he's been".
const BETWEEN =
  "(?:(?:gets|got|comes|came|goes|went) (?:[a-z']+ )?(?:and|then) )?(?:still |always |keeps? |often |sometimes |only |usually |mostly |has been |been |had |also |even |just |then |again |once |regularly |constantly |tried to |tries to |try to |started |used to |is |are |physically |sexually |emotionally |verbally |mentally ){0,4}";
/** "beats me at chess", "is beating me in every race": a contest, not violence. */
const NOT_A_GAME =
  '(?! (?:at|in) (?:[a-z]+ ){0,2}?(?:chess|cards|game|games|match|race|pool|darts|snooker|tennis|golf|scrabble|monopoly|quiz|fifa|uno|wordle|sudoku|kart|arm ?wrestling)\\b)';
/** Play and soft things: "threw a pillow at me", "chucked a snowball at my head", "broke my nose with a football". */
export const PLAY_THING =
  '(?:ball|football|rugby ball|cricket ball|pillow|cushion|snowball|frisbee|water balloon|teddy|sock|tissue|paper|grape|sweet|popcorn)s?\\b';
const NOT_PLAY = `(?!(?:a |the |his |her |my )?${PLAY_THING})`;
/** "This weekend is going to kill me", "it's gonna kill me": a time or a thing, not a person, as the subject. */
const NOT_A_THING_BEFORE =
  '(?<!\\b(?:it|this|that|weekend|week|day|month|year|shift|job|commute|exam|exams|test|deadline|heat|hangover|diet|workout|class|course|essay|homework|revision|assignment|project|traffic|wedding|christmas|silence|boredom|loneliness|quiet|monday|mondays|stairs|hill|queue|wait|noise|teething|rota|overtime|place|flat|house|winter|summer|cold|pain|back|knee|cough) ?)';
const ABUSE_ACT = `(?:pinch(?:es|ed|ing)?|slapping|smack(?:s|ed|ing)?|whack(?:s|ed)?|thump(?:s|ed)?|headbutt(?:s|ed)?|throttl(?:e|es|ed)|batter(?:s|ed)|bash(?:es|ed)|hits?|hitting|hit|beats?|beating|beat|punch(?:es|ed|ing)?|kicks?|kicked|kicking|slaps?|slapped|chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|push(?:es|ed)|shov(?:es|ed)|pin(?:s|ned)|throws? things at|threw (?:things|something|${NOT_PLAY}a [a-z]+) at|hurts?|hurting|hurt|rap(?:es|ed)|touch(?:es|ed|ing)|molest(?:s|ed)|abus(?:es|ed|ing)|threaten(?:s|ed|ing)|burn(?:s|ed)|bit(?:es)?|spits? on|grabbed|grabs|drags?|dragged|forces?|forced|stalk(?:s|ed|ing)|smother(?:s|ed)|attack(?:s|ed)|bruised|scald(?:s|ed)|starv(?:e|es|ed))`;
// The same people named more ways: with an age or kin word ("my big brother", "my adult son"),
// through a partner or parent ("my husband's mother", "mum's carer", "my son's father"), in-laws,
// paid care staff and a household employer ("sir", "madam").
const ABUSER_PLUS = `(?:${ABUSER}|my (?:big|little|older|younger|elder|eldest|oldest|adult|grown-up|twin|half) ${person}|my (?:husband|wife|partner|boyfriend|girlfriend)'?s (?:mother|mum|mom|father|dad|brother|sister|family|parents)|my (?:mother|father|brother|sister|son|daughter)-in-law|my in-laws|(?:my )?(?:mum|mom|mam|dad)'?s (?:partner|carer|husband|wife|boyfriend|girlfriend)|my (?:son|daughter|kids|children|baby)'?s (?:father|dad|mother|mum|mom)|my (?:brother|sister|dad|mum|mom|husband|partner|boyfriend)'?s friends?|(?:the|a|one of the|my) (?:night )?(?:carer|care worker|staff|night staff|support worker|pastor)(?: (?:who|that) [a-z' ]{1,40}?)?|(?<![a-z] )(?:sir|madam)|the guy i'?m seeing)`;
// Acts of violence or restraint that carry their own object ("takes the belt to me").
const HARM_ACT =
  '(?:whip(?:s|ped|ping)? me|(?:takes|took|taken|take|taking) (?:the|a|his|her|their) (?:belt|strap|cane|stick|slipper|wooden spoon) to me|(?:pinch(?:es|ed)?|twist(?:s|ed)?)(?: and (?:pinch|twist)(?:es|ed|s)?)? my (?:skin|arms?|ears?|wrists?)|pinch(?:es|ed) me\\b|(?:shoves?|shoved|knocks?|knocked|throws?|threw|drags?|dragged) me (?:around|about|down the stairs|across the room|into the wall|against the wall)|beats? me up|beat me up|beating me up|(?:holds?|held|pins?|pinned) me down|(?:held|holds|holding|pushed|pushes|forced|forces) my (?:head|face) (?:under|into|in) (?:the )?(?:water|bath|sink|toilet|pillow)|(?:put|puts|pushed|shoved|threw|slammed|smashed) my (?:head|face) (?:through|into|against) (?:a|the) (?:window|wall|door|table|mirror)|(?:forces?|forced|forcing) (?:sex on me|me to have sex|sex when i say no)|forces sex\\b|forced sex\\b|ties me (?:up|to))';
// Coercive control: acts that carry their own object.
const CONTROL =
  "(?:(?:put|puts|stubbed|stubs) (?:his|her|their|a) (?:lit )?(?:cigarette|cig|fag|joint) out on (?:me|my [a-z]+)|(?:threw|throws|thrown|poured|pours|tipped|chucked|flung) (?:a (?:kettle|pan|cup|mug|pot|jug) of |some )?(?:boiling|hot|scalding) (?:water|tea|coffee|oil|soup) (?:at|over|on|onto) me|(?:held|holds|pressed|presses|forced|forces|shoved|pushed) my (?:hand|arm|face|head) (?:on|onto|against|to|under|into) (?:the |a )?(?:hob|cooker|stove|oven|radiator|iron|kettle|fire|hot tap|boiling water|toilet|bath)|knock(?:s|ed|ing)? me (?:about|around)|rough(?:s|ed|ing)? me up|slap(?:s|ped|ping)? me (?:about|around)|(?:stopped|stop|won'?t|doesn'?t|don'?t|refuses? to|refused to) giv(?:e|es|ing) me (?:my )?(?:tablets|meds|medication|medicine|food|meals|insulin)|makes? me work (?:[a-z]+ ){0,3}(?:without (?:pay|being paid|wages)|for (?:nothing|free|no money))|(?:gets|got|getting|has been|'s been|is|are) (?:(?:physically|sexually|emotionally|verbally) )?(?:physical|violent|rough|handsy|abusive) (?:with me|to me|towards me|again)|does (?:things|stuff) to me|makes? me have sex|made me have sex|(?:won'?t|doesn'?t|does not|will not|never) let(?:s)? me (?:leave|go (?:out|anywhere)|see|eat|sleep|have|work|drive|talk to|use)|(?:took|taken|takes|taking|hid|hides|hidden|keeps|kept|holds|has|smashed) (?:away )?my (?:car )?(?:phone|money|passport|keys|bank card|cards|medication|meds|pension|benefits|wages|savings|id|documents)\\b(?! (?:safe|because i|since i|so i don'?t lose))(?![^.!?\\n]{0,40}\\b(?:school nights?|bedtime|lights out|grades|grounded|homework|revision|exams?|detention|school report)\\b)(?! (?:for|while|during|until|to) (?:the |my |a |it )?(?:visa|application|renew\\w*|processing|checks?|cop(?:y|ies)|scan|right to work|verification))|controls? (?:all )?(?:my|our) (?:money|finances|bank|accounts?|spending)|controls? (?:everything i do|where i go|who i see|what i (?:wear|eat))|(?:tracks?|checks?|goes through|reads?|monitors?) (?:all )?my (?:phone|location|messages|texts|emails|every move)|lock(?:s|ed)? (?:me|us) (?:in|out|outside|inside|up)\\b(?![^.!?\\n]{0,60}\\b(?:by accident|by mistake|accidentally|as a joke|for a laugh)\\b)|locked (?:all )?the doors|makes? me (?:send|ask (?:permission|before)|kneel|stand|sleep (?:outside|on the floor))|(?:screams?|yells?|shouts?|swears?) at me\\b(?=[^.!?\\n]{0,40}\\b(?:for hours|every (?:day|night|time|single)|all the time|constantly|until i|in front of|and hits|and throws)\\b)|(?:says|tells me|calls me|keeps telling me|always says|told me) (?:that )?(?:i'?m |i am )?(?:worthless|useless|nothing|a waste of space|pathetic|disgusting)|(?:says|said|tells me|told me|keeps (?:telling me|saying)|always says|texted|texts|wrote|screamed|screams|shouted|shouts|yelled|yells)(?: (?:at|to) me)?[:,]? [\"'\u201c\u2018]?(?:that )?(?:i'?d be better off dead|you'?d be better off dead|i should (?:just )?(?:die|kill myself|go and die)|you should (?:just )?(?:die|kill yourself|go and die)|(?:just )?(?:go )?(?:and )?kill yourself|(?:just )?go (?:and )?die|kys|(?:nobody|no one|no-one) would (?:miss|care if) (?:me|you)|(?:he|she|they) wish(?:es|ed)? i (?:was|were) dead|i wish you (?:was|were) dead|(?:he|she|they) wish(?:es|ed)? i'?d never been born|i wish you'?d never been born|do (?:us|everyone) (?:all )?a favou?r and die)|(?:keeps|kept|started) (?:turning|showing) up (?:at|outside) my (?:work|house|flat|home|school|job)|(?:sending|sends|sent) (?:me )?(?:threats|threatening (?:messages|texts))|(?:says|said) (?:that )?(?:he|she|they) knows? where i live)";

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
    id: 'abuse.held-by',
    category: 'abuse',
    level: 'high',
    // Being grabbed, pinned or slammed by the throat, hair or against a wall or furniture: physical
    // violence, and strangulation is among the strongest predictors of later homicide
    // (Campbell et al. 2003; Glass N, et al. J Emerg Med 2008;35(3):329–35).
    pattern: new RegExp(
      `\\b(?<!\\bi (?:[a-z']+ ){0,3})(?:grabbed|grabs|grabbing|held|holds|holding|pinned|pins|pinning|pushed|pushes|shoved|shoves|slammed|slams|dragged|drags|threw|throws) me (?:by (?:the |my )?(?:throat|neck|hair)|(?:up )?against (?:the |a )?(?:wall|fridge|door|floor|car|counter|table|wardrobe)|(?:down )?(?:on|onto|to) (?:the )?(?:floor|bed|ground|sofa)|down the stairs|into (?:the |a )?(?:wall|door|car|table))(?![^.!?\\n]{0,40}\\b(?:to (?:stop|help|save|catch|steady)|hug\\w*|danc\\w*|playful\\w*|rugby|wrestl\\w*|judo|bjj|match|game|training|kiss\\w*)\\b)`,
      'u',
    ),
  },
  {
    id: 'abuse.siege-now',
    category: 'abuse',
    level: 'imminent',
    // Someone breaking in on the speaker now: a door being kicked while they hide, "coming up for
    // me" after smashing things. Danger now is the first question of every DV risk tool
    // (SafeLives DASH 2009; Campbell et al. 2003).
    pattern: new RegExp(
      `\\b(?:he|she|they)(?:'s| is|s| are|'re) (?:kicking|banging|hammering|punching|smashing|trying to (?:kick|break|get through)) (?:in |down )?(?:the |my )?(?:bedroom |bathroom |front |back )?door\\b|\\b(?:he|she|they)(?:'s| is|s| are|'re| said)? (?:(?:he|she|they)(?:'s| is|'re| are|'ll| will) )?coming (?:up |back |round )?(?:for|after) (?:me|us)\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.act',
    category: 'abuse',
    level: 'high',
    pattern: new RegExp(
      `\\b(?<!\\b(?:like|if|though) )${ABUSER}(?:'s| has| had| have)? ${BETWEEN}(?:${ABUSE_ACT} me\\b${NOT_A_GAME}(?! (?:with (?:a |the |my )?(?:pillow|cushion|balloon|snowball|towel|newspaper)|playfully|for fun|as a joke))|${CONTROL})|\\b(?:i'?m|i am) not allowed (?:my own|to (?:leave|go out|see|have|eat|talk|work|drive))\\b|\\b(?:bruises|marks|a black eye|welts)\\b[^.!?\\n]{0,30}\\b(?:from (?:what )?(?:he|she|they|him|her|my ${person})|(?:he|she|they) (?:gave|left|did))\\b|\\bby my (?:throat|neck|hair)\\b|\\bmarks on my (?:neck|throat)\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.named',
    category: 'abuse',
    level: 'high',
    pattern:
      /\b(?:i(?: was| am being|'m being| m being|m being| got| have been|'ve been| ve been|ve been) (?:raped|sexually assaulted|assaulted|abused|molested|beaten|groomed|strangled|choked|trafficked|hit(?! with\b| by (?:the|a|an|so|another|loads|lots|more|bills?|costs?|fees?|fines?|traffic|a storm)\b)|attacked)|(?:domestic (?:violence|abuse)|abusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|home|parents?|dad|mum|mom|household)) (?:at home|is|in my|with|and)|i(?:'m| am) (?:in an abusive|being abused|a victim of))\b|\b(?:my|our) (?:abusive )?(?:home|house) (?:isn'?t|is not) safe\b|\b(?:this|it|what (?:he|she|they) (?:does|do|is doing|did))(?:'s| is| was| counts as| sounds like| might be| must be| has to be| feels like)(?: (?:actually|really|probably|definitely|literally))? (?:domestic (?:abuse|violence)|coercive control|abuse)\b/u,
  },
  {
    id: 'abuse.grooming',
    category: 'abuse',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:asking|asks|asked|wants|wanted|keeps asking) (?:me )?to (?:meet(?: up)?|come (?:over|round)|see (?:him|her)|go somewhere) (?:alone|in secret|secretly|without (?:telling|my))|\\b(?:(?:makes?|made|asks?|asked|asking|keeps asking) (?:me )?(?:to send|for|send)|(?:wants?|wanted) (?:me (?:to )?send|for)) (?:him|her|them )?(?:photos|pictures|pics|nudes|videos)(?: of (?:me|myself))?|\\b(?:keep (?:it|this) (?:a |our )?secret|our (?:little )?secret)\\b(?<=\\b(?:he|she|they|my ${person}|friend|coach|teacher)\\b.{0,80})|\\b${ABUSER} (?:has been |keeps |kept |always |often |sometimes )?(?:coming|comes|came|creeping|creeps|sneaking|sneaks|getting|gets) (?:in|into) (?:my (?:room|bed|bedroom)|bed with me)(?! to (?:check|say|wake|kiss|tuck))(?=[^.!?\\n]{0,30}\\b(?:at night|night|when|while|every)\\b|[^a-z]*$)`,
      'u',
    ),
  },
  {
    id: 'abuse.coercion',
    category: 'abuse',
    level: 'high',
    pattern:
      /\b(?:he|she|they)(?:'ll| will|'d| would|'s going to| is going to|'re going to) (?:take (?:the|my|our) (?:kids|children|baby|son|daughter)|kick me out|tell everyone|post (?:the|my) (?:photos|pictures|pics|videos)|drop me|ruin me|report me|hurt (?:my|the) (?:kids|children|dog|cat|family)|have me (?:deported|sectioned))\b[^.!?\n]{0,40}\bif i\b|\bif i (?:go|leave|tell|call|report|try|ever|do|see|contact|speak|talk)\b[^.!?\n]{0,40}?\b(?:he|she|they)(?:'ll| will|'d| would|'s going to|'s gonna) (?:take (?:the|my|our) (?:kids|children|baby|son|daughter)(?! (?:to|for|out|swimming|round|with))|kick me out|post (?:the|my) (?:photos|pictures|pics|videos)|ruin me|have me (?:deported|sectioned)|hurt (?:my|the) (?:kids|children|dog|cat|family))\b|\bnobody would believe me\b(?<=\b(?:says|said|tells me|told me)\b.{0,20})/u,
  },
  {
    id: 'abuse.threat-to-kill',
    category: 'abuse',
    level: 'imminent',
    pattern: new RegExp(
      `\\b${ABUSER} (?:said|says|told me|threatened|threatens|swore|keeps saying|texted|has said)(?: (?:at|over|this|last|on|in|during|after|before) [a-z]+(?: [a-z]+)?)?,? (?:that )?(?:he|she|they)?(?:'?ll|'d| will| would| is going to| 's going to| gonna)? ?(?:to )?(?:kill|hurt|murder|end|choke|strangle|batter|stab|shoot) me\\b|\\b${NOT_A_THING_BEFORE}(?:is|'s|hes|shes) (?:going to|gonna) kill me\\b|\\b(?:he|she|they)(?:'ll| will) kill me\\b|\\b(?:end|kill|ends|kills) (?:it )?(?:for )?(?:both of us|us both|the both of us|all of us)\\b|\\b(?:said|says|told me) (?:that )?i'?m (?:going to|gonna) get it\\b|\\b(?:kill|hurt) (?:him|her|them)sel(?:f|ves) and (?:then )?(?:me|the kids|us)\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.danger-now',
    category: 'abuse',
    level: 'imminent',
    pattern: new RegExp(
      `\\b${ABUSER}(?: is|'s) (?:outside|at the door|banging on the door|trying to (?:get in|break in|break the door)|coming (?:home|back|for me|up the stairs|upstairs)|on (?:his|her|their) way|drunk)\\b(?=.{0,80}\\b(?:scared|afraid|hide|hiding|hurt|kill|knife|gun|drunk|angry|help|please|get it|stairs)\\b)|\\b(?:hiding|locked myself) in the (?:bathroom|bedroom|closet|wardrobe|toilet)\\b(?=.{0,80}\\b(?:from|he|she|they|scared)\\b)|\\b${ABUSER}(?: has|'s got| got| has got| is holding|'s holding| is waving|'s waving|'s| is) (?:a|the|his|her) (?:knife|gun|weapon|bat|hammer)(?: out)?\\b(?! (?:licen[cs]e|cabinet|safe|permit|club|collection|for (?:the )?(?:farm|work|hunting|shooting)))|\\b${ABUSER}(?: is|'s) (?:[a-z]+ ){0,4}?with (?:a|the|his|her) (?:knife|gun|weapon|bat|hammer|machete|axe)\\b|\\b${ABUSER}(?: just)?(?: broke| has broken| is breaking|'s breaking| smashed| kicked|'s broken| has broke)(?: in| the door (?:in|down)| down the door| through the (?:door|window))\\b|\\b${ABUSER}(?: is|'s) (?:kicking|smashing|breaking|banging on|hammering on|bashing|punching|trying to (?:kick|break|open)) (?:the |my )?(?:[a-z]+ )?door\\b|\\b(?:hiding|locked myself|i'?m hiding) in the (?:bathroom|bedroom|closet|wardrobe|toilet|cupboard)\\b(?<=\\b(?:he|she|they)(?:'s| is)\\b.{0,80})|\\b${ABUSER}(?: is|'s) (?:hitting|beating|hurting|attacking|strangling|choking|kicking|punching|threatening) (?:me|my ${person}|her|him)\\b${NOT_A_GAME}(?!(?<=her) (?:own )?(?:back|knees?|neck|legs?|arms?|feet|foot|hands?|shoulders?|hips?|wrists?|ankles?|head|eyes?|feelings|chances|career))|\\b${ABUSER}(?:'s got| has got| has| got|'s|'ve got| is holding|'s holding) (?:the|a|his|her|their|my) (?:shotgun|rifle|gun|pistol|knives|knife|machete|axe|blade)s? (?:out|loaded|pointed at|in (?:his|her|their) hands?)\\b|\\b${ABUSER}(?:'s got| has got| has|'s) me (?:pinned|held down)\\b|\\b${ABUSER}(?: is|'s) (?:(?:pinning|holding|pushing) me (?:down|against|(?:to|on|onto|into) (?:the )?(?:floor|ground|wall|bed|sofa|couch|door|table|counter))|sitting on (?:me|my (?:chest|back))|kneeling on (?:me|my (?:chest|neck|back|throat))|on top of me (?:holding|pinning|and (?:i can'?t|won'?t get off)))\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.safety-steps',
    category: 'abuse',
    level: 'high',
    // "My sister and I set up a code word", "he'll kick the door in, so a chair under it": the
    // steps are the speaker's whoever else the sentence names.
    subjectMayBeTarget: true,
    // Steps people in danger at home take to get help or time: a code word for someone to come or
    // call, a signal arranged with a neighbour, a chair wedged under the door at night.
    // @see Women's Aid, The Survivor's Handbook: making a safety plan (2023).
    pattern: new RegExp(
      [
        `\\bcode ?words?\\b(?=[^\\n]{0,120}\\b(?:come (?:now|round|over|and get me)|calls? (?:the police|999|911|112|someone|for help)|rings? (?:the police|999|911|someone)|get me out|pick me up|bring someone|(?:i'?m|i am) in danger|(?:send|get|need|for) help|it means (?:come|call|ring|help|get))\\b)`,
        `\\b(?:told|asked|arranged with|agreed with|set up with) (?:my |the |a )?(?:neighbou?r|sister|brother|mum|mom|friend|mate|colleague)s?\\b[^\\n]{0,30}?\\bif (?:she|he|they|you) (?:ever )?(?:sees?|hears?|notices?|gets? a text|don'?t hear)\\b[^\\n]{0,100}?\\b(?:call|ring|phone) (?:the police|999|911|112|for help|someone|the cops)\\b`,
        `\\b(?:told|asked|arranged with|agreed with) (?:my |the |a )?(?:neighbou?r|sister|brother|mum|mom|friend|mate)s?\\b[^\\n]{0,30}?\\bif (?:she|he|they|you) (?:ever )?hears? (?:shouting|screaming|thumping|banging|crashing|a scream|me scream)\\b`,
        `\\bchair (?:wedged |jammed |propped )?(?:under|against) (?:the |my )?(?:bedroom |bathroom )?door(?: ?handle| ?knob)?\\b(?=[^\\n]{0,80}\\b(?:every night|at night|each night|again|in case|so i (?:hear|know|wake)|(?:he|she|they)(?:'s| is| has| says|'ll| will))\\b)`,
      ].join('|'),
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
  {
    id: 'abuse.forced-labour',
    category: 'abuse',
    level: 'high',
    // The employer is the subject and the speaker ("me", "us", "our") the target.
    subjectMayBeTarget: true,
    // Forced labour and trafficking by whoever controls the work: identity documents kept, violence,
    // threats of denunciation to police or immigration, debts that bind the worker. Holding papers
    // for a named, ordinary purpose (a visa application, a copy) is left out.
    // @see ILO, Indicators of Forced Labour (2012): retention of identity documents, withholding of
    //   wages, debt bondage, threats of denunciation to authorities, physical violence.
    // @see Home Office, Modern Slavery: Statutory Guidance for England and Wales (2024); child
    //   criminal exploitation ("county lines") through debt.
    pattern: new RegExp(
      [
        `\\b(?:${EMPLOYER}|he|she|they)${WORK_GAP} (?:keeps?|kept|took|takes|taken|has|holds|held|hid|hides|locked up|took away|won'?t give (?:me |us )?back) (?:all )?(?:my|our|all our|all of our) (?:passports?|id cards?|ids|identity (?:cards?|documents)|documents|papers|visas?)\\b(?! (?:for|while|during|until|to) (?:the |my |our |a |it )?(?:visa|application|renew\\w*|processing|checks?|cop(?:y|ies)|scan|right to work|verification))`,
        `\\b${EMPLOYER}${WORK_GAP} (?:hits|hit|beats|beat|slaps|slapped|kicks|kicked|punches|punched|hurts) (?:us|me)\\b(?! with (?:deadlines|work|emails|targets|extra|more|a (?:fine|bill|deadline|pay cut|warning)))`,
        `\\bif (?:i|we) (?:complain|complained|leave|left|try to leave|tried to leave|quit|run|run away|ask for (?:my|our) (?:pay|wages|money|passports?)|say anything|tell anyone|go to the police|stop working)\\b[^.!?\\n]{0,30}?\\b(?:he|she|they)(?:'ll| will|'d| would|'s going to| is going to) (?:tell|call|ring|phone|get|report (?:me|us) to|send (?:me|us) to|hand (?:me|us) (?:in|over) to) (?:the )?(?:police|immigration|home office|cops|authorities|border)`,
        `\\b(?:says|said|tells (?:me|us)|told (?:me|us)|they say|claims) (?:that )?(?:i|we) owe (?:him|her|them)\\b[^.!?\\n]{0,80}?\\b(?:(?:i|we) (?:have|got|need) to|makes? (?:me|us)|made (?:me|us)|until (?:i|we)) (?:carry|sell|deliver|hold|move|drop off|run|work (?:for (?:him|her|them|free|nothing)|it off|without pay))\\b`,
        `\\b(?:we|i) owe (?:(?:him|her|them) )?for (?:the )?(?:flights?|travel|tickets?|visa|rent|food|transport)\\b[^.!?\\n]{0,60}?\\b(?:keeps? going up|never (?:goes )?down|can'?t leave|never (?:get )?paid|(?:haven'?t|have not|never) been paid)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'abuse.sexual-extortion',
    category: 'abuse',
    level: 'high',
    // Images held over the speaker to get more images, money or sex ("sextortion"), often aimed at
    // children by strangers online. Sending one's own photos by choice is not matched.
    // @see NCA CEOP, Financially motivated sexual extortion: alert for education settings (2024).
    // @see NCMEC, Sextortion: what it is and how to respond.
    pattern: new RegExp(
      [
        `\\b(?:has|have|got|kept|saved|screenshotted|screenshot|recorded) (?:my|the|some|our|those) (?:nudes|nude (?:photos|pics|pictures)|photos|pics|pictures|videos?|images|snaps)\\b[^.!?\\n]{0,80}?\\b(?:unless (?:i|we) (?:send|pay|give|do|meet|sleep|video|transfer|get)|if (?:i|we) (?:don'?t|do not|won'?t|refuse to) (?:send|pay|give|do|meet|transfer)|if (?:i|we) (?:block|tell|report))\\b`,
        `\\b(?:threaten(?:s|ed|ing)?|going|gonna|(?:says|said) (?:he|she|they)(?:'ll| will|'d| would)) (?:to )?(?:send|post|share|leak|show|release|spread|expose|put up) (?:my|the|our) (?:nudes|nude (?:photos|pics|pictures|videos)|intimate (?:photos|pics|pictures|images|videos)|explicit (?:photos|pics|images|videos)|sexy (?:photos|pics))\\b`,
        `\\b(?:i'?m|i am|i was|i'?m being|i am being|i'?ve been|i have been|being) (?:sextorted|blackmailed (?:with|over) (?:my )?(?:nudes|photos|pics|pictures|videos))\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'abuse.sexual-no-consent',
    category: 'abuse',
    level: 'high',
    // Sex without consent: after being drugged, while asleep or unconscious, after a no that was
    // ignored, or as a demand the speaker cannot refuse; "r-word" is how some people write rape.
    // @see WHO 2013 (above): sexual violence includes acts where a person cannot consent.
    // @see Sexual Offences Act 2003 (England and Wales), s.75(2)(d) and (f): no consent is presumed
    //   when the person was asleep or unconscious, or given a stupefying substance without consent.
    pattern: new RegExp(
      [
        `\\b(?:(?:i|i think i|i'?m sure i) (?:was|got|had been|'d been|must have been|must'?ve been) (?:drugged|spiked|roofied)|(?:someone|somebody|he|she|they|a (?:guy|man)) (?:must have |must'?ve |had |has )?(?:drugged|spiked|roofied) (?:me|my drink))\\b(?=[^\\n]{0,160}\\b(?:woke up (?:with|without|naked|undressed|next to|beside|in (?:a stranger|someone|his|her|a strange))|clothes|naked|undressed|knickers|underwear|sore|bleeding|someone'?s bed|his bed|touched|raped|assaulted|had sex)\\b)`,
        `\\bwoke up (?:with(?:out)? (?:my )?(?:clothes|knickers|underwear|pants|trousers|jeans|skirt|top) (?:off|gone|missing|removed|torn|ripped|pulled down|on the floor)|(?:naked|undressed|half[- ]naked) (?:in|next to|beside|with) (?:a stranger|someone|some (?:guy|man|bloke|girl|woman)|a (?:guy|man|bloke)|his bed|a bed))\\b(?<=\\b(?:drugged|spiked|roofied|blacked out|passed out|don'?t remember|can'?t remember|no memory)\\b[^\\n]{0,160})`,
        `\\bi (?:said|told (?:him|her|them)) no\\b[^.!?\\n]{0,60}?\\b(?:he|she|they) (?:just )?(?:(?:didn'?t|did not|wouldn'?t|would not|never) stop\\b(?! (?:asking|offering|talking|texting|calling|messaging|going on|complaining|nagging|bringing it up|laughing))|kept going|carried on|did it anyway|went ahead|still did it)`,
        `\\b(?:had sex with me|did (?:stuff|things|it) to me|touched me|raped me|undressed me|forced (?:himself|herself) on me)\\b[^.!?\\n]{0,20}?\\b(?:while|when) i (?:was|were) (?:asleep|sleeping|passed out|unconscious|blackout drunk|too drunk|out of it|drugged)\\b`,
        `\\br-?word(?:'?d|ed) me\\b`,
        `\\buntil (?:he|she|they)(?:'s| is|'re| are) (?:done|finished) with me\\b(?=[^.!?\\n]{0,40}\\b(?:whether i (?:want|like) (?:it|to) or not|even if i|i don'?t want|against my will)\\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'abuse.forced-marriage',
    category: 'abuse',
    level: 'high',
    // A marriage the speaker has not agreed to, or cannot agree to (a child): force, threats, a
    // phone or passport taken, a trip abroad without a return ticket. An arranged marriage
    // described without any of these is not matched.
    // @see HM Government, Multi-agency statutory guidance for dealing with forced marriage (2023):
    //   under-18s cannot consent; confiscated documents, being taken abroad, restricted movement.
    pattern: new RegExp(
      [
        `\\b(?:forc(?:e|es|ed|ing)|pressur(?:e|es|ed|ing)|coerc(?:e|es|ed|ing)) (?:me )?(?:in)?to (?:marry|get married|a marriage|marriage|be married)\\b|\\bmarr(?:y|ying|ied) me off\\b`,
        `\\b(?:i'?m|i am|me|for me to) (?:getting |being |to be |going to be |gonna be |be )?married(?: off)? (?:to|back home|abroad|in|this|next|when|before)\\b(?=[^\\n]{0,160}\\b(?:(?:i'?m|i am) (?:1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\\b|i said no|(?:don'?t|do not|didn'?t|never) want(?:ed)? (?:to (?:marry|get married|be married)|(?:to marry )?(?:him|her)\\b(?! to)|this marriage)|against my will|(?:won'?t|hasn'?t|doesn'?t|haven'?t|don'?t|hadn'?t) let me (?:out|leave|go)|(?:took|taken|take) (?:away )?my (?:phone|passport|laptop)|(?:met|seen) (?:him|her|them)? ?(?:once|twice)|never (?:met|seen) (?:him|her|them)|if i (?:refuse|say no|don'?t)|shame|honou?r|won'?t live))`,
        `\\b(?:return|my) (?:ticket|flight)(?: (?:back|home))? (?:isn'?t|wasn'?t|is not|was not|was never|has never been|hasn'?t been|has not been|never) (?:been )?booked\\b(?=[^\\n]{0,160}\\b(?:phone|passport)(?:'s| has| was| is)? (?:been )?(?:taken|hidden|confiscated)\\b|[^\\n]{0,160}\\b(?:married|marry|wedding)\\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'abuse.stalking',
    category: 'abuse',
    level: 'high',
    // Tracking and stalking: a device or app put on the speaker's car or phone, someone who
    // appears or sends photos wherever the speaker goes, a protective order broken, an animal
    // left dead on the speaker's car, proof of whereabouts demanded.
    // @see Suzy Lamplugh Trust, National Stalking Helpline: fixated, obsessive, unwanted,
    //   repeated (FOUR) behaviour; tracking devices and spyware.
    // @see Stalking Protection Act 2019 (UK); Campbell et al. 2003 (above) on stalking before femicide.
    pattern: new RegExp(
      [
        `\\b(?:${ABUSER}|my ex|an ex)\\b[^.!?\\n]{0,30}?\\b(?:installed|put|hid|planted|fitted|placed|attached|stuck|hidden) (?:a |an |some )?(?:tracker|tracking (?:device|app)|gps(?: tracker)?|air ?tags?|spy ?ware|stalkerware|spy app|hidden camera) (?:on|in|under|inside|onto) my (?:car|phone|bag|laptop|coat|bike|house|flat|room|keys)\\b`,
        `\\b(?:${ABUSER}|my ex|an ex)\\b[^.!?\\n]{0,30}?\\b(?:installed|put|hid|planted|fitted|placed|attached) something (?:on|in|under|inside|onto) my (?:car|phone|bag|laptop|bike)\\b(?=[^\\n]{0,120}\\b(?:wherever|everywhere|knows where|always knows|photo of|turns? up|shows? up|follow\\w*|track\\w*)\\b)`,
        `\\bfound (?:a|an) (?:tracker|air ?tag|tracking device|gps tracker|hidden camera) (?:on|in|under|inside|hidden in|attached to) my (?:car|bag|coat|bike|phone|flat|house|room)\\b`,
        `\\b(?:wherever|everywhere|anywhere) i go,? (?:${ABUSER}|my ex)\\b[^.!?\\n]{0,40}?\\b(?:(?:texts?|sends?|messages?) me (?:a )?(?:photo|picture|pic)|turns? up|shows? up|appears?|is there|knows|follows)\\b`,
        `\\b(?:he|she|they|my ex|someone|somebody)(?: has| had)? (?:left|leaves|put|sent|posted) (?:a |an )?dead (?:bird|animal|rat|mouse|cat|fish|rabbit|pigeon|flowers) (?:on|at|through|in) (?:my|the) (?:car|doorstep|door|porch|windscreen|windshield|letterbox|step|front door)\\b(?=[^.!?\\n]{0,20}\\bwith a (?:note|message|card)\\b|(?<=\\b(?:my car|my windscreen|my windshield|letterbox)))`,
        `\\b(?:have|has|had|got) to (?:text|send|show|message|facetime|video ?call) (?:him|her|them) (?:a )?(?:photo|picture|pic|selfie|proof|video|my location) (?:of|showing) (?:where i am|who i'?m with|what i'?m doing)\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'abuse.order-breached',
    category: 'abuse',
    level: 'high',
    // The person a court order protects the speaker from has broken it: the breach is about the
    // speaker even though the other person is the subject (Stalking Protection Act 2019, above).
    subjectMayBeTarget: true,
    pattern:
      /\b(?:he|she|they|my ex|my ex-(?:husband|wife|partner|boyfriend|girlfriend)|my (?:husband|wife|partner|boyfriend|girlfriend|stalker|abuser))(?:'s| has| had| just| already| again| now){0,2} (?:broke|broken|breached|breaking|breaches|violated|violating|ignor(?:es|ed|ing)) (?:the|my|his|her|a|an) (?:injunction|restraining order|non-?molestation order|protection order|protective order|no-?contact order|stalking protection order)\b(?! (?:against|on|for) (?:her|him|them|my (?:sister|brother|friend|mum|mom|dad|daughter|son)))(?<=\b(?:i|me|my|i'?ve|i'?m)\b[^\n]{0,160})/u,
  },
  {
    id: 'abuse.control',
    category: 'abuse',
    level: 'high',
    // Coercive control and violence said in other words: a bone broken by the person, knives
    // pulled, "accidents" in quotes, drugging, rules over clothes, food, money and friends, bruises
    // for not obeying (Stark 2007 and Campbell et al. 2003, above).
    pattern: new RegExp(
      [
        `\\b${ABUSER}(?:'s| has| had)? ${BETWEEN}(?:broke|broken|fractured|cracked|dislocated|split) my (?:arm|wrist|nose|jaw|ribs?|fingers?|leg|collarbone|cheekbone|eye socket|lip|tooth|teeth|skull)\\b(?! (?:by accident|accidentally|playing|in a tackle|when we were (?:kids|little|young)|with (?:a |the |his |her |their |my )?${PLAY_THING}))(?![^\\n]{0,120}\\b(?:i got out|i left (?:him|her|them)|(?:i'?m|i am) (?:now )?(?:remarried|safe now|out now))\\b)`,
        `\\b(?:pull(?:s|ed|ing)?) (?:a |the |his |her |their )?(?:knife|knives|gun|guns|blade|machete) (?:on|at) me\\b`,
        `\\b(?:he|she|they|my ${person}) ["'](?:accidentally|by accident|accidently)["'] (?:[a-z]+ ){0,2}?(?:hurts?|hits?|push(?:es|ed)?|burns?|trips?|elbows?|knocks?|cuts?) me\\b`,
        `\\b(?:treats?|treated|uses?|used) me (?:like|as) (?:a|his|her|their) (?:punching bag|punchbag|punch bag)\\b`,
        `\\b(?:he|she|they|my ${person}) (?:[a-z]+ ){0,2}?(?:puts?|put|slips?|slipped|mixes|mixed|keeps putting) (?:something|stuff|pills|tablets|drugs|powder|sleeping pills|[a-z]+ pills) (?:in|into) my (?:tea|drink|drinks|food|coffee|water|dinner|juice|wine)\\b(?=[^.!?\\n]{0,40}\\b(?:groggy|drowsy|sleepy|out of it|knocked out|pass out|black out|can'?t (?:remember|move|think)|without (?:me knowing|telling me)|so i (?:sleep|can'?t))\\b)`,
        `\\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf)) (?:decides|chooses|dictates|picks|controls) (?:what i (?:wear|eat|spend|say)|who i (?:see|talk to|speak to|can see|text)|where i (?:go|can go))\\b`,
        `\\bno (?:money|bank account|bank card|phone|car|keys|friends) of my own\\b`,
        `\\b(?:or|otherwise|and|then|if i don'?t,?) (?:he|she|they) (?:gets?|goes|get) (?:angry|mad|violent|physical|nasty)\\b[^.!?\\n]{0,40}?\\b(?:i (?:end up|get|got|have|had) (?:with )?(?:bruises|marks|a black eye|hurt)|(?:hits|hurts|beats) me)\\b`,
        `\\b(?:(?:don'?t|do not|won'?t|will not|never) let me (?:have (?:any |my own )?(?:money|a phone|a bank account|my own money)|leave the house|go out|see (?:my|anyone|friends))|not allowed (?:to )?(?:have (?:any )?money|leave the house))\\b(?=[^\\n]{0,120}\\b(?:prisoner|trapped|i'?m (?:1[89]|[2-9]\\d)\\b|locked)\\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'abuse.control-signs',
    category: 'abuse',
    level: 'moderate',
    // Each sign names the speaker ("of mine", "my husband") or their age: the parent is the subject, the speaker the target.
    subjectMayBeTarget: true,
    // Signs of control and fear without a named act: avoiding bruises, things of the speaker's
    // smashed when a rule is broken, hiding money or help from a partner, food locked away from a
    // child (Stark 2007; NSPCC on neglect and emotional abuse, above).
    pattern: new RegExp(
      [
        `\\bwhen i (?:don'?t|do not|didn'?t) (?:answer|reply|text (?:him |her )?back|pick up)\\b[^.!?\\n]{0,40}?\\b(?:he|she|they) (?:(?:turns? up|shows? up|comes? round|comes? over)\\b(?=[^.!?\\n]{0,60}\\b(?:angry|furious|raging|mad|shouting|screaming|yelling|drunk|banging|kick\\w* off)\\b)|gets? (?:violent|physical)\\b)`,
        `\\b(?:have|has|got|need) to be (?:really |so |very |super )?careful (?:about )?(?:what|how) i (?:say|act|do|behave)\\b[^.!?\\n]{0,20}?\\bor (?:else )?(?:he|she|they) (?:explodes?|kicks? off|loses? it|goes? mad|flips?|snaps?|goes? quiet and then)\\b`,
        `\\b(?:saves?|avoids?|avoiding|spares?) (?:me )?(?:some |the |a few |more )?(?:bruises|black eyes|a beating|a slap|getting hit|being hit)\\b`,
        `\\b(?:he|she|they|${ABUSER}) (?:smash(?:es|ed)?|breaks|broke|destroys|destroyed|rips|ripped|burns|burned|burnt) (?:something|things|stuff) of mine\\b`,
        `\\b(?:bank account|savings account|money|cash|a phone|a refuge|a support group|help)\\b[^.!?\\n]{0,40}?\\bwithout (?:my|your|him|her) (?:husband|wife|partner|boyfriend|girlfriend|bf|gf)? ?(?:finding out|knowing|noticing|seeing)\\b(?! (?:about |for )?(?:about|for|that|what) (?:his|her|the|a|my) (?:birthday|present|gift|surprise|party|anniversary))`,
        `\\b(?:my (?:mum|mom|dad|mother|father|step ?mum|step ?mom|step ?dad|parents?|carer|foster (?:mum|mom|dad|parents?))|she|he|they) (?:[a-z]+ ){0,2}?lock(?:s|ed)? (?:the |all the )?food (?:away|up|in (?:her|his|their) room)\\b(?=[^\\n]{0,80}\\b(?:from me|i'?m (?:[5-9]|1[0-7]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\\b|i'?m (?:starving|hungry)|so i can'?t eat))`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'abuse.act-family',
    category: 'abuse',
    level: 'high',
    // Violence by someone in the speaker's household or care, in the words people use for it: a
    // belt or strap "taken to me", whipping, pinching and twisting where bruises will not show,
    // being shoved around, held down or held under water, a pillow or a hand over the face, being
    // tied into a chair, sex forced on the speaker. The person is named with a kin word and an
    // age word ("my big brother"), through someone else ("my husband's mother", "mum's carer"), or
    // as paid care staff. Each act names the speaker as its object.
    // @see WHO, Responding to intimate partner violence and sexual violence against women (2013):
    //   physical and sexual violence by a partner or family member.
    // @see WHO, Elder abuse fact sheet (2022): physical abuse and restraint by carers and family.
    // @see Campbell JC, et al. Am J Public Health 2003;93(7):1089–97 (strangulation, forced sex).
    pattern: new RegExp(
      [
        `\\b(?<!\\b(?:like|if|though) )${ABUSER_PLUS}(?:'s| has| had)? ${BETWEEN}(?:${ABUSE_ACT} me\\b(?! (?:with (?:a |the |my )?(?:pillow|cushion|balloon|snowball|towel|newspaper)|playfully|for fun|as a joke|(?:at|in) (?:chess|cards|games?|fifa|tennis|pool|darts|football|races?|everything|sports?)))|${HARM_ACT})`,
        `\\b${ABUSER_PLUS}\\b[^.!?\\n]{0,40}? and (?:then )?(?:still |always |often |sometimes |even )?(?:hits|beats|punches|kicks|slaps|chokes|strangles|whips|threatens) me\\b(?! (?:at|in) (?:chess|cards|games?|fifa|tennis|pool|darts|football|races?))`,
        `\\bme\\b[^.!?\\n]{0,60}?\\b(?:and )?(?:then )?with (?:his|her|their) (?:fists?|belt)\\b`,
        `\\b${ABUSER_PLUS}(?:'s| has| had)? ${BETWEEN}(?:hits?|beats?|punch(?:es|ed)|kick(?:s|ed)|slaps?|slapped|chok(?:es|ed)|whips?) (?:our|my) (?:little |baby |younger )?(?:son|daughter|kids?|children|baby|boy|girl)\\b(?!'s)`,
        `\\b(?:spirits?|demons?|devil|evil)\\b[^.!?\\n]{0,30}?\\b(?:need(?:s)? (?:beating|whipping) out|beat(?:ing|en)? (?:it|them|the [a-z]+) out of me)\\b`,
        `\\b(?:puts?|putting|put|held|holds|holding|presses|pressed|pressing) (?:a |the |his |her |their )?(?:pillow|cushion|hand|plastic bag|bag) (?:over|on) my (?:face|mouth|nose|head)\\b`,
        `\\b(?:he|she|they|${ABUSER_PLUS})(?:'s got|'s| has got| has| got) (?:a |his |her |their )hand over my (?:mouth|face|nose)\\b`,
        `\\b(?:he|she|they|${ABUSER_PLUS})(?:'s| is| was|'ve been| has been) (?:really )?rough (?:with me|on purpose)\\b(?=[^.!?\\n]{0,60}\\b(?:laughs?|laughing|keep my mouth shut|shut up|when (?:no one|nobody)|no one|nobody|if i tell|bruis\\w*)\\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'abuse.threat-if-tell',
    category: 'abuse',
    level: 'high',
    // Threats that keep the speaker silent or in place: worse violence, a care home or being
    // "put away", deportation or a lost visa, a fire with the speaker inside, a house signed over
    // under threat; and being told no one will believe them. Said by the person (says, told me,
    // threatens), never a fear the speaker voices alone ("if I leave my job I'll lose my visa").
    // @see Campbell JC, et al. Am J Public Health 2003;93(7):1089–97 (threats, threats to kill).
    // @see Stark E. Coercive Control (2007): threats that isolate and silence.
    // @see WHO, Elder abuse fact sheet (2022): threats and financial abuse of older people.
    pattern: new RegExp(
      [
        `\\bif i (?:tell|told|report|reported|complain|complained|say anything|speak up|go to the police|call the police|scream|shout|don'?t (?:sign|give|do what))\\b[^.!?\\n]{0,60}?\\b(?:he|she|they)(?:'ll| will|'d| would|'s going to| is going to|'re going to|'s gonna) (?:make it worse|make (?:my life|things) (?:hell|worse)|put me (?:in a home|away)|have me (?:put away|locked up|committed|put in a home)|hurt me|kill me|get me|burn|finish me)`,
        `\\bthreaten(?:s|ed|ing)? (?:me )?(?:with )?(?:worse|to (?:have me|put me|get me|send me|throw me|burn)[^.!?\\n]{0,30}?)\\b(?:if i (?:tell|told|say|speak|report|complain|go))\\b`,
        `\\b(?:say|says|said|tells me|told me|keeps saying|threaten(?:s|ed|ing))\\b[^.!?\\n]{0,60}?\\b(?:i'?ll|i will|i would|i'?d|we'?ll) (?:be deported|lose my (?:visa|status|right to (?:stay|remain))|get deported|be sent back)\\b[^.!?\\n]{0,10}?\\bif i (?:complain|report|tell|say anything|speak|go to)|\\b(?:says|said|tells me|told me|threaten(?:s|ed|ing))\\b[^.!?\\n]{0,20}?\\bif i (?:report|complain|tell|say anything|speak|go to)\\b[^.!?\\n]{0,60}?\\b(?:i'?ll|i will) (?:be deported|lose my (?:visa|status)|get deported|be sent back)\\b`,
        `\\b(?:he|she|they)(?:'ll| will|'d| would|'s going to| is going to|'re going to|'s gonna) burn (?:the|our|my|this) (?:house|flat|home|place)(?: down)? with (?:me|us|the kids|my [a-z]+)(?: all)? (?:in|inside)\\b`,
        `\\b(?:says|said|tells me|told me|keeps telling me|keeps saying)\\b[^.!?\\n]{0,40}?\\b(?:no ?one|nobody|no-one) (?:will|would|'?ll|is going to) (?:ever )?believe (?:me|an? (?:old |little )?(?:woman|man|girl|boy|kid|lady|child)|a (?:kid|child))\\b`,
        `\\bthreaten(?:s|ed|ing)? to (?:leave me homeless|take (?:the|my|our) (?:kids|children|dog|baby)|throw me out|kick me out)\\b[^.!?\\n]{0,40}?\\bif i (?:don'?t|do not|won'?t|leave|tell)\\b`,
        `\\btells? me to keep my mouth shut\\b|\\b(?:says|said|tells me|told me) i'?m (?:his|her|their) property\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'abuse.control-family',
    category: 'abuse',
    level: 'high',
    // Coercive control through the speaker's body and needs: medicine, insulin, hearing aids or a
    // charger hidden when the person is angry or so the speaker cannot call anyone; food rationed
    // by a carer or partner; being timed in the shower or filmed crying; papers and gold taken;
    // wages paid into the person's account. A single household rule is not matched: each sign
    // comes with anger, punishment or isolation.
    // @see Stark E. Coercive Control (2007); WHO, Elder abuse fact sheet (2022): neglect and
    //   withholding of care.
    pattern: new RegExp(
      [
        `\\b(?:he|she|they|${ABUSER_PLUS})\\b[^.!?\\n]{0,20}?\\b(?:hides?|hid|hiding|takes?|took|keeps?|withholds?|smash(?:es|ed)|breaks|broke) (?:away )?my (?:[a-z]+ )?(?:meds|medication|medicine|insulin|inhaler|hearing aids?|glasses|walking (?:stick|frame)|wheelchair|phone charger|charger|tablets)\\b(?=[^.!?\\n]{0,60}\\b(?:when (?:he|she|they)(?:'s| is|'re| are)? (?:angry|mad|drunk|upset|in a mood)|so (?:that )?i (?:can'?t|cannot)|for days|to punish me|as (?:a )?punishment)\\b)`,
        `\\b(?:he|she|they|${ABUSER_PLUS})\\b[^.!?\\n]{0,20}?\\b(?:won'?t|doesn'?t|will not|does not|never) let me take my (?:[a-z]+ )?(?:meds|medication|medicine|insulin|tablets|pills|inhaler)\\b(?! (?:to|into|in|on|with) )`,
        `\\b(?:locks?|locked) (?:the )?food (?:cupboard|away|up|in)\\b[^.!?\\n]{0,60}?\\b(?:(?:only )?feeds? me|decides? when i(?:'m| am)? (?:allowed to )?eat|allowed to eat)\\b|\\bdecides? when i(?:'m| am)? (?:allowed to )?(?:eat|sleep|shower|go out|leave the house)\\b`,
        `\\btim(?:es|ed) (?:my|how long i (?:spend|take) in the) (?:showers?|toilet|bathroom)\\b|\\bfilms? me (?:when|while) i(?:'m| am)? (?:cry|crying|sleep|sleeping|shower|showering|change|changing|undress)\\b|\\bkeeps? the (?:car keys|keys), my (?:passport|bank card|phone)\\b`,
        `\\b(?:took|takes|taken|has taken|kept|keeps|sold|sells) my (?:visa (?:papers|documents)|residence (?:permit|card)|gold|jewell?e?ry)\\b(?<=\\b(?:husband|wife|partner|in-laws?|he|she|they)\\b[^.!?\\n]{0,30})`,
        `\\b(?:gets?|has|had) my (?:wages|salary|pay|benefits|pension) paid into (?:his|her|their) (?:own )?account\\b|\\b(?:won'?t|doesn'?t|will not|never) let me (?:learn (?:to drive|english)|get a job|go to (?:college|work|the doctor|church))\\b`,
        `\\b(?:i'?m|i am) not allowed (?:out|to go out|to leave) without (?:him|her|my (?:husband|wife|partner|boyfriend|girlfriend))\\b`,
        `\\b(?:i'?ve been|i have been|i'?m being|i am being|been|being) (?:kept|locked|shut) (?:in|inside|up in) (?:my|the|a) (?:bed)?room\\b(?! (?:revising|studying|working|gaming|writing|coding|reading|sulking)\\b)[^.!?\\n]{0,20}? for (?:\\d+|two|three|four|five|six|seven|several|a few) (?:days|nights|weeks)\\b|\\blocked in (?:the|my) (?:bed)?room\\b(?=[^\\n]{0,60}\\b(?:(?:he|she|they) (?:took|has|'s got) my phone|not coming out until|won'?t let me out)\\b)`,
        `\\b(?:ties|tied|straps|strapped|tying) me (?:in|into|to) (?:my |the |a )?(?:wheelchair|chair|bed)\\b`,
        `\\bif i (?:don'?t|do not|won'?t) sign (?:the house|my house|it|everything|the will)(?: over)?\\b[^.!?\\n]{0,40}?\\b(?:he|she|they)(?:'ll| will|'s going to| is going to) (?:put me|have me|throw me|kick me|stop)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'abuse.stalking-family',
    category: 'abuse',
    level: 'high',
    // Fixated, repeated pursuit: following the speaker home, parking outside night after night,
    // new accounts to get round a block, photos of the speaker's door or children sent as a
    // message.
    // @see Suzy Lamplugh Trust, National Stalking Helpline (FOUR: fixated, obsessive, unwanted,
    //   repeated); Campbell et al. 2003 (above) on stalking before femicide.
    pattern: new RegExp(
      [
        `\\b(?:${ABUSER_PLUS}|my ex)\\b[^.!?\\n]{0,20}? (?:follows|followed|keeps following|has been following|'s been following|is following) me (?:home|back to my (?:flat|house|car)|to my (?:car|flat|house|door)|from work)\\b`,
        `\\b(?:my ex|an ex|he|she|they)\\b[^.!?\\n]{0,20}?(?:has been|'s been|keeps|kept|was|is) (?:parked|parking|sitting|waiting|standing) outside my (?:flat|house|home|work|window|school)\\b[^.!?\\n]{0,10}?(?:\\w+ (?:nights|days|times)|every (?:night|day)|all night|again)\\b`,
        `\\bkeeps? (?:making|setting up|creating) new (?:accounts|profiles|numbers) to (?:message|contact|text|follow|find) me\\b`,
        `\\b(?:my ex|an ex|he|she|they)\\b[^.!?\\n]{0,20}? (?:sent|sends|texted|texts|posted) (?:me )?(?:a )?(?:photos?|pictures?|pics?) of (?:my (?:front door|door|house|flat|window|car)\\b(?<=\\b(?:keeps|knows|blocked|new accounts?|again|scared)\\b[^\\n]{0,120})|my (?:kids|children|son|daughter) (?:at|outside) (?:school|nursery)\\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'abuse.danger-now-family',
    category: 'abuse',
    level: 'imminent',
    // The person is the subject and the speaker's household ("us", "the kids") the target.
    subjectMayBeTarget: true,
    // Danger in the house now: the speaker hiding (shed, wardrobe, upstairs) while the person is
    // drunk, smashing things or looking for them; a weapon sharpened while staring at them; a
    // family member held by the throat; things thrown at the speaker; petrol poured in the house;
    // a car driven to crash with them in it; a partner who has found the refuge or is trying the
    // doors. Any one of these is the imminent level of the WHO and Campbell danger indicators.
    // @see WHO, Responding to intimate partner violence and sexual violence against women (2013).
    // @see Campbell JC, et al. Am J Public Health 2003;93(7):1089–97 (weapons, threats to kill, strangulation).
    pattern: new RegExp(
      [
        `\\b(?:i'?m |im |i am |we'?re |we are )?(?:hiding|hidden) (?:in |inside |under |behind )?(?:the |my |our |a )?(?:shed|garage|wardrobe|closet|bathroom|toilet|loo|cupboard|attic|bedroom|room|car|upstairs|downstairs)\\b(?<=\\b(?:drunk|belt|hit|hits|hitting|smash\\w*|throw\\w*|knife|kill|hurt\\w*|looking for me|banging|finish me|screaming|raging)\\b[^\\n]{0,140})|\\b(?:i'?m |im |i am |we'?re |we are )?(?:hiding|hidden) (?:in |inside |under |behind )?(?:the |my |our |a )?(?:shed|garage|wardrobe|closet|bathroom|toilet|loo|cupboard|attic|bedroom|room|car|upstairs|downstairs)\\b(?=[^\\n]{0,140}\\b(?:drunk|belt|hit|hits|hitting|smash\\w*|throw\\w*|knife|kill|hurt\\w*|looking for me|banging|finish me|screaming|raging)\\b)`,
        `\\b(?:he|she|they|${ABUSER_PLUS})(?:'s| is|s) (?:[a-z]+ ){0,4}?(?:sharpening|holding|waving|getting out) (?:a |the |his |her |their )?(?:knife|knives|blade|machete|axe)\\b[^.!?\\n]{0,20}?\\b(?:staring|glaring|looking) at me\\b`,
        `\\b(?:he|she|they|${ABUSER_PLUS})(?:'s got| has got| has| got|'s| is holding|'s holding| grabbed) (?:me|my (?:[a-z]+ )?(?:${person}|dog|cat)|the (?:dog|cat|baby)) by the (?:throat|neck)\\b`,
        `\\b(?:he|she|they|${ABUSER_PLUS})(?:'s| is|'s been| has been| has| just)? (?:[a-z]+ and )?(?:throwing|thrown|hurling|hurled|threw|chucking|chucked) (?:plates|bottles|a bottle|glasses|a glass|cups|mugs|chairs|a chair|knives|a knife|things|stuff|the (?:kettle|iron|remote|plates)) at me\\b`,
        `\\b(?:he|she|they|${ABUSER_PLUS})(?: is|'s|s) (?:hitting|beating|hurting|attacking|strangling|choking|kicking|punching) (?:me|my (?:little |baby |younger |big |older )?${person})\\b${NOT_A_GAME}`,
        `\\b(?:he|she|they)(?:'s| is|s|'re| are) (?:going to|gonna) (?:finish|kill) me(?: off)?\\b(?! (?:if|when|at|in|for)\\b)(?<=\\b(?:banging|kicking|locked|hiding|door|knife|drunk)\\b[^\\n]{0,120})`,
        `\\b(?:pouring|poured|splashing|spreading) (?:petrol|gasoline|lighter fluid|paraffin)\\b[^.!?\\n]{0,60}?\\b(?:we'?ll all burn|burn (?:us|me)|(?:on|over) (?:me|us)|(?:in|on|around) (?:the |our |my )?(?:hallway|house|flat|stairs|kitchen|living room|bedroom|front door)\\b(?=[^\\n]{0,80}\\b(?:we|us|me|the kids)\\b))\\b`,
        `\\b(?:he|she|they)(?:'ll| will|'s going to| is going to|'s gonna|'re going to) (?:crash (?:the car with )?us (?:both|all)|drive (?:us (?:all |both )?|the car )(?:into|off) (?:the |a )?(?:reservoir|river|lake|sea|tree|wall|lorry|truck|ditch|cliff|bridge|canal))\\b`,
        `\\b(?:he|she|they)(?:'s| is| are|'re) (?:driving|walking|going) (?:round|around|about)(?: [a-z]+){0,3}? looking for me\\b(?<=\\b(?:got away|get away|ran|run|escaped|climbed out|hiding|hid|refuge)\\b[^\\n]{0,140})`,
        `\\b(?:he|she|they)(?:'s| has) found me\\b(?=[^\\n]{0,80}\\brefuge\\b)|\\b(?:he|she|they)(?:'s| is) (?:in the car park |parked )?outside (?:the refuge|my window)\\b(?=[^\\n]{0,120}\\b(?:not (?:supposed|allowed) to be|trying the (?:back |front )?doors?|knows which window|refuge)\\b)|\\b(?:he|she|they)(?:'s| is) trying the (?:back |front )?(?:door|doors|windows?|handle)\\b`,
        `\\b(?:i'?m |im |i am )?pretending to (?:be asleep|sleep)\\b(?<=\\b(?:drunk|in my room|in my bed)\\b[^\\n]{0,120})`,
        `\\b(?:says|said) i'?m next\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'abuse.grooming-family',
    category: 'abuse',
    level: 'high',
    // Grooming by an adult in a position of trust: secrecy from the child's parents, "they
    // wouldn't understand our friendship", a request to meet alone. The adult is named as a
    // teacher, coach, tutor or leader, or the speaker gives an age under eighteen.
    // @see NSPCC, Grooming: signs and indicators (secrecy, special attention, meeting alone).
    pattern: new RegExp(
      [
        `\\b(?:teacher|coach|tutor|pastor|priest|instructor|youth worker|leader|scout leader)\\b[^.!?\\n]{0,60}?\\b(?:told|tells|asked|asks) me not to tell (?:my )?(?:parents|mum|mom|dad)\\b(?= *[.!?,;]| *$| and\\b| about (?:us|it|this|our|him|her|the (?:messages|photos|pictures|chats))\\b)`,
        `\\b(?:my parents|my mum|my mom|my dad|they) (?:wouldn'?t|won'?t|would never|will never) understand (?:our (?:friendship|relationship)|us|about us)\\b(?<=\\b(?:coach|teacher|tutor|instructor|leader|pastor|priest)\\b[^\\n]{0,120})`,
        `\\b(?:he|she) (?:wants|asked|asks|keeps asking) (?:me )?to meet (?:up )?(?:alone|in secret|secretly)\\b(?<=\\b(?:i'?m|i am) (?:1[0-7]|[5-9]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\\b[^\\n]{0,120})`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'abuse.fear-of-home',
    category: 'abuse',
    level: 'high',
    // Afraid to go home because of a partner or family member, with an injury or with nights spent
    // elsewhere: the fear is the sign even when no act is named.
    // @see Campbell JC, et al. Am J Public Health 2003;93(7):1089–97 (the victim's own fear as a danger indicator).
    pattern: new RegExp(
      [
        `\\b(?:split lip|black eye|bleeding|bruises|broken (?:nose|ribs?|tooth))\\b[^.!?\\n]{0,40}?\\b(?:scared|afraid|terrified|frightened) to go (?:in|inside|home|back)\\b`,
        `\\b(?:slept|sleeping|been sleeping) in (?:my|the) car\\b[^.!?\\n]{0,60}?\\b(?:scared|afraid|terrified|frightened) of what (?:he|she|they|my ${person}) (?:will|would|might|'ll|'d|could) do\\b`,
      ].join('|'),
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

/**
 * A threat of harm still to come, in the abuser's future ("he'll put my head through the window",
 * "she said she'd set the dog on me"): with a time beside it the danger has a known moment.
 * @see SafeLives, Dash risk checklist (2009): threats to kill or harm, and is the abuse happening now or soon.
 */
export const THREAT_AHEAD =
  /\b(?:he|she|they|(?:my|the|mum'?s|dad'?s|her|his) [a-z]+)(?:'ll|'d| will| would| is going to|'s going to| are going to|'re going to|'s gonna| gonna| says (?:he|she|they)'?ll| said (?:he|she|they)'?d)(?: [a-z']+){0,4}? (?:kill|hurt|hit|beat|break|smash|stab|strangle|choke|kick|burn|sort (?:me|you) out|put my|put something in my|throw|set the dog on|run me over|do me in|wreck|batter|punch|slap|shove|drag|lock)\b/u;

/** Signs that the danger is happening now: raise current abuse to imminent. */
export const URGENT = new RegExp(
  `\\b(?:right now|just now|(?:he|she|they)(?:'s| is|'re| are) still (?:here|in the house|in the flat|downstairs|outside)|still in the (?:house|flat)|please help|help me|i'?m hiding|hiding (?:in|from)|(?:i'?m|i am) (?:in|under) the (?:wardrobe|closet|bathroom|cupboard|bed)|typing (?:under|quietly|from|this from)|messaging (?:from|under|quietly|you from)|texting (?:from|under|quietly)|don'?t know where (?:we'?re|he'?s|she'?s|they'?re) (?:going|taking me)|on (?:his|her|their) way|(?:he|she|they) just|(?:he|she|they)(?:'ll| will|'s going to| is going to) be (?:at|outside|round) (?:my|the) (?:door|house|flat|place)|typing (?:this )?with one (?:hand|thumb)|(?:comes?|coming|arrives?|driving me|taking me|flying me|moving me|picking me up|pick me up|be at|collect(?:ing)? me)\\b[^.!?\\n]{0,50}?\\bat (?:\\d{1,2}(?:[:.]\\d\\d)?(?: ?[ap]m)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight)\\b|send (?:someone|help|the police)|${ABUSER}(?:'s|'ve| has| have) just|(?:he|she|they)(?:'s| is|'re| are) still (?:shouting|screaming|yelling|raging|banging|kicking|hitting|going)|(?:screaming|shouting|yelling|saying|swearing) (?:that )?(?:he|she|they)(?:'ll| will|'s going to| is going to|'re going to| are going to) (?:kill|finish|end|murder) (?:me|it|us)\\b)\\b`,
  'u',
);
