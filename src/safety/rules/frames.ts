/**
 * Frames that change what a matched statement means: negation, fiction and news, figurative
 * hyperbole, past and resolved experience, and another person as the subject. Each is the
 * project's own short list; the evaluation collection under test/safety checks each against
 * its confounder.
 */

/** Negation cues among the last words before a statement ("I'm not suicidal", "I would never"). */
export const NEGATION_CUE =
  /\b(?:not|never|no|nor|dont|don't|didnt|didn't|doesnt|doesn't|wont|won't|wouldnt|wouldn't|cant|can't|cannot|isnt|isn't|arent|aren't|wasnt|wasn't|havent|haven't|without|nobody|neither|hardly|nothing like|stopped|quit|no longer)\b/u;

/**
 * Phrases that undo a negation ("I can't promise I won't hurt myself"), and secrecy, which only
 * looks like one: "my psychiatrist has no idea I've been burning my arms", "nobody knows I cut".
 */
export const NEGATION_UNDONE =
  /\b(?:can't promise|cannot promise|cant promise|not sure (?:i|if i) (?:won't|wont|can't|cant)|don't know if i (?:won't|wont|can't|cant)|not sure i can stop|can't stop|cant stop|cannot stop|can not stop|couldn't stop|couldnt stop|could not stop|won't stop|wont stop|will not stop|can't get (?:it|them|the (?:thought|thoughts|image|images|picture)) out of my head|can't guarantee|no one would|nobody would|not sure how much longer|don't think i can keep|(?:has |have |had )?no idea (?:that )?i\b|(?:doesn'?t|don'?t|do not|does not|didn'?t|did not) know (?:that )?i\b|(?:nobody|no one|no-one) (?:knows|knew|has noticed|noticed)(?: (?:that|about))?)\b/u;

/** Negation that follows the statement: "killing myself has never crossed my mind". */
export const NEGATION_AFTER =
  /^(?: (?:[a-z']+)){0,2}? (?:has|have|had|is|was|would|will)?(?: )?(?:never|not|n't|'nt) (?:crossed my mind|been (?:an option|on my mind|something i)|something i(?:'d| would)? (?:do|consider|think about)|on the cards|an option)|^ (?:is|was) (?:the )?(?:last thing|furthest thing) (?:on|from) my mind/u;

/**
 * A question someone asked the speaker, still open at the statement: "my GP asked if I've had
 * thoughts of self-harm", "she asked whether I was thinking of ending it". Screening questions
 * are asked routinely (NICE NG225 recommends asking directly about suicidal thoughts), so the
 * statement inside one is the question's, not the speaker's; the answer decides.
 */
export const ASKED_IF =
  /\b(?:asked|asks|asking|ask)(?: me)? (?:if|whether) (?:i|i'?d|id|i'?ve|ive|i'?m|im|i was|i had|i have)\b[^.!?\n]*$|\b(?:asked|asks|asking)(?: me)?[:,]? *["\u201c](?:do|have|are|did|were|would|will|any|is|has|so)\b[^"\u201d\n]*$/u;

/**
 * The speaker's "no" to that question, right after the statement: "… and honestly no", ". I said
 * no and meant it", ". im not.", ". no, caught it on the winch". Not "not sure", "not yet" or "I
 * don't know", which answer nothing.
 */
export const ANSWERED_NO =
  /^[^.!?\n]{0,40}?(?:[.!?,;:]+|\band\b| [-\u2013\u2014]+)["\u201d']*\s*(?:[.!?,;:]+\s*)?(?:[-\u2013\u2014]+\s*)?(?:and )?(?:(?:honestly|truthfully|genuinely|tbh|to be honest)[, ]+)?(?:i (?:said|told (?:him|her|them|the [a-z]+)|answered|replied)[, ]+)?(?:no\b(?! one| ?body| matter| idea| longer| more| way| reason| point| hope| future| plans? to (?:stay|live|carry on)| one'?s)|nope\b|never\b(?! (?:again|mind|told|said|answer))|not at all\b|(?:i'?m|i am|im) not\b(?! (?:sure|certain|saying|telling|gonna lie|going to lie|able|ok|okay|fine|coping|safe))|i (?:haven'?t|have not|wasn'?t|was not|don'?t|do not|didn'?t|did not)\b(?! (?:know|answer|say|tell|reply|want to say|think i (?:can|could)))|nothing like that)/u;

/**
 * What undoes the "no": a lie admitted, a "but", or intent after it ("I said no but I lied",
 * "no. I'm past thinking, I'm doing it").
 */
export const ANSWER_UNDONE =
  /\b(?:lie|lied|lying|not true|wasn'?t true|(?:wasn'?t|not|being) honest|but|except|yet|going to|gonna|will|'ll|want(?:ed)? to|past (?:that|thinking)|already)\b/u;

/**
 * Who a quotation is from, read just before its opening mark: "mum texted", "my son wrote in his
 * school book", "his note said:", "colleague's status:". Someone other than the speaker: the
 * words inside are theirs ("I'm tired of living" is mum's), so risk to the writer of the quote
 * is concern for someone else. The speaker's own quotes ("I texted my sister") match too; the
 * caller tells them apart by the words before the verb (group `who`).
 */
export const QUOTED_FROM =
  /(?:\b(?<who>[a-z']+(?: [a-z']+){0,3}?) (?:texted|texts|text|wrote|writes|said|says|sent|sends|posted|posts|messaged|replied|commented|shouted|shouts|screamed|whispered|left|put)(?: (?:me|us|him|her|them|this|that))?(?: (?:in|on|at|to|under|across|into|onto) [a-z' ]{1,30}?)?|\b(?:[a-z]+'s|his|her|their)(?: [a-z]+)? (?:text|message|note|voicemail|status|post|comment|story|tweet|email|dm|letter|caption|bio|reply|words|last words)(?: (?:said|says|read|reads|was))?)[:,]? *(?:-+ *)?$/u;

/** Clause boundaries: negation and subjects do not carry across them. */
export const CLAUSE_BOUNDARY =
  /[.!?;:,\n]|\b(?:but|though|although|however|yet|and then|so now)\b|\band\b(?= i\b)/gu;

/** A sentence about fiction, news, study or advocacy rather than the speaker's life. */
export const FICTION_OR_NEWS =
  /\b(?:movie|film|book|novel|stories|show|series|episode|season|game|character|chapter|poem|poetry|song|lyrics|play|scene|script|fanfic|anime|manga|comic|(?<!\b(?:her|his|their|my|your|insta(?:gram)?|snap(?:chat)?|whatsapp|fb|facebook) )story|news|article|documentary|podcast|headline|newspaper|report(?:ed|s)?|journalist|essay|thesis|dissertation|assignment|homework|lecture|(?<!\b(?:my|our|same|after|before|from|skip|skipping|skipped|missed|leave|leaving|left) )class|(?<!\bof )course|module|research|study|studies|statistics|awareness|prevention|campaign|fundraiser|charity|history|historical|true crime|case study|training|textbook|hamlet|romeo|juliet|plot|villain|protagonist|narrator|author|writer|writing)\b/u;

/** Hyperbole about trivial annoyances: "I'll kill him if he eats my chips", "my mum will kill me". */
export const FIGURATIVE =
  /\b(?:left me (?:hanging|waiting)|kept me waiting|stood me up|lol|lmao|lmfao|rofl|haha+|hehe|😂|🤣|jk|just kidding|joking|kidding|figuratively|metaphorically|as a joke|playfully|play[- ]?fight\w*|messing (?:about|around)|tickl\w+|(?:boss|manager|teacher|coach|supervisor|lecturer|tutor|editor|client|team)(?: is|'s| will|'ll) (?:going to |gonna )?kill me|in the (?:playoffs|game|match|final|league|tournament|rematch)|karma|(?:will|gonna|going to|is going to|'s going to|'ll) kill (?:me|you|him|her) (?:if|when|for) (?:(?:he|she|they) (?:sees?|finds? out|notices?|hears?) (?:that )?)?(?:i|he|she|you|they|this|that|the|my|it|we) (?:[a-z]+ )?(?:is late|'s late|isn'?t (?:done|finished|ready)|fail|fails|failed|mess up|eat|ate|forget|forgot|am late|'m late|is late|'s late|lose|lost|break|broke|take|took|finish|finished|spoil|miss|don'?t|do not|didn'?t|mess|crash|scratch|wake|spill|spilled|use|used|borrow|borrowed|eats|takes|uses|breaks|touches|finishes|drinks|steals|forgets|spoils|borrows|wins|beats)|beat (?:you|him|her|them|everyone|me) (?:at|in) (?:[a-z]+ )?(?:chess|cards|poker|fifa|game|games|race|tennis|golf|football|darts|pool|scrabble|monopoly|quiz|arm wrestl\w*)|(?:she|he|they) (?:borrowed|took|ate|used|broke|lost|ruined|stole|nicked|finished|drank|read|spoiled|wore|stretched) my (?:[a-z]+ )?(?:dress|clothes|top|shoes|charger|food|chips|phone|car|make-?up|jumper|hoodie|lunch|leftovers|snacks?|chocolate|stuff|shampoo|book|headphones|jeans|trainers|coat|milk|biscuits|cake|pizza)|(?:will|is going to|'s going to|gonna|'ll) be the death of me|(?:phone|battery|laptop|car battery|plant|plants|torch|tablet|charger|controller|headphones)(?:'s| is| are|'re)? (?:dying|dead|died|about to die|on (?:its|it'?s) last legs)|(?:for|over) (?:eating|taking|forgetting|being late|spoiling|finishing|breaking|losing|using|borrowing|scratching)|kill me (?:when|if|once) (?:she|he|they|my [a-z]+) (?:sees?|finds? out about|hears? about|notices?|gets? a look at|looks at) (?:my|the|this|that|what i did to (?:my|the|her|his|their)) (?:[a-z]+ )?(?:report card|report|grades?|marks|results?|exam|test|room|car|phone|bill|hair|haircut|tattoo|piercing|mess|dent|scratch|nails|outfit|credit card|bank statement|jacket|shoes|dress)|kill (?:for|the (?:lights|music|engine|mood|vibe|process))|(?:killing|kill) it (?:at|in|on|today)|killed it|dying (?:to|for|of (?:laughter|embarrassment|boredom|curiosity|thirst|hunger|heat))|dead (?:tired|funny|serious|on|good|easy|right|set|lucky|boring|inside lol)|to die for|my (?:feet|back|legs|head|knees) (?:are|is) killing me|(?:this|that|it|work|school|homework|the heat|the traffic|my commute|my boss|the wait|the suspense) (?:is|are|was) killing me|could murder a|murder (?:a|some) (?:pizza|burger|curry|drink|pint|coffee)|(?:hurt|harm) (?:my|your) (?:chances|feelings|career|grades|back|knee|ankle|wrist|shoulder|neck) (?:playing|lifting|at|in|during|when|while|on)|(?:kill|murder|strangle|throttle|wring)\w* (?:me|him|her|them|(?:my|his|her|their) (?:[a-z-]+ )?(?:[a-z-]+))(?: \w+)?[,;:]+ (?:(?:i|he|she|they|you|we)(?:'s|'ve|'d| has| have| had| just| literally| only| actually| even)* )?(?:ate|eaten|eats|forgot|forgotten|forget|lost|told|took|taken|used|finished|borrowed|broke|broken|spilled|spilt|drank|drunk|deleted|spoiled|spoilt|booked|invited|moved|missed|burnt|burned|scratched|dented|flooded|shrunk|shrank|ruined|wore|nicked|scoffed|binned|threw out|gave away|posted|left (?:the|his|her|their|my|wet|dirty|a|it)|didn'?t|never)\b(?! (?:me|my|our|the) (?:kids|children|son|daughter|baby|babies|life|money|savings|passport)))\b/u;

/**
 * A time long past that places an event on its own: a year up to 2024 or a decade ("in 2013",
 * "back in 2008ish", "in the 60s"), a former life ("during my first marriage", "in my partying
 * days", "when I was in the army", "before the kids"), or a former self ("advice to my 14 year old
 * self", "past me"). Years stop at 2024 so that the reading does not depend on the clock: a later
 * year is read as recent. "Since 2019" is not here: it says something goes on.
 */
export const LONG_PAST =
  /\b(?:(?:in|back in|around|circa|during) (?:(?:the )?(?:early |mid |late )?(?:19[4-9]\d|200\d|201\d|202[0-4])(?:ish)?|the (?:early |mid |late )?(?:'?[5-9]0s|19[4-9]0s|2000s|noughties))|during my (?:first|last|previous|old|second) (?:marriage|relationship|job)|(?:in|during) my (?:partying|drinking|using|student|uni|university|army|navy|forces|party|younger|teenage|school|wild|dark) (?:days|years|time|phase)|in my student time|as a young (?:man|woman|lad|lass|mum|mom|dad|mother|father)|(?:when i was|back) in the (?:army|navy|forces|police|military|marines|raf|young offenders)|before (?:the kids|my kids|i had (?:the )?kids|i got sober|i got clean)|to my (?:\d{1,2}[- ]year[- ]old|younger|teenage) ?self|(?:past|younger|teenage) me)\b/u;

/** Past and resolved: "I used to self-harm but have been fine for years". */
export const PAST_RESOLVED =
  /\b(?:used to|years? ago|months ago|a decade ago|in the past|back then|back in (?:school|college|uni|the day|my (?:teens|twenties|20s|thirties|30s|youth))|in my (?:teens|twenties|early twenties|20s|youth)|when i was (?:younger|a (?:kid|teen|teenager|child|student)|at (?:uni|university|school|college))|as a (?:teen|teenager|kid|child)|(?:\d+|a few|several|many|two|three|five|ten) years (?:ago|clean|free|since)|(?:been )?(?:clean|free) (?:from|of) (?:it|self[- ]?harm|cutting)? ?for (?:years|months|a long time|\d+ (?:years|months))|(?:haven'?t|have not|not) (?:done|felt|had|thought) (?:it|that|anything like that|that way)(?: since| for)|a long time ago|long ago|(?:i'?m|i am) (?:in a )?(?:much )?better (?:place )?now|(?:got|am|i'?m) through it|that'?s behind me|recovered|in recovery|(?:really |a lot |so much )?helped|(?:they'?re|it'?s|that'?s|those (?:thoughts|feelings) are) (?:gone|over|in the past)(?: now)?|thankfully|(?:i'?ve|i have) been (?:well|okay|ok|fine|good|stable|safe) (?:for|since|ever since)|been (?:stable|well) (?:since|ever since)|(?:don'?t|do not) (?:do it|feel (?:like )?that|think (?:like )?that) anymore|not anymore|(?:two|three|a few|several|many|\d+) (?:summers|winters|springs|autumns|christmases) ago|back in the (?:[a-z]+ties|\d0s|'\d0s|\d{4}s)|pulled through|(?:glad|grateful|thankful) i (?:never|didn'?t|did not))\b/u;

/**
 * The recent past: an attempt or self-harm last night, or two weeks ago, is not resolved however
 * calmly it is told. Behaviour in the past three months is what the C-SSRS screener asks about,
 * and a recent attempt or self-harm is among the strongest signs of further risk.
 * @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS screener: suicidal behaviour in the past 3 months).
 * @see NICE guideline NG225 (2022): self-harm raises the risk of further self-harm and suicide.
 */
export const RECENT_PAST =
  /\b(?:last night|yesterday|this (?:morning|afternoon|evening)|(?:earlier )?today|tonight|earlier|just now|the other (?:day|night)|(?:an?|one|two|three|four|five|six|a few|a couple of|couple of|\d{1,2}) (?:minutes?|mins?|hours?|hrs?|days?|weeks?|nights?) ago|(?:a|one|two) months? ago|last (?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:week|weekend|month)(?! since)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/u;

/** An age in the past, or a long clean streak: "when I was 14", "500 days clean", "three years free of it". */
/** Recent-time words that, beside a streak, mark its anniversary ("three years clean today"). */
export const ANNIVERSARY = /^(?:(?:earlier )?today|this (?:week|weekend|month))$/u;

export const AGE_OR_STREAK =
  /\b(?:when i was (?:\d{1,2}|[a-z]+teen|twenty|thirty|forty)|in my (?:teens|twenties|thirties|forties|fifties|sixties|[2-6]0s)|at age \d{1,2}|aged \d{1,2}|as a \d{1,2}[- ]year[- ]old|(?:\d{3,}|a hundred|hundreds of) days (?:clean|free)|(?:\d+|[a-z]+) (?:months?|years?) (?:clean|free)(?! (?:and|but)\b)|(?:\d+|[a-z]+) years? (?:this (?:week|month|year) |today )?since i\b|(?:months?|years?) (?:clean|free) (?:of|from) (?:self[- ]?harm\w*|cutting|it)(?! (?:and|but)\b)|(?:haven'?t|have not) been (?:in )?(?:that|a) (?:place|dark place) since|not (?:in|because i'?m in) (?:that|a dark) place)\b/u;

/** Past-tense wording: with a resolution stated elsewhere in the message, the sentence is past and resolved. */
/** An age at the time, in a past sentence: "at 14", "at 20," (not a clock time: no am, pm or o'clock follows). */
export const AT_AGE = /\bat (?:1[2-9]|[2-7]\d)(?= *[,.]| (?:i|and|when|after|meaning|because)\b)/u;

export const PAST_TENSE = new RegExp(
  String.raw`\b(?:used to|had|was|were|did|said|attempted|tried|thought|felt|went through|back in|when i was|took|wanted|wrote|cut|overdosed|swallowed|(?:one|that) (?:night|day|time)|(?:in|at) (?:sixth form|year (?:[7-9]|1[0-3])|secondary school|high school|uni|university|college)|${AT_AGE.source})\b`,
  'u',
);

/** A resolution stated anywhere in the message ("… and I've been okay since"). */
export const RESOLVED =
  /\b(?:(?:i'?ve|i have) been (?:well|okay|ok|fine|good|stable|safe|clean) (?:for|since|ever since)|been (?:well|okay|ok|fine|good|stable|clean) (?:for (?:years|ages|a long time)|since|ever since)|(?:i'?m|i am) (?:in a )?(?:much |far )?(?:better|good|safe|fine) (?:place )?now|(?:therapy|treatment|medication|meds|it)(?: and (?:therapy|treatment|medication|meds))? (?:really |a lot )?helped|thankfully|(?:they'?re|it'?s|that'?s) (?:gone|over) now|not anymore|long past it|it'?s (?:just )?a memory|(?:life'?s|life is|things are|everything'?s|everything is) (?:really )?(?:good|great|much better|so much better|okay|ok|fine) now|pulled through|(?:glad|grateful|thankful) i (?:never|didn'?t|did not)|(?:that|it) was (?:\w+ |\d+ )?(?:years|decades) ago|(?:he|she|they|my (?:son|daughter|baby|kids?|children|boy|girl))(?:'s| is| are|'re) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen)(?: years old)? now|(?:i'?m|i am|im) (?:now )?(?:1[6-9]|[2-9]\d)(?: years old)? now|never (?:acted on (?:it|them)|did it again)|(?:haven'?t|have not) (?:touched|done|had) (?:it|one|them|a drink|a drop|a blade|any (?:drink|drugs|pills|alcohol|blades))(?: since| in (?:\d+|[a-z]+) years)|(?:gone|well|fine|good|okay|ok|sober|clean) (?:ever )?since (?:then|(?:19|20)\d\d)|good life since|(?:i'?m|i am|im|apparently i'?m) cured|(?:feels|felt) like closure|(?:doesn'?t|does not|don'?t|do not) (?:pull at|bother|scare|tempt) me (?:anymore|any more|now))\b/u;

/**
 * The past came back: "I've started self-harming again after two years clean", "I keep wanting to,
 * like I used to". Not "again" denied: "I don't want to do it again", "never again".
 */
export const RECURRENCE =
  /\b(?:again(?<!\b(?:never|(?:don'?t|do not|never) (?:want|wanna|plan|intend)(?: to)?(?: (?:do|go through|feel|be) (?:it|that|this|like that))?|(?:won'?t|will not|wouldn'?t|would not|would never|never|not going to) (?:ever )?(?:do|go through|feel|be) (?:it|that|this|like that)) again)|relaps\w*|lately|recently|keep (?:wanting|thinking about|getting (?:the )?urges?)|like i used to|these past (?:few )?(?:days|weeks)|came back|coming back|(?:is|are) back|started (?:[a-z-]+ )?again)\b/u;

/** Time words that put a medical event in the past ("an overdose as a teenager", "a heart attack three years ago"). */
export const PAST_TIME =
  /\b(?:years? ago|months ago|a decade ago|as a (?:teen|teenager|kid|child)|when i was (?:younger|a (?:kid|teen|teenager|child|student))|back (?:then|in (?:school|college|uni|the day|my [a-z0-9]+))|(?:i'?ve|i have) recovered|recovered (?:well|fully)|once years ago)\b/u;

/** Scratching an itch, not self-harm: "I scratch my eczema until it bleeds". */
export const SKIN_CONDITION =
  /\b(?:eczema|psoriasis|dermatitis|(?:mosquito|midge|bug|insect|flea|bed ?bug) bites?|chicken ?pox|hives|an itchy rash)\b/u;

/**
 * Said to be meant or repeated, which an accident is not: "banged my head against the door frame
 * over and over". NICE NG225 counts any intentional self-injury, whatever the object.
 */
export const DELIBERATE =
  /\b(?:on purpose|deliberately|over and over|again and again|until (?:it|i|my|they|the|there)|till (?:it|i|my|they)|to (?:punish|hurt) myself|because i (?:deserve|hate myself|wanted it to hurt))\b/u;
/** Said to be meant: what keeps scratching an itch self-harm. */
export const MEANT =
  /\b(?:on purpose|deliberately|to (?:punish|hurt) myself|i deserve|hate myself)\b/u;

/**
 * Someone else as the subject of the clause: pronouns, relations, people at work or in the
 * community ("the new guy at the depot", "our deacons"), someone else's kin ("the churchwarden's
 * wife"), and a bare kin word opening a clause, as chat drops "my" ("dad swallowed weedkiller").
 */
export const THIRD_PERSON_SUBJECT =
  /\b(?:he|she|they|his|her|their|someone|somebody|a (?:friend|classmate|colleague|client|patient|student)|a (?:guy|girl|boy|man|woman|teenager|teen|kid|child|neighbou?r|coworker) (?:in|at|from|on|i know)|one of (?:the|my) [a-z]+|(?:a|this|the|some) (?:guy|girl|boy|man|woman|kid|person|character|lad|teen|teenager) (?:who|that)|(?:the|a|my|our|main|lead) (?:main |lead )?(?:character|protagonist|narrator|heroine|hero)s?|my (?:[a-z]+ )?(?:friend|mate|bestie|best friend|partner|niece|nephew|grandson|granddaughter|stepdad|stepmum|carer|wife|husband|boyfriend|girlfriend|son|daughter|brother|sister|mum|mom|dad|father|mother|kid|child|cousin|student|colleague|coworker|client|patient|roommate|flatmate|neighbou?r|uncle|aunt|nan|gran|grandma|grandad)s?|(?:friend|classmate|coworker|colleague)s? of mine|(?:^\s*|(?<=[.!?,;:]\s*)|(?<=\b(?:and|but|so|then|because|cos|coz|cause|when|now) ))(?:host |foster |birth |step ?)?(?:mum|mom|mam|dad|nan|gran|grandma|grandad|grandpa|brother|bro|sister|sis|son|daughter|husband|hubby|wife|boyfriend|bf|girlfriend|gf|partner|friend|bestie|best friend|mate|roommate|flatmate|housemate|uncle|aunt|auntie|cousin|niece|nephew|client|patient|student|colleague)(?= |'s )|(?:^\s*|(?<=[.!?,;:]\s*))(?:a |the |this |some )?(?:guy|girl|lad|bloke|woman|man|mate|kid) (?:at|from|in|on) (?:my|our|the|his|her) |my \d{1,2} ?(?:yo|y\/o|yr old|year old|month old)\b|[a-z]+'s (?:wife|husband|partner|son|daughter|mum|mom|dad|brother|sister|girlfriend|boyfriend|kids?|child|children)|(?:the|our|this|that) (?:[a-z-]+ ){0,2}?(?:guy|bloke|lad|lady|steward|stewardess|deacon|warden|churchwarden|supervisor|driver|rider|courier|nurse|vicar|priest|pastor|imam|rabbi|tenant|resident|patient|client|customer|cadet|bosun|skipper|captain|deckhand|chef|guest|visitor|volunteer|helper|au pair|nanny|technician|farmer|vet|pharmacist|member)s?)\b/u;

/** The speaker in a clause. */
export const FIRST_PERSON = /\b(?:i|i'm|im|i've|ive|i'd|id|i'll|me|my|myself|mine)\b/u;

/** An accident, not self-harm: "I cut my hand when I fell", "burned my arm cooking". */
export const ACCIDENT =
  /\b(?:by accident|accidentally|by mistake|fell|fallen|(?:i'?ll|i will|i might|i could|might|could|if i|scared i'?ll|afraid i'?ll) (?:really )?(?:fall|trip|slip) (?:over )?and (?:hurt|injure|break|bang|bash|cut|damage)|slipped|tripped|came off my|crashed|in the machine|(?:cut|burnt|burned|scraped|scratched|hurt|injured|sliced|caught|trapped) (?:myself|my [a-z]+)(?: [a-z]+)? at work|cooking|chopping|playing|training|on the (?:hob|stove|oven) by|(?:hit|banged|bumped|bashed|cut|scraped|burned|burnt) my [a-z]+ (?:on|against) (?:the|a|an) (?!wall)[a-z]+|ouch|oops)\b/u;
