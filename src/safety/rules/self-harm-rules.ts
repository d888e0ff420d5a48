import { F, type RiskRule } from './risk-rule.ts';

const { self } = F;
const BODY = '(?:arms?|wrists?|legs?|thighs?|skin|stomach|tummy|hips?|hands?|face|chest|body|head)';
const ACT =
  '(?:cut(?:ting|s)?|slic(?:e|ing)|carv(?:e|ing|ed)|burn(?:ing|t|ed|s)?|scratch(?:ing|ed|es)?|scrap(?:e|ing|ed)|hit(?:ting|s)?|punch(?:ing|ed|es)?|bang(?:ing|ed)?|bit(?:e|ing)|bruis(?:e|ing|ed)|pick(?:ing|ed)? at|pull(?:ing|ed)? out|stab(?:bing|bed)?|starv(?:e|ing|ed)|purg(?:e|ing|ed)|hurt(?:ing|s)?|harm(?:ing|ed|s)?|injur(?:e|ing|ed)|punish(?:ing|ed)?)';

/**
 * Self-harm without suicidal intent: current acts and urges are high and moderate, acts that
 * need medical care now are imminent. Past and resolved self-harm is low (handled by the
 * detector's past-and-resolved frame).
 * @see NICE guideline NG225, Self-harm: assessment, management and preventing recurrence (2022).
 * @see Nock MK. Self-injury. Annu Rev Clin Psychol 2010;6:339–63.
 */
export const SELF_HARM_RULES: readonly RiskRule[] = [
  {
    id: 'self_harm.act',
    category: 'self_harm',
    level: 'high',
    pattern: new RegExp(
      `\\b${ACT} (?:${self}|my (?:own )?${BODY}|(?:[a-z']+ ){0,3}?into my ${BODY})\\b(?! (?:laughing|up about it|over (?:it|this|that|nothing)))|\\b(?:press|push|held|hold|put|stub|stubbed)(?:ed|ing)? (?:a |the |my )?(?:hot |lit |burning |boiling )?(?:iron|lighter|cigarette|match|knife|blade|razor|pan|straighteners|hair straighteners|kettle) (?:against|to|on|onto|into) my ${BODY}\\b|\\b(?:punch|hit|bang|scratch|pick|bit|bite|claw)(?:ing|ed|es|s)? (?:[a-z']+ ){0,3}?(?:until|till|til|'til) (?:my [a-z]+|it|they|i|the skin) (?:bleeds?|bled|bleeding|break|breaks|broke|bruises?|bruised|split)\\b|\\bi (?:just |have |'ve |ve |did |went and )?(?:cut|burned|burnt|self[- ]?harmed|sh'?d)(?= *(?:[.,!]|$|and (?:it|there|i|now|the (?:blood|cut))\\b|again|tonight|today|last night|this morning|yesterday))|\\b(?:relapsed|relapsing) and (?:i )?(?:cut|burned|burnt|sh'?d)\\b|\\b(?:going to|gonna|want to|wanna|need to|about to|will|'ll|plan(?:ning)? to) (?:cut|sh)(?= *(?:[.,!]|$|tonight|today|again|later|when|once|after|and |deep|deeper))|\\b(?:${ACT}) (?:again|every (?:day|night))\\b(?=.{0,30}\\b(?:myself|my arms?|my legs?|razor|blade)\\b)`,
      'u',
    ),
  },
  {
    id: 'self_harm.named',
    category: 'self_harm',
    level: 'high',
    pattern:
      /\b(?:self[- ]?harm(?:ing|ed|s)?|self[- ]?injur(?:y|ing|ed)|sh (?:again|relapse)|relapsed? (?:on|into|with) (?:self[- ]?harm|sh|cutting)|cutting again|started cutting|(?:cut|cutting|harm(?:ed|ing)?) (?:again|myself again)|fresh (?:cuts|scars|wounds|burns)|new (?:cuts|scars|wounds|burns) on)\b|\b(?:did|do|doing|done|been doing|relapsed on) sh\b|\bsh (?:today|tonight|last night|again|this morning|yesterday)\b|\b(?:doing|did|done|do) (?:the |some )?cat ?scratch(?:es)?\b|\bcat ?scratches again\b|\bmy (?:wrists?|arms?|thighs?|legs?|hips?) (?:are|is) (?:a mess|cut up|covered in (?:cuts|scars|marks|burns)|bleeding)\b|\brelapsed\b(?<=\b(?:cutting|cut|self[- ]?harm\w*|sh|burning)\b.{0,60})|\brunning out of (?:plasters|bandages|band-?aids|gauze|steri-?strips)\b/u,
  },
  {
    id: 'self_harm.urge',
    category: 'self_harm',
    level: 'moderate',
    pattern: new RegExp(
      `\\b(?:urges?|want(?:ing)?|wanna|tempt(?:ed|ation)|itch(?:ing)?|crav(?:e|ing)|need(?:ing)?|close) (?:to |for )?(?:cut|self[- ]?harm|sh|hurt ${self}|burn ${self}|harm ${self}|punish ${self}|hit ${self}|feel the (?:blade|pain))\\b|\\b(?:deserve|deserves) (?:to (?:be hurt|feel pain|suffer|bleed))\\b|\\bstar(?:ing|ed) at the (?:razor|blade|knife)\\b|\\b(?:sh|self[- ]?harm|cutting|cut|burning) urges?\\b|\\bdeserve (?:the )?(?:pain|to (?:hurt|be punished))\\b|\\bneed (?:to feel )?(?:some )?(?:physical )?pain (?:to|so)\\b|\\bneed to feel (?:physical )?pain\\b|\\b(?:wear|wearing|wore) (?:long sleeves|jumpers|hoodies|long trousers)(?: [a-z]+){0,4} (?:so (?:nobody|no one|people (?:don'?t|can'?t)|my [a-z]+ (?:doesn'?t|don'?t|can'?t))|to (?:hide|cover))\\b|\\b(?:hide|hiding|hid|cover(?:ing)?(?: up)?) (?:my |the )?(?:fresh )?(?:scars|cuts|marks|burns|wounds)\\b(?! (?:from (?:years|ages|long)|are old))|\\b(?:pain|it) [a-z' ]{0,40}?leaves? (?:marks|scars)\\b|\\b(?:promised|told) (?:my )?(?:[a-z]+ ){0,2}?(?:i'?d|i would|to|that i'?d) stop doing(?= *(?:[.,!]|$|it\\b|that\\b))`,
      'u',
    ),
  },
  {
    id: 'self_harm.tools',
    category: 'self_harm',
    level: 'high',
    pattern:
      /\b(?:hid(?:e|ing|den)?|keep|kept|got|bought|have|holding|found) (?:a |my |the |some )?(?:razors?|blades?|sharpener blades?|box cutter)\b(?=.{0,60}\b(?:myself|arms?|legs?|wrists?|cut|again|tonight)\b)|\bsharpener blades?\b|\b(?:hid(?:e|ing|den)?|stash(?:ed|ing)?) (?:a |my |the |some )?(?:razors?|blades?|box cutter)\b|\b(?:bought|got|ordered|buying) (?:a |some |a (?:pack|packet|box) of )?(?:razors?|razor blades|blades|box cutters?)\b(?=[^.!?\n]{0,40}\b(?:just in case|for later|for tonight|for when|so i can|in case)\b)|\bthe (?:blade|razor)s? (?:is|are) (?:in|under|behind) my\b/u,
  },
];
