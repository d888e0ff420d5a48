import { F, type RiskRule } from './risk-rule.ts';

const { self, desire, drug: DRUG, owner: OWNER } = F;
const KILL =
  '(?:kill|kil|kll|murder|off|top|unalive|end|hang|shoot|drown|poison|gas|suffocate|strangle|stab|starve|overdose|od)';
// Stated intent or consideration before an act ("going to", "thinking about").
const INTENT =
  "intend(?:s|ing)? to|want(?:s|ed)? to|wanna|going to|gonna|gunna|'ll|will|about to|ready to|decided to|need to|plan(?:ning)? to|thinking (?:about|of)|think about|thought about|tempted to|close to";
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
      `\\b(?:end(?:ing|ed)?|take|taking|took|finish(?:ing)?) ${MY_LIFE}\\b|\\bend it all\\b|\\b(?:end|finish) it (?:tonight|today|for good|forever|now|soon|this week(?:end)?)\\b|\\b(?:${INTENT}) (?:just |finally |actually )?end(?:ing)? (?:it|things|everything)\\b(?! (?:with|between|off|early|here|there|for (?:him|her|them|us)))|\\b(?:enough|this time) to (?:end it|finish it|not wake up|die)\\b`,
      'u',
    ),
  },
  {
    id: 'suicide.self-described',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:i'?m|i am|i feel|feel|feeling|felt|been|i get|getting|i have|having|i've had|my|got|had)(?: (?:so|really|very|quite|kind of|kinda|a bit|pretty|extremely|super|feeling|getting|being|more|properly|actually|constantly|been)){0,4} (?:suicidal|sucidal|suicdal|suicidel)\\b|(?:^|[.!?;,] *)(?:(?:ok|okay|so|well|honestly|tbh|ngl|just|feeling|feelin|very|really|super|kinda|pretty|mega|hella|rly|proper|lowkey|still) ){0,3}(?:suicidal|sucidal|suicdal|suicidel)\\b(?! (?:songs?|lyrics|characters?|scenes?|films?|movies?|books?|poems?|stories|story|research|people|patients|clients|friends?))`,
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
        `\\b(?:easier|better|lighter|happier|simpler|calmer|fine|relieved)\\b[a-z' ]{0,30}?\\b(?:if i (?:wasn'?t|weren'?t|was not|were not|didn'?t exist|was gone|were gone|was dead|were dead|died|disappeared)|without me)\\b`,
        `\\b(?:easier|better|simpler) (?:for everyone )?(?:to|if i (?:could|did)) (?:just )?(?:not (?:be here|be around|exist|wake up)|disappear|die)\\b`,
        `\\b(?:just )?waiting (?:to die|for (?:the end|death|it all to end))\\b`,
        `\\b(?:wouldn'?t|would not) mind if (?:i (?:died|didn'?t wake up|never woke up|was gone)|it (?:all )?(?:ended|came|came sooner)|(?:death|the end) came)\\b`,
        `\\bif (?:i (?:died|didn'?t wake up|never woke up|never (?:opened|open) my eyes again|got hit by [a-z ]{1,20}|was gone)|(?:a|the) (?:bus|car|train|truck|lorry) (?:hit|killed) me)\\b[a-z' ,]{0,40}?\\b(?:wouldn'?t (?:mind|care)|would(?:n'?t)? be (?:okay|ok|fine|alright|a relief|so bad)|that(?:'?d| would) be (?:okay|ok|fine|alright|a relief)|(?:okay|ok|fine) with (?:it|that))`,
        `\\b(?:i )?(?:don'?t|do not|can'?t|cannot) see (?:a|any) (?:future|way forward) (?:for (?:me|myself)|at all)\\b(?! (?:in|at|with|for) (?:this|that|the|my|a) (?:company|job|team|career|relationship|field|industry|role|band|club|school|course|country|city|town|place|area|house|flat|marriage))|\\b(?:i )?(?:can'?t|cannot|don'?t) see myself (?:making it|being (?:here|alive|around)|surviving|getting|living|lasting) (?:(?:to|past|through|until|till) (?:my next birthday|my [a-z0-9]+ birthday|christmas|new year|next (?:year|week|month|summer|spring|winter|autumn)|the (?:end of the|new) (?:year|week|month)|the weekend|another (?:year|week|month)|summer|spring|winter|autumn|\\d+|thirty|forty|fifty|old age|tomorrow|the morning)|much longer)\\b`,
        `\\b(?:i )?(?:don'?t|do not) think i(?:'ll| will) (?:be (?:around|here)|last|make it) (?:much |for much |a lot )?longer\\b|\\b(?:won'?t|will not|wont) have to (?:[a-z']+ ){1,5}?(?:me|of me|about me|with me) (?:for )?(?:much |a lot )?longer\\b`,
        `\\b(?:the )?(?:only|best|easiest|one) (?:way out|option|answer|solution|escape)(?: [a-z']+){0,4}? (?:is|would be|was|seems) (?:to )?(?:not (?:be|being) (?:here|alive|around)|death|dying|die|suicide|ending it|end it|killing myself|kill myself)\\b`,
        `\\bi (?:don'?t|do not) deserve to (?:live|be alive|exist|be here)\\b`,
        `\\bhop(?:e|ing) (?:something (?:bad |terrible )?happens to me|(?:a|the) (?:car|bus|train|truck|lorry) hits me|i get hit by)\\b`,
        `\\bgive up on (?:life|living|being alive)\\b`,
        `\\b(?:don'?t|do not|no longer|didn'?t|never) (?:really )?(?:want|wanna|wish) (?:to )?(?:live|be alive|exist|be here|wake up|go on|keep going|carry on|continue|be on this earth)\\b`,
        `\\b(?:not sure|unsure|don'?t know) (?:if |whether |that )?i (?:want|wanna) to (?:live|be alive|be here|go on|keep going|exist)\\b`,
        `\\bwish(?:ing)? (?:i|that i) (?:was|were|had been|'d been|could be|wasn'?t|weren'?t|had never been|was never|never) (?:dead|gone|born|alive|here|around|existed|born at all)\\b`,
        `\\b(?:i'?d|i would|we'?d|they'?d|everyone'?d|everyone would|everybody would|the world would|my family would|my kids would|they would|people would) (?:all )?be (?:better|happier) off (?:dead|without me|if i (?:was|were|wasn'?t|weren'?t|died|was gone|disappeared))\\b`,
        `\\bbetter off dead\\b`,
        `\\b(?:no|nothing to|not any|don'?t have any|can'?t (?:see|find) (?:a|any)) (?:reason|point|purpose) (?:for me )?(?:to|in|for) (?:me (?:being alive|living|existing|being here|staying)|live|living|being alive|going on|carrying on|keep going|keeping going|existing|me being here|being here)\\b`,
        `\\bwhat(?:'?s| is) the (?:point|use) (?:of|in) (?:living|life|being alive|going on|carrying on|existing|me being here|anything anymore|any of it\\b(?=[^.!?\\n]{0,40}\\b(?:space|burden|me|alive|living)\\b)|me|my life|being me|being here|me existing|trying anymore)\\b`,
        `\\b(?:can'?t|cannot|couldn'?t) (?:go on|keep going|carry on|do (?:this|life|it) anymore|keep living|live like this|take (?:it|this|much more|any more|anymore))(?: (?:anymore|any more|much longer|like this))?\\b(?=.{0,40}\\b(?:life|living|alive|anymore|any more|longer|dead|die|gone)\\b)`,
        `\\b(?:tired|sick|exhausted) of (?:living|being alive|life|existing|waking up|breathing)\\b`,
        `\\b(?:i'?m|i am) (?:just )?(?:a|such a) (?:burden|waste of (?:space|air|oxygen))\\b`,
        `\\b(?:nobody|no one|no-one) (?:would|will|'d) (?:even )?(?:miss|notice|care)(?: me)? (?:if|when) i(?:'m| am| was| were)? (?:gone|dead|died|disappeared|not here|wasn'?t here)\\b`,
        `\\b(?:won'?t|will not|not going to|ain'?t gonna) (?:be (?:around|here)|have to (?:put up with|deal with|worry about) me) (?:much |for )?(?:longer|long|anymore|after (?:tonight|today|this week))\\b`,
        `\\b(?:i'?m|i am) (?:done|finished) (?:with (?:life|living|everything|it all|this world|being alive))\\b`,
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
];
