import { F, type RiskRule } from './risk-rule.ts';

const { drug: DRUG } = F;

/**
 * Preparatory acts: what a person does to get ready for their death or for an attack, told as
 * errands rather than named. The C-SSRS counts as preparatory behaviour any act beyond words:
 * assembling or acquiring a method, writing a note, giving valuables away, settling affairs,
 * saying goodbye, rehearsing. Each act on its own is ordinary (people make wills, rehome pets,
 * cancel the gym); what marks it as preparation is a note of finality beside it: that the
 * speaker will not be here, that the act is for "after", a cover story the speaker says is
 * false, or someone who will find them. Ordinary reasons to settle affairs (a move, a new baby,
 * a gap year, an operation, old age) keep these rules silent. A time in the message raises a
 * high finding to imminent (`modifier-rules.ts`).
 * @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS: preparatory acts or behaviour).
 * @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): preparatory behaviour, plan, means.
 */

/** Life events that explain settling affairs or giving things away, unless told as a cover story. */
const ORDINARY =
  "(?:moving|move (?:house|out|in|abroad|away|to|back)|moved|emigrat\\w*|relocat\\w*|new (?:job|flat|house|place|one)|abroad|overseas|travel\\w*|backpack\\w*|flights?|gap year|volunteer\\w*|holiday|vacation|honeymoon|trip|uni|university|halls|college|baby|babies|pregnan\\w*|newborn|wedding|married|engaged|retir\\w*|deposit|mortgage|allerg\\w*|asthma|operation|op|surgery|hospital|hospice|terminal|diagnos\\w*|cancer|parkinson\\w*|dementia|deploy\\w*|posting|army|navy|military|declutter\\w*|clear-?out|kondo|for fun|lol|haha|control freak|organised person|grown-?up thing|business continuity|emergency (?:contact|access)|password manager|solicitor said|pay rise|debt-free|save up|saving (?:up|for)|student loan|birthday|christmas|xmas|anniversary|surprise|(?:i'?m|i am|aged?) (?:[6-9]\\d|a hundred)\\b)";
/** A cover story told to others ("they think I'm moving abroad"): the ordinary reason is the disguise. */
const TOLD_AS =
  '(?:thinks?|thought|told [a-z]+|told (?:the|my) [a-z]+|said|say|asked if|asked me if|pretend\\w*|like|as far as [a-z]+ knows?)';
/**
 * An ordinary reason, not told as a cover story. Two forms with the same meaning, each with the
 * cheap test first in the direction it is read: the reason's words before the cover-story check.
 */
const ORDINARY_BEHIND = `(?<!\\b${TOLD_AS}(?: [a-z']+){0,6} )\\b${ORDINARY}\\b`;
const ORDINARY_AHEAD = `\\b(?=${ORDINARY}\\b)(?<!\\b${TOLD_AS}(?: [a-z']+){0,6} )`;
/**
 * No ordinary reason near the match: checked once a match is found, from 600 characters back (the
 * match and what comes before it) to 200 on, nearest first, so a long message stays fast.
 */
const NO_ORDINARY_REASON = `(?<!${ORDINARY_BEHIND}[^\\n]{0,600}?)(?![^\\n]{0,200}?${ORDINARY_AHEAD})`;

/**
 * A note of finality that names no death but only fits one: after the speaker is gone, not being
 * here by a time, the act done by the time it is read, whoever finds the speaker, a goodbye
 * disguised and then admitted. First person, so another person's errands are not read as the
 * speaker's.
 */
const FINAL_STRONG = [
  // After the speaker is gone.
  "(?:after|when|once|before|for when|for after) (?:i'?m|i am|i'?ve) (?:gone|dead|no longer (?:here|around)|not (?:here|around)|died)",
  // Not being here or around, by a time, to do something, or for much longer.
  "i (?:won'?t|will not|wont|shan'?t|'?ll not) be (?:here|around|alive|there|one|a burden) (?:by then|by (?:the|that) time|much longer|for (?:much|very) longer|for long|to (?:see|explain|tell|say|watch|feed|look|help|sort|deal|read|answer|pick|care)|after (?:this|that|tonight|tomorrow|sunday|monday|friday|saturday|the weekend|this week)|anymore|any more|soon)\\b",
  "(?:don'?t|do not) (?:plan|intend|expect) (?:on |to )?(?:be(?:ing)? )?(?:here|around|alive) (?:much |for much )?(?:longer|for long)",
  // Done, or not mattering, by the time anyone reads it.
  "by (?:then|the time (?:they|she|he|you|anyone|my [a-z]+) (?:read|reads|see|sees|get|gets|open|opens|find|finds) (?:it|them|this|that)),? (?:it(?:'ll| will)|i(?:'ll| will)|everything(?:'ll| will)) (?:be )?(?:done|over|gone|dead|finished|too late)",
  "(?:by then|after (?:that|then|sunday|monday|friday|saturday|the weekend)),? it (?:won'?t|will not|wont) matter",
  "(?:doesn'?t|does not|won'?t|will not) matter where i'?m going",
  // Nothing left holding the speaker.
  "nothing(?:'s| is)? (?:left )?(?:keeping|holding|tying) me (?:here|down|back)",
  '(?:almost |nearly )?nothing left to leave behind',
  '(?:only|one) thing (?:left|keeping me here) is me',
  // Leaving no trace for others to deal with.
  '(?:leave|leaving) (?:with )?(?:a )?clean slate',
  'leave clean before the end',
  "(?:leave|leaving) (?:a |any )?mess (?:behind )?(?:when|after|once) i(?:'?m)? (?:go|gone|die|dead)",
  'nothing left hanging when i go',
  "(?:so )?(?:nobody|no one|no-one|nobody'?s) (?:gets |is |'s )?left with (?:them|my [a-z]+|loose ends|anything)",
  'clearing the decks before i go',
  '(?:closing|close|closed) the book(?= *(?:[.!]|$))',
  // A goodbye admitted.
  "(?:it'?s|it is|i'?m|i am) (?:really )?(?:saying )?goodbye(?= *(?:[.!]|$))",
  'goodbye tour',
  "(?:they|she|he|nobody|no one) (?:didn'?t|did not|don'?t|doesn'?t) (?:realise|realize|know) (?:that'?s|that was|that is|it was|it'?s) (?:what it was|goodbye|a goodbye)",
  // A cover story the speaker says is false.
  "(?:thinks?|thought|told (?:her|him|them|everyone|everybody|people|the [a-z]+|my [a-z]+)|i said|said it was)(?: [a-z']+){1,8}[.!?,;]+ *(?:but )?(?:it isn'?t|it is not|it'?s not|it wasn'?t|it was not|it is|i'?m not|i am not|i'?m not (?:moving|going) anywhere|it'?ll be (?:a lot )?longer than (?:a while|that))(?= *(?:[.!,]|$))",
  // The people left behind will understand later, or need it soon.
  "(?:she|he|they|nobody|no one)(?: [a-z']+){0,2} (?:doesn'?t|does not|don'?t|do not|won'?t|will not|wont) (?:need to )?(?:know|understand|realise) why(?: yet| until later| till later| for a while| until after| till after)?(?= *(?:[.!,]|$))",
  "(?:he|she|they|my [a-z]+)(?: [a-z']+){0,2} (?:won'?t|wont|will not) (?:need to )?(?:know|understand)(?: why)? (?:until|till) (?:later|after)",
  'told (?:nobody|no one|no-one) why',
  "(?:they|she|he)(?:'ll| will) understand (?:later|one day|eventually|soon)",
  "(?:she|he|they)(?:'ll| will|'d| would) need (?:it|them|this)(?: more than me)? soon",
  // Left for "after": read, found, understood or sent once the speaker is gone.
  "(?:understand|reads?|find|finds|found|get into|open|opened|see|seen|know|sent|send|left with|debts)(?: [a-z']+){0,3} after(?:wards)?(?= *(?:[.!,]|$))",
  '(?:marked|labelled|labeled|called|named) [\'"“‘](?:for )?after(?:wards)?[\'"”’]',
  "(?:can'?t|cannot|won'?t|couldn'?t) talk me out of it",
  'before i (?:do it|go through with it|end it|end things)',
  "i(?:'ll| will) be gone (?:before|by)\\b",
  "(?:i'?m|i am) not coming back(?= *(?:[.!]|$))",
  "(?:only|last|one) reason (?:i'?m|i am|i'?ve) (?:still )?(?:alive|here|around|stayed)",
  'again[.!,]* or anyone(?: else)?(?= *(?:[.!]|$))',
  "(?:they|it|she|he)(?:'ll| will) (?:arrive|get there|get it|be there)[^.!?\\n]{0,20}[.,;] *i won'?t(?= *(?:[.!]|$))",
  'before (?:leaving|going|i leave|i go) for good',
  "(?:she|he|they)(?:'ll| will) find (?:me|everything in order|the (?:note|letters?))",
  // Someone who will find the speaker, and the place made ready for them.
  '(?:whoever|the (?:one|ones|person|people) who|the first (?:one|person) to|the ones? to) (?:finds?|find) (?:me|my body)\\b(?! (?:a|an|some|one|attractive|interesting|funny|boring|annoying|on|online)\\b)',
  'want to be found (?:in|wearing)',
  "(?:don'?t|do not) want (?:my|the) [a-z]+ (?:to be )?(?:the (?:ones?|first)|to be the (?:ones?|first)) (?:who|to) finds? me",
  "so (?:they|the police|the paramedics|nobody|no one|no-one|people) (?:don'?t|won'?t|doesn'?t|do not|will not) (?:have|need) to (?:break|force) (?:in|the door)",
  '(?:with|beside|next to) (?:the|my) will(?= *(?:[.!,]|$))',
  // Seeing the dead again soon.
  '(?:see|join|be with) (?:them|her|him|you) (?:again )?soon(?<=\\bgraves?\\b[^\\n]{0,100})',
].join('|');

/** Finality said plainly, which needs a clear preparatory act beside it ("I'm ready", "won't be needing it"). */
const FINAL_WEAK = [
  "(?:i'?m|i am) (?:ready|nearly there|at peace with (?:my|the|this) decision)(?: to go)?(?: now)?(?= *(?:[.!,]|$))",
  '(?:and |then )i can go(?= *(?:[.!]|$))',
  "(?:it'?s|it is) soon(?= *(?:[.!]|$))",
  "(?:it )?won'?t be long now",
  "(?:it'?s|it is) going to happen",
  "(?:\\bi |(?:^|[.!?] *))(?:won'?t|will not|wont) (?:be )?need(?:ing)? (?:it|them|another (?:job|one)|either|any of (?:it|them|this)|a (?:job|passport))(?= *(?:[.!,]|$| anymore| any more| after))",
  "everything'?s (?:sorted|done|in order)(?: now)?(?= *(?:[.!,]|$))",
  '(?:the )?last thing on the list',
  "there'?s no point(?:,)? i (?:won'?t|will not) need",
  '(?:no point|no sense) planning(?: [a-z]+){0,4} (?:ahead|in advance)',
  "(?:i'?d rather|so) they remember (?:me|the text|it)",
  '[\'"“‘](?:if anything (?:happens|were to happen)|just in case|in case anything happens|for a while)[\'"”’]',
  "(?:told|said)[^.!?\\n]{0,20} (?:it was|it'?s|it is) for good",
  "(?:they|she|he|everyone|everybody|people)(?: all)? (?:think|thinks|thought|assume|assumes|believe|believes) (?:i'?m|i am|i was|it'?s|it is|it was) (?:just )?(?:moving|going away|going abroad|emigrating|injured|ill|being (?:organised|sentimental|sappy|dramatic|weird|silly)|temporary|a joke|an? [a-z]+ (?:thing|step))",
  "told (?:her|him|them|everyone|people) (?:it was|it'?s) (?:a joke|just a joke|nothing|for a laugh)",
  "(?:he|she|they) laughed[^.!?\\n]{0,40}[.!] *i (?:didn'?t|did not)(?= *(?:[.!]|$))",
  "(?:said|told [a-z]+) i (?:wouldn'?t|won'?t|would not|will not) be (?:back|coming back)",
  'one last (?:round|look|visit|goodbye)',
  '(?:tying|tie|tied|tidying) up (?:the |my |all my )?(?:last )?loose ends(?= *(?:[.!]|$))',
  'this (?:app|chat|account|message) is the last(?: one)?',
  '(?:phone|this app) off after this(?: message| one)?',
  'for (?:the next (?:few |ten |five |six )?(?:years|months)|(?:all )?(?:her|his|their) (?:future )?birthdays)',
  '(?:i )?just (?:wanted|want|needed) (?:someone|somebody|one person|you) to know(?= *(?:[.!]|$))',
  "(?:today|tomorrow|this)(?:'s| is) my last day(?= *(?:[.!,]|$))",
  "(?:she|he|they)(?:'ll| will) be (?:fine|ok|okay|alright) with the (?:payout|insurance|money)",
  'thank(?:s| you) for trying',
  "(?:i )?(?:feel|feels|felt|it'?s|it is)(?: so| really| strangely| weirdly| oddly| honestly| actually)* (?:peaceful|calm|at peace|a relief|relieved|light|right)(?:,? honestly)?(?= *(?:[.!,]|$))",
].join('|');

/** Things people give away, hand over or rehome. */
const THING =
  '(?:stuff|things|belongings|possessions|clothes|books|plants|games|records|record collection|music|pictures|photos|diary|journals?|medals|boots|watch|ring|necklace|jewell?e?ry|guitar|bike|motorbike|car|ute|van|xbox|playstation|ps[345s]|console|laptop|computer|savings|money|pension|cash|dogs?|cats?|fish|pets?|rabbits?|hamster|guinea pigs?|bird|parrot|horses?|tortoise|[a-z]+ (?:to|for) [a-z]+)';

/** A possession or a pet, or money, handed over or rehomed. */
const GIVING = `(?:(?:gave|give|giving|given|gifted|handed|passed on|emptied|sold|selling|signed over|transferred(?: ownership of)?|got rid of|rehomed|rehoming|re-homed|took|left) (?:away )?(?:all |the rest of |most of |every one of )?(?:my |the |our )?(?:[a-z']+ ){0,3}?${THING}\\b|found (?:a |the )?(?:good |new |lovely )?homes? for|found (?:my |the )?[a-z]+ a (?:good |new )?home|arranged for my [a-z]+ to (?:stay|live|go|take|have|look after|feed)|(?:with|and) a note for (?:my|the|her|him)|asked (?:my |the )?[a-z]+ (?:to|if (?:she|he|they)(?:'d| would)) (?:take|have|look after|feed)|(?:made|making) arrangements for the [a-z]+|(?:sorted|sorting|decided|made a list of|labelled|labeled|wrote(?: on the back)?) (?:out )?who (?:gets|should get|should have|will get|'?ll get|is having|'?s having) (?:what|my|it|them|each|the)|who should (?:get|have) (?:them|it|each one)|early inheritance)`;

/** Settling affairs: wills, passwords, documents, insurance, debts, accounts, keys, work. */
const SETTLING = [
  '(?:made|making|wrote|writing|written|updated|updating|changed|changing|signed|finished|sorted) (?:out )?(?:a |my |the )?will\\b(?! (?:be|have|do|not|never|go|get|make|need|try))',
  '(?:passwords?|pass ?codes?|phone code|bank pin|pin number|log-?ins?|login details|bank details|account details)\\b',
  '(?:important )?(?:documents|papers|paperwork)\\b(?= (?:in|all in|are in|into) (?:order|one folder|a folder|an envelope|on the))',
  '(?:put|got|tidied|tidying|sorting|sorted) (?:all )?(?:my |the )?(?:[a-z]+ )?(?:affairs|papers|paperwork|documents|finances)',
  '(?:find|left|put|have|got) everything in order',
  '(?:life insurance|beneficiary|suicide exclusion|insurance (?:has|details|policy|payout))',
  '(?:cashed|cashing) (?:in|out) my [a-z]+',
  '(?:paid|paying|pay) (?:off |back )?(?:every|all|the last of|the rest of|the|my)\\b[^.!?\\n]{0,30}?\\b(?:debts?|credit card|loans?|i owed|i owe|rent)\\b',
  '(?:paid|paying|pay) (?:off |back )?what i owe(?:d)?\\b',
  "(?:cancel+(?:ed|ing)?|closed|closing|ended|stopped) (?:all )?(?:my |the )?(?:[a-z']+ ){0,2}?(?:phone contract|contract|phone|mobile|broadband|subscriptions?|direct debits?|memberships?|gym|netflix|spotify|milk|paper|papers|grocery delivery|delivery|appointments?|therapy|dentist|accounts?|bank account)\\b",
  '(?:deleted|deleting|wiped|logged out of|deactivated) (?:all |every )?(?:my |of my )?(?:[a-z]+ )?(?:instagram|tiktok|facebook|socials|social media|accounts?|chats|photos|messages|everything)\\b',
  '(?:returned|handed back|gave back|given back) (?:all )?(?:the |my )?(?:[a-z]+ ){0,3}?(?:borrowed|library books|laptop|keys)\\b',
  '(?:handed|gave) my [a-z]+ back to',
  '(?:left|gave|given|handed|put) (?:the |my )?(?:spare |house |flat |front door |door )?keys?\\b[^.!?\\n]{0,30}?\\b(?:with|to|under)\\b',
  "(?:quit|quitting) my job|handed in my notice|cleared (?:out )?my desk|told (?:my boss|work) i(?:'m)? (?:quit|quitting|leaving)",
  '(?:took out|withdrew|left) (?:the |some )?(?:cash|money)\\b[^.!?\\n]{0,40}?\\b(?:envelope|for my)',
  "signed (?:custody|the [a-z]+) over|(?:be|as) my (?:kids'?|children'?s|son'?s|daughter'?s) guardian",
  '(?:wrote|written|left|stuck|put) (?:out |down )?(?:instructions|a list)\\b',
  'taught my [a-z]+ (?:the|how)|showed (?:her|him|them|my [a-z]+) where|knows? how to feed|made sure my [a-z ]{1,30} knows?',
  "(?:stopped|didn'?t|did not|not) (?:bother(?:ing)? )?(?:renew|book|order|reorder)\\w*",
  "(?:handed in|put in) my notice|told (?:my )?[a-z]+ i'?m (?:moving out|leaving)",
].join('|');

/** A goodbye made and kept for later: notes, letters, recordings, an obituary, a funeral playlist, scheduled messages. */
const GOODBYE_MADE = [
  "(?:wrote|written|writing|write|finish\\w*|drafted|rewrote|handwriting|handwrote|sealed|posted|sent|left|put)(?: [a-z'-]+){0,4}? (?:note|notes|letters?|cards|obituary|eulogy|emails?|messages?)\\b",
  '(?:wrote|written) to (?:my|her|him|them|each)\\b',
  '(?:recorded|recording|filmed|made) (?:a |some )?(?:video|videos|voice (?:messages?|notes?|memos?))\\b',
  '(?:scheduled|scheduling|set up|set|queued|timed) (?:an? |the |some )?(?:[a-z]+ )?(?:emails?|messages?|texts?|posts?)\\b',
  "(?:emails?|messages?|texts?) (?:that'?ll|that will|to) (?:go out|send)\\b",
  '(?:playlist|songs?|music|hymns?) for my funeral|my funeral (?:playlist|songs?|music)',
  '(?:uploaded|sent) (?:all )?my (?:music|photos|pictures)\\b',
  '(?:text(?:ed|ing)|messag(?:ed|ing)|call(?:ed|ing)|rang|ringing|visit(?:ed|ing)|apologi[sz]ed to|said sorry to|thanked|told) (?:everyone|everybody|all the people|each of them)',
  '(?:apologi[sz]ed|apologi[sz]ing|said sorry|saying sorry)\\b',
  'thank(?:s| you) for everything',
  '(?:told|tell) (?:the [a-z]+|my [a-z]+|them|her|him|everyone)(?: at the [a-z]+)? (?:that )?i love (?:them|her|him|you)',
  '(?:said|saying|say) (?:proper |my )?goodbyes?',
  "visited (?:my )?[a-z']* ?graves?",
].join('|');

/** Clear preparatory acts, strong enough to carry a plainly said finality. */
const ACT_STRONG = `(?:${GIVING}|${SETTLING}|${GOODBYE_MADE})`;

/** The distance an act and its finality may lie apart, within one message line. */
const W = '[^\\n]{0,200}?';

/** So that no one would ask or notice: the secrecy that marks buying means as preparation. */
const NOBODY_NOTICES = String.raw`so (?:that )?(?:(?:they|the [a-z]+|people|staff|anyone)(?: would| will| do| does| did)?(?:n'?t| not)|(?:nobody|no one|no-one)(?: would| will| did)?)(?: [a-z]+)? `;

export const PREPARATORY_RULES: readonly RiskRule[] = [
  {
    // Settling affairs, giving things away, or making a goodbye, then a note of finality:
    // "paid off every debt, I won't be here by then", "rehomed the cat, she thinks it's temporary. It isn't."
    // @see Posner K, et al. 2011 (C-SSRS preparatory acts: giving away valuables, writing a will or a note, arranging affairs).
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): preparatory behaviour is imminent-risk evidence.
    id: 'suicide.affairs-final',
    category: 'suicide',
    level: 'imminent',
    pattern: new RegExp(
      `\\b(?:${ACT_STRONG})${W}(?:${FINAL_STRONG}|${FINAL_WEAK})${NO_ORDINARY_REASON}`,
      'u',
    ),
  },
  {
    // The same sign told the other way round: the finality first, then the act ("Today's my last
    // day. I've left my phone code for my sister.", "after I'm gone the passwords are in the drawer").
    // @see Posner K, et al. 2011 (C-SSRS preparatory acts: giving away valuables, writing a will or a note, arranging affairs).
    id: 'suicide.finality-then-affairs',
    category: 'suicide',
    level: 'imminent',
    pattern: new RegExp(
      `\\b(?:${FINAL_STRONG}|${FINAL_WEAK})${W}(?:${ACT_STRONG})${NO_ORDINARY_REASON}`,
      'u',
    ),
  },
  {
    // Researching a method or a place: which bridges lack barriers, which train does not stop,
    // how much of a medicine is lethal at one's weight, which knot. Seeking the lethality of a
    // method is a preparatory act; a time in the message raises it to imminent.
    // @see Posner K, et al. 2011 (C-SSRS preparatory behaviour: researching a method).
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): researching means.
    id: 'suicide.method-researched',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      String.raw`\b(?:which|what) (?:of the )?(?:bridges?|buildings?|car ?parks?|multi-?storeys?|cliffs?|spots?|places?|tower blocks?)(?: [a-z]+){0,4} (?:don'?t|doesn'?t|do not|does not|have no|has no|without)(?: have| any)* (?:barriers?|cameras?|fences?|nets?|railings|cctv)\b|\b(?:which|what) (?:trains?|express(?:es)?)(?: [a-z]+){0,3} (?:don'?t|doesn'?t|do not|does not) stop\b(?! (?:at|in) [a-z]+ (?:on|for) (?:sundays?|weekends?|my commute))|\b(?:looked up|looking up|look up|checked|checking|googled|researched|found out|worked out) how (?:high|tall|far down|deep) (?:the|a|that|our) (?:[a-z-]+ ){0,2}?(?:multi-?storey|car park|bridge|building|tower|block|cliff|viaduct|quarry|drop)\b(?![^\n]{0,60}\b(?:lorry|van|truck|clearance|project|homework|school|trip|visit|climb\w*|hike|walk|abseil\w*|bungee|photo\w*)\b)|\bhow (?:much|many)(?: of)? (?:my |the |your )?(?:[a-z]+ )?${DRUG}\b(?: [a-z']+){0,5} (?:(?:would be|is) (?:lethal|fatal|deadly|enough to (?:die|kill))|(?:it takes|it would take|you'?d need|i'?d need) to (?:kill|wreck|destroy|shut down|fry|die|overdose))\b|\bhow many (?:you'?d|i'?d|you would|i would|it would) need for (?:someone|a person|somebody) (?:of )?my (?:weight|size)\b|\b(?:lethal|fatal|deadly) for my (?:weight|size)\b|\b(?:which|what) of my ${DRUG} (?:are|is) (?:the )?most (?:dangerous|lethal|deadly)(?: together)?\b|\b(?:videos?|tutorials?|guides?) (?:on|about|of|for) (?:how to tie )?(?:a |the )?(?:hanging |hangman'?s |noose |slip )?knots?\b(?=[^\n]{0,80}\b(?:i know which one|which one now|curiosity|hanging)\b)(?![^\n]{0,120}\b(?:macrame|plant|hammock|boat|sail\w*|climb\w*|scouts?|fishing|tie a tie|necktie|rigging)\b)|\bhanging knots?\b(?![^\n]{0,120}\b(?:macrame|plant|hammock|boat|sail\w*|climb\w*|scouts?|fishing|rigging|basket)\b)(?<!\b(?:macrame|plant|hammock|basket)\b[^\n]{0,60})|\bhow long (?:it takes|does it take|it would take) to (?:lose consciousness|pass out|stop breathing)\b(?=[^\n]{0,40}\b(?:different )?methods?\b)|\b(?:suicide (?:exclusion|clause)|life insurance|insurance)\b[^\n]{0,80}?\b(?:has (?:run out|expired|ended|passed|lapsed)|(?:running|run|been running) past the (?:two|2)[- ]year|past the (?:two|2)[- ]year (?:mark|point|period))`,
      'u',
    ),
  },
  {
    // Acquiring or keeping back the means in secret: medicines bought at different shops so no one
    // asks, doses held back, pills taken and hidden, a rope bought "not for climbing", a gun sought
    // "not for anyone else". Collecting the means is a preparatory act.
    // @see Posner K, et al. 2011 (C-SSRS preparatory behaviour: collecting pills, obtaining a gun).
    // @see Hawton K, et al. BMJ 2013;346:f403 (buying medicines past the pack limit).
    id: 'suicide.means-hoarded',
    category: 'suicide',
    level: 'imminent',
    pattern: new RegExp(
      String.raw`\b${DRUG}\b[^.!?\n]{0,40}?\b(?:from|at|round|across|in) (?:a |an )?(?:different|another|other|separate|(?:two|three|four|five|several|\d+) (?:different )?)(?: )?(?:shops?|chemists?|pharmac(?:y|ies)|stores?|supermarkets?)\b[^.!?\n]{0,40}?\b${NOBODY_NOTICES}(?:ask|notice|think|get suspicious|question|clock|twig)|\b(?:different|several|(?:two|three|four|five|\d+) (?:different )?)(?: )?(?:shops|chemists|pharmacies|stores|supermarkets)\b[^.!?\n]{0,30}?\b${DRUG}\b[^.!?\n]{0,30}?\b${NOBODY_NOTICES}(?:ask|notice|think|get suspicious|question|clock|twig)|\bstopped taking (?:my )?(?:[a-z]+ )?(?:medication|meds|insulin|tablets|pills) on purpose\b(?=[^\n]{0,60}\b(?:want (?:it|this) to (?:just )?happen|so (?:it|i) (?:will|can|would) (?:just )?(?:happen|die|end)|to die|to not wake up)\b)|\b(?:meds|medication|medicine|tablets|pills|insulin|doses?)\b[^.!?\n]{0,40}?\binstead of (?:my mouth|taking (?:them|it)|swallowing (?:them|it)|into me)\b|\b(?:holding|keeping|held|kept) back (?:my |some of my |the )?(?:insulin|meds|medication|tablets|pills|doses)\b[^.!?\n]{0,30}?\b(?:sav(?:e|ed|ing)|stor(?:e|ed|ing)|stash\w*|hid\w*|collect\w*)\b|\b(?:took|taken|nicked|stole|stolen|pinched|pocketed)\b[^.!?\n]{0,40}?\b${DRUG}\b[^\n]{0,100}?\b(?:hidden|hid them|hiding them|stashed)\b(?! from (?:the |my )?(?:kids|children|toddler|dog|baby|her|him))(?![^\n]{0,40}\bso (?:she|he|they) (?:can'?t|doesn'?t|won'?t)\b)|\b(?:bought|buying|got|ordered|picked up)\b[^.!?\n]{0,30}?\b(?:rope|belt|cord|hose|hosepipe|charcoal|helium)\b[^\n]{0,40}?\b(?:not|wasn'?t|isn'?t|weren'?t) for (?:climbing|the garden|the car|camping|a bbq|the bbq|barbecue|the washing|a swing|work|diy|a project|towing|the dog|balloons|a party)(?= *(?:[.!,]|$))(?! *[.,!]? *(?:it'?s|it is|they'?re|they are|but|just) (?:for|to)\b)|\b(?:sort|get|sell|find|score) me (?:a )?(?:gun|pistol|firearm|handgun|shooter)\b[^\n]{0,80}?\bnot for (?:anyone|anybody|someone|somebody) else\b`,
      'u',
    ),
  },
  {
    // Rehearsal: standing on the chair with the ligature, going to the edge to feel how it is to
    // stand there, stones in the pockets at the water. Rehearsing the act is preparatory behaviour.
    // @see Posner K, et al. 2011 (C-SSRS: preparatory acts, rehearsal of the method).
    id: 'suicide.rehearsed',
    category: 'suicide',
    level: 'imminent',
    pattern: new RegExp(
      String.raw`\bstood on (?:the|a|my) (?:chair|stool|bucket|box|bed)\b[^.!?\n]{0,20}?\bwith (?:the|a|my) (?:belt|rope|cord|noose|ligature|scarf|cable)\b|\bpractis(?:ed|ing|e)\b[^\n]{0,60}?\b(?:belt|rope|cord|noose|ligature)\b(?<!\b(?:climb\w*|knot\w*|scouts?|sail\w*|boat|karate|judo|gym)\b[^\n]{0,60})|\b(?:driven|drove|driving|walked|walking|gone|going|went|been|go|cycled)(?: up| down| out)? to (?:the )?(?:[a-z-]+ ){0,2}?(?:bridge|top floor|roof|cliffs?|edge|multi-?storey|car park|viaduct|tracks|quarry|tower block)\b[^\n]{0,80}?\b(?:(?:see|feel|know) (?:how|what) it(?: feels|'d feel| would feel| is like|'s like)(?: like)? to (?:stand|be|lean|look down))\b(?![^\n]{0,80}\b(?:view|photo\w*|sunset|sunrise|selfie|exposure|phobia|fear of heights|vertigo|therap\w*|fireworks|skyline|stars)\b)(?<!\b(?:view|photo\w*|sunset|sunrise|selfie|exposure|phobia|fear of heights|vertigo|therap\w*|fireworks|skyline|stars)\b[^\n]{0,160})|\b(?:stones|rocks|weights) in my (?:coat |jacket )?pockets?\b(?=[^\n]{0,80}\b(?:river|riverbank|water|lake|sea|canal|pier|bridge|reservoir)\b)`,
      'u',
    ),
  },
  {
    // The body and the place readied to be found: whoever finds me, the outfit to be found in, a
    // door left unlocked so no one has to break in, a note on the door to call the police.
    // @see Posner K, et al. 2011 (C-SSRS preparatory behaviour: arranging for after death).
    id: 'suicide.found-prepared',
    category: 'suicide',
    level: 'imminent',
    pattern: new RegExp(
      String.raw`\b(?:for|so|that|and|when) (?:whoever|the (?:one|ones|person|people) who|the first (?:one|person) to) (?:finds?|find) (?:me|my body)\b(?! (?:a|an|some|one|attractive|interesting|funny|boring|annoying|on|online|out|first|wins?)\b)(?<!\b(?:hide and seek|hide-and-seek|game|hiding)\b[^\n]{0,80})|\b(?:the one|the outfit|the clothes|what) i want to be found in\b|\b(?:don'?t|do not) want (?:my|the) [a-z]+ (?:to be )?(?:the (?:ones?|first)|to be the (?:ones?|first)) (?:who|to) finds? me\b|\bdoor unlocked so (?:they|the police|the paramedics|nobody|no one|no-one|people) (?:don'?t|won'?t|doesn'?t|do not|will not) (?:have|need) to (?:break|force) (?:in|the door)\b|\bnote on (?:my|the) (?:bedroom |front )?door\b[^\n]{0,40}?\b(?:don'?t|do not) come in\b[^\n]{0,20}?\bcall (?:the police|999|911|an ambulance|112)|\b(?:cleaned|tidied|cleaning|tidying)\b[^\n]{0,60}?\bso (?:whoever|the person who) finds (?:it|the (?:flat|place|house|room))\b[^\n]{0,40}?\bmess\b`,
      'u',
    ),
  },
  {
    // A note, told as a thing done and nothing more ("Wrote my note. It's shorter than I expected."):
    // the definite "my note" with no other purpose given is the suicide note of the C-SSRS item.
    // @see Posner K, et al. 2011 (C-SSRS preparatory behaviour: writing a suicide note).
    id: 'suicide.note-written',
    category: 'suicide',
    level: 'high',
    pattern:
      /(?:^|[.!?\n] *)(?:i'?ve |i have |i )?(?:just )?(?:wrote|written|finished|rewrote|done) (?:my|the) note(?: now)?(?= *[.!]|$|,? (?:it'?s|its) (?:on|under|in) (?:my|the) (?:desk|pillow|bed|table|drawer))/u,
  },
  {
    // A goodbye made and kept for later: one's own obituary, goodbye letters posted or set to send
    // on a timer, a goodbye being written now, a letter that tells a parent it was not their fault.
    // @see Posner K, et al. 2011 (C-SSRS preparatory behaviour: writing a suicide note).
    id: 'suicide.goodbye-made',
    category: 'suicide',
    level: 'imminent',
    pattern: new RegExp(
      String.raw`\b(?:wrote|written|writing|write|finished|drafted|drafting) my own obituary\b(?![^\n]{0,80}\b(?:exercise|therap\w*|counsell?or|class|course|homework|values|workshop|for fun|joke|lol)\b)(?<!\b(?:exercise|therap\w*|counsell?or|class|course|homework|values|workshop)\b[^\n]{0,80})|\b(?:my|the|\d+|twelve|ten|some|all) goodbye (?:letters?|notes?|emails?|messages?|texts?|videos?)\b[^\n]{0,60}?\b(?:in the post|posted|sealed|to send (?:on|at|by)|on a timer|scheduled|set (?:them )?to send)\b(?![^\n]{0,60}\b(?:colleagues?|team|students?|class|work|job|leaving do|retir\w*|moving|emigrat\w*)\b)(?<!\b(?:colleagues?|team|students?|class|work|job|leaving do|retir\w*|moving|emigrat\w*)\b[^\n]{0,120})|\bwriting my goodbye(?: now)?(?= *(?:[.!,]|$))|\bgoodbye (?:note|letter)\b[^\n]{0,60}?\b(?:anybody'?s|anyone'?s|nobody'?s|their|your) fault\b|\bif you (?:ever )?(?:read|find|get) this,? (?:none of )?(?:it|this) (?:was|is|wasn'?t|isn'?t) (?:not )?your fault\b(?![^\n]{0,100}\b(?:counsell?or|therap\w*|exercise|unsent)\b)`,
      'u',
    ),
  },
  {
    // Self-harm implements readied: a blade taken out of a sharpener or razor, sterilised, laid out
    // beside a towel and plasters, blades bought "not for shaving" or saved up, the door locked
    // with the blade or lighter in hand, an iron heated to press on the skin.
    // @see NICE guideline NG225 (2022): self-harm, any act of self-injury; access to means.
    // @see Posner K, et al. 2011 (C-SSRS: preparatory acts apply to self-injury as to suicide).
    id: 'self_harm.implements-readied',
    category: 'self_harm',
    level: 'high',
    pattern: new RegExp(
      String.raw`\b(?:took|taking|got|getting|popped|pulled|broke|prised|prized|unscrewed)(?: the| a| my)? (?:razor|blade|blades)? ?(?:out of|from) (?:the |a |my )?(?:pencil )?(?:sharpener|razor|shaver|disposable)\b(?![^.!?\n]{0,40}\b(?:clean\w*|fix\w*|lead|unclog\w*|hair|stuck)\b)|\btook (?:the|my|a) (?:razor|sharpener|pencil sharpener|shaver|disposable razor) apart\b(?![^.!?\n]{0,40}\b(?:clean\w*|fix\w*|lead|unclog\w*|hair|stuck)\b)|\b(?:sterili[sz]ed|sterili[sz]ing|sterili[sz]e) (?:the |my |a )?(?:blade|razor|scalpel)\b|\b(?:laid out|put out|set out|lined up|got out) (?:the |my |a )?(?:blade|razor|blades)\b[^\n]{0,40}?\b(?:towel|plasters|bandages?|tissues|wipes)\b|\b(?:plasters|bandages|steri-?strips|antiseptic wipes|dressings)\b[^\n]{0,60}?\bso i can clean (?:myself )?up after(?:wards)?\b|\b(?:blade|razor)(?:'s| is) out\b[^\n]{0,60}?\bsleeves? (?:rolled )?up\b|\bsleeves? rolled up\b[^\n]{0,60}?\b(?:blade|razor)\b|\blocked (?:the |my )?(?:bathroom |bedroom )?door\b[^\n]{0,60}?\b(?:blade|razor|lighter)(?:'s| is) in my hand\b|\b(?:blade|razor|blades|razors)\b[^\n]{0,60}?\b(?:told (?:the )?[a-z]+ (?:they|it) (?:were|was) for shaving|(?:it|they) (?:wasn'?t|weren'?t|isn'?t|aren'?t) for shaving|not for shaving)(?= *(?:[.!,]|$))(?! *[.,!]? *(?:it'?s|it is|they'?re|they are|but|just) (?:for|to)\b)|\b(?:razors?|blades?)\b[^.!?\n]{0,40}?\b(?:from|at|round|across|in) (?:a |an )?(?:different|another|other|separate|(?:two|three|four|five|several|\d+) (?:different )?)(?: )?(?:shops?|chemists?|pharmac(?:y|ies)|stores?|supermarkets?)\b[^.!?\n]{0,40}?\b${NOBODY_NOTICES}(?:ask|notice|think|get suspicious|question|clock)|\b(?:different|several|(?:two|three|four|five|\d+) (?:different )?)(?: )?(?:shops|chemists|pharmacies|stores|supermarkets)\b[^.!?\n]{0,30}?\b(?:razors?|blades)\b[^.!?\n]{0,30}?\b${NOBODY_NOTICES}(?:ask|notice|think|get suspicious|question|clock)|\b(?:saving|saved|collecting|collected|stashing|hoarding|stockpiling) (?:up )?(?:the |my |some )?(?:razor )?blades\b(?! for (?:crafts?|art|the (?:stanley|craft) knife|work))|\bkit\b[^\n]{0,40}?\b(?:plasters|bandages)\b[^\n]{0,20}?\b(?:blade|razor)\b|\b(?:iron|lighter|spoon)(?:'s| is)? (?:heating up|getting hot|heated up)\b[^\n]{0,80}?\b(?:press|put|hold)\b[^.!?\n]{0,20}?\b(?:on|against|to) my (?:leg|arm|skin|wrist|thigh|stomach|hand)\b|\b(?:in the bathroom|with the blade|with the razor)\b[^\n]{0,40}?\b(?:i'?ve|ive|i have) already started\b`,
      'u',
    ),
  },
  {
    // The pathway to an attack: a weapon or restraints acquired or readied beside the target
    // ("he'll find out how it feels", "for when I see him"), a target's movements written down
    // with the times they are alone, peace made with prison, practice for "what I'm doing at the
    // school". Research, planning and preparation are Meloy's pathway warning behaviour.
    // @see Meloy JR, et al. The role of warning behaviors in threat assessment. Behav Sci Law 2012;30(3):256–79 (pathway, fixation, last resort).
    id: 'harm_to_others.attack-prepared',
    category: 'harm_to_others',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      String.raw`\b(?:bought|buying|got|ordered|sharpened|loaded|took|brought|carrying|put|pay for)\b (?:a |an |the |my |his |some |[a-z]+'s )?(?:[a-z']+ ){0,2}?(?:crossbow|gun|shotgun|rifle|pistol|knife|machete|axe|hammer|cable ties|duct tape|tape|gloves|rat poison|poison|acid)\b[^\n]{0,160}?\b(?:(?:he|she|they)(?:'ll| will) (?:find out how it feels|know soon|have it|get what'?s coming|pay)|for when i see (?:him|her|them)|(?:his|her|their|my [a-z]+'s) turn|i'?ll be waiting|(?:i'?m|im) using it|both barrels|i'?m waiting outside (?:his|her|their)|made my peace with (?:prison|jail|going down))\b|\b(?:(?:put|poured|mixed|slipped) (?:the )?(?:rat poison|poison|antifreeze|bleach)|(?:rat poison|poison|antifreeze) (?:is )?in) (?:his|her|their) (?:coffee|tea|food|drink|dinner|tin|bottle)\b|\bpractis?c?e for what i'?m (?:doing|going to do) at (?:the )?(?:school|college|office|work|mosque|church|synagogue|temple|gym)\b|\b(?:written down|wrote down|writing down|found out|worked out|know|learned|logged|noted) (?:his|her|their|everyone'?s) (?:shift times|shifts|schedule|timetable|routine|movements|route)\b[^\n]{0,120}?\b(?:(?:he'?s|she'?s|they'?re|he is|she is) (?:alone|on (?:his|her) own)|bought (?:gloves|rope|tape|a knife|cable ties)|nearly ready|i'?m waiting)\b|\b(?:found out|know|worked out) (?:where (?:he|she|they) (?:lives?|parks?|works?) now and )?which nights (?:he'?s|she'?s|they'?re|he is|she is) alone\b[^\n]{0,60}?\b(?:bought|got) (?:some )?(?:gloves|rope|tape|a knife|cable ties)\b|\b(?:had|got) a (?:spare )?key cut for (?:her|his|their) (?:car|house|flat) without (?:her|him|them) knowing\b`,
      'u',
    ),
  },
];
