import { F, type RiskRule } from './risk-rule.ts';

const { drug: DRUG, owner: OWNER } = F;

/**
 * Plans told as logistics: a chosen date, hour or occasion attached to "doing it", to a method or
 * to a place; a method with a quantity; a medicine to be taken all at once; a named person to be
 * harmed at a time and place; an abuser's threat tied to the hour he will be back. The assessment
 * standards read a plan, the means at hand and a timeframe as the core of acute risk, and people
 * state them as arrangements (when, where, with what) more often than as a wish to die. Each rule
 * here needs two of those parts together, so that a party, a trip, a medicine taken as prescribed
 * or "doing it" about an exam stays silent. A time in the message raises a high finding to imminent
 * (`modifier-rules.ts`).
 * @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): plan, means, timeframe.
 * @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS: active ideation with specific plan and intent; preparatory acts).
 */

/** Hours, days and occasions by which a plan is set, as people give them. */
const TIME = String.raw`(?:tonight|tonite|this (?:night|evening|afternoon|morning|weekend|week)|(?:tomorrow|tmrw|tomorow)(?: (?:morning|night|evening|afternoon))?|today|christmas(?: eve| day)?|new year'?s(?: eve)?|(?:at|by|around) (?:midnight|dawn|sunrise|sunset|first light|\d{1,2}(?::\d\d)?(?: ?(?:am|pm|o'?clock))?)\b|(?:at )?half (?:past )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|in (?:an|one|a few|a couple of|\d{1,2}|two|three|ten|twenty|thirty) (?:hours?|minutes?|mins?)\b|(?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:night|morning|evening|afternoon))?|after (?:school|work|dinner|tea|dark|my (?:night )?shift|the last [a-z]+)|before (?:work|school|morning)|at (?:lunch|break|lunchtime)|once it'?s dark|when it (?:gets|'?s) dark|when this (?:song|chat|message|episode|call) (?:ends|finishes|is over)|as soon as (?:i finish this|this (?:chat|message|song) ends)|on my birthday|on the anniversary)`;

/** Who may be away or asleep. */
const WHO =
  '(?:everyone|everybody|the (?:house|flat|kids|neighbours)|my (?:[a-z]+ )?(?:flatmate|roommate|housemate|wife|husband|partner|mum|mom|dad|parents|family|kids|girlfriend|boyfriend|carer|brother|sister|son|daughter|nan|gran)|mum|mom|dad|he|she|they|nobody|no one)';

/**
 * A time chosen for being alone or unseen ("when the house is empty", "once he leaves for his
 * flight", "while everyone's at church"): the timing that makes rescue unlikely.
 */
const COVERT = String.raw`(?:when|once|after|while|till|until|as soon as|the minute|the second) ${WHO}(?:'s|'re| is| are| has| have| goes| go| leaves?| falls?| gets?)? (?:[a-z']+ ){0,5}?(?:asleep|empty|quiet|out|away|gone|at (?:work|church|school|(?:her|his|their) [a-z]+'?s?)|in bed|to (?:bed|sleep|work|church|(?:her|his|their) [a-z]+'?s)|for (?:church|work|school|(?:his|her|their) (?:flight|shift|night shift|holiday)))\b`;

/** Medicines as people name them when they say they have them ready (the full list is `F.drug`). */
const MEDS = String.raw`(?:pills|tablets|meds|medication|medicine|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|insulin|painkillers|sleeping (?:pills|tablets)|oxy|oxycodone|codeine|co-codamol|tramadol|morphine|zopiclone|diazepam|antidepressants|sertraline|prescription)`;

/** Means of suicide that are not tools of a trade or a kitchen: held, kept, in reach. */
const MEANS = String.raw`(?:${MEDS}|rope|noose|belt|cable|cord|ligature|gun|shotgun|rifle|pistol|revolver|handgun|hose(?:pipe)?|charcoal|helium)`;

/** The means in hand or in a named place ("I've got the rope", "the gun's in the nightstand"). */
const MEANS_HELD = String.raw`(?:\b(?:i(?:'ve| have)? (?:got|have|had|bought|kept|hidden|hid)|i have|ive got|i'?ve|i buy|hab|got|bought|have|holding|hidden|with) (?:(?:\d{2,3}|twenty|thirty|forty|fifty|sixty|a hundred) (?:of )?)?(?:${OWNER})?${MEANS}\b|\b(?:the |my |his |her |a )?(?:[a-z]+'?s? )?${MEANS}(?:'s| is| are|'re) (?:already )?(?:in|under|up|ready|loaded|next to|out|by|on)\b|\bthere'?s a ${MEANS} in (?:the|my)\b)`;

/** "Doing it": the act named by a pronoun, as a plan ("I'll do it", "that's when I'm doing it"). */
const DO_IT = String.raw`(?:(?:i'?m|im|i am|i'?ll|ill|i will|going to|gonna|finally|and) (?:going to |gonna |finally |just )?(?:do|doing) it|doing it|ending it|end it|(?:tonight|today|this) is the end(?: of it)?|this ends tonight|(?:i'?m )?(?:never|not) waking up (?:again|this time)|(?:going to|gonna) be with (?:her|him|them) again)\b`;

/** A blade or knife kept for oneself: a means only where no one else is named as its target. */
const BLADE_HELD = String.raw`\b(?:i(?:'ve| have)? (?:got|have)|i have|ive got|got|have|holding) (?:(?:the|my|a|his|her) )?(?:[a-z']+ ){0,4}?(?:knife|knives|blades?|razors?)\b(?![^\n]{0,160}\b(?:him|her|he'?s|she'?s|the guy|the lad|them|his|on (?:him|her))\b)(?<!\b(?:him|her|he|she|his|the guy|the lad)\b[^\n]{0,120})`;

/** The means gathered without a name: what is needed, enough, bought or kept aside. */
const GATHERED = String.raw`\b(?:(?:(?:i'?ve )?bought what|i (?:have|'ve got|got) (?:what|everything)) i need(?! for| to (?:make|bake|cook|build|fix|finish))|got enough now|have enough now|(?:putting|put|kept|keeping|been putting) (?:one |a |some )?(?:tablet|pill)s? aside|saving up (?:my )?(?:medication|meds|pills|tablets) for it|(?:notes?|letters?) (?:written|done|finished))\b`;

/** Ordinary reasons a time and "doing it" or a medicine go together. */
const ORDINARY_PLAN = String.raw`(?:like always|as usual|always|every (?:day|night|morning|evening)|usual|party|wedding|holiday|trip|exams?|essay|homework|revision|interview|job|gym|workout|run|diet|quit\w*|smok\w*|vap\w*|tell(?:ing)? (?:my|them|him|her)|gay|prescri\w*|doctor|gp|pharmacist|as directed|dose|course|swing|camping|climbing|gardening|vet)`;

/** Things "it" may stand for in everyday plans: the chore, the treat, the talk, the test. */
const ORDINARY_IT = String.raw`(?:paint\w*|decorat\w*|clean\w*|tidy\w*|laundry|washing|homework|revision|revise|essay|cake|bak\w*|cook\w*|dinner|party|tell\w*|call\w*|ask\w*|workout|gym|run|shav\w*|dye|hair\w*|tattoo|pierc\w*|mov\w*|pack\w*|job|quit\w*|exam|test|interview|propos\w*|surprise|present|gift|music|danc\w*|game|film|movie|snack|sneak\w*|study\w*|practi[cs]e\w*|meditat\w*|exercise|yoga|jog\w*)`;

/** "I'll do it", with nothing after it to say what "it" is. */
const DO_IT_BARE = String.raw`(?:i'?m|im|i am|i'?ll|ill|i will) (?:going to |gonna |finally |just )?(?:do|doing) it`;

/** Words that make a lighter or a compass point a means of self-harm: the pain, the skin, the spot. */
const SH_CONTEXT = String.raw`(?:need the pain|(?:picked|chosen|found) the spot|on my (?:arms?|legs?|skin|wrists?|thighs?|stomach)|burn (?:myself|my)|cut(?:ting)? (?:myself|my)|holding it in|been clean)`;

export const PLAN_TIME_RULES: readonly RiskRule[] = [
  {
    // A means held and "doing it" set for an hour or an occasion: a method with a time.
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): plan, means and timeframe together.
    // @see Posner K, et al. 2011 (C-SSRS item 5: active ideation with specific plan and intent).
    id: 'suicide.means-and-time',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`${MEANS_HELD}(?:[^\n]{0,160}?\b${DO_IT}(?![^.!?\n]{0,60}\b${ORDINARY_PLAN}\b)|[^\n]{0,160}?(?:^|[.!?] *)(?:${TIME}|${COVERT})(?:,? (?:${TIME}|${COVERT})){0,3}(?= *(?:[.!]|$))|[^\n]{0,60}?\b(?:i'?m|im|and i'?m) (?:driving|going|walking|heading) (?:out )?to the (?:woods|forest|garage|shed|beach|river|lake|cliffs?|bridge)\b(?![^.!?\n]{0,40}\b(?:camp\w*|climb\w*|swing|picnic|walk the dog|fishing|boat)\b)(?=[^\n]{0,40}\b(?:${TIME}))|[^\n]{0,60}?\b(?:going to|gonna|i'?ll) take them (?:in|at|behind) the (?:staff )?(?:car ?park|woods|park|garage|shed|hotel)\b)`,
        String.raw`\b${DO_IT}(?![^.!?\n]{0,60}\b${ORDINARY_PLAN}\b)[^\n]{0,160}?${MEANS_HELD}`,
        // A sentence that is only a day, or a time chosen for being alone, and the means held.
        String.raw`(?:^|[.!?] *)(?:${TIME}|${COVERT})(?:,? (?:${TIME}|${COVERT})){0,3} *[.!][^\n]{0,160}?${MEANS_HELD}(?![^.!?\n]{0,60}\b${ORDINARY_PLAN}\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Means at hand now or set aside for the act: beside the speaker with an hour named, a blade
    // behind a locked door, a supply gathered "for it", a plan given as fragments (day, means, place).
    // @see Posner K, et al. 2011 (C-SSRS: preparatory acts; active ideation with specific plan and intent).
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): access to means, timeframe.
    id: 'suicide.means-at-hand',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`${BLADE_HELD}[^\n]{0,80}?\b${DO_IT}|\b${DO_IT}[^\n]{0,80}?${BLADE_HELD}|\blocked the bathroom door\b[^\n]{0,40}?${BLADE_HELD}`,
        String.raw`${GATHERED}[^\n]{0,80}?\b${DO_IT}(?=[^\n]{0,40}\b(?:${TIME}))|\b${DO_IT} (?:${TIME})[.!]? *${GATHERED}|${GATHERED}[^\n]{0,80}?\b(?:ending it|end it)\b`,
        // Means at hand now, with an hour or a long deliberation.
        String.raw`\b${MEANS}\b(?:'s| is| are|'re)? (?:[a-z ]{0,20})?(?:next to me|in front of me|in my hand|beside me|in a (?:bowl|jar|pile))\b(?![^\n]{0,80}\b(?:climb\w*|boat|camp\w*|tent|swing|abseil\w*)\b)(?![^.!?\n]{0,60}\b(?:every|each|usual|as prescribed|with (?:food|water|breakfast|dinner))\b)(?:[^\n]{0,20}?\b(?:${TIME})(?= *(?:[.!,]|$))|[^\n]{0,80}?(?:\b(?:i'?m|im) starting (?:at|when|after|once|as soon as)\b|no one'?s home|\bi'?m done(?= *(?:[.!]|$))))|\bholding the ${MEANS} in my hand (?:for (?:an|a) (?:hour|while)|trying to decide)`,
        // Improvised ligature used at a time; a rope meant for something else no longer.
        String.raw`\b(?:i'?m|im|i'?ll|i will|going to|gonna) (?:use|using) the (?:cord|belt|rope|cable|flex|lead) (?:from|off) the\b(?<=\b(?:${TIME}|${COVERT})\b[^\n]{0,80})|\b(?:rope|belt|cord)\b[^.!?\n]{0,40}\b(?:isn'?t|is not|ain'?t) for [a-z]+ing any ?more\b`,
        // "Tonight I'm finally doing what I've thought about for years. Dad's hunting rifle."
        String.raw`\b(?:finally )?doing what i'?ve (?:thought about|been thinking about|planned|been planning|wanted to do) for (?:years|months|weeks|ages)\b[^\n]{0,60}?\b(?:gun|shotgun|rifle|pistol|rope|pills|tablets|belt)\b`,
        // Plan given as fragments: "Paracetamol and a bottle of whisky, the minute the house is empty".
        String.raw`(?:^|[.!?] *)(?:the )?(?:${DRUG}|sleeping tablets) and (?:the |a )?(?:bottle of )?(?:whisky|whiskey|vodka|gin|wine|rum|alcohol|booze)\b(?:[^\n]{0,40}?\b${COVERT}|(?<=(?:^|[.!?] *)(?:${TIME})(?:,? (?:${TIME})){0,3}[.!] *(?:the )?(?:${DRUG}|sleeping tablets) and (?:the |a )?(?:bottle of )?(?:whisky|whiskey|vodka|gin|wine|rum|alcohol|booze)))`,
        String.raw`(?:^|[.!?] *)(?:the (?:garage|car|rope|pills|bridge|woods|shed|loft|belt|gun|tablets)(?:, | and )){1,3}(?:${TIME})(?= *(?:[.!]|$))`,
        String.raw`\bit'?ll be (?:${TIME}),? (?:in|at) the [a-z ]{1,40}?, with the (?:belt|rope|pills|tablets|gun|cord)\b`,
        // A firearm within reach and a time of being alone.
        String.raw`\b(?:gun|shotgun|rifle|pistol)\b(?![^\n]{0,60}\b(?:clay|shooting|range|hunting|licen[cs]e|club|season)\b)[^\n]{0,60}?\bi know where the key is\b[^\n]{0,80}?(?:${COVERT}|\b(?:${TIME}))`,
        String.raw`(?:^|[.!?] *)(?:${TIME})(?: (?:next week|this year))?[.!] *(?:i'?ve been |i'?ve |i )?${GATHERED}|${GATHERED}[^\n]{0,80}?\b(?:that'?s when|thats when)\b|\b(?:that'?s when|thats when)\b[.!]? *${GATHERED}`,
        String.raw`\banniversary of (?:her|his|their|my [a-z]+'?s?) death\b[^\n]{0,80}?\b(?:got|have) (?:the|my) (?:pills|tablets|meds)\b[^\n]{0,60}?\b(?:going to|gonna) be with (?:her|him|them)\b`,
        String.raw`\bkept for when i (?:finally )?decided?\b[^\n]{0,20}?\bi (?:'ve )?decided\b[^\n]{0,10}?(?:${TIME})`,
        String.raw`\bbought tape for the hose\b|\btested (?:that )?the (?:beam|hook|rail|bannister|banister|branch|loft hatch) (?:holds|can hold|will hold|takes) my weight\b(?<!\b(?:pull-?ups?|hammock|swing|silks|yoga|climbing|punch(?:ing)? bag)\b[^\n]{0,80})(?![^\n]{0,60}\b(?:pull-?ups?|hammock|swing|silks|yoga|climbing|punch(?:ing)? bag)\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    // "Doing it" at a time chosen for being alone: the timing that keeps anyone from stepping in.
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): timeframe; isolation.
    id: 'suicide.time-alone',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      String.raw`\b${COVERT}[^.!?\n]{0,80}?\b${DO_IT_BARE}(?= *(?:[.!]|$)|,? (?:${TIME})(?= *(?:[.!]|$)))(?<!\b${ORDINARY_IT}\b[^\n]{0,160})|\b${DO_IT_BARE}(?: (?:${TIME}))?,? ${COVERT}(?= *(?:[.!]|$))(?<!\b${ORDINARY_IT}\b[^\n]{0,160})|\bthat'?s when (?:i'?m|im|i am|i'?ll|i will) (?:going to |gonna )?(?:do|doing) it\b[^.!?\n]{0,40}?\b${COVERT}|\bnobody will be (?:awake|home|up|around)\b[^.!?\n]{0,40}?\b(?:i'?ll|i will|i'?m going to) (?:finally )?do it\b`,
      'u',
    ),
  },
  {
    // A whole supply of a medicine to be taken at once, at a time or with a quantity: an intended overdose.
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): method with access and timeframe.
    // @see Posner K, et al. 2011 (C-SSRS: specific plan; preparatory acts such as collecting pills).
    id: 'suicide.overdose-planned',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      [
        // "taking them all at midnight", "I'll take the whole box tonight", with a medicine named nearby.
        String.raw`(?<!\b(?:was|were|been|used to|stopped|keep|kept) )\b(?:take|taking|swallow|swallowing|down|downing|inject|injecting|finish|finishing|neck|necking) (?:them all|all of them|the lot|the whole (?:lot|thing|box|bottle|packet|pack|jar|tub|month|strip)|both|all (?:the |my |his |her )?(?:medicine|medication|meds|pills|tablets) (?:i|we) (?:have|own|'ve got)|every (?:single )?(?:one|pill|tablet)(?: of (?:them|his|her|my|the)[a-z ]{0,20})?|everything in the (?:first aid (?:box|kit)|medicine (?:cabinet|box)|cabinet|cupboard))\b(?! (?:to|for|with|out|round|home|back|in to|into|up)\b)(?![^\n]{0,60}\b(?:pharmac\w*|chemist|dispos\w*|get rid|return\w*|recycl\w*|food bank)\b)(?<=\b(?:${DRUG}|insulin|first aid|medicine)\b[^\n]{0,160})`,
        String.raw`(?<!\b(?:was|were|been|used to|stopped|keep|kept) )\b(?:take|taking|swallow|swallowing|inject|injecting|finish|finishing) (?:them all|all of them|the lot|the whole (?:lot|thing|box|bottle|packet|pack|jar|tub|month|strip)|every (?:single )?(?:one|pill|tablet)(?: of (?:them|his|her|my|the)[a-z ]{0,20})?|all (?:the )?(?:medicine|medication|meds|pills|tablets) (?:i|we) (?:have|own|'ve got)|everything in the (?:first aid (?:box|kit)|medicine (?:cabinet|box)))\b(?! (?:to|for|with|out|round|home|back|in to|into|up)\b)(?![^\n]{0,60}\b(?:pharmac\w*|chemist|dispos\w*|get rid|return\w*|recycl\w*|food bank)\b)(?=[^\n]{0,120}\b(?:${DRUG}|insulin)\b)`,
        // The lot, the whole box, tonight or when this message ends, with no medicine named.
        String.raw`\b(?:i'?m going to|i'?ll|i will|gonna) (?:take|swallow) (?:the lot|the whole (?:box|bottle|packet|pack|jar)|them all)(?: (?:${TIME}))?(?:,? ${COVERT})?(?= *(?:[.!]|$))(?<=\b(?:${TIME}|${COVERT})[^\n]{0,80})`,
        // "all of mum's oxy from the cabinet" when everyone is asleep; the bottle finished; a quantity taken at a time.
        String.raw`\b${COVERT}[^.!?\n]{0,40}?\b(?:take|taking|swallow|swallowing) (?:all of them|them all|all (?:of )?${OWNER}${DRUG})\b|\b(?:take|taking|swallow|swallowing) all (?:of )?${OWNER}${DRUG} from the (?:bathroom )?(?:cabinet|cupboard|drawer)\b`,
        String.raw`\b(?:${TIME}),? (?:i'?m|im|i am|i'?ll|i will) (?:finishing|finish|taking|take|swallowing) the (?:whole )?(?:bottle|box|packet|pack|jar|tub) of ${DRUG}\b(?! (?:to|back|in|into|for|with)\b)(?![^\n]{0,60}\b(?:pharmac\w*|chemist|dispos\w*|get rid|return\w*|recycl\w*)\b)`,
        String.raw`\b(?:\d{2,3}|twenty|thirty|forty|fifty|sixty|a hundred) (?:of )?${OWNER}${DRUG}\b[^\n]{0,60}?\b(?:taking|take|swallowing|swallow) them (?:all )?(?:${TIME}|${COVERT})`,
        String.raw`\bkept back (?:a (?:month|fortnight|week)'?s?|weeks|months|a supply|enough) (?:of|worth of) (?:my )?(?:[a-z]+ )?(?:${DRUG})\b(?![^.!?\n]{0,60}\b(?:holiday|trip|travel\w*|abroad|emergenc\w*)\b)`,
        String.raw`\bjust telling (?:someone|somebody|you) i'?m taking the (?:pills|tablets|lot) (?:${TIME})`,
        // "overdose on my insulin tonight".
        String.raw`\b(?:going to|gonna|i'?ll|i will|about to|planning to) (?:overdose|od) on (?:${OWNER})?${DRUG}\b`,
        // The toxic dose looked up and more than that at hand; the amounts worked out.
        String.raw`\b(?:looked up|checked|googled|read up on|worked out|know) (?:the )?(?:toxic|lethal|fatal) (?:dose|amount)\b[^\n]{0,100}?\b(?:got|have|'ve got) (?:way |much |far |a lot )?more than (?:that|enough)\b|\b(?:paracetamol|pills|tablets|${DRUG})\b[^\n]{0,80}?\bi'?ve worked out the (?:amounts?|doses?|numbers)\b`,
        // "Sunday I take all medicine I have, three boxes".
        String.raw`\b(?:${TIME}),? i (?:take|will take|'ll take) (?:all|every)\b[^.!?\n]{0,40}\b(?:medicine|medication|pills|tablets|${DRUG})\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // A journey to a place of falling, a railway or a road, with a time and a line that closes the matter.
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): plan with location and timeframe.
    id: 'suicide.place-and-time',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      [
        // Going to the cliffs, the bridge, the top floor, and "that's it", "I've made up my mind".
        String.raw`\b(?:going|goin|heading|walking|driving|drive|walk|head|go|going up|going out)(?: (?:up|down|out|over|back))? (?:to|towards|onto) (?:the |a )?(?:[a-z0-9]+ ){0,3}?(?:cliffs?|bridge|edge|overpass|flyover|viaduct|motorway|railway(?: line| bridge)?|tracks|top floor|roof|quarry)\b(?![^.!?\n]{0,60}\b(?:photo\w*|pictures?|walk the dog|picnic|sunrise|sunset|view|work|meet\w*|see|mates?|pub|bar|gig|shop\w*|visit\w*|friends?|date)\b)[^\n]{0,80}?\b(?:(?:and )?that'?s it(?= *(?:[.!]|$))|thats it|(?:i'?ve (?:made (?:up )?my mind|decided)|made my mind up|made up my mind)(?= *(?:[.!]|$))|to end it|(?:lorries|trucks|cars|trains) (?:don'?t|dont|won'?t) stop|stepping off|going over|i'?m ready(?= *(?:[.!]|$))|so (?:no one|nobody|no-one) (?:on the road )?(?:sees|stops|finds) me|she deserves better|they deserve better)`,
        // The closing line first: "it's 3am and I'm walking up to the motorway".
        String.raw`\b(?:not waiting anymore|not waiting any more)\b[^\n]{0,60}?\b(?:driving|going|walking|heading) (?:up |down |out )?to the (?:bridge|cliffs?|motorway|tracks|railway|roof|top floor)\b`,
        // "After dark I'm going ... so no one sees me. The railway bridge behind the estate."
        String.raw`\bgoing (?:${TIME}) so (?:no one|nobody) (?:on the road )?sees me\b[^\n]{0,40}?\b(?:bridge|railway|tracks|cliffs?|overpass|viaduct)\b`,
        // This time not driving past the bridge; going over when the sun goes down.
        String.raw`\b(?:bridge|cliffs?|edge|overpass|viaduct)\b[^\n]{0,100}?\bthis time (?:i'?m|im|i am) not (?:driving|walking|going) (?:past|by) it\b|\b(?:balcony|ledge|edge|rail|railing|roof)\b[^\n]{0,80}?\b(?:i'?m|im|i am) going over (?:when|once|at|tonight|after)\b`,
        // Trains that do not stop, with a place and a closing line.
        String.raw`\b(?:next|the) (?:fast )?(?:train|one) (?:that|which) (?:doesn'?t|does not|dont|won'?t) stop\b|\b(?:goes|comes) (?:straight )?through without stopping\b(?<=\b(?:gone|i'?ll be|by the end)\b[^\n]{0,80})|\bnext fast one (?:comes|goes) through\b[^\n]{0,40}?\bi'?m ready\b|\b(?:the )?last train\b[^\n]{0,60}?\b(?:i'?ll be|i'?m going to be|i will be) (?:on|in front of) (?:the )?(?:track|tracks|it)\b|\b(?:railway line|tracks|level crossing)\b[^\n]{0,60}?\bi'?ve checked the (?:times|timetable)\b`,
        // Up the mountain, alone, and not walking back down.
        String.raw`\b(?:heading|hiking|walking|climbing|going) (?:alone |on my own )?(?:up|out|into) (?:the )?(?:[a-z]+ ){0,2}?(?:mountain|gorge|hills?|moor|fells?|woods|forest)\b[^\n]{0,60}?\b(?:not planning (?:on|to) (?:walk|walking|come|coming|get|getting) (?:back|home|down)|won'?t be using the stairs)\b(?![^.!?\n]{0,40}\b(?:cable car|bus|lift|taxi|train|camp\w*|tent|hut|bothy)\b)|\b(?:\d+(?:st|nd|rd|th) floor|top floor|roof)\b[^\n]{0,60}?\bwon'?t be using the stairs (?:to come down|down)\b|\bgo up to the top floor\b[^\n]{0,60}?\bnot come down the stairs\b`,
        // A plan given as a time and a named drop or railway ("Sunday evening, the overpass near the stadium").
        String.raw`(?:^|[.!?] *)(?:${TIME})(?:,? (?:${TIME})){0,3},? (?:the )?(?:[a-z0-9]+ ){0,2}?(?:overpass|flyover|viaduct|railway line|railway bridge|train tracks|railway tracks|cliff edge|level crossing)\b[^\n]{0,60}?(?:so (?:someone|somebody) knows|i'?ve checked the (?:times|timetable)|that'?s the plan)`,
        // A method told as a plan: in front of a train, into a lorry, into the water until the end.
        String.raw`\b(?:i'?m going to|i'?m gonna|im gonna|i'?ll|i will|going to|gonna) (?:walk|step|jump|throw myself|lie down) in front of (?:the|a|an) (?:[a-z]+ ){0,2}?(?:train|lorry|truck|bus|freight)\b|\b(?:i'?m going to|i'?m gonna|im gonna|i'?ll|i will) (?:drive|crash|steer) (?:my car )?into (?:the back of )?(?:a|the) (?:lorry|truck|wall|tree|bridge|oncoming)\b|\b(?:walk|wade|swim) (?:out )?into the (?:water|sea|lake|river|waves) until i (?:can'?t|cant|can not)(?: anymore| any more)?\b|\b(?:taking|take) the boat out\b[^.!?\n]{0,20}\bwith weights\b`,
        // Not coming back from the place; going back to it to finish; not walking on.
        String.raw`\b(?:i'?m|im|i am|i'?ll be|i will be) not (?:coming|going|walking|getting) back from the (?:cliffs?|bridge|sea|lake|river|mountain|edge)\b(?! (?:until|till|before|without))|\b(?:go|going) back (?:to the (?:bridge|cliffs?|edge|tracks|roof|car ?park|river) )?(?:(?:${TIME}) )?(?:to|and) finish it(?= *(?:[.!]|$| this time))(?<=\b(?:bridge|cliffs?|edge|tracks|roof|car ?park|river|ledge)\b[^\n]{0,120})|\bbridge\b[^\n]{0,140}?\b(?:tonight|this time) i (?:don'?t|dont) think i'?ll walk on\b`,
        String.raw`\b(?:cliffs?|cliff path|ledge|edge|roof|balcony)\b[^\n]{0,60}?[.!] *going over (?:when|once|at|tonight|after)\b|\b(?:i feel|i'?m|feeling) (?:so )?calm about it\b(?<=\b(?:cliffs?|bridge|tracks|railway|edge|roof)\b[^\n]{0,60})`,
        String.raw`\b(?:whether|if) (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:floors|storeys|stories) (?:is|would be|are) (?:enough|high enough)(?= *(?:[.!?]|$| to (?:die|kill|do it)))|\bby the time you (?:read this|reply|do|see this|get this)\b[^.!?\n]{0,10}?\b(?:i'?ll|ill|i will) (?:have )?(?:jumped|be gone|be dead|have done it)\b`,
        String.raw`\b(?:jump|jumping) (?:off|from) the [a-z ]{0,20}?(?:roof|bridge|car park)\b[^\n]{0,60}?\bchecked (?:that )?the (?:roof |fire )?(?:door|hatch) (?:is|was|isn'?t|wasn'?t) (?:unlocked|open|locked)\b`,
        // Research of a place for its lack of barriers.
        String.raw`\b(?:looked up|checked|researched|googled|found|looking up|finding) (?:out )?which (?:bridges|buildings|car ?parks|cliffs|multi-?storeys|tower blocks)\b[^.!?\n]{0,40}\b(?:don'?t|do not|doesn'?t|have no|haven'?t got) (?:have )?(?:any )?(?:nets|barriers|fences|railings)\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // At the place or with the method set up, now: on the bridge or roof with no reason given, a car
    // running in a shut garage, a ligature tied, a blade by a running bath.
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): imminent risk, method at hand.
    id: 'suicide.method-set-now',
    category: 'suicide',
    level: 'imminent',
    pattern: new RegExp(
      [
        String.raw`\b(?:i'?m|im|i am) (?:standing|stood|sat|sitting|parked)? ?(?:on|at) (?:the (?:top|edge) of )?(?:the |a )?(?:[a-z0-9]+ ){0,4}?(?:bridge|roof|rooftop|cliff(?: edge| top| lookout)?|ledge|car ?park(?: roof)?|carpark|multi-?storey)\b[^\n]{0,80}?\b(?:i (?:don'?t|dont) (?:even )?know why i'?m typing|i (?:just )?wanted (?:someone|somebody) to know(?= *(?:[.!]|$))|i came here to (?:jump|do it|end it)|i'?ve been here (?:for )?an hour|i think i'?m (?:gonna|going to) (?:go over|jump)|(?:and )?i'?ve made up my mind|i can'?t do another|this is my next step)`,
        String.raw`\b(?:in|inside) the (?:car|van) in the garage\b[^.!?\n]{0,40}\b(?:engine|motor)(?:'s| is) running\b|\b(?:(?:i'?m|im|i am) (?:sitting |sat )?|sitting )in the garage with the (?:car|engine) running\b|\b(?:sitting|sat) in the (?:car|van) with the engine running and the garage door (?:down|shut|closed)\b`,
        String.raw`\b(?:rope|noose|belt|cable|cord)(?:'s| is) (?:up|tied(?: off)?)\b[^\n]{0,60}?\b(?:(?:sitting|standing|sat|stood) (?:under|underneath|beneath) it|before i do it|i'?m so tired)\b|\b(?:cable|rope|cord)(?:'s| is) tied off in the (?:garage|shed|loft|attic)\b|\b(?:tied|hung) (?:the |my |his )?(?:belt|rope|cord|cable) (?:to|on|over|from) the (?:closet rail|wardrobe rail|bannister|banister|beam|loft hatch|door|hook|tree)\b(?![^.!?\n]{0,40}\b(?:swing|hammock|washing|clothes|dog|tent|boat|tyre|tire)\b)|\bi'?ve tied it\b[^.!?\n]{0,20}?[.!]? *i'?m (?:just )?sitting here with it\b|\b(?:belt|rope|cord|cable)\b[^.!?\n]{0,30}\bi know which (?:beam|hook|rail|bannister|banister|tree)\b`,
        String.raw`\b(?:bath|bathtub|tub)(?:'s| is)? (?:running|run|full)\b[^\n]{0,60}?\b(?:razor|blades?|knife)\b(?![^.!?\n]{0,40}\b(?:shav\w*|legs|beard|armpits)\b)|\b(?:razor|blades?|knife)\b(?<!\b(?:shav\w*|legs|beard)\b[^.!?\n]{0,60})[^\n]{0,60}?\b(?:full )?bath(?:'s| is)? (?:running|run)\b|\b(?:sat|sitting|lying|i'?m) in the bath with (?:the |a |my )?(?:[a-z']+ ){0,2}?(?:razor|blade|knife)\b(?![^.!?\n]{0,40}\b(?:shav\w*|legs|beard|armpits)\b)|\bi'?ve run the bath and i'?ve got the (?:razor|blades?|knife)\b|\bme and the (?:blade|razor|knife) and the bath\b`,
        String.raw`\b(?:holding|held|put|putting|pressed|pressing) (?:it|the gun|the pistol|the barrel) (?:to|against|under) my (?:head|temple|chin)\b(?<=\b(?:gun|pistol|shotgun|rifle|revolver|handgun)\b[^\n]{0,120})`,
      ].join('|'),
      'u',
    ),
  },
  {
    // A date chosen for dying: a deadline set, a date picked, the last birthday or week.
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): timeframe; plan.
    // @see Posner K, et al. 2011 (C-SSRS: intent with a specific plan, including when).
    id: 'suicide.date-chosen',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`\b(?:[a-z]+ )?is the deadline i'?ve (?:given|set) myself\b[^\n]{0,80}?\b(?:i'?m done|i'?m out|that'?s it|i'?ll end it|i'?m ending it)\b`,
        String.raw`\bmy goal is (?:to not|not to) be here by\b`,
        String.raw`\b(?:i'?ve decided|i have decided|decided) (?:it'?ll|it will) be my last\b(?<=\b(?:birthday|christmas)\b[^\n]{0,60})|\b(?:i'?ve decided|i have decided) (?:this )?(?:christmas|birthday|summer|year) (?:will|is going to) be my last(?= *(?:[.!]|$))`,
        String.raw`\b(?:made my mind up|made up my mind|i'?ve decided)\b[^.!?\n]{0,20}?[,.]? *this is the last (?:week|night|day)\b|\bthis is the last (?:night|week)\b(?=[^\n]{0,80}\b(?:knife|pills|rope|gun|blade|doing it)\b)`,
        String.raw`\b(?:i'?ve |we'?ve |i have |we have )?picked (?:the|a) date\b(?<=\b(?:doing it together|romeo and juliet|turn \d+|before my birthday|refuse to)\b[^\n]{0,120})|\b(?:i'?ve |i have )picked the date\b[^\n]{0,40}?\bseems fitting\b|\brefuse to turn \d+\b[^\n]{0,80}?\bpicked the date\b`,
        String.raw`\b(?:plan is set|my plan is (?:${TIME}))\b(?=[^\n]{0,120}\b(?:${DRUG}|whisky|vodka|rope|bridge|amounts|so nobody would ask)\b)`,
        String.raw`(?:^|[.!?] *)(?:${TIME})(?: (?:${TIME})){0,3} (?:before (?:school|work))?[.,]? *(?:it'?s|its) all planned\b`,
        String.raw`(?:^|[.!?] *)(?:${TIME})[.!] *(?:i'?ve decided|i have decided|i decided)[.!] *i (?:just )?want(?:ed)? to (?:say|tell) (?:it|this) to (?:someone|somebody)(?: who [a-z' ]{1,30})?(?= *(?:[.!]|$))|(?:^|[.!?] *)(?:${TIME})[.!] *i'?m not (?:telling|going to tell) you how\b`,
        String.raw`\bhotel(?: room)?\b[^\n]{0,30}?\b(?:booked|book) (?:it )?(?:to do it in\b|so (?:nobody|no one|my [a-z]+) (?:at home )?(?:finds|doesn'?t have to find|won'?t find) me\b(?![^\n]{0,60}\b(?:surprise|party|birthday|propos\w*|anniversary|present)\b))|\b(?:booked|book) (?:a |the )?hotel(?: room)?\b[^.!?\n]{0,30}?\bso (?:nobody|no one|my [a-z]+) (?:at home )?(?:finds|doesn'?t have to find|won'?t (?:have to )?find) me\b(?![^\n]{0,60}\b(?:surprise|party|birthday|propos\w*|anniversary|present)\b)|\bwon'?t be checking out\b(?<=\bhotel\b[^\n]{0,80})`,
        String.raw`\b(?:written|put) it in my (?:calendar|diary)\b[^\n]{0,60}?\b(?:rope|pills|gun)\b|\bi'?ll do it on the anniversary of (?:her|his|their|my [a-z]+'?s?) death\b|\bby the end of this week i'?ll be gone\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Self-harm set for a time or a place: going home to cut after a shift, blades bought for tonight.
    // @see NICE NG225 (2022): self-harm assessment — the intended act, its means and when.
    id: 'self_harm.planned-act',
    category: 'self_harm',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`\b(?:going|go|gonna|going straight|heading) (?:straight )?(?:home|to the (?:bathroom|toilets?|loo)|back) to (?:cut|sh|burn)(?= *(?:[.!,]|$|tonight|after|when|again))`,
        String.raw`\b(?:sit|sitting) in the car\b[^.!?\n]{0,40}\band cut(?= *(?:[.!,]|$))`,
        String.raw`\b(?:(?:i'?m going to|i'?m gonna|im gonna|gonna|i'?ll) (?:do it|use (?:it|them|the [a-z]+))|doing it|using them)\b[^.!?\n]{0,40}?\bwith the (?:lighter|blade|razor|compass)\b(?=[^\n]{0,80}\b${SH_CONTEXT})`,
        String.raw`\bbought (?:a (?:pack|packet|box) of |fresh |new |some )?(?:blades|razors)\b(?! for)(?![^\n]{0,60}\b(?:craft|stanley|model|shav\w*|legs|beard|plane|saw|cutter|scraper)\b)[^\n]{0,60}?\b(?:(?:using|use) them(?: (?:${TIME}))?(?:,? ${COVERT})?(?= *(?:[.!]|$))|getting back to cutting)|\bgetting back to cutting\b[^\n]{0,40}?\bbought (?:fresh |new )?blades\b`,
        String.raw`\b(?:cigarettes?|lighter)\b[^\n]{0,40}?\bfor my (?:arms?|legs?|skin|wrists?)\b`,
        String.raw`\bcarve\b[^.!?\n]{0,40}?\b(?:into|in|out of|on) my (?:arm|leg|thigh|wrist|skin|stomach)\b`,
        String.raw`\b(?:blade|razor)(?:'s| is)? (?:out|ready|in my (?:bag|room|pocket))\b[^\n]{0,60}?\bdoing it\b|\b(?:razor|blade)(?:'s| is) in my bag,? doing it\b|\bknife'?s already in my room\b(?<=\bnext step\b[^\n]{0,80})|\b(?:use|using) the razor from my (?:dad|mum|mom)'?s? shaving kit\b`,
        String.raw`\blocked in the bathroom with the (?:blade|razor)\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // A weapon carried to a named person, with the time or place he will be found and a line of grievance.
    // @see Meloy JR, et al. Behav Sci Law 2012;30(3):256–79 (pathway warning behaviour: planning, preparation, implementation; fixation).
    id: 'harm_to_others.armed-approach',
    category: 'harm_to_others',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      [
        String.raw`\b(?:got|have|bringing|taking|carrying|with|i'?ve got|there'?s)\b (?:(?:a|an|the|my|his|her) )?(?:[a-z']+ ){0,2}?(?:knife|blade|bat|gun|shotgun|rifle|pistol|crowbar|tyre iron|tire iron|box cutter|stanley knife|hammer|machete|petrol(?: can)?|can of petrol|bats|knives)\b[^\n]{0,140}?\b(?:(?:he|she)(?:'s| is) (?:getting it|got it coming|gonna regret|going to regret|going to learn|gonna learn)|(?:he|she|they)(?:'s|'re| is| are)? (?:all )?(?:gonna|going to) (?:pay|regret|learn)|hes gonna regret|finds out what it feels like|this ends tonight|(?:i'?m )?(?:going to |gonna )?use it on (?:him|her)|for the (?:guy|lad|lads|man|bloke|men|boys|girls|ones) who|(?:outside|at) the [a-z]+ for the (?:guy|lad|man|bloke) who|everyone will (?:finally )?see|(?:i'?m )?ending this for good|gets what (?:he|she) deserves)`,
        String.raw`\b(?:he'?s got it coming|gets what he deserves|is going to learn|he'?s getting it|(?:i'?m )?ending this for good)\b(?<=\b(?:knife|blade|bat|gun|shotgun|crowbar|tyre iron|box cutter|hammer|machete|petrol)\b[^\n]{0,140})`,
        String.raw`\b(?:waiting|wait|i'?m waiting) (?:in the car park )?(?:for (?:him|her|the guy|the lad|my [a-z]+) |outside (?:the [a-z]+ )?(?:for (?:him|her|the guy|the lad) )?|by (?:his|her) car)\b[^\n]{0,60}?\b(?:i (?:have|'ve got) (?:a |the )?(?:knife|gun|blade|tyre iron|bat|crowbar)|going to use it on (?:him|her)|to (?:finish|come out)\b[^\n]{0,60}\bknife)|\bi'?ve got the (?:knife|gun|blade)\b[^.!?\n]{0,5}[.!] *i'?m waiting for (?:him|her)\b|\b(?:knife|blade|gun)\b[^\n]{0,40}\bwaiting for (?:him|her) to come out\b`,
        String.raw`\b(?:everyone who (?:laughed at|bullied|humiliated|mocked) me|make sure (?:she|he) never forgets)\b[^\n]{0,80}?\b(?:got|have|'ve got) (?:the )?(?:petrol|knife|gun|acid)\b|\bgoing to (?:find|get|catch|wait for) (?:the|that|this) (?:lad|guy|man|bloke|kid|boy|girl|woman|prick|idiot)\b[^.!?\n]{0,50}?\band (?:stab|shoot|glass|knife|batter|kill) (?:him|her|them)\b|\b(?:going to|gonna) put (?:him|her|them|the (?:guy|lad|man|bloke)|that [a-z]+)\b[^.!?\n]{0,40}? in (?:the )?hospital\b(?=[^\n]{0,60}\b(?:bats?|knife|knives|gun|blade)\b)|\b(?:knife|blade|gun)\b[^.!?\n]{0,10} (?:taped|hidden|stashed) under (?:my|the) seat\b(?<=\b(?:he'?ll|she'?ll) be at\b[^\n]{0,140})`,
        String.raw`\b(?:using|use) the (?:box cutter|knife|blade|bat|hammer|stanley knife) on (?:him|her)\b|\b(?:stabbing|stab|shoot|shooting) (?:him|her)\b (?:${TIME})\b|\b(?:${TIME}),? (?:i'?m )?(?:stabbing|shooting) (?:him|her)\b`,
        String.raw`\b(?:sat|sitting|parked|waiting) outside (?:her|his|their) (?:new )?(?:place|house|flat|home)\b[^\n]{0,60}?\b(?:petrol|lighter|knife|gun)\b|\b(?:petrol|lighter)\b[^\n]{0,60}?\bwaiting for the lights to go (?:off|out)\b`,
        String.raw`\b(?:going round|going over|going to (?:his|her) (?:house|flat|place)|going round there)\b[^\n]{0,40}?\bwith (?:my |the |his |my [a-z]+'?s )?(?:[a-z]+ )?(?:shotgun|gun|knife|bat|crowbar|hammer)\b|\bbringing the bat from the shed\b|\bbringing (?:a|my [a-z]+'?s?) (?:blade|knife)\b[^\n]{0,60}?\b(?:for the|regret|gonna|going to)\b`,
        String.raw`\b(?:going|off|heading) to the school\b[^\n]{0,80}?\b(?:they'?re all going to pay|with the (?:bat|gun|knife))\b|\bsomething that makes the news\b[^\n]{0,40}?\b(?:gun|rifle|knife)\b|\b(?:drive|driving|plough|ploughing|plow|plowing) (?:my |the |a )?(?:car|van|truck|lorry) into (?:the |a )?(?:crowd|people|queue)\b`,
        String.raw`\b(?:put|putting|slip|slipping) (?:the |some |his |her |their )?(?:rat poison|poison|antifreeze|bleach|own (?:tablets|pills|meds)|it)\b[^.!?\n]{0,20}?\bin (?:his|her|their|my [a-z]+'?s?) (?:tea|coffee|drink|food|dinner|cup|meal)\b(?<=\b(?:poison|antifreeze|bleach|own (?:tablets|pills|meds))\b[^\n]{0,100})(?![^\n]{0,60}\b(?:because|won'?t swallow|can'?t swallow|doctor|nurse|pharmacist|so (?:he|she) takes)\b)|\b(?:pour|pouring) (?:the )?(?:boiling )?(?:kettle|water|oil) (?:over|on) (?:him|her)\b|\bset (?:his|her|their) (?:car|house|flat) on fire while (?:he|she|they)(?:'s|'re| is| are) asleep\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // An abuser's threat tied to the hour he will be back or the night he will come: the danger has a time.
    // @see Campbell JC, et al. Am J Public Health 2003;93(7):1089–97 (danger assessment: threats to kill, escalation).
    // @see Richards L. DASH risk identification checklist (2009): threats, separation, stalking.
    id: 'abuse.threat-with-time',
    category: 'abuse',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      [
        String.raw`\b(?:when|once) (?:he|she) gets (?:home|back|in)\b[^\n]{0,60}?\b(?:he'?s|she'?s|he is|she is) going to (?:finish (?:it|what (?:he|she) started|me off)|kill me|sort me out|make me pay|hurt me)\b|\b(?:going to|gonna) finish what (?:he|she) started\b(?<=\b(?:when|once) (?:he|she) gets (?:home|back)\b[^\n]{0,80})`,
        String.raw`\b(?:you'?re dead when i get (?:back|home|in)|when i get (?:back|home|in),? you'?re dead)\b(?![^\n]{0,60}\b(?:jok\w*|kidding|playing|game|tag|lol|haha)\b)`,
        String.raw`\b(?:he|she|they|my ex)(?:'s| is| are)? (?:coming|coming round|coming over) (?:${TIME})\b[^\n]{0,40}?\bto (?:sort me out|teach me a lesson|get me|finish me)\b`,
        String.raw`\bsee you tonight\b(?=[^\n]{0,120}\b(?:violent|hit me|hurt me|toddler|kids|alone)\b)(?<=\b(?:my ex|he|she)\b[^\n]{0,120})|\b(?:see|get) me\b[^\n]{0,10}?\btonight\b[^\n]{0,60}?\bknows my (?:new )?address\b`,
        String.raw`\b(?:parked|waiting) outside my (?:work|flat|house)\b[^\n]{0,60}?\bwaiting when i (?:finish|get out|leave)\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Packs or strips of a medicine taken at once: an overdose, whatever it was meant as.
    // @see NHS: overdose (call 999 or go to A&E however well the person seems).
    id: 'medical_emergency.packs-taken',
    category: 'medical_emergency',
    level: 'high',
    pattern: new RegExp(
      String.raw`\btook (?:two|three|four|five|six|\d+|a few|several) (?:strips|packets|packs|boxes|blister packs) of (?:${OWNER})?${DRUG}\b`,
      'u',
    ),
  },
];
