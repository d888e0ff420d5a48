import type { RiskRule } from './risk-rule.ts';

/**
 * What raises a finding: a method or access to means, a time, a plan, and preparatory acts.
 * A method or a plan alone raises suicidal or self-harm thoughts to high; a time with intent, or
 * a preparatory act, makes them imminent. The rule's category is a placeholder: the detector
 * assigns each modifier to the finding it qualifies.
 * @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): plan, means, timeframe, preparatory behaviour.
 * @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS: method, intent, plan; preparatory acts).
 */
export const MEANS_RULE: RiskRule = {
  id: 'modifier.means',
  category: 'suicide',
  level: 'high',
  pattern:
    /\b(?:pills?|tablets?|overdose|od|paracetamol|tylenol|acetaminophen|meds|medication|prescription|insulin|rope|noose|belt|cord|ligature|gun|pistol|rifle|shotgun|firearm|knife|knives|blade|razor|bridge|roof|ledge|balcony|cliff|train|tracks|railway|car exhaust|carbon monoxide|charcoal|bleach|poison|antifreeze|helium|motorway|traffic|river|drown|hang|jump|overpass|flyover|viaduct|quarry|cliffs|tower block|top floor|hose(?:pipe)?|exhaust|weed ?killer|paraquat|pesticide|canal)\b/u,
};

/**
 * Times as people tell them, also by the day's events ("when the sun goes down", "after class",
 * "at 10", "around six", "at a quieter time"): a time raises a finding one step, never makes one.
 * @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): timeframe.
 */
export const TIMEFRAME_RULE: RiskRule = {
  id: 'modifier.timeframe',
  category: 'suicide',
  level: 'imminent',
  pattern:
    /\b(?:tonight|today|right now|now(?= *(?:[.!?,]|$|and (?!then|again)))|this (?:evening|morning|afternoon|weekend|week)|tomorrow|tmrw|tonite|about to|at (?:midnight|dawn|\d{1,2}(?::\d\d)? ?(?:am|pm|o'?clock))|in (?:an? |a few |\d+ |two |three )?(?:minutes?|hours?|mins?)|(?:when|once|after) (?:everyone|everybody|they|he|she|my [a-z]+)(?: is|'s| are|'re)? (?:asleep|gone|out|away|at work|in bed)|(?:when|once|after|as soon as) (?:everyone|everybody|they|he|she|my [a-z]+) (?:leaves?|goes|go|has left|have left|falls? asleep|goes to (?:bed|sleep|work))|after (?:everyone|they)(?:'s| has| have)? (?:gone|left)|before (?:morning|the morning|they get back|anyone wakes)|on (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|my birthday)|by (?:friday|the weekend|tomorrow|tonight|morning)|soon|very soon|any (?:minute|moment) now|on the \d{1,2}(?:st|nd|rd|th)(?! (?:floor|storey|story|level|century|row|step))|(?:before|once|after|when) (?:he|she|they|my [a-z]+|everyone) (?:gets?|get|comes?|goes|go) (?:home|back|in|out)|(?:the (?:weekend|night|day|week)|while) (?:everyone|everybody|my [a-z]+|they|he|she)(?:'s| is| are|'re) (?:away|out|asleep|gone|in bed)|that'?s when|i know (?:exactly )?when|(?:tonight|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s| is) the (?:day|night)|after my (?:shift|work|exam|last [a-z]+)|after dark|\d{1,2}(?::\d\d)? ?(?:am|pm)|\d{1,2}:\d\d|(?:ends?|finish(?:es)?|leaves?|gets? (?:off|in|home|back)|closes?|arrives?|lands?|flight|bus|train)(?: [a-z']+){0,3} at \d{1,2}|at \d{1,2} (?:tonight|tomorrow|this (?:evening|morning|afternoon))|(?<!\b(?:since|last|every|from|until|till|through|about|over) )(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!s)|(?:that'?s|is|as) the (?:day|night|date)|counting down|wait(?:ing)? (?:for|till|until) (?:the house|everyone|everybody|they|he|she|my [a-z]+) to (?:go|be|get|fall) (?:quiet|asleep|dark)|(?:when|once|after) (?:my|the) (?:night |late )?(?:shift|last [a-z]+) (?:ends?|finish(?:es)?|is (?:done|over))|(?:when|once|as soon as) the sun (?:goes down|sets|comes up|'?s up|is up|rises)|at (?:sunset|sundown|sunrise|first light|daybreak)|(?:after|before) (?:class|school|college|uni|work|my exams?|the exams?|my last exam)|within the hour|in the next hour|(?:when|once|as soon as|after) i (?:get|go|am|'m) (?:home|back|in|off (?:this|the|work|my shift)(?: (?:call|phone|shift|bus|train))?)|after (?:this|the) (?:shift|call|practice|training|meeting|session)|after practice|next train in|right after i|after i (?:finish|drop)|in the morning(?= *(?:[.!,]|$))|at (?:about |around )?\d{1,2}(?![\d%]|[:,.]\d|(?:st|nd|rd|th)\b| ?(?:years?|yrs?|y\/?o|floor|storey|percent|per ?cent|kg|lbs?|mph|km|miles|degrees|weeks?|months?|days?|mins?|minutes|hours?|stone|points|grand|quid|pounds|dollars|euros)\b)(?= *(?:[.!,]|$|when|tonight|tomorrow|today|so|and|once|after))|around (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight)(?= *(?:[.!,]|$))|at a quieter time|when (?:it'?s|it is) quieter|when (?:no one|nobody|no-one)(?:'s| is) (?:around|about|there))\b/u,
};

/** Plans specific enough to be a finding on their own ("looking up how many pills it takes"). */
export const STRONG_PLAN_RULE: RiskRule = {
  id: 'suicide.plan',
  category: 'suicide',
  level: 'high',
  pattern:
    /\b(?:how many (?:pills|tablets|paracetamol|sleeping pills) (?:it takes|would (?:it take|kill|do it)|to (?:die|kill|end|overdose|od))|(?:looking up|googl(?:e|ed|ing)|research(?:ed|ing)|searching|search(?:ed)? for|reading about) (?:ways|methods|the best way|the easiest way|painless ways|how) to (?:die|kill myself|end (?:it|my life)|overdose|hang)|(?:stockpil|hoard|stash)(?:ed|ing) (?:up )?(?:my |the )?(?:pills|tablets|meds|medication)|(?:sav|collect)(?:ed|ing) (?:up )?(?:all )?(?:my |the )?(?:sleeping )?(?:pills|tablets|meds|painkillers)\b(?! for (?:my|the|a) (?:holiday|trip|travels?))|(?:looked up|researched|checked|worked out|calculated|googled|figured out) (?:how much|how many|the lethal|a lethal|what dose)(?: [a-z]+){0,6} (?:would be |is |it (?:would|will) take|it takes|to take)?(?:lethal|fatal|enough|to (?:die|kill))?|how many (?:pills|tablets|paracetamol|sleeping pills) it (?:would|will) take|tested (?:the|a) (?:rope|knot|noose)|tied a noose|(?:which|what) bridge (?:is|would)|how (?:high|tall) (?:a|the) (?:bridge|building|fall) (?:has to|needs to|would)|painless (?:way|ways|method) to die|(?:read up on|looked up|looking up|researched|researching|googled|checked) (?:which|what|the) (?:ways?|methods?|options?) (?:don'?t|doesn'?t|wouldn'?t|won'?t) hurt|(?:which|what) (?:ways?|methods?) (?:are|is|would be) (?:painless|quickest|most certain))\b/u,
};

/** Plans that raise a finding but are too ordinary alone ("I have a plan" for the weekend). */
export const PLAN_RULE: RiskRule = {
  id: 'modifier.plan',
  category: 'suicide',
  level: 'high',
  pattern:
    /\b(?:i (?:have|'ve got|ve got|got|made) a plan|i(?:'ve| have)? (?:planned|worked out|figured out|decided) (?:how|when|where|it all)|i know (?:how|exactly how|when|where) i(?:'d| would| will|'ll)|picked (?:a|the) (?:date|day|place|spot|time|bridge|method)|(?:been )?(?:looking up|googl(?:e|ed|ing)|research(?:ed|ing)|searching) (?:how|ways|methods|the best way|how many)|how many (?:pills|tablets) (?:it takes|would|to)|(?:stockpil|hoard|sav|collect|stash)(?:ed|ing) (?:up )?(?:my |the )?(?:pills|tablets|meds|medication)|have (?:the|my) (?:pills|rope|gun|knife|tablets|meds) (?:ready|here|with me|saved|in my)|(?:bought|got|ordered) (?:a |the |some )?(?:rope|gun|pills|tablets|charcoal|helium|razor blades)|(?:bought|got|ordered|stocked up on) (?:a lot of|loads of|lots of|extra|a big bottle of|a few (?:packs|boxes) of|several (?:packs|boxes) of) (?:paracetamol|pills|tablets|painkillers|sleeping (?:pills|tablets)))\b/u,
};

/**
 * Preparatory acts strong enough to count alone (C-SSRS preparatory behaviour; Posner et al. 2011).
 * Letters to pen friends or customers, and goodbyes said for a transfer, a move or a flight, are
 * ordinary leave-taking and stay quiet.
 */
export const PREPARATION_RULE: RiskRule = {
  id: 'modifier.preparation',
  category: 'suicide',
  level: 'imminent',
  pattern:
    /\b(?:(?:wrote|written|writing|left|leave|finished|drafted) (?:a |my |the |some )?(?:goodbye|suicide|farewell|last) (?:letters?|notes?|messages?|texts?|emails?)|(?:goodbye|suicide|farewell) (?:letters?|notes?) (?:for|to)|(?:wrote|written|writing|left) (?:my |some )?(?:letters|notes) (?:to|for) (?:my|everyone|each|all)(?![^.!?\n]{0,30}\b(?:pen ?(?:friends?|pals?)|penpals?|customers|clients|tenants|residents|councill?ors?|mps?|editors?|santa|thank-? ?you)\b)|(?<!\b(?:can|could|should|may|do|to) i )(?:giv(?:e|ing|en)|gave) (?:away )?(?:all )?my (?:stuff|things|belongings|possessions|games|clothes|books|cat|dog|pets?|savings|money|guitar|console|jewellery|jewelry)(?: away)?\b(?![^.!?\n]{0,60}\b(?:moving|move house|declutter\w*|clear-?out|new one|upgrad\w*|allerg\w*|outgrown|too small|don'?t fit)\b)|(?:made|wrote|updated|sorted|finished) (?:out )?my will|put(?:ting)? my (?:affairs|things|life) in order|sort(?:ed|ing) out my affairs|said (?:my )?goodbyes?(?![^.!?\n]{0,60}\b(?:transferr\w*|relocat\w*|emigrat\w*|retir\w*|new (?:job|school|house|flat|site|team|role|posting)|moving (?:house|to|away|abroad|out)|flights?|airport|visa|holiday|trip|leaving (?:do|party|drinks)|end of (?:term|the season|the tour))\b)|saying goodbye to (?:everyone|my|people)|this is (?:my )?goodbye|this is my last (?:message|post|night|day|text)|(?:deleted|deleting|wiped|wiping) (?:all )?my (?:accounts|photos|social media|socials|profiles)\b(?=[^.!?\n]{0,60}\b(?:passwords|note|letters?|goodbye|gone|left)\b)|(?:deleted|deleting|wiped|wiping) (?:all )?my (?:accounts|photos|social media|profiles)|who(?:'ll| will) (?:look after|take care of|feed) my (?:cat|dog|kids|pets?) (?:when|after) i(?:'m| am)? (?:gone|dead)|won'?t be here (?:tomorrow|next week|by (?:morning|monday))|(?:stockpil|hoard|stash|sav|collect)(?:ed|ing) (?:up )?(?:my |the )?(?:pills|tablets|meds|medication|painkillers)\b(?=[^.!?\n]{0,40}\b(?:for (?:weeks|months|a while)|enough|finally|for when|for this)\b)|(?:finally )?have enough (?:pills|tablets|meds)|(?:got|have|holding|counted(?: out)?|lined up|laid out) (?:\d{2,}|twenty|thirty|forty|fifty|sixty|a hundred) (?:[a-z]+ )?(?:pills|tablets|paracetamol|painkillers|sleeping pills|co-codamol|aspirin|ibuprofen)|(?:posted|sent|writing|wrote|typing) (?:my|this) (?:last|final) (?:message|post|text|words)|goodbye (?:cruel )?world|goodbye everyone(?=[.! ]*$)|said goodbye[^.!?\n]{0,40}\bwithout (?:her|him|them|anyone) knowing|(?:texted|messaged|called|rang|visited|hugged) (?:everyone|everybody|all the people|the people) i (?:love|care about)\b(?=[^.!?\n]{0,40}\b(?:tell (?:them|everyone) i love|say goodbye|goodbye|closure|one last|for the last time|thank)\b)|(?:felt|feels|feel) like (?:closure|a goodbye|saying goodbye|the last time)|thank(?:s| you) for everything\b(?=[^\n]{0,60}\b(?:goodbye|farewell|bye forever)\b)|goodbye forever|(?:looked up|researched|checked|worked out|calculated|googled) (?:how much|how many|the lethal|a lethal|what dose)(?: [a-z]+){0,6} (?:would be |is )?(?:lethal|fatal|enough to (?:die|kill))|(?:won'?t|will not) need (?:them|it|these|those|my [a-z]+|any of (?:it|this|them)) (?:where i'?m going|after (?:tonight|today|this week))|this is (?:my )?(?:final|last) (?:goodbye|message)|(?:sorted|sorting|arranged|decided|worked) out who(?:'ll| will)? (?:gets?|have|has|take|takes|look after|looks after) (?:my|the) (?:dogs?|cats?|pets?|kids|things|stuff|plants|rabbits?)|(?:after|when|once) i'?m (?:gone|dead|no longer here)(?= *(?:[.,!]|$))|(?:easy|easier) for (?:whoever|the person who|the one who) finds me|(?:won'?t|will not) (?:be )?need(?:ing)? (?:these|this|our|them|any of (?:it|this|them))(?: [a-z]+)? (?:where i'?m going|after (?:tonight|today|this week|tomorrow|the weekend))|(?:bought|got|ordered) (?:some )?(?:charcoal|helium)\b(?=[^\n]{0,60}\b(?:tape|garage|car|sealed|bag|mask|tube)\b)|(?:wrote|written|finished) my (?:note|letters?)\b[^.!?\n]{0,40}\b(?:left|put) (?:it|them) (?:on|under|in) my (?:desk|pillow|bed|dresser|table)|so (?:that )?(?:nobody|no one|no-one|my (?:family|kids|mum|mom|dad|wife|husband|parents|partner)) (?:finds|will find|would find|has to find|have to find|can find|find|won'?t find) me)\b/u,
};

/** Acts that only count as preparation beside another sign: "wrote a note", "I'm ready". */
export const WEAK_PREPARATION =
  /\b(?:paid off (?:all )?my debts|left instructions (?:for|about|on)|(?:wrote|written|left|writing) (?:a |some )?(?:note|notes|letters?)(?: (?:to|for) (?:my|everyone|each))?|(?:i'?m|i am) ready(?= *(?:[.!]|$))|(?:sorted|tidied|cleaned) (?:out )?(?:everything|my room|all my things)|(?:they'?re|it'?s) on the (?:kitchen )?table|goodbye(?=[.! ]*$)|(?:wrote|written|left|finished) my (?:note|letters?)|(?:it'?s|they'?re|the note is|the letters are) (?:under|in|on) my (?:pillow|desk|bed|dresser)|cancel+ed (?:all )?my (?:subscriptions|direct debits|phone contract|memberships)|paid (?:off )?(?:the last|all my|my last) (?:bills?|debts?)|left (?:my )?passwords (?:for|to|with)|deleted (?:all )?my (?:socials|instagram|tiktok|snapchat)|found a (?:new )?home for my (?:cat|dog|pets?|rabbit)|that'?s me done(?= *(?:[.!]|$))|(?:telling|told) (?:them|everyone|everybody|my [a-z]+) (?:that )?i love (?:them|you)\b(?<=\b(?:sent|texted|messaged|rang|called)\b.{0,60}))\b/u;

/** Means in hand or owned: with stated intent, method and intent together are imminent. */
export const MEANS_POSSESSED =
  /\b(?:i(?: have|'ve got| ve got|ve got| got| bought| ordered| own|'ve)|i'?m holding|i am holding|in my (?:hand|pocket|bag)|i know where (?:the key|the keys|it) is) (?:a |an |the |my |some |enough |all (?:my |the )?)?(?:[a-z]+ )?(?:pills|tablets|meds|blade|blades|razor|razors|rope|noose|gun|rifle|pistol|knife|charcoal|helium|ligature|is)\b/u;

/** A weapon in hand or ready: raises stated intent to harm someone to imminent. */
export const WEAPON_AT_HAND =
  /\b(?:holding|got|have|grabbed|picked up|carrying|with) (?:a|the|my|his|her|[a-z]+'s) (?:knife|knives|gun|pistol|rifle|shotgun|blade|machete|bat|hammer|crowbar|weapon)\b|\b(?:bought|ordered) (?:a|the) (?:knife|gun|machete|bat|hammer|crowbar|axe)\b|\b(?:petrol|a petrol can|acid) in (?:my|the) (?:boot|car|bag|van)\b|\bgot everything i need\b/u;
