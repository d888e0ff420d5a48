import { F, type RiskRule } from './risk-rule.ts';

const { self } = F;
const BODY =
  '(?:arms?|forearms?|upper arms?|wrists?|legs?|thighs?|skin|stomach|tummy|belly|hips?|hands?|knuckles|fingers?|ankles?|shins?|calves|ribs|sides?|shoulders?|face|chest|body|head)';
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
      `\\b${ACT} (?:${self}|my (?:own )?${BODY}|(?:[a-z']+ ){0,3}?into my ${BODY})\\b(?! (?:laughing|up about it|over (?:it|this|that|nothing)))|\\b(?:press|push|held|hold|put|stub|stubbed)(?:ed|ing)? (?:a |the |my )?(?:hot |lit |burning |boiling )?(?:iron|lighter|cigarette|match|knife|blade|razor|pan|straighteners|hair straighteners|kettle) (?:against|to|on|onto|into) my ${BODY}\\b|\\b(?:put(?:s|ting)?|stub(?:s|bing|bed)?) (?:a |the |my )?(?:lit )?(?:cigarettes?|cigs?|ciggies?|fags?|joints?|matches|lighters?) out (?:on|against|into) my ${BODY}\\b|\\b(?:punch|hit|bang|scratch|pick|bit|bite|claw)(?:ing|ed|es|s)? (?:[a-z']+ ){0,3}?(?:until|till|til|'til) (?:my [a-z]+|it|they|i|the skin) (?:bleeds?|bled|bleeding|break|breaks|broke|bruises?|bruised|split)\\b|\\bi (?:just |have |'ve |ve |did |went and )?(?:cut|burned|burnt|self[- ]?harmed|sh'?d)(?= *(?:[.,!]|$|and (?:it|there|i|now|the (?:blood|cut))\\b|again|tonight|today|last night|this morning|yesterday))|\\b(?:relapsed|relapsing) and (?:i )?(?:cut|burned|burnt|sh'?d)\\b|\\b(?:going to|gonna|want to|wanna|need to|about to|will|'ll|plan(?:ning)? to) (?:cut|sh)(?= *(?:[.,!]|$|tonight|today|again|later|when|once|after|and |deep|deeper|as soon as|the (?:moment|second|minute)|right now|now))|\\b(?:i'?m|i am|been|currently) (?:cutting|burning|scratching)(?: (?:my ?self|again))?(?= *(?:right now|now|as we speak)(?= *(?:[.,!]|$)))|\\b(?:${ACT}) (?:again|every (?:day|night))\\b(?=.{0,30}\\b(?:myself|my arms?|my legs?|razor|blade)\\b)`,
      'u',
    ),
  },
  {
    id: 'self_harm.named',
    category: 'self_harm',
    level: 'high',
    pattern:
      /\b(?:self[- ]?harm(?:ing|ed|s)?|self[- ]?injur(?:y|ing|ed)|sh (?:again|relapse)|relapsed? (?:on|into|with) (?:self[- ]?harm|sh|cutting)|cutting again|started cutting|(?:cut|cutting|harm(?:ed|ing)?) (?:again|myself again)|fresh (?:cuts|scars|wounds|burns)|new (?:cuts|scars|wounds|burns) on)\b|\b(?:did|do|doing|done|been doing|relapsed on) (?:some |a bit of )?(?:sh|s ?\/ ?h)\b|\bcat ?scratch(?:es)?\b(?<=\b(?:only|just|some|few|did|doing|more|streak|relapse\w*)\b.{0,20})|\bcatscratch(?:es|ing)?\b|\b(?:arms?|forearms?|thighs?|wrists?|legs?|hips?|stomach)\b[^.!?\n]{0,20}\b(?:like a barcode|barcode)\b(?![^.!?\n]{0,30}\btattoo)|\badded (?:a few |some |two |three |a couple )?(?:more |new )?(?:lines|cuts|marks|scratches)\b(?=[^.!?\n]{0,40}\b(?:yesterday|today|last night|tonight|again|to (?:my|the))\b|(?<=\b(?:barcode|thighs?|arms?|wrists?|legs?)\b.{0,60}))|\bsh (?:today|tonight|last night|again|this morning|yesterday)\b|\b(?:doing|did|done|do) (?:the |some )?cat ?scratch(?:es)?\b|\bcat ?scratches again\b|\bmy (?:wrists?|arms?|thighs?|legs?|hips?) (?:are|is) (?:a mess|cut up|covered in (?:cuts|scars|marks|burns)|bleeding)\b|\brelapsed\b(?<=\b(?:cutting|cut|self[- ]?harm\w*|sh|burning)\b.{0,60})|\brunning out of (?:plasters|bandages|band-?aids|gauze|steri-?strips)\b/u,
  },
  {
    id: 'self_harm.urge',
    category: 'self_harm',
    level: 'moderate',
    pattern: new RegExp(
      `\\b(?:urges?|want(?:ing)?|wanna|tempt(?:ed|ation)|itch(?:ing)?|crav(?:e|ing)|need(?:ing)?|close) (?:to |for )?(?:cut\\b(?! (?:back|down|out|off|up|the|a|an|some|my hair|my fringe|ties|costs|corners|loose|in|across|through|them|him|her|it|this|that|your|his|our|their)\\b)|self[- ]?harm|sh|hurt ${self}|burn ${self}|harm ${self}|punish ${self}|hit ${self}|feel the (?:blade|pain))\\b|\\b(?:deserve|deserves) (?:to (?:be hurt|feel pain|suffer|bleed))\\b|\\bstar(?:ing|ed) at the (?:razor|blade|knife)\\b|\\b(?:sh|self[- ]?harm|cutting|cut|burning) urges?\\b|\\bdeserve (?:the )?(?:pain|to (?:hurt|be punished))\\b|\\bdeserve to (?:have|get|carry) (?:marks|scars|cuts|bruises|burns)\\b|\\bneed (?:to feel )?(?:some )?(?:physical )?pain (?:to|so)\\b|\\bneed to feel (?:physical )?pain\\b|\\b(?:wear|wearing|wore) (?:long sleeves|jumpers|hoodies|long trousers)(?: [a-z]+){0,4} (?:so (?:nobody|no one|people (?:don'?t|can'?t)|my [a-z]+ (?:doesn'?t|don'?t|can'?t))|to (?:hide|cover))\\b|\\b(?:hide|hiding|hid|cover(?:ing)?(?: up)?) (?:my |the )?(?:fresh )?(?:scars|cuts|marks|burns|wounds)\\b(?! (?:from (?:years|ages|long)|are old))|\\b(?:pain|it) [a-z' ]{0,40}?leaves? (?:marks|scars)\\b|\\b(?:promised|told) (?:my )?(?:[a-z]+ ){0,2}?(?:i'?d|i would|to|that i'?d) stop doing(?= *(?:[.,!]|$|it\\b|that\\b))`,
      'u',
    ),
  },
  {
    id: 'self_harm.hit-object',
    category: 'self_harm',
    level: 'high',
    // Punching walls or banging one's head on purpose is self-injury (NICE NG225: any act of self-injury, whatever the method).
    pattern:
      /\b(?:punch|punched|punching|hit|hitting|smash|smashed|smashing|bang|banged|banging|kick|kicked|kicking|headbutt|headbutted|headbutting)(?: my (?:head|fist|fists|hand|hands))? (?:against |into |on )?(?:the |a |my )?(?:brick |concrete |bedroom |bathroom )?(?:wall|walls|door|mirror|floor)\b(?=[^.!?\n]{0,50}\b(?:on purpose|deliberately|to feel (?:something|it|pain|better)|until (?:my|it|they|i)|so (?:it|that it) (?:hurts?|would hurt|bleeds?)|to punish)\b)/u,
  },
  {
    id: 'self_harm.tools',
    category: 'self_harm',
    level: 'high',
    pattern:
      /\b(?:hid(?:e|ing|den)?|keep|kept|got|bought|have|holding|found) (?:a |my |the |some )?(?:razors?|blades?|sharpener blades?|box cutter)\b(?=.{0,60}\b(?:myself|arms?|legs?|wrists?|cut|again|tonight)\b)|\bsharpener blades?\b|\b(?:hid(?:e|ing|den)?|stash(?:ed|ing)?) (?:a |my |the |some )?(?:razors?|blades?|box cutter)\b|\b(?:bought|got|ordered|buying) (?:a |some |a (?:pack|packet|box) of )?(?:razors?|razor blades|blades|box cutters?)\b(?=[^.!?\n]{0,40}\b(?:just in case|for later|for tonight|for when|so i can|in case)\b)|\bthe (?:blade|razor)s? (?:is|are) (?:in|under|behind) my\b|\b(?:took|taking|take|got|get|getting|snapped|broke|pulled|prised|popped)(?: [a-z]+){0,2} blades? (?:out of|from|off) (?:a |my |the )?(?:[a-z]+ )?(?:sharpener|razor|shaver|box cutter)\b|\b(?:razors?|razor blades|blades)\b[^.!?\n]{0,40}\b(?:(?:they'?re|it'?s|are|is|keep (?:them|it)) (?:under|inside) my (?:mattress|pillow|bed|phone case|pencil case|sock)|(?:hid(?:den)?|hide|stashed) (?:them |it )?(?:under|in|inside|behind) my [a-z]+)\b|\b(?:stash|stashed|stashing|hid|hide|hiding|keep|kept|bought|buying)(?: some)? (?:plasters|bandages|antiseptic|steri-?strips|gauze|dressings)\b(?=[^.!?\n]{0,60}\b(?:afterwards|after i|clean (?:up|myself|it)|so (?:nobody|no one)|like before|again|for when)\b)/u,
  },
];
