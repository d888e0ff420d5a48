import { F, type RiskRule } from './risk-rule.ts';

const { self, desire, drug: DRUG, owner: OWNER } = F;
const KILL =
  '(?:kill|kil|kll|murder|off|top|unalive|end|hang|shoot|drown|poison|gas|suffocate|strangle|stab|starve|overdose|od)';
// Stated intent or consideration before an act ("going to", "thinking about").
const INTENT =
  "intend(?:s|ing)? to|want(?:s|ed)? to|wanna|going to|gonna|gunna|'ll|will|about to|ready to|decided to|need to|plan(?:ning)? to|thinking (?:about|of)|think about|thought about|tempted to|close to";
// "Suicidal" and the ways people misspell it in a hurry or by ear ("sucidal", "suicidle",
// "suisidal", "sui cidal"): observed in messages, not from a published list. The letters after
// "su" are bounded, so "succeed", "sussed" and "sued" do not fit.
const SUICIDAL = 'su[iey]{0,2}[ -]?[cs]{1,2}[iy]?d(?:al|le|el|ial|all|il)';
// Someone else's suicide, told by the speaker ("my aunt took her own life", "a cousin shot himself").
const OTHER_SUICIDE =
  '(?:took (?:his|her|their) (?:own )?life|killed (?:him|her|them)sel(?:f|ves)|suicide|hanged (?:him|her|them)sel(?:f|ves)|used a (?:gun|rope|shotgun|rifle)|shot (?:him|her|them)sel(?:f|ves)|ended (?:his|her|their) (?:own )?life)';
const MY_LIFE =
  '(?:my (?:own )?life|it all|everything|my existence|things for good|my suffering (?:for good|forever|permanently))';

/**
 * Suicide: explicit and indirect statements, slang, and the speaker's own plan. Levels follow
 * the order of the C-SSRS ideation items: a wish to be dead or not to wake up (moderate) is below
 * active thoughts, intent or a self-described suicidal state (high); a method with a time, or a
 * preparatory act, makes it imminent (see `modifier-rules.ts`). Indirect statements
 * (perceived burdensomeness, "better off without me") are treated as warning signs of the same
 * weight as a passive wish.
 * @see Posner K, et al. The Columbia–Suicide Severity Rating Scale. Am J Psychiatry 2011;168(12):1266–77.
 * @see Van Orden KA, et al. The interpersonal theory of suicide. Psychol Rev 2010;117(2):575–600 (burdensomeness).
 * @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): desire, capability, intent.
 */
export const SUICIDE_RULES: readonly RiskRule[] = [
  {
    id: 'suicide.intent-to-kill-self',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(`\\b${desire} (?:[a-z']+ ){0,3}?(?:${KILL}(?:ing|ed|s)?) ${self}`, 'u'),
  },
  {
    id: 'suicide.kill-self',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:kill(?:ing|ed)?|kil|kll|unaliv(?:e|ing|ed)|off(?:ing)?|top(?:ping)?|hang(?:ing|ed)?|shoot(?:ing)?|drown(?:ing)?|poison(?:ing)?|gas(?:sing)?|overdos(?:e|ing)|suffocat(?:e|ing)|starv(?:e|ing)) ${self}\\b(?! (?:laughing|with laughter))`,
      'u',
    ),
  },
  {
    id: 'suicide.end-life',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:end(?:ing|ed)?|take|taking|took|finish(?:ing)?) ${MY_LIFE}\\b|\\bend it all\\b|\\b(?<!\\bback (?:and|to) )(?:end|finish) it (?:tonight|today|for good|forever|now|soon|this week(?:end)?)\\b|\\b(?:${INTENT}) (?:just |finally |actually )?end(?:ing)? (?:it|things|everything)\\b(?! (?:with|between|off|early|here|there|for (?:him|her|them|us)))|\\b(?:enough|this time) to (?:end it|finish it|not wake up|die)\\b`,
      'u',
    ),
  },
  {
    id: 'suicide.self-described',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:i'?m|i am|i feel|feel|feeling|felt|been|i get|getting|i have|having|i've had|my|got|had)(?: (?:so|really|very|quite|kind of|kinda|a bit|pretty|extremely|super|feeling|getting|being|more|properly|actually|constantly|been)){0,4} ${SUICIDAL}\\b|(?:^|[.!?;,] *)(?:(?:ok|okay|so|well|honestly|tbh|ngl|just|feeling|feelin|very|really|super|kinda|pretty|mega|hella|rly|proper|lowkey|still) ){0,3}${SUICIDAL}\\b(?! (?:songs?|lyrics|characters?|scenes?|films?|movies?|books?|poems?|stories|story|research|people|patients|clients|friends?))`,
      'u',
    ),
  },
  {
    // "The doctor asked me if I was suicidal. Yes." Reported speech shifts the question's tense
    // ("are you" becomes "if I was"), so the statement reads as past without the answer; a yes,
    // a "sometimes" or a "kind of" to a direct question about suicidal thoughts is a positive screen,
    // and so is a "no" the speaker says was a lie. The question may also be quoted ("she asked
    // 'do you want to die?' and I said yes").
    // @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS screen: any yes to the ideation questions).
    id: 'suicide.asked-answered-yes',
    category: 'suicide',
    level: 'high',
    // Someone else asks; the speaker is the one who answers.
    subjectMayBeTarget: true,
    pattern: new RegExp(
      `(?:\\b(?:asked|asks|asking)(?: me)? (?:if|whether) i(?:'?m| am| was| were| had| have|'d| would)? (?:been |feeling |felt |thinking (?:of|about) |having |had |any )*(?:(?:thoughts|ideas|plans?) (?:of|about|to) )?(?:suicidal|suicide|killing myself|kill myself|ending (?:it|my life|things)|end (?:it|my life)|taking my (?:own )?life|wanting to die|want(?:ed)? to die|wish(?:ed)? i (?:was|were) dead)\\b|\\b(?:asked|asks|asking)(?: me)?[:,]? *["\\u201c](?:do|have|are|did|were|would) you (?:ever |still |really |honestly )?(?:been |feeling |felt |thinking (?:of|about) |thought (?:of|about) |having |had |any )*(?:(?:thoughts|ideas|plans?) (?:of|about|to) )?(?:suicidal|suicide|killing yourself|kill yourself|ending (?:it|your life|things)|end (?:it|your life)|taking your (?:own )?life|wanting to die|want(?:ed)? to die|wish(?:ed)? you (?:was|were) dead)\\b[^"\\u201d\\n]{0,20}["\\u201d])(?=[^.!?\\n]{0,30}?(?:[.!?,;:]+|\\band\\b| -+)\\s*(?:and )?(?:(?:honestly|truthfully|tbh)[, ]+)?(?:i (?:said|told (?:him|her|them|the [a-z]+)|answered|admitted|replied|had to say)[, ]+)?(?:(?:yes|yeah|yep|yup|i am|i was|i do|i have|i did|sort of|kind of|kinda|sometimes|a bit|a little)\\b|(?:i )?(?:said|told (?:him|her|them)|answered) no,? (?:but|and) (?:i )?(?:lied|was lying|it (?:was|is)n'?t true)\\b))`,
      'u',
    ),
  },
  {
    // "Is it selfish to kill yourself? Asking because I'm seriously considering it."
    id: 'suicide.general-question-then-own',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:kill(?:ing)? (?:yourself|oneself)|end(?:ing)? (?:your|one'?s) (?:own )?life|tak(?:e|ing) (?:your|one'?s) (?:own )?life|suicide)\b(?=[^\n]{0,160}\b(?:i'?m|i am|i've been|ive been|been) (?:seriously |really |actually |genuinely |properly )?(?:considering|thinking about|contemplating|planning) (?:it|doing it|that|this)\b(?! (?:as|for|in)\b))/u,
  },
  {
    id: 'suicide.thoughts',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:suicidal|suicide) (?:thoughts?|feelings?|urges?|ideation|ideas|plans?|attempts?)\b|\b(?:thoughts?|thinking|think|thought) (?:of|about) (?:suicide|killing myself|ending (?:my life|it all|things)|dying|death|not being here|not waking up)\b|\b(?:suicide|dying|death|killing myself|ending it|ending my life) (?:is|are) all i (?:can |ever )?think about\b|\ball i (?:can |ever )?think about is (?:dying|suicide|death|killing myself|ending it|ending my life)\b/u,
  },
  {
    id: 'suicide.attempt-or-consider',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:commit(?:ting)?|attempt(?:ing|ed)?|consider(?:ing|ed)?|contemplat(?:e|ing|ed)|plan(?:ning|ned)?|research(?:ing|ed)?|decided on|choose|chose|choosing|going through with|go through with) (?:suicide|it)\b(?= (?:tonight|today|this|now|soon|tomorrow|for real|properly|on|at))|\b(?:commit(?:ting)?|attempt(?:ing|ed)?|consider(?:ing|ed)?|contemplat(?:e|ing|ed)|plan(?:ning|ned)?|decided on) suicide\b|\bsuicide (?:is|seems|feels like) (?:my|the) only\b|\bmy (?:last|second|third|next) (?:suicide )?attempt\b/u,
  },
  {
    id: 'suicide.wish-to-die',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        `\\b(?:want(?:s|ed)?|wanna|wish|wishing|ready|longing|long|praying|pray|hoping) (?:i could )?(?:to )?(?:just )?(?:die(?! (?:of|from) (?:cringe|embarrassment|boredom|shame|laughter|laughing|happiness)| laughing)|be dead|be gone|not exist|stop existing|cease to exist|disappear forever|vanish forever|fall asleep (?:and|&) (?:never|not) wake up|stop (?:living|breathing|being alive)(?! like this| that way| in (?:this|that|a))|not (?:wake up|be here|be alive|be around|exist)|sleep and (?:never|not) wake up)\\b`,
        `\\b(?:want|wanna|wish i could|ready|long) (?:to )?(?:just )?(?:go to )?sleep (?:forever|and never wake up|for ever)\\b`,
        `\\b(?:i'?d|i would) (?:much )?rather (?:be dead|die|not (?:be here|be alive|exist|wake up))\\b`,
        `\\b(?:easier|better|lighter|happier|simpler|calmer|fine|relieved)\\b[a-z' ]{0,30}?\\b(?:if i (?:just |simply |really )?(?:wasn'?t|weren'?t|was not|were not|didn'?t exist|was gone|were gone|was dead|were dead|died|disappeared)|without me)\\b`,
        `\\b(?:easier|better|simpler) (?:for everyone )?(?:to|if i (?:could|did)) (?:just )?(?:not (?:be here|be around|exist|wake up)|disappear|die)\\b`,
        `\\b(?:just )?waiting (?:to die|for (?:the end|death|it all to end))\\b`,
        `\\b(?:wouldn'?t|would not) mind if (?:i (?:died|didn'?t wake up|never woke up|was gone)|it (?:all )?(?:ended|came|came sooner)|(?:death|the end) came)\\b`,
        `\\bif (?:i (?:died|passed away|didn'?t wake up|never woke up|never (?:opened|open) my eyes again|got hit by [a-z ]{1,20}|was gone)|(?:a|the) (?:bus|car|train|truck|lorry) (?:hit|killed) me)\\b[a-z' ,]{0,40}?\\b(?:wouldn'?t (?:mind|care)|would(?:n'?t)? be (?:okay|ok|fine|alright|a relief|so bad)|that(?:'?d| would) be (?:okay|ok|fine|alright|a relief)|(?:okay|ok|fine) with (?:it|that)|wouldn'?t be (?:that |too |very |so |all that )?(?:upset|sad|bothered|sorry)|(?:i'?d|id|i would) (?:honestly |genuinely |actually |just )?be (?:grateful|thankful|relieved|glad))`,
        `\\b(?:i )?(?:don'?t|do not|can'?t|cannot) see (?:a|any) (?:future|way forward) (?:for (?:me|myself)|at all)\\b(?! (?:in|at|with|for) (?:this|that|the|my|a) (?:company|job|team|career|relationship|field|industry|role|band|club|school|course|country|city|town|place|area|house|flat|marriage))|\\b(?:i )?(?:can'?t|cannot|don'?t) see myself (?:making it|being (?:here|alive|around)|surviving|getting|living|lasting) (?:(?:to|past|through|until|till) (?:my next birthday|my [a-z0-9]+ birthday|christmas|new year|next (?:year|week|month|summer|spring|winter|autumn)|the (?:end of the|new) (?:year|week|month)|the weekend|another (?:year|week|month)|summer|spring|winter|autumn|\\d+|thirty|forty|fifty|old age|tomorrow|the morning)|much longer)\\b`,
        `\\b(?:i )?(?:don'?t|do not) think i(?:'ll| will) (?:be (?:around|here)|last|make it) (?:much |for much |a lot )?longer\\b|\\b(?:won'?t|will not|wont) have to (?:[a-z']+ ){1,5}?(?:me|of me|about me|with me) (?:for )?(?:much |a lot )?longer\\b`,
        `\\b(?:the )?(?:only|best|easiest|one) (?:way out|option|answer|solution|escape)(?: [a-z']+){0,4}? (?:is|would be|was|seems) (?:to )?(?:not (?:be|being) (?:here|alive|around)|death|dying|die|suicide|ending it|end it|killing myself|kill myself)\\b`,
        `\\bi (?:don'?t|do not) deserve to (?:live|be alive|exist|be here)\\b`,
        `\\bhop(?:e|ing) (?:something (?:bad |terrible )?happens to me|(?:a|the) (?:car|bus|train|truck|lorry) hits me|i get hit by)\\b`,
        `\\bgive up on (?:life|living|being alive)\\b`,
        // Not where or with whom ("don't want to live in Leeds", "with my in-laws"), unless the
        // place is a world, a body or a state ("live in this world", "with this pain").
        `\\b(?:don'?t|do not|no longer|didn'?t|never) (?:really )?(?:want|wanna|wish) (?:to )?(?:live|be alive|exist|be here|wake up|go on|keep going|carry on|continue|be on this earth)\\b(?!(?<=live) (?:in|at|near|abroad|there|here|together|nearby|upstairs|downstairs|next door|back home|with (?:him|her|them|(?:my|our|his|her|their) (?:[a-z]+ )?(?:mum|mom|dad|parents|family|partner|boyfriend|girlfriend|husband|wife|in-laws|gran|nan|grandparents|aunt|uncle|sister|brother|friends?|mates?|flatmates?|housemates?|kids|son|daughter)s?))\\b(?! (?:this|the|a|my|such) (?:[a-z]+ )?(?:world|earth|planet|body|skin|head|pain|fear|misery|darkness|hell|agony|nightmare|state|way|loop|shame|guilt)\\b| (?:pain|fear|misery|darkness|hell|agony|torment|shame|dread)\\b))`,
        // "I can't find myself wanting to live anymore": the wish to live is looked for and not found.
        `\\b(?:can'?t|cannot|don'?t|do not) (?:find|see) (?:myself|me) (?:wanting|willing|wishing) to (?:live|be alive|exist|be here|go on|keep going|carry on)\\b(?! (?:in|at|with|near|abroad|there|somewhere|anywhere|like|on|by|off|without|under|together|alone))`,
        `\\b(?:not sure|unsure|don'?t know) (?:if |whether |that )?i (?:want|wanna) to (?:live|be alive|be here|go on|keep going|exist)\\b`,
        `\\bwish(?:ing)? (?:i|that i) (?:was|were|had been|'?d been|could be|wasn'?t|weren'?t|had never been|'?d never been|was never|never) (?:dead|gone|born|alive|here|around|existed|born at all)\\b`,
        `\\b(?:i'?d|i would|we'?d|they'?d|everyone'?d|everyone would|everybody would|the world would|my family would|my kids would|they would|people would) (?:all )?be (?:better|happier) off (?:dead|without me|if i (?:was|were|wasn'?t|weren'?t|died|was gone|disappeared))\\b`,
        `\\bbetter off dead\\b|\\b(?:i'?d|id|i would|everyone'?d|everyone would) (?:all )?be (?:better|betr|beter|bettr|happier) off (?:not (?:here|alive|around|existing|being here)|gone)\\b(?! (?:from|to|for|by|in|at|on|with))`,
        `\\b(?:no|nothing to|not any|don'?t have any|can'?t (?:see|find) (?:a|any)) (?:reason|point|purpose) (?:for me )?(?:to|in|for) (?:me (?:being alive|living|existing|being here|staying)|live|living|being alive|going on|carrying on|keep going|keeping going|existing|me being here|being here)\\b`,
        `\\bwhat(?:'?s| is) the (?:point|use) (?:of|in) (?:living|life|being alive|going on|carrying on|existing|me being here|anything anymore|any of it\\b(?=[^.!?\\n]{0,40}\\b(?:space|burden|me|alive|living)\\b)|me|my life|being me|being here|me existing|trying anymore)\\b`,
        `\\b(?:can'?t|cannot|couldn'?t) (?:go on|keep going|carry on|do (?:this|life|it) anymore|keep living|live like this|take (?:it|this|much more|any more|anymore))(?: (?:anymore|any more|much longer|like this))?\\b(?=.{0,40}\\b(?:life|living|alive|anymore|any more|longer|dead|die|gone)\\b)`,
        `\\b(?:tired|sick|exhausted) of (?:living|being alive|life|existing|waking up|breathing)\\b`,
        `\\b(?:i'?m|i am) (?:just )?(?:a|such a) (?:burden|waste of (?:space|air|oxygen))\\b`,
        `\\b(?:nobody|no one|no-one) (?:would|will|'d) (?:even )?(?:miss|notice|care)(?: me)? (?:if|when) i(?:'m| am| was| were)? (?:gone|dead|died|disappeared|not here|wasn'?t here)\\b`,
        `\\b(?:won'?t|will not|not going to|ain'?t gonna) (?:be (?:around|here)|have to (?:put up with|deal with|worry about) me) (?:much |for )?(?:longer|long|anymore|after (?:tonight|today|this week))\\b`,
        `\\b(?:i'?m|i am) (?:so |just |really |completely |totally |honestly |fully ){0,3}(?:done|finished) (?:with (?:life|living|everything|it all|this world|being alive))\\b`,
        `\\bsleep (?:and|&) (?:just )?(?:never|not) wake up\\b|\\b(?:don'?t|can'?t|do not|cannot) see the point (?:in|of) (?:waking up|living|being alive|going on|carrying on|existing|staying alive)\\b|\\b(?:tired|sick|exhausted) of being (?:here|alive|me)\\b(?! (?:at|in|with|for|on|all day))|\\bno future (?:that )?i can (?:picture|see|imagine) (?:myself|me) in\\b|\\bcan'?t (?:picture|imagine) (?:myself|me) (?:in the future|growing old|getting old|being alive|alive|next year)\\b|\\b(?:stopped|stop|don'?t|do not) car(?:e|ing) (?:whether|if) i (?:wake up|live|die|make it|survive)\\b|\\b(?:want|need) (?:it all|everything|the pain|this|all of this|it) (?:all )?to (?:end|stop|be over)[.,!… ]+(?:forever|for good|permanently)\\b|\\b(?:soon|after (?:tonight|today|this week)) (?:it|nothing|none of (?:this|it)) (?:won'?t|will not|wont|will|'ll) matter\\b|\\bwon'?t matter (?:soon|much longer|after (?:tonight|today|this week))\\b|\\b(?:too close|closer and closer|right up) to the (?:edge|tracks|drop|platform edge)\\b(?<=\\b(?:keep|kept|standing|stand|stood|lean\\w*)\\b.{0,40})|\\bwaiting for (?:my body|my heart|it all|the end|death) to (?:catch up|stop|give out|give up|end)\\b|\\b(?:don'?t|do not) (?:think|reckon|expect|imagine) i(?:'ll| will) (?:make it|be (?:here|around|alive)|last|see) (?:to |until |till )?(?:my (?:next |[a-z0-9]+ )?birthday|christmas|new year|next (?:year|week|month|summer|spring|winter|autumn|christmas)|the (?:summer|weekend|end of the (?:year|month))|much longer|long)\\b|\\b(?:i'?m|i am) (?:just )?(?:taking up|wasting) (?:space|oxygen|air|room)\\b|\\b(?:won'?t|will not|wont|not going to) be (?:a )?(?:problem|burden|bother|nuisance|trouble) (?:for|to) (?:anyone|anybody|everyone|you|them|my [a-z]+) (?:much |for much |a lot )?longer\\b|\\b(?:who|that) (?:isn'?t|is not|wasn'?t|won'?t be) a (?:burden|disappointment|mess)\\b(?<=\\b(?:deserve|deserves)\\b.{0,40})|\\bnot wake up (?:tomorrow|again|in the morning)\\b|\\bnever wake up\\b`,
        `\\bhop(?:e|ing) i (?:just )?(?:die|don'?t wake up|won'?t wake up|never wake up|get hit by|crash)\\b(?! (?:late|early|too|in time|on time|with|before|until))`,
        `\\b(?:life|living) (?:isn'?t|is not|ain'?t) worth (?:living|it)\\b|\\bnot worth living\\b`,
        `\\b(?:want|need) (?:it all|everything|the pain|this|all of this) to (?:end|stop|be over) (?:forever|for good|permanently)\\b`,
        `\\bjoin (?:my (?:mum|mom|dad|husband|wife|son|daughter|nan|gran|grandma|grandad|brother|sister|partner|friend)|him|her|them) (?:in heaven|on the other side|soon|up there)\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'suicide.plan-unnamed',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:going to|gonna|'ll|will|plan(?:ning)? to|i'?m|i am) (?:finally )?do(?:ing)? it\b(?=[^.!?\n]{0,40}\b(?:when|once|while) (?:everyone|everybody|nobody|no one|my [a-z]+|they|he|she)(?:'s|'re| is| are)? (?:away|out|asleep|gone|at work|not (?:home|around|here)|in bed))|\b(?:i )?know (?:exactly )?what i(?:'m| am|'ll| will)? (?:going to |gonna )?do with (?:it|them)\b(?<=\b(?:rope|pills|tablets|gun|rifle|knife|blade|belt|cord|bridge)\b.{0,80})/u,
  },
  {
    id: 'suicide.act-in-progress',
    category: 'suicide',
    level: 'imminent',
    pattern:
      /\b(?:car|engine) (?:running|on) in (?:the|a|my) (?:closed |locked )?garage\b|\bin (?:the|my|a) (?:closed |locked )?garage with the engine (?:running|on)\b|\bhose(?:pipe)? (?:from|to|on|into) the exhaust\b|\bin front of the next (?:one|train|bus|lorry)\b|\b(?:the )?(?:noose|rope) (?:is )?(?:around|round) my neck\b/u,
  },
  {
    id: 'suicide.use-means',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:(?:going to|gonna|'ll|will|about to|plan(?:ning)? to|ready to) use|(?:i'?m|i am) (?:using|taking|swallowing|having) all(?: of)?|(?:i'?m|i am) using(?<=\b(?:enough|saved|saving|stockpil\w*|collected|hoarded)\b.{0,120})) (?:it|them)\b(?! on (?:him|her|them|my [a-z]+|someone|people|anyone))(?<=\b(?:gun|rifle|pistol|shotgun|pills|tablets|rope|noose|knife|blade|razor|belt|paracetamol|insulin|painkillers)\b.{0,120})(?<!\b(?:won'?t stop|yelling|screaming|shouting|angry|at him|at her)\b.{0,80})|\b(?:planning|plan) (?:on|to) (?:do|doing) it\b(?=[^.!?\n]{0,20}\b(?:tonight|today|tomorrow|this|on|at|soon)\b)(?<=\b(?:pills|tablets|rope|gun|enough|bridge|method|note)\b.{0,120})/u,
  },
  {
    id: 'suicide.emoji',
    category: 'suicide',
    level: 'moderate',
    pattern: /\b(?:pills|knife|rope|gun)(?: +(?:pills|knife|rope|gun)){0,6} +(?:coffin|grave)\b/u,
  },
  {
    id: 'suicide.slang',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:kms|kys myself|unalive (?:me|my ?self)|sewer ?slide|ctb|self[- ]?delete|delete myself|rope (?:time|myself|szn)|yeet (?:my ?self|me) off|off myself|unaliving|catch(?:ing)? the (?:bus|train) (?:to|into) the (?:afterlife|void)|game end myself|dip (?:from|outta|out of) (?:life|this world|existence)|check(?:ing)? out (?:for good|permanently|early|of life)(?![^.!?\n]{0,30}\b(?:hotel|shop|store|library|account|hostel|airbnb|job|company|app|room|flat|uni|school)\b)|log(?:ging)? off (?:for good|permanently|forever|from life))\b|\bunaliv(?:e|ing)\b(?! (?:him|her|them|your)sel)/u,
  },
  {
    id: 'suicide.method-act',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      String.raw`\b(?:jump(?:ing)?|throw(?:ing)? myself|step(?:ping)?|walk(?:ing)?|drive|driving|crash(?:ing)?) (?:off|from|in front of|into|under) (?:a |the |my )?(?:bridge|roof|building|cliff|balcony|train|bus|lorry|truck|car|traffic|tracks|river|sea|wall|tree|motorway|highway|car park)\b|\b(?:slit|slash|slashed|cut open|opened|open) my (?:wrists?|throat|veins)\b|\b(?:swallow(?:ing)?|(?:going to|gonna|'ll|will|want to|about to|plan(?:ning)? (?:to|on)|ready to|intend to) (?:take|taking|down|downing|neck|necking|od on|swallow|swallowing)) (?:all|every|the whole|the lot of|the rest of|a bottle|a packet|a box|a handful|every single|enough)(?: of)? ${OWNER}${DRUG}\b|\b(?:swallow(?:ing)?|(?:going to|gonna|'ll|will|about to|plan(?:ning)? (?:to|on)|ready to) (?:take|down|neck|swallow)) the (?:whole )?lot\b(?<=\b${DRUG}\b.{0,120})|\bput a (?:bullet|gun) (?:in|to) my (?:head|mouth)\b|\bblow my (?:brains|head) out\b|\b(?:crash|drive|driving|steer|swerve|wrap)(?:ing)? (?:my car |the car |myself )?(?:off|into|in front of|under) (?:a |the |my |oncoming )?(?:wall|bridge|tree|traffic|lorry|truck|bus|train|river|cliff|barrier|pillar)\b|\b(?:going to|gonna|'ll|will|about to|want to|wanna|ready to) jump(?= *(?:[.!,]|$|tonight|today|now|soon|tomorrow|off|from))|\bin front of (?:the next (?:one|train|bus)|a (?:moving )?(?:train|bus|lorry|truck))\b|\b(?:car|engine) (?:running|on) in (?:the|a|my) (?:closed |locked )?garage\b|\bin (?:the|my|a) (?:closed |locked )?garage with the engine (?:running|on)\b|\bhose(?:pipe)? (?:from|to|on|into) the exhaust\b|\b(?:use|using) (?:it|them|the (?:gun|rifle|rope|pills|knife|blade)) on myself\b|\b(?:going to|gonna|'ll|will|about to|plan(?:ning)? to) (?:take|swallow|down|neck) (?:them all|all of them|the lot|them together|every (?:last )?one)\b(?<=\b(?:pills|tablets|meds|medication|paracetamol|painkillers|sleeping pills)\b.{0,120})|\bgo (?:for a )?(?:long )?(?:drive|walk|swim) and (?:not|never) (?:come back|return)\b|\b(?:cliffs?|bridge|roof|ledge|tracks|railway|motorway|sea|river)\b[^.!?\n]{0,60}\b(?:that(?:'ll| will| would) be (?:it|the end)|(?:never|not) (?:come|coming) back|be done with it|it(?:'ll| will) (?:all )?be over)|\b(?:standing|stood|sitting|sat|i'?m|i am) (?:on|at) (?:the )?(?:edge of (?:the |a |my )?|top of (?:the |a |my )?|roof of (?:the |a |my )?)?(?:roof(?:top)? of (?:my|the|a) (?:building|block|flats)|rooftop|ledge|bridge railing|railway tracks|cliff edge|edge of (?:the |a )?(?:cliff|bridge|roof|platform))\b`,
      'u',
    ),
  },
  // Wishes not to wake, to slip away, for an illness to win or for God to take one: the C-SSRS
  // wish to be dead (passive ideation), in the forms people use for it in everyday talk.
  // @see Posner K, et al. The Columbia–Suicide Severity Rating Scale. Am J Psychiatry 2011;168(12):1266–77 (item 1, wish to be dead).
  {
    id: 'suicide.passive-wish',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        // hoping or praying that one (or both of a couple) will not wake up
        `\\b(?:hop(?:e|ing)|pray(?:ing)?|wish(?:ing)?) (?:that )?(?:neither of us|we (?:both )?(?:just )?(?:don'?t|never|won'?t)|i (?:just )?(?:don'?t|never|won'?t)) wakes? up\\b(?! (?:late|early|in time|on time|before|till|until|to|the|my|a|him|her|them|anyone|everyone|you|us|baby|kids?|neighbou?rs?|everybody|anybody)\\b)`,
        // going to bed and never getting up (not a lie-in "till noon")
        `\\b(?:lie|lay|go to bed|go to sleep|fall asleep|curl up) (?:down )?and (?:never|not) (?:get|wake|come) (?:up|round)(?: again| ever again)?\\b(?! (?:till|until|til|for|before|early|late|in time)\\b)`,
        // wanting rid of the waking-up part of each day
        `\\b(?:change|skip|stop|cancel|remove|delete|get rid of|end|lose)\\b[^.!\\n]{0,40}\\b(?:part|bit) where i (?:have to |still |keep )?(?:wake up|waking up)\\b`,
        // wishing to slip or drift away (not from a party)
        `\\b(?:wish|want|wanna|hope|hoping|pray|praying|ready|long) (?:i could |to |i )?(?:just )?(?:fall asleep and |quietly |peacefully )?(?:slip|fade|drift) away\\b(?! (?:from|to|for|early|into|unnoticed|with|before|after|at|during|while)\\b)`,
        // hoping a disease or one's own heart will finish one off (not that it passes)
        `\\bhop(?:e|es|ing) (?:that )?(?:this|the|my|it'?s) (?:[a-z]+ )?(?:illness|cancer|disease|tumou?r|infection|condition|heart|body|lungs|liver|kidneys) (?:just |finally )?(?:wins|takes me|kills me|gets me|finishes me(?: off)?|gives out|stops|gives up|packs in|does the job)\\b`,
        // bad health news welcomed, good news (benign, all clear) a letdown
        `\\bif it'?s (?:cancer|terminal|malignant)[,.]* (?:good|great|fine by me|so be it|even better|all the better)\\b|\\b(?:benign|all clear|nothing serious|(?:turns?|turned) out (?:fine|ok|okay|to be nothing))\\b[^.!?\\n]{0,40}\\b(?:disappointed|cheated|gutted|let down)\\b`,
        // envying the dead, calling them lucky
        `\\b(?:envy|jealous of) (?:people|those|anyone|everyone|someone)? ?(?:who|that) (?:die|died|get to die|don'?t wake up|pass away|passed away)\\b|\\b(?:people|those|anyone|someone) (?:who|that) (?:die|died|get to die|pass away|passed away)\\b[^.!?\\n]{0,25}\\b(?:are|were|is|was) (?:so |the )?lucky\\b`,
        // asking God to take one, with no place after it (not "take me to the coast")
        `\\bgod (?:should|could|would|can|will|needs to|please|to)?(?: just| please| already| finally){0,2} take me\\b(?! (?:to|back to|home to|out|for|on|with|somewhere|away from|through|there|places|seriously)\\b)|\\b(?:ask|asking|beg|begging|pray|praying) (?:for )?god to (?:just )?take me\\b(?! (?:to|back to|out|for|on|with|somewhere|away from|through)\\b)`,
        // death described as restful, a rest or a welcome break
        `\\b(?:death|dying|being dead|not existing|not waking up|not being here)(?: honestly| just| now| almost){0,2} (?:sounds?|seems?|feels?|looks?) (?:so |really |quite |pretty |kind of |kinda |almost |more and more |like )?(?:restful|peaceful|like (?:a )?(?:holiday|rest|relief|release|break|bliss|mercy)|comfy|cosy|cozy|appealing|welcome|tempting|inviting)\\b|\\b(?:death|dying) (?:doesn'?t|does not|no longer) (?:scare|frighten)s? me(?: any ?more| now)?[.,;]* (?:it|that) (?:sounds?|seems?|feels?) (?:so |really |quite |kind of |almost )?(?:restful|peaceful|like (?:a )?(?:rest|relief|holiday)|nice|welcome)\\b`,
        // regret at having survived; wishing one had died then
        `\\b(?:annoyed|disappointed|gutted|angry|cross|upset|sad|sorry) (?:that )?i (?:didn'?t|did not)(?= *(?:[.!,;]|$))(?<=\\b(?:die|died|dying|dead|death|overdos\\w*|attempt)\\b.{0,80})|\\b(?:annoyed|disappointed|gutted|sorry) (?:that )?i (?:survived|woke up|pulled through)\\b(?! (?:in time|on time|early|late)\\b)|\\bwish(?:ing)? (?:that )?(?:i had|i'?d|id) (?:just )?(?:died|never been born|stopped breathing|bled out|not (?:woken up|survived|made it|pulled through)|never (?:woken up|survived|made it))\\b`,
        // wondering about not coming home; "not coming back" said to mean for good
        `\\bwhat if i (?:just )?(?:didn'?t|did not|never|don'?t|do not) (?:come|came|get|got|make it) (?:back|home)(?: from (?:my|a|the|this) (?:walk|run|drive|swim|ride))?(?= *(?:[.!?,]|$))|\\bnot (?:come|coming|go|going) back from anywhere\\b|\\bnot (?:coming|going to come) back\\b[^.!?\\n]{0,20}\\bi mean (?:that|it) (?:in the way you think|the way you think|literally|for good|permanently)\\b`,
        // fearing going on living, after saying death holds no fear
        `\\b(?:afraid|scared|terrified) of (?:having to )?(?:keep )?(?:living|going on|being alive|waking up) like this\\b(?<=\\bnot (?:afraid|scared|frightened) of (?:dying|death)\\b.{0,60})`,
        // slang for death found appealing (not an ordinary nap)
        `\\b(?:dirt ?nap|eternal (?:sleep|rest|nap)|forever (?:sleep|nap)|big sleep)s? (?:sounds?|seems?|looks?|feels?) (?:so |really |pretty |kinda |real |hella |quite )?(?:comfy|good|nice|peaceful|great|tempting|appealing|inviting|cosy|cozy|lovely|restful)\\b`,
        // offering one's remaining life away; wanting the peace of someone who died
        `\\bgive (?:away )?(?:my|the rest of my) (?:remaining years|years left|years i have left|remaining life|life) to (?:someone|somebody|anyone|a person) (?:who|that) (?:actually |really |would )?(?:wants?|deserves?|needs?) (?:it|them)\\b|\\b(?:peaceful|at peace|at rest|free)\\b[^.!?\\n]{0,20}\\bnow[.!,]* i (?:want|envy|wish i had|'?d like) (?:that|the same|to be too)\\b(?<=\\b(?:died|dead|passed|death|killed)\\b.{0,160})`,
        // not wanting any more tomorrows
        `\\b(?:don'?t|do not) (?:even )?want (?:a |another |any more |any )?tomorrows?\\b(?! (?:off|like|with|at|in)\\b)`,
        // wanting to be put to sleep as a pet is
        `\\bput me (?:down|to sleep)\\b[^.!?\\n]{0,40}\\b(?:vet|the dog|my dog|a dog|the cat|my cat|pet|animal|forever|for good|permanently)\\b(?<=\\b(?:wish|want|wanna|if only|someone|somebody|could)\\b.{0,80})`,
        // going early, said of dying (not of beating the traffic)
        `\\bmight as well (?:just )?(?:go|die|check out|leave|get it over with) (?:early|now|sooner|already)\\b(?! (?:and (?:beat|get|avoid|grab|catch)|to|for|from|with)\\b)(?<=\\b(?:die|dying|death|dead|life|living|alive)\\b.{0,100})`,
        // something "killing me", and wanting it to hurry up
        `\\bkilling me\\b[^.!?\\n]{0,40}\\b(?:i'?d like it to|i wish it would|i want it to|it (?:can|could|should|would|needs to|might as well)) (?:just )?(?:hurry up|get on with it|finish (?:the job|me off)|speed up|go faster|get it over with)\\b`,
        // the will to live used up; few reasons left to stay alive
        `\\b(?:ran|run|running) out of (?:the |my |any )?will to (?:live|keep going|go on|carry on)\\b|\\bwill to (?:live|keep going|go on)\\b[^\\n]{0,80}\\bi (?:ran out of|lost|have none of|don'?t have) (?:it|any)\\b|\\b(?:and )?so (?:is|has) my will to (?:keep going|go on|carry on|keep living)\\b(?<=\\b(?:body|health|mind|strength|heart)(?:'s| is| has)? (?:finished|gone|done|given up|broken|failing)\\b.{0,40})|\\b(?:running out of|ran out of|run out of|no (?:more )?|not many|few) reasons? (?:left )?to (?:stay|live|keep going|be here|stick around|hold on|stay alive|keep living)\\b(?! (?:in|at|with|for|on|here in|there|late|up|home|over|awake|longer at)\\b)`,
        // no reason to keep going (not "to this class")
        `\\b(?:don'?t|do not|can'?t|cannot) (?:know|see) why i should (?:keep going|go on|carry on|keep living|bother living|stay alive|be here|keep trying|bother)\\b(?! (?:to|with|at|in|on)\\b)`,
        // thoughts, however qualified, about not being here
        `\\bthoughts? (?:[a-z']+ ){1,4}?about (?:not being (?:here|alive|around)|not waking up|not existing|dying|being dead)\\b`,
        // not expecting to be alive by a month or season (not because of a move)
        `\\b(?:don'?t|do not) (?:think|reckon|expect|imagine) i(?:'ll| will) (?:still )?be (?:here|around|alive) (?:by|come|in|for) (?:january|february|march|april|may|june|july|august|september|october|november|december|the (?:summer|spring|autumn|winter|end of (?:the|this) (?:year|month))|next (?:year|month|week|summer|spring|autumn|winter)|christmas|easter|my birthday|then)\\b(?![^.!?\\n]{0,40}\\b(?:mov|relocat|travel|holiday|trip|away|abroad|leav|job|contract|visa|uni\\b|course|we'?re|we are|new|house|flat|country|city)\\w*)`,
        // admitting one would not mind dying; non-existence as a relief
        `\\blying if i said i'?d mind (?:not waking up|dying|not being here|if i died)\\b|\\b(?:a relief|such a relief|restful|peaceful) to (?:just |simply )?(?:not exist|stop existing|not be here|be switched off|not wake up|disappear forever|be gone)\\b(?! for (?:a|the) (?:bit|while|day|week|weekend|few|month))`,
        // a death wish that is "no longer just a lyric or joke" for the speaker
        `\\b(?:stopped being|isn'?t|is no longer|not) (?:just )?a (?:song lyric|lyric|joke|meme|figure of speech|metaphor) (?:for|to) me\\b(?<=\\b(?:die|dead|death|never wake up|kill myself|suicid\\w*|not (?:be )?here|not exist|sleep forever)\\b[^\\n]{0,120})`,
      ].join('|'),
      'u',
    ),
  },
  // Feeling a burden whose death would free or enrich others, and being replaceable: the
  // perceived burdensomeness of the interpersonal theory (one's life a load on the family, an
  // insurance payout as their new start, "who would miss me"). A burden in the everyday sense
  // (asking friends for help) stays quiet, as the labels have it.
  // @see Van Orden KA, et al. The interpersonal theory of suicide. Psychol Rev 2010;117(2):575–600 (perceived burdensomeness, thwarted belongingness).
  {
    id: 'suicide.burden-on-others',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        `\\bmy (?:whole )?(?:life|existence|being here|being alive) (?:is|has become|feels like) (?:just |only |nothing but |such )?(?:a |one )?(?:big |huge |heavy |dead )?(?:weight|burden|drain|strain|millstone) (?:on|for|to) (?:everyone|everybody|all of them|my (?:family|kids|children|mum|mom|dad|parents|wife|husband|partner)|them|the people)\\b`,
        `\\b(?:would|'d|will|'ll) (?:get|have|be left|inherit|receive) (?:the |my |a )?(?:life insurance|insurance (?:money|payout|pay ?out)|payout|death in service)\\b[^.!?\\n]{0,60}\\b(?:(?:and|a) (?:fresh|new|clean) start|clean slate|better off|be (?:set|free))\\b|\\bworth more (?:to (?:them|my [a-z]+|everyone|my family) )?dead\\b`,
        `\\b(?:i'?m|i am|im) the (?:problem|issue)\\b[^\\n]{0,30}\\b(?:remove|get rid of|eliminate|take away|without) (?:the problem|the issue|me)\\b`,
        `\\bif i (?:vanished|disappeared|died|was gone|were gone|wasn'?t here|weren'?t here|left for good)\\b(?! (?:for|on|to)\\b)[^.!?\\n]{0,60}\\b(?:feel lighter|be (?:relieved|lighter|happier|better off)|(?:grieve|cry|be sad|be upset|mourn) for (?:a|about a|maybe a) (?:week|day|month|bit|while|fortnight)|(?:get|be) over (?:it|me) (?:fast|quickly|soon|in a))\\b`,
        `\\bwho(?: would|'d| will|'ll| is going to) (?:even |actually |really )?(?:miss|mourn) me\\b(?! (?:at|on|in|for|during|when i (?:leave|move|quit|go)|if i (?:moved|left|quit|went|leave|move|skip))\\b)|\\b(?:would|will) (?:anyone|anybody) (?:even |actually |really )?(?:miss|mourn) me\\b(?! (?:at|on|in|for|during|when i (?:leave|move|quit|go)|if i (?:moved|left|quit|went|leave|move|skip))\\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    // A child said to be better off with another parent, or with only photographs of this one:
    // the child is the subject, so someone else may be; the speaker's own child ("my daughter",
    // "I think he'd …") or "than me" makes it the speaker's.
    // @see Van Orden KA, et al. The interpersonal theory of suicide. Psychol Rev 2010;117(2):575–600 (perceived burdensomeness).
    id: 'suicide.replaceable-parent',
    category: 'suicide',
    level: 'moderate',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      [
        `\\b(?:be|grow up|do) (?:so |much |a lot |far )?(?:better off|happier|better)\\b[^.!?\\n]{0,40}\\b(?:remembering (?:me|a (?:dad|mum|mom|father|mother|parent)) from (?:photos|pictures)|(?:from|in) photos than)\\b(?<=\\bmy (?:son|daughter|kids?|children|baby|boy|girl|little one)\\b.{0,120})`,
        `\\b(?:be|grow up|do) (?:so |much |a lot |far )?(?:better off|happier|better)\\b[^.!?\\n]{0,40}\\b(?:with|having) (?:a|any|no) (?:different |better |new |real |other )?(?:mother|mum|mom|father|dad|parent)\\b(?:(?=[^.!?\\n]{0,30}\\b(?:than|instead of) (?:me|with me)\\b)|(?<=\\bi (?:think|feel|reckon|know|honestly think|sometimes think|keep thinking)(?: that)? (?:he|she|they)(?:'d| would)\\b.{0,80}))`,
      ].join('|'),
      'u',
    ),
  },
  // Suicide in slang, computer in-jokes and a spoken euphemism, as people write them in chat
  // (roping as a verb, closing or uninstalling oneself, "the S word", suicide named as the goal):
  // from observation of how people write, not a clinical source.
  {
    id: 'suicide.slang-euphemism',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      [
        `\\b(?:time to|gonna|going to|finna|about to|bout to|i should|should just|wanna|want to|i might|might just) (?:just |go )?rope\\b(?! (?:in|off|them|him|her|the|a|it|up|together|into|someone|people|my|your|his|their)\\b)`,
        `\\balt ?\\+? ?f ?4 (?:on )?(?:life|myself|my ?self|me|existence|irl|this life|reality)\\b`,
        `\\b(?:want|wanna|need|going|gonna|ready|time) (?:to )?(?:just )?(?:uninstall|alt ?f4) (?:me|myself)\\b(?! (?:from|for a|for the|at|on)\\b)`,
        `\\b(?:delete|deleting|erase|erasing|remove|removing|wipe|wiping) (?:me|myself|my ?self|my account|my save file) from (?:existence|life|the world|reality|this world|the planet)\\b`,
        `\\b(?:i|i'?ll|i will|i'?m|im|i am) (?:going to |gonna )?(?:switch|shut|power|turn)(?:ing)? (?:off|down) for good\\b(?! (?:from|on|with)\\b)(?<=\\b(?:night|tonight|today|this is|i think)\\b.{0,40})`,
        `\\b(?:think(?:ing)? about|considering|want(?:ing)? to(?: do)?|wanna(?: do)?|going to do|gonna do)\\b[^\\n]{0,30}\\bthe s[- ]?word\\b|\\bthe s[- ]?word\\b[^\\n]{0,20}\\bdo it\\b`,
        `\\b(?:goal|plan|answer|option|solution)s?(?: is| was)?: ?suicide\\b(?! (?:prevention|awareness|rates?|statistics|risk|crisis|hotline|line|watch|squad|note)\\b)|\\bsuicide[.!,]* (?:that'?s|thats|it'?s|its|is) (?:the|my) (?:goal|plan|answer|way out|solution)\\b`,
      ].join('|'),
      'u',
    ),
  },
  // Someone close who died by suicide, and the speaker drawn after them (heading the same way,
  // thinking the person was right, joining them). Exposure to a relative's suicide is a known risk
  // factor; a past fear now gone ("I thought I'd…") and reported speech stay quiet.
  // @see Van Orden KA, et al. The interpersonal theory of suicide. Psychol Rev 2010;117(2):575–600 (exposure, acquired capability).
  // @see Posner K, et al. The Columbia–Suicide Severity Rating Scale. Am J Psychiatry 2011;168(12):1266–77.
  {
    id: 'suicide.following-someone',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      `(?<!\\b(?:thought|used to think|was sure|was scared|was afraid|feared) i(?:'?d| would) )\\b(?:(?:end up|go|going|heading|go out) the same way|(?:that'?s|thats|that is) where i'?m (?:heading|headed|going)|(?:he|she|they) (?:had|has|might have had|may have had) the right idea|(?:images?|pictures?|thoughts?|visions?) of (?:myself|me) doing the same(?: thing)?|(?:stopping me from|stop me from|i'?ll|i could|i might|i want to|i'?m going to|gonna) (?:doing|do) it too)\\b(?<=\\b(?:${OTHER_SUICIDE}|in hell for doing it)\\b.{0,700})|(?<!["“] ?|\\b(?:says?|saying|said|keeps saying) (?:that )?)\\b(?:i'?ll|i will|i want to|i wanna|i should|i could|ready to|time to|think i'?ll) (?:just )?(?:join|go with|be with|follow) (?:(?:him|her)\\b(?= *(?:[.!?,]|$|soon| and be done| wherever))|them\\b(?= (?:and be done|wherever)))(?<=\\b(?:${OTHER_SUICIDE}|died|dies|dead|passed|in memory of|memorial|funeral|grave)\\b.{0,160})`,
      'u',
    ),
  },
  {
    // Active intent said sideways: the same thoughts as a relative who died, succeeding "next
    // time" after an attempt, a plan behind a denial, safe tonight but not tomorrow, checking an
    // insurance policy pays out on suicide.
    // @see Posner K, et al. The Columbia–Suicide Severity Rating Scale. Am J Psychiatry 2011;168(12):1266–77 (active ideation, prior attempt).
    id: 'suicide.active-oblique',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      `\\bsame thoughts? (?:about|of) (?:taking|ending|doing) (?:mine|my own|it)\\b|\\b(?:get it right|do it properly|finish the job|succeed|make sure it works) (?:this|next) time\\b(?<=\\b(?:survived (?:an?|my|the|two|three) (?:[a-z]+ )?attempts?(?! (?:on|to)\\b| at (?!\\d|age\\b|the age\\b))|suicide attempt|(?:previous|first|last) attempt(?! (?:on|to)\\b| at (?!\\d|age\\b|the age\\b))|overdos\\w*|tried to (?:kill myself|end it|end my life|die))\\b[^\\n]{0,160})|\\bnot suicidal\\b[,.]* (?:i |but |just |i just |but i |but i just |i'?ve just |i'?ve )*(?:have|got|made|'ve got|'ve made|have got) (?:a|my) (?:plan|deadline|date|backup plan|way out)\\b(?= *(?:[.!,;]|$|for if|if|in case|for when|by|ready))|\\bnot (?:going to|gonna) (?:hurt|kill) myself (?:tonight|today|now|yet)\\b[^\\n]{0,40}\\b(?:tomorrow|tonight|later|next week|weekend|when)\\b[^\\n]{0,40}\\b(?:different story|another story|another matter|different matter|different thing)\\b|\\bplans? to (?:die|kill myself|end my life|end it all)\\b(?! (?:my|it|her|his|the|them|your|their)\\b)|\\bnot sure i (?:won'?t|wouldn'?t) (?:next time|again|the next time)\\b(?<=\\b(?:shotgun|gun|rifle|pistol|pills|rope|tablets|bridge|ledge|knife|noose)\\b.{0,200})|\\b(?:intend|plan|mean|going|want|decided) to (?:bring|draw) (?:it|my life|things) to (?:a|an) (?:close|end)\\b(?<=\\bmy life\\b.{0,120})|\\b(?:insurance|policy)\\b[^\\n]{0,80}\\b(?:pays? out|covers?|valid)\\b[^\\n]{0,60}\\b(?:(?:even )?if it'?s not an accident|(?:on|for|after|in case of) suicide|if i (?:kill|killed) myself|after (?:two|2|one|1|a|three|3) years?)\\b(?<=\\b(?:i'?ve checked|i checked|i made sure|made sure|i looked (?:it )?up|i'?ve looked)\\b.{0,200})|\\bwaiting for the right (?:night|day|moment|time|opportunity)(?= *(?:[.!,]|$))(?<=\\b(?:dying|death|die|dead|do it|end it|suicid\\w*)\\b[^\\n]{0,120})`,
      'u',
    ),
  },
  {
    // Asking someone else to end the speaker's life: begging to be killed, or for "this" to be
    // ended for them. A request to die is an active wish, not a passive one.
    // @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS: wish to be dead, active ideation).
    id: 'suicide.beg-to-die',
    category: 'suicide',
    level: 'high',
    pattern:
      /\bbeg(?:ging)? (?:someone|somebody|anyone|you|god|people|them) to (?:just )?(?:kill me|end (?:it|this|my life|me)(?: for me)?|let me die|take my life)\b|\b(?:someone|somebody|anyone|please) (?:please |just )*end (?:this|it|my life) for me\b/u,
  },
  {
    // A decision made: ending the speaker's own suffering by their own hand, or leaving this world.
    // A decision (intent) is above a wish on the C-SSRS; help-seeking endings ("by getting help")
    // are left out.
    // @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS: active ideation with intent).
    id: 'suicide.decided',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      [
        `\\b(?:${INTENT}|i'?m|i am) (?:just |finally )?end(?:ing)? (?:my|this) (?:own )?suffering\\b(?! (?:by|with|through|from|of|in))`,
        `\\b(?:${INTENT}|i'?m|i am|time to) (?:just |finally )?(?:leave|leaving|exit|exiting|depart|departing) (?:this|the) (?:world|earth|planet|life)\\b(?! (?:a |better|behind|of|for a|for the|to))`,
        `\\b(?:had enough|done|finished|tired) (?:of|with) (?:this|the) (?:world|life)\\b[^.!?\\n]{0,20}?\\b(?:i'?m|i am|i'?ll|i will|going to) (?:leaving|leave|exiting|exit) it\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // No reason left to live: nothing worth staying alive for, the only reason to stay gone. A
    // lack of reasons for living is a warning sign at the level of a passive wish.
    // @see Van Orden KA, et al. Psychol Rev 2010;117(2):575–600 (hopelessness about belonging and burden).
    // @see Posner K, et al. 2011 (C-SSRS: wish to be dead).
    id: 'suicide.nothing-to-live-for',
    category: 'suicide',
    level: 'moderate',
    pattern:
      /\bnothing(?:'s| is)? (?:left )?(?:is )?worth (?:staying|being|keeping myself) (?:alive|here|around) for\b|\bnothing (?:left )?to (?:live|stay alive|keep living) for\b|\b(?:was|were) (?:the |my )?(?:only|last) reason (?:i was|i'?m|i stayed|i kept) (?:still )?(?:here|alive|living|going)\b|\bwhy can'?t i (?:just )?die\b|\b(?:wouldn'?t|would not) (?:be )?(?:(?:that|too|very|so|all that) )?(?:sad|upset|bothered|sorry) if i (?:died|didn'?t wake up|never woke up|was gone|were gone)\b|\b(?:i )?(?:just )?want (?:it all|everything) to (?:end|be over)(?= *(?:[.!]|$))|\b(?:don'?t|do not) think i (?:want|wanna) to (?:be alive|live|be here|exist|wake up|go on|keep going)\b|\bi (?:not|no) (?:want|wanna) (?:to )?(?:live|be alive)\b|\bstay alive\b[^.!?\n]{0,40}?\b(?:not sure (?:i'?m going to|i can|i'?ll|i will) (?:manage|make it|do it)|(?:don'?t|do not) think i(?:'ll| will| can) (?:manage|make it|do it))\b/u,
  },
  {
    // A lethal dose worked out for the speaker's own medicines: how many of "my" tablets it would
    // take, which ones would do it, a month's worth at once, a clinician's knowledge of doses
    // turned on themselves. Researching the lethality of one's own means is preparatory.
    // @see Posner K, et al. 2011 (C-SSRS: preparatory behaviour, researching a method).
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): access to means.
    id: 'suicide.own-dose',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      [
        `\\bhow many (?:of )?(?:my|these|the) (?:[a-z]+ )?${DRUG} (?:would|will|does|do|did|it'?d) (?:it )?take\\b(?! (?:to (?:work|kick in|feel|help|start|notice|stop (?:the|this|my) (?:pain|headache|migraine))|before (?:i feel|they work)))`,
        `\\bhow many (?:of )?(?:my|these|the) (?:[a-z]+ )?${DRUG} it (?:would|will|'?d) take\\b(?! to (?:work|kick in|feel|help|start|notice))`,
        `\\bwhich (?:${DRUG}) (?:would|will|could|might) do it\\b(?! for)`,
        `\\b(?:a|one|two|three|a few|several) (?:month|week)'?s'? worth (?:at once|in one go|all at once|together)\\b(?<=\\b(?:enough|if i took|if i take)\\b[^\\n]{0,80})`,
        `\\bknow (?:exactly )?(?:what|which) (?:to take and how much|would work|would do it)\\b(?=[^\\n]{0,100}\\b(?:thinking about it|running the numbers|doing the maths|frightens me|scares me|want to stop|for myself)\\b)`,
        `\\b(?:doing|did|do|keep doing|running|keep running) the (?:maths|math|numbers) for myself\\b(?<=\\b(?:doses?|tablets|pills|meds)\\b[^\\n]{0,120})`,
      ].join('|'),
      'u',
    ),
  },
  {
    // A recent act that could have killed the speaker, told with regret at surviving or with the
    // aim stated: lying down in the road, meaning to drive into a ditch or tree. A recent attempt,
    // interrupted or aborted, is the strongest predictor of another.
    // @see Posner K, et al. 2011 (C-SSRS: actual, interrupted and aborted attempts).
    // @see NICE guideline NG225 (2022): recent self-harm and attempts raise the risk of suicide.
    id: 'suicide.recent-act',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      [
        `\\b(?:lay|laid|lying|lie|lied) (?:down )?(?:in|on) (?:the )?(?:road|motorway|tracks|train tracks|railway line|dual carriageway)\\b(?=[^\\n]{0,100}\\b(?:(?:angry|annoyed|disappointed|gutted|furious|upset|sorry) (?:that )?(?:it|they|the (?:car|driver|train)|i) (?:stopped|swerved|missed|didn'?t|survived)|wish(?:ed)? (?:it|they|the (?:car|driver)) (?:hadn'?t|had not|didn'?t) (?:stop|stopped|swerve|swerved))\\b)`,
        `\\b(?:meant|tried|wanted|was trying|aimed|intended) to (?:drive|crash|steer|swerve|ride) (?:the car |my car |my bike )?(?:into|off|in front of) (?:the |a )?(?:[a-z]+ )?(?:ditch|tree|wall|barrier|bridge|lorry|truck|bus|river|cliff|oncoming traffic|traffic|train)\\b`,
        `\\b(?:angry|annoyed|disappointed|gutted|furious) (?:that )?i (?:survived|woke up|didn'?t die|am still alive|'m still alive|'m still here)\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Active thoughts said without the words: thinking about how or where one would do it, a voice
    // or one's own head saying to end it, joining a partner who died, suicide felt as a real
    // option, fear of trying again as the thoughts of a past attempt come back.
    // @see Posner K, et al. 2011 (C-SSRS: active ideation; prior attempt).
    // @see NICE guideline NG225 (2022): a previous attempt raises the risk of suicide.
    id: 'suicide.active-thoughts',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      [
        `\\b(?:thinking|think|thought|going over|go over|went over|planning) (?:about )?how i(?:'?d| would) do it(?= *(?:[.!,;]|$))`,
        `\\bknow (?:exactly )?where i(?:'?d| would|'m going to|'ll| will) do it\\b(?=[^\\n]{0,80}\\b(?:bridge|train|tracks|roof|cliff|car park|multi-?storey|river|motorway|tree|woods)\\b)`,
        `\\b(?:my (?:brain|head|mind)|a voice|the voices?) (?:keeps |is |keep )?(?:telling|tells|told|saying|says) (?:me )?to (?:end it|kill myself|end my life|die)\\b(?! (?:with|between|off))`,
        `\\bsuicide (?:has started to |is starting to |has begun to )?(?:feels?|seems?|looks?|is) (?:like )?(?:a |an )?(?:real |genuine |viable |actual |serious |reasonable )(?:option|answer|solution|way out|choice)\\b`,
        `\\bjoin(?:ing)? (?:him|her|them|my (?:late )?(?:husband|wife|son|daughter|mum|mom|dad|partner|brother|sister|baby))(?= *(?:[.!,;]|$))(?<=\\b(?:died|passed away|death|dead|lost|funeral|grave)\\b[^\\n]{0,120})(?<=\\b(?:thinking (?:about|of)|want(?:ing)? to|going to|plan(?:ning)? to|ready to) join(?:ing)? [a-z ]{2,30})`,
        `\\b(?:scared|afraid|worried|terrified|frightened) (?:that )?i(?:'ll| will| might|'m going to| am going to| could) (?:try|attempt|do it) again\\b(?<=\\b(?:attempt\\w*|tried (?:in \\d{4}|before|last|to (?:kill|end|die))|overdos\\w*|(?:same |the )thoughts)\\b[^\\n]{0,200})`,
        `\\b(?:seriously |really )?(?:thinking (?:of|about)|considering) jumping(?= *(?:[.!,;]|$))(?=[^\\n]{0,120}\\b(?:roof|bridge|ledge|top floor|cliff|multi-?storey|car park|balcony|high enough)\\b)`,
        `\\bdecid\\w* between (?:staying alive|living|life)\\b[^.!?\\n]{0,40}?\\bor (?:ending it|dying|killing myself|ending my life)\\b`,
        `\\b(?:the )?(?:same )?thoughts (?:are|'re) (?:back|the same as (?:last time|before))\\b(?<=\\battempt(?:ed|s)?\\b[^\\n]{0,160})`,
        `\\b(?:think|thinking) (?:all the day |all day |every day |all the time )?(?:about )?how to kill me\\b`,
        `\\bdeep enough (?:that|so|to) (?:it )?(?:doesn'?t|does not|won'?t|wouldn'?t) matter\\b|\\bdeep enough to (?:die|not wake up|end it|bleed out)\\b`,
        `\\b(?:not|never) (?:going to|gonna) be alive (?:by|next|after|on|for|at|in|to see)\\b|\\b(?:won'?t|will not) be alive (?:by|next|after|on|for|at|in|to see)\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Means gathered and kept for the purpose: a rope bought "for this", looked at at night, or
    // explained away at the shop; pills cut from blister packs into a jar; a prescription put
    // away "for when I'm ready"; sitting in a car in a closed garage.
    // @see Posner K, et al. 2011 (C-SSRS: preparatory acts, collecting pills, obtaining a rope).
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): access to means.
    id: 'suicide.means-kept',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      [
        `\\b(?:bought|got|have|keep|kept|hid|there'?s) a rope\\b[^\\n]{0,80}?\\b(?:for this|i look at it|told (?:the|him|her|them)[^.!?\\n]{0,30}? (?:it was|it'?s) for|for when i'?m ready)\\b`,
        `\\bfor when i'?m ready(?: to go)?\\b(?<=\\b(?:${DRUG}|prescription|rope|blade)\\b[^\\n]{0,120})`,
        `\\b(?:cutting|popping|pushing|taking) (?:the |my )?(?:pills|tablets) out of (?:the )?(?:blister )?(?:packs?|packets?)\\b[^.!?\\n]{0,40}?\\b(?:keeping|saving|hiding|storing|putting) (?:them )?in (?:a|the|my) (?:jar|box|bag|tin|sock|drawer|bottle|pot)\\b`,
        `\\bsitting in (?:the|my) car in the garage\\b(?=[^\\n]{0,80}\\b(?:door (?:shut|closed|down)|engine|turned it on|turn it on|exhaust|hose)\\b)`,
      ].join('|'),
      'u',
    ),
  },
];
