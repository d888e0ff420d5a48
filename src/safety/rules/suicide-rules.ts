import { F, type RiskRule } from './risk-rule.ts';

const { self, desire } = F;
const KILL =
  '(?:kill|kil|kll|murder|off|unalive|end|hang|shoot|drown|poison|gas|suffocate|strangle|stab|starve|overdose|od)';
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
      `\\b(?:kill(?:ing|ed)?|kil|kll|unaliv(?:e|ing|ed)|off(?:ing)?|hang(?:ing|ed)?|shoot(?:ing)?|drown(?:ing)?|poison(?:ing)?|gas(?:sing)?|overdos(?:e|ing)|suffocat(?:e|ing)|starv(?:e|ing)) ${self}\\b(?! (?:laughing|with laughter))`,
      'u',
    ),
  },
  {
    id: 'suicide.end-life',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:end(?:ing|ed)?|take|taking|took|finish(?:ing)?) ${MY_LIFE}\\b|\\bend it all\\b|\\b(?:end|finish) it (?:tonight|today|for good|forever|now|soon|this week(?:end)?)\\b`,
      'u',
    ),
  },
  {
    id: 'suicide.self-described',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:i'?m|i am|i feel|feel|feeling|felt|been|i get|getting|i have|having|i've had|my|got|had)(?: (?:so|really|very|quite|kind of|kinda|a bit|pretty|extremely|super|feeling|getting|being|more|properly|actually|constantly|been))* (?:suicidal|sucidal|suicdal|suicidel)\\b`,
      'u',
    ),
  },
  {
    id: 'suicide.thoughts',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:suicidal|suicide) (?:thoughts?|feelings?|urges?|ideation|ideas|plans?|attempts?)\b|\b(?:thoughts?|thinking|think|thought) (?:of|about) (?:suicide|killing myself|ending (?:my life|it all|things)|dying|death|not being here|not waking up)\b/u,
  },
  {
    id: 'suicide.attempt-or-consider',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:commit(?:ting)?|attempt(?:ing|ed)?|consider(?:ing|ed)?|contemplat(?:e|ing|ed)|plan(?:ning|ned)?|research(?:ing|ed)?|decided on|choose|chose|choosing|going (?:to|through with)|do|doing) (?:suicide|it)\b(?= (?:tonight|today|this|now|soon|tomorrow|for real|properly))|\b(?:commit(?:ting)?|attempt(?:ing|ed)?|consider(?:ing|ed)?|contemplat(?:e|ing|ed)|plan(?:ning|ned)?|decided on) suicide\b|\bsuicide (?:is|seems|feels like) (?:my|the) only\b|\bmy (?:last|second|third|next) (?:suicide )?attempt\b/u,
  },
  {
    id: 'suicide.wish-to-die',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        `\\b(?:want(?:ed)?|wanna|wish|wishing|ready|longing|long|praying|pray|hoping) (?:i could )?(?:to )?(?:just )?(?:die|be dead|be gone|not exist|stop existing|cease to exist|disappear forever|vanish forever|fall asleep (?:and|&) (?:never|not) wake up)\\b`,
        `\\b(?:don'?t|do not|no longer|didn'?t|never) (?:really )?(?:want|wanna|wish) (?:to )?(?:live|be alive|exist|be here|wake up|go on|keep going|carry on|continue|be on this earth)\\b`,
        `\\b(?:not sure|unsure|don'?t know) (?:if |whether |that )?i (?:want|wanna) to (?:live|be alive|be here|go on|keep going|exist)\\b`,
        `\\bwish(?:ing)? (?:i|that i) (?:was|were|had been|'d been|could be|wasn'?t|weren'?t|had never been|was never|never) (?:dead|gone|born|alive|here|around|existed|born at all)\\b`,
        `\\b(?:i'?d|i would|we'?d|they'?d|everyone'?d|everyone would|everybody would|the world would|my family would|my kids would|they would|people would) (?:all )?be (?:better|happier) off (?:dead|without me|if i (?:was|were|wasn'?t|weren'?t|died|was gone|disappeared))\\b`,
        `\\bbetter off dead\\b`,
        `\\b(?:no|nothing to|not any|don'?t have any|can'?t (?:see|find) (?:a|any)) (?:reason|point|purpose) (?:to|in|for) (?:live|living|being alive|going on|carrying on|keep going|keeping going|existing|me being here|being here)\\b`,
        `\\bwhat'?s the (?:point|use) (?:of|in) (?:living|life|being alive|going on|carrying on|existing|me being here|anything anymore)\\b`,
        `\\b(?:can'?t|cannot|couldn'?t) (?:go on|keep going|carry on|do (?:this|life|it) anymore|keep living|live like this|take (?:it|this|much more|any more|anymore))(?: (?:anymore|any more|much longer|like this))?\\b(?=.{0,40}\\b(?:life|living|alive|anymore|any more|longer|dead|die|gone)\\b)`,
        `\\b(?:tired|sick|exhausted) of (?:living|being alive|life|existing|waking up|breathing)\\b`,
        `\\b(?:i'?m|i am) (?:just )?(?:a|such a) (?:burden|waste of (?:space|air|oxygen))\\b`,
        `\\b(?:nobody|no one|no-one) (?:would|will|'d) (?:even )?(?:miss|notice|care)(?: me)? (?:if|when) i(?:'m| am| was| were)? (?:gone|dead|died|disappeared|not here|wasn'?t here)\\b`,
        `\\b(?:won'?t|will not|not going to|ain'?t gonna) (?:be (?:around|here)|have to (?:put up with|deal with|worry about) me) (?:much |for )?(?:longer|long|anymore|after (?:tonight|today|this week))\\b`,
        `\\b(?:i'?m|i am) (?:done|finished) (?:with (?:life|living|everything|it all|this world|being alive))\\b`,
        `\\bgo to sleep (?:and|&) (?:never|not) wake up\\b|\\bnot wake up (?:tomorrow|again|in the morning)\\b|\\bnever wake up\\b`,
        `\\bhop(?:e|ing) i (?:die|don'?t wake up|get hit by|crash)\\b`,
        `\\b(?:life|living) (?:isn'?t|is not|ain'?t) worth (?:living|it)\\b|\\bnot worth living\\b`,
        `\\b(?:want|need) (?:it all|everything|the pain|this|all of this) to (?:end|stop|be over) (?:forever|for good|permanently)\\b`,
        `\\bjoin (?:my (?:mum|mom|dad|husband|wife|son|daughter|nan|gran|grandma|grandad|brother|sister|partner|friend)|him|her|them) (?:in heaven|on the other side|soon|up there)\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'suicide.slang',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:kms|kys myself|unalive (?:me|my ?self)|sewer ?slide|ctb|self[- ]?delete|delete myself|rope (?:time|myself|szn)|yeet (?:my ?self|me) off|off myself|unaliving)\b/u,
  },
  {
    id: 'suicide.method-act',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:jump(?:ing)?|throw(?:ing)? myself|step(?:ping)?|walk(?:ing)?|drive|driving|crash(?:ing)?) (?:off|from|in front of|into|under) (?:a |the |my )?(?:bridge|roof|building|cliff|balcony|train|bus|lorry|truck|car|traffic|tracks|river|sea|wall|tree|motorway|highway|car park)\b|\b(?:slit|slash|cut open) my (?:wrists?|throat)\b|\bswallow (?:all|every|the whole|a bottle|a packet|a box)(?: of)? (?:my |the )?(?:pills|tablets|meds|medication|paracetamol|sleeping pills)\b|\bput a (?:bullet|gun) (?:in|to) my (?:head|mouth)\b|\bblow my (?:brains|head) out\b/u,
  },
];
