import { F, type RiskRule } from './risk-rule.ts';

const { self } = F;
const BODY =
  '(?:arms?|forearms?|upper arms?|wrists?|legs?|thighs?|skin|stomach|tummy|belly|hips?|hands?|knuckles|fingers?|ankles?|shins?|calves|ribs|sides?|shoulders?|face|chest|body|head)';
const BODY_OWN =
  '(?:palms?|skin|arms?|forearms?|wrists?|hands?|thighs?|legs?|lips?|cheeks?|fingers?|knuckles)';
const ACT =
  '(?:cut(?:ting|s)?|slic(?:e|ing)|carv(?:e|ing|ed)|burn(?:ing|t|ed|s)?|scratch(?:ing|ed|es)?|scrap(?:e|ing|ed)|hit(?:ting|s)?|punch(?:ing|ed|es)?|bang(?:ing|ed)?|bit(?:e|ing)|bruis(?:e|ing|ed)|pick(?:ing|ed)? at|pull(?:ing|ed)? out|stab(?:bing|bed)?|starv(?:e|ing|ed)|purg(?:e|ing|ed)|hurt(?:ing|s)?|harm(?:ing|ed|s)?|injur(?:e|ing|ed)|punish(?:ing|ed)?)';

/** Sharp, rough or hot things people injure themselves with when the usual words are not used. */
const IMPLEMENT =
  '(?:nails?|glass|pins?|needles?|tacks?|drawing pins?|thorns?|gravel|stones?|hob|iron|lighter|razors?|blades?|compass|keys?|scissors|sandpaper|pen|ruler|sharpener|knife|paperclip|hot (?:water|pan|metal|spoon))';
/** Saying it was meant: on purpose, to feel it, as a punishment, out of anger at oneself. */
const MEANT =
  "(?:deliberately|on purpose|purposely|intentionally|i wanted to(?= *(?:[.!]|$))|i wanted to feel (?:it|something|the pain|pain)|(?:wanted|needed) to feel (?:it|something|the pain|pain)|to punish (?:myself|me)|i deserved (?:it|that)|(?:because|cos|cuz|cause) i (?:was|am|'m) (?:so )?(?:angry|mad|furious|disgusted|annoyed|sick) (?:at|with) (?:my ?self)|only way i could)";

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
    // Also a razor broken open for its blade, and a razor said not to be for shaving: the means made ready (NICE NG225, means).
    pattern:
      /\b(?:snapped|snap|snapping|broke|broken|melted|melting|prised|pried|cracked) (?:the )?plastic (?:off|casing off|open|out)\b(?:(?<=\brazors?\b[^\n]{0,80})| (?:a |the |my |one of the )?(?:razors?|sharpeners?|shavers?)\b)|(?:\b(?:got|have|took|grabbed|holding|found|picked up)\b[^.!?\n]{0,25})?\b(?:razors?|blades?)\b[^.!?\n]{0,30}\b(?:(?:is|are|it'?s|they'?re) )?not for shaving\b(?! (?:your|my|the|his|her|their|legs|face|heads?|beards?|armpits|men|women))|\b(?:hid(?:e|ing|den)?|keep|kept|got|bought|have|holding|found) (?:a |my |the |some )?(?:razors?|blades?|sharpener blades?|box cutter)\b(?=.{0,60}\b(?:myself|arms?|legs?|wrists?|cut|again|tonight)\b)|\bsharpener blades?\b|\b(?:hid(?:e|ing|den)?|stash(?:ed|ing)?) (?:a |my |the |some )?(?:razors?|blades?|box cutter)\b|\b(?:bought|got|ordered|buying) (?:a |some |a (?:pack|packet|box) of )?(?:razors?|razor blades|blades|box cutters?)\b(?=[^.!?\n]{0,40}\b(?:just in case|for later|for tonight|for when|so i can|in case)\b)|\bthe (?:blade|razor)s? (?:is|are) (?:in|under|behind) my\b|\b(?:took|taking|take|got|get|getting|snapped|broke|pulled|prised|popped)(?: [a-z]+){0,2} blades? (?:out of|from|off) (?:a |my |the )?(?:[a-z]+ )?(?:sharpener|razor|shaver|box cutter)\b|\b(?:razors?|razor blades|blades)\b[^.!?\n]{0,40}\b(?:(?:they'?re|it'?s|are|is|keep (?:them|it)) (?:under|inside) my (?:mattress|pillow|bed|phone case|pencil case|sock)|(?:hid(?:den)?|hide|stashed) (?:them |it )?(?:under|in|inside|behind) my [a-z]+)\b|\b(?:stash|stashed|stashing|hid|hide|hiding|keep|kept|bought|buying)(?: some)? (?:plasters|bandages|antiseptic|steri-?strips|gauze|dressings)\b(?=[^.!?\n]{0,60}\b(?:afterwards|after i|clean (?:up|myself|it)|so (?:nobody|no one)|like before|again|for when)\b)/u,
  },
  {
    id: 'self_harm.deliberate-injury',
    category: 'self_harm',
    level: 'high',
    // Self-injury is any act of injuring oneself, whatever the means or the motive (NICE NG225):
    // nails or a blunt edge worked into the skin until it bleeds, sharp or rough ground walked on
    // on purpose, heat held to the skin. Sport and accidents (a marathon, a slip) stay quiet.
    pattern: new RegExp(
      [
        // Nails or teeth into one's own skin until it bleeds or breaks.
        `\\b(?:dug|dig|digs|digging|pressed|pressing|sank|sinking) my (?:finger ?)?(?:nails|teeth) into (?:my )?${BODY_OWN}\\b(?=[^.!?\\n]{0,50}\\b(?:until|till|til|so hard|so deep|hard enough)\\b[^.!?\\n]{0,30}\\b(?:bled|bleeds?|bleeding|broke the skin|broke skin|drew blood))`,
        // An act that made oneself bleed, and said to be meant.
        `(?<!\\b(?:ran|run|running|jogged|danced|dancing|hiked|hiking|played|playing|climbed|climbing|trained|training|rowed|rowing|practi[cs]ed|marathon|race|match|gym|ballet|pointe|rehearsal)\\b[^.!?\\n]{0,60})\\b(?:until|till|til|so (?:hard|much|deep)(?: that)?) (?:it|they|my [a-z]+|the skin|i) (?:bled|bleeds?|was bleeding|started bleeding|broke)\\b(?=[^\\n]{0,60}\\b${MEANT})`,
        // Hurting oneself with a sharp or hot thing, said to be meant.
        `\\b(?:step(?:ped|ping|s)? on|stood on|stand(?:ing)? on|walk(?:ed|ing)? (?:barefoot )?(?:on|over|up and down)|press(?:ed|ing)?|push(?:ed|ing)?|held|hold(?:ing)?|drag(?:ged|ging)?|rub(?:bed|bing)?|scrap(?:ed|ing)|jab(?:bed|bing)?|stuck|stick(?:ing)?|pok(?:ed|ing)|scratch(?:ed|ing)? (?:it|myself|my ${BODY})|did (?:it|that|this)|cut (?:it|myself|my ${BODY}))\\b[^.!?\\n]{0,50}\\b${IMPLEMENT}\\b(?=[^\\n]{0,80}\\b${MEANT})`,
        // A hand or arm to be held on something hot, said as intent; a heated metal for burning.
        `\\b(?:going to|gonna|want to|wanna|will|about to|plan(?:ning)? to|need to) (?:put|press|hold|keep) my ${BODY} (?:on|against|onto|over|in) (?:the |a )?(?:hob|iron|stove|hot ?plate|grill|flame|candle|boiling water|oven door)\\b`,
        `\\b(?:heat(?:ed|ing)?(?: up)?|burn(?:ing)? with) (?:a |the |my )?(?:paper ?clip|bobby pin|safety pin)\\b|\\b(?:paper ?clip|bobby pin|safety pin)s? (?:heated|heating|red hot)\\b`,
        // Choking oneself to black out ("the choking game" played alone).
        `\\b(?:doing|did|do|done|tried|been doing) the (?:choking|fainting|pass ?out|blackout) (?:thing|game|challenge)\\b[^\\n]{0,60}?\\b(?:on my own|by myself|myself|belt|alone|go dark|black out)\\b`,
        // Wounds the speaker says she made on herself (burns, cuts or marks she gave herself).
        `\\b(?:burns?|cuts?|scratch(?:es)?|marks|bruises|wounds|scabs|lines|scars)\\b[^.!?\\n]{0,30}?\\bi (?:did|do|gave|give|made|make|put) (?:on |to )?(?:${self}|me)\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'self_harm.restriction',
    category: 'self_harm',
    level: 'high',
    // Going without food or water, or making oneself sick, as a punishment: harm done to one's
    // own body on purpose, which NICE NG225 counts whatever the method. Fasting for faith, health
    // or a blood test says nothing of punishment and stays quiet.
    // @see NICE NG225 (2022); NICE NG69, Eating disorders: recognition and treatment (2017).
    pattern:
      /\b(?:i )?(?:don'?t|do not|didn'?t|did not) deserve (?:to eat|food|dinner|lunch|breakfast|tea|a meal|meals|to have (?:food|dinner|lunch|a meal))\b(?! (?:this|that|so|as|like) )|(?<!\b(?:spent|wasted) (?:(?:my|years|months|the) )?(?:[a-z]+ ){0,2})\b(?:fast(?:ing|ed)?|starv(?:e|ing|ed)(?: myself)?|not eat(?:ing)?|won'?t eat|won'?t let myself (?:eat|have (?:food|dinner|lunch|breakfast))|no (?:food|dinner|lunch|breakfast|tea|eating|meals|water)|skip(?:ping|ped)? (?:meals|dinner|lunch|breakfast|food|every meal)|mak(?:e|ing) myself (?:sick|throw up)|purg(?:e|ing)|restrict(?:ing)?)\b[^\n]{0,80}?\b(?:as (?:a |my )?punishment|to punish (?:myself|me)|(?:that'?s|it'?s|this is) (?:the |my )?punishment|(?:because|cuz|cos|coz|cause|since|bc) i (?:was|am|'m|were) (?:so )?(?:bad|fat|disgusting|a failure|useless|greedy|weak)(?= *(?:today|yesterday|last night|earlier|again|[.,!]|$))|because i (?:failed|binged|ate too much|messed up))|\bpunish(?:ing myself|ment)\b[^.!?\n]{0,30}\b(?:by )?(?:fasting|not eating|starving|no food|skipping (?:meals|dinner|lunch))\b|\b(?:haven'?t|have not|not|didn'?t|did not) (?:eaten|eat|had (?:any )?(?:food|a meal|anything))(?: anything)? (?:in|for) (?:\d+|two|three|four|five|six|seven|a few|several) (?:days|meals)\b[^.!?\n]{0,30}\b(?:on purpose|deliberately|intentionally|because i (?:don'?t|do not) deserve)\b|\b(?:not letting|won'?t let|don'?t let) myself eat\b(?= *(?:[.!,]|$|until|unless|anything|today|at all|again))/u,
  },
  {
    id: 'self_harm.relapse',
    category: 'self_harm',
    level: 'high',
    // A run of days free from self-harm broken, and "sh'd": recurrence is current self-harm (NICE NG225).
    pattern:
      /\b(?:days?|weeks?|months?|years?) (?:clean|free|sh[- ]free|self[- ]harm[- ]free)\b[^.!?\n]{0,40}\b(?:relaps\w*|broke (?:it|my streak)|(?:lost|ruined|reset|broke) my (?:streak|clean (?:streak|days|time))|did it again)\b(?=[^\n]{0,120}\b(?:blood|bled|bleeding|cuts?|razor|blade|sh|self[- ]?harm\w*|cuff|sleeves?|plasters?|arms?|wrists?|thighs?|burns?|toilets|loos)\b)|\b(?:i )?sh'd\b(?! (?:be|have|go|do|not|say|get|know|probably|never|we|you|like|make|take|just|try|prob)\b)|\bs\.h\.'?d\b/u,
  },
  {
    id: 'self_harm.urge-sensation',
    category: 'self_harm',
    level: 'moderate',
    // Urges named by the sensation or the wound rather than the act (NICE NG225: urges to self-harm are assessed as current risk).
    pattern: new RegExp(
      [
        `\\b(?:miss(?:ing)?|crav(?:e|ing)|addicted to|long(?:ing)? for) the (?:sting|blade|razor|sight of (?:the )?blood|feeling of the (?:blade|razor))\\b(?! of (?!(?:the |a |my )?(?:blade|razor|cuts?|knife|lighter)\\b))`,
        `\\b(?:want(?:ed|ing)?|wanna|urges? to|tempted|itching) (?:to )?(?:re-?open (?:them|it|(?:the|my) (?:cuts|scars|wounds?|scabs))|open (?:them|it|(?:the|my) (?:cuts|scars|wounds?|scabs))(?: (?:up|back up))?)\\b(?<=\\b(?:scars?|cuts?|wounds?|scabs?)\\b[^\\n]{0,80})`,
        `\\b(?:scabs?|cuts|wounds)\\b[^.!?\\n]{0,30}\\bnever (?:get to|get the chance to|get a chance to|get to properly) heal\\b(?=[^\\n]{0,30}\\bi (?:don'?t|won'?t|never) let (?:them|it)\\b)`,
        `(?<!\\b(?:old|faded|healed) )\\bsh (?:scars|cuts|marks|wounds|kit|box|stash|tools)\\b|\\bhid(?:e|ing) (?:my |the )?sh\\b`,
        `\\b(?:plasters|band-?aids|bandages|dressings|gauze|steri-?strips)\\b[^.!?\\n]{0,40}\\bwithout (?:anyone|anybody|people|my [a-z]+) (?:noticing|knowing|asking|seeing)\\b|\\b(?:no ?one|nobody) (?:notices|sees|knows about|asks about) (?:the |my )(?:plasters|band-?aids|bandages|dressings) on my ${BODY}\\b`,
        `\\b(?:cuts|burns|wounds|scratches)\\b[^.!?\\n]{0,20}\\b(?:you|i) (?:don'?t|do not) want (?:anyone|anybody|people|my [a-z]+) (?:knowing|to know|to see|seeing|finding out)\\b`,
        `\\b(?:so (?:no ?one|nobody|people (?:don'?t|can'?t)|they (?:don'?t|can'?t)) (?:sees?|notices?|knows?|can see)|hid(?:e|ing)|cover(?:ing)?(?: up)?)\\b[^.!?\\n]{0,40}\\bwhat i (?:did|do|'ve done|have done) to my ${BODY}\\b`,
      ].join('|'),
      'u',
    ),
  },
];
