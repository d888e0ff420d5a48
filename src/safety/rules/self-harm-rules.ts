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

/** Body parts, with the ones people injure on purpose that `BODY` leaves out (fingertips, palms, throat). */
const BODY_ANY =
  '(?:arms?|forearms?|upper arms?|wrists?|legs?|thighs?|skin|stomach|tummy|belly|hips?|hands?|knuckles|fingers?|fingertips?|thumbs?|palms?|ankles?|shins?|calves|ribs|sides?|shoulders?|face|cheeks?|chest|body|head|forehead|feet|foot|toes?|knees?|throat|scalp|eyelids?|neck)';
/** The same, with the sides and places people name ("the inside of my wrist", "my upper arms"). */
const MY_BODY = `(?:the (?:inside|back|top|side|palm|tips?) of )?my (?:own )?(?:(?:upper|inner|lower|left|right|bare) )?${BODY_ANY}`;
/** Cutting as a word the speaker uses of herself, not of hair, costs, ties or people. */
const CUTTING = `cutting\\b(?! (?:back|down|out|off|up|the|a|an|some|my hair|my fringe|ties|costs|corners|carbs|sugar|loose|in|across|through|them|him|her|it|this|that|your|his|our|their|people|me|class|school|hair|classes)\\b)`;
/** The speaker's own self-harm, named as an act (for urges, concealment and relapse). */
const SH_NAMED = `(?:${CUTTING}|self[- ]?harm(?:ing|ed)?|sh\\b|hurting ${self}|burning ${self}|harming ${self})`;
/** What cutting is for, as people explain it (Nock 2010: to feel something, to calm, to punish). */
const CUT_TAIL =
  "(?= *(?:[.,!?;]|$)| (?:(?:because|cos|cuz|coz|cause|bc) (?:i|it (?:helps|makes|calms|stops|feels|is|'s|numbs|works)|of|nothing|that'?s|the pain|everything|my head)|when|whenever|if i|since|until|till|instead|to (?:feel|cope|calm|numb|punish|release|forget|deal|get through|stop (?:feeling|thinking)|make (?:it|the|myself))|so (?:i|that|it)|for the first time|every (?:day|night|time|week|morning|evening)|most (?:days|nights)|at night|in (?:the (?:bathroom|shower)|secret|my room)|on my (?!own)|again|still|and (?:it|i|the|there|now|burn)|or burn|deep(?:er)?|too deep|a lot(?= *(?:[.,!]|$))|daily|nightly|sometimes(?= *(?:[.,!]|$))))";
/** Sharp or hot things, as used on the skin. */
const SHARP =
  '(?:keys?|pins?|safety pins?|needles?|compass(?: point)?|scissors|blades?|razor blades?|glass|shards?|paper ?clips?|staples?|drawing pins?|thumb ?tacks?|pen ?knife|knife|stanley knife|scalpel|lancets?|sharpener blades?|broken (?:glass|mirror|bottle))';
/** What explains skin worked raw without self-injury: itching, skin disease, spots, washing for germs, sport. */
const SKIN_EXCUSE =
  'itch\\w*|eczema|rash|bites?|psoriasis|hives|dermatitis|chicken ?pox|mosquito\\w*|allerg\\w*|sunburn\\w*|spots?|acne|pimples?|zits?|splinter|covid|germs?|virus|soap|hand ?wash\\w*|saniti[sz]\\w*|hygiene|climbing|rowing|gardening';
/** Someone else as the doer just before the verb ("he dug his nails into my arm"): that is harm done to the speaker, not self-harm. */
const NOT_BY_OTHER =
  "(?<!\\b(?:he|she|they|someone|somebody|you|[a-z]+'s|my [a-z]+|his|her|their) (?:[a-z']+ ){0,2})";
/** Repetition, a trigger or a purpose beside a blow: what makes hitting oneself self-injury, not a knock. */
const BLOW_MARK =
  "(?:over and over|again and again|repeatedly|(?:like |about |maybe )?(?:\\d+|ten|twenty|thirty|fifty|a hundred|loads of|so many) times|until|till|til|leave (?:a )?marks?|left (?:a )?marks?|when(?:ever)? i(?:'m| am|'ve| have)? (?:get|mess|make|do|feel|fail|screw|hate|get things wrong|(?:so )?(?:angry|mad|upset|stressed|overwhelmed|furious|frustrated|anxious|panicky|panicking))|every time|every night|most nights|to punish|because i deserve|on purpose|deliberately|to feel (?:something|pain|it|better))";

/** Someone else as the doer just before the act ("he whipped my back"): harm done to the speaker. */
const NOT_DONE_TO_ME = "(?<!\\b(?:he|she|they|someone|somebody|you) (?:[a-z']+ ){0,2})";

/**
 * Self-harm without suicidal intent: current acts and urges are high and moderate, acts that
 * need medical care now are imminent. Past and resolved self-harm is low (handled by the
 * detector's past-and-resolved frame).
 * @see NICE guideline NG225, Self-harm: assessment, management and preventing recurrence (2022).
 * @see Nock MK. Self-injury. Annu Rev Clin Psychol 2010;6:339–63.
 */
export const SELF_HARM_RULES: readonly RiskRule[] = [
  {
    id: 'self_harm.implement-on-body',
    category: 'self_harm',
    level: 'high',
    // A sharp thing put to one's own skin, or skin torn open, whatever the verb: NICE NG225
    // counts any intentional self-injury ("I took a blade to my skin again", "gouged my arm with
    // scissors", "whipped my back with a belt"). Medical and grooming uses stay quiet.
    pattern: new RegExp(
      `${NOT_DONE_TO_ME}\\b(?:(?:used|use|using|took|take|taking|ran|run|running|dragged|drag|dragging|pressed|jabbed|stuck|sticking|dug|digging)(?: [a-z]+)? (?:a |the |my |some |an )?${SHARP}(?: [a-z]+)? (?:on|to|across|into|against|over|down) ${MY_BODY}|(?:used|use|using|took|take|taking|ran|run|running|dragged|drag|dragging) (?:a |the |my )?razors? (?:on|to|across|into|over|down) my (?:own )?(?:(?:upper|inner|lower|left|right) )?(?:arms?|forearms?|wrists?|thighs?|hips?|stomach|tummy|belly|ribs|sides?|chest|shoulders?|skin)|(?:gouged|gouging|gouge|slashed|slashing|whipped|whipping|lashed|lashing|flogged|flogging)(?: (?:at|open))? (?:${MY_BODY}|my (?:own )?back)|(?:ripped|ripping|rip|tore|tearing) (?:open )?(?:the )?skin (?:on|of|off) ${MY_BODY}|(?:ripped|ripping|tore|tearing) ${MY_BODY} open)\\b(?![^.!?\\n]{0,60}\\b(?:splinter|insulin|inject\\w*|vaccin\\w*|blood (?:test|sugar)|glucose|piercing|tattoo\\w*|shav\\w*|wax\\w*|nurse|doctor|gp|stitches|blister|cyst)\\b)`,
      'u',
    ),
  },
  {
    id: 'self_harm.named-other-words',
    category: 'self_harm',
    level: 'high',
    // Self-harm named in the clinical word, misspelt, or by the community's words for depth and
    // for fresh wounds ("I self-injure most nights", "slef harmed tonight", "went to beans depth",
    // "fresh ones on my thighs"). NICE NG225 (2022): self-harm whatever the words.
    pattern: new RegExp(
      `${NOT_DONE_TO_ME}\\b(?:i(?:'m| am|'ve| have| was)? (?:been |still |started |keep |kept )?self[- ]?injur(?:e|es|ed|ing)\\b|(?:i(?:'?m| am|'?ve| have)? (?:been |still |started )?)(?:cuting|cuttin|cutin)\\b|addicted to (?:cutting|cuttin|self[- ]?harm\\w*|hurting my ?self|the blade)|cut (?:so |too |really )?deep (?:this time|that|enough|i)\\b[^.!?\\n]{0,40}\\b(?:steri[- ]?strips?|stitches|glue|butterfly|a&e|er|bandage\\w*|wouldn'?t stop)|(?:new |a |my )?(?:razor|blade)s? (?:just )?for my (?:arms?|thighs?|wrists?|skin|stomach)|\\bi (?:just )?did it again\\b[^.!?\\n]{0,20}\\bon my (?:arms?|legs?|thighs?|wrists?|stomach|hips?)|\\bi (?:[a-z]+ )?(?:tear|tore|tearing|rip|ripping|ripped|claw|clawed|clawing) at my (?:skin|arms?|legs?|face|wrists?)|(?:slef|sefl|sel) ?[- ]?harm(?:ed|ing)?\\b|self[- ]?harn(?:ed|ing)?\\b|(?:went|go|going|gone|got|cut) (?:to |down to |into )?(?:beans|styro|styrofoam|fat|dermis) (?:depth|level|deep)?|(?:fresh|new) (?:ones|cuts|lines|marks|wounds) (?:on|across|up|down) ${MY_BODY}(?![^.!?\\n]{0,40}\\b(?:from|by accident|cat|kitten|dog|puppy|garden\\w*|roses?|brambles?|bush\\w*|paper|shav\\w*|cook\\w*|kitchen|work|football|rugby|climb\\w*|fell|fall)\\b)|(?:opened|reopened|re-opened|ripped open|tore open) (?:up )?(?:the |my )?(?:old )?(?:scars|cuts|wounds)(?: back)?(?: up| open)?|(?:relapsed|broke my (?:\\d+|[a-z]+)[- ]day streak|broke my streak)\\b[^.!?\\n]{0,40}\\b(?:blade|razor|cut\\w*|burn\\w*|sh|self[- ]?harm\\w*)\\b|(?:i (?:use|used|grab|grabbed|get|got) (?:out )?the (?:blade|razor)|i do it with (?:a |the |my )?(?:compass|blade|razor|lighter|scissors|knife|pin|needle|sharpener))\\b(?![^.!?\\n]{0,40}\\b(?:shav\\w*|beard|legs for|box|parcel|cardboard|paper|craft|wrapping|tape|fabric|cook\\w*|chop\\w*|vegetables?|meat|kitchen|maths?|homework|geometry|circles?)\\b)|what i (?:do|did|have done|'ve done) to ${MY_BODY}|(?:damage|marks) (?:i (?:did|do|made|make) )?to ${MY_BODY}\\b(?=[^.!?\\n]{0,40}\\b(?:last night|again|on purpose|tonight|myself|hide|sleeves)\\b)|take it out on my (?:own )?(?:body|skin|arms|legs)|scarring ${MY_BODY}|held my (?:hand|arm|fingers?|palm) (?:over|in|under|on) (?:the |a )?(?:gas |candle |hob |open )?(?:flame|fire|candle|hob|boiling water|kettle)|(?:bash|bashed|bashing|slam|slammed|slamming) my (?:head|fists?|hands?) (?:on|against|into) (?:the |a |my )?[a-z]+\\b(?=[^.!?\\n]{0,40}\\b(?:angry at myself|hate myself|overwhelmed|on purpose|until|over and over|punish)\\b)|(?<=\\b(?:angry|furious|mad) (?:at|with) myself\\b[^.!?\\n]{0,20})(?:bash|bang|hit|slam|smash)\\w* my (?:head|fists?|hands?))`,
      'u',
    ),
  },
  {
    id: 'self_harm.slang-verb',
    category: 'self_harm',
    level: 'high',
    // "sh" as a verb of one's own ("I've been SHing every night"): community shorthand for self-harm.
    pattern:
      /\bi(?:'ve| have|'m| am| was)? (?:been |started |keep |kept |was )?(?:sh'?ing|sh'?ed)\b/u,
  },
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
      /\b(?:self[- ]?harm(?:ing|ed|s)?|self[- ]?injur(?:y|ing|ed)|sh (?:again|relapse)|relapsed? (?:on|into|with) (?:self[- ]?harm|sh|cutting)|cutting again|started cutting|(?:cut|cutting|harm(?:ed|ing)?) (?:again|myself again)|fresh (?:cuts|scars|wounds|burns)(?! on (?!my (?:arms?|legs?|wrists?|thighs?|stomach|skin|body|hips?)\b))|new (?:cuts|scars|wounds|burns) on(?! (?!my (?:arms?|legs?|wrists?|thighs?|stomach|skin|body|hips?)\b)))\b|\b(?:did|do|doing|done|been doing|relapsed on) (?:some |a bit of )?(?:sh|s ?\/ ?h)\b|\bcat ?scratch(?:es)?\b(?<=\b(?:only|just|some|few|did|doing|more|streak|relapse\w*)\b.{0,20})|\bcatscratch(?:es|ing)?\b|\b(?:arms?|forearms?|thighs?|wrists?|legs?|hips?|stomach)\b[^.!?\n]{0,20}\b(?:like a barcode|barcode)\b(?![^.!?\n]{0,30}\btattoo)|\badded (?:a few |some |two |three |a couple )?(?:more |new )?(?:lines|cuts|marks|scratches)\b(?=[^.!?\n]{0,40}\b(?:yesterday|today|last night|tonight|again|to (?:my|the))\b|(?<=\b(?:barcode|thighs?|arms?|wrists?|legs?)\b.{0,60}))|\bsh (?:today|tonight|last night|again|this morning|yesterday)\b|\b(?:doing|did|done|do) (?:the |some )?cat ?scratch(?:es)?\b|\bcat ?scratches again\b|\bmy (?:wrists?|arms?|thighs?|legs?|hips?) (?:are|is) (?:a mess|cut up|covered in (?:cuts|scars|marks|burns)|bleeding)\b|\brelapsed\b(?<=\b(?:cutting|cut|self[- ]?harm\w*|sh|burning)\b.{0,60})|\brunning out of (?:plasters|bandages|band-?aids|gauze|steri-?strips)\b/u,
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
      /\b(?:snapped|snap|snapping|broke|broken|melted|melting|prised|pried|cracked) (?:the )?plastic (?:off|casing off|open|out)\b(?:(?<=\brazors?\b[^\n]{0,80})| (?:a |the |my |one of the )?(?:razors?|sharpeners?|shavers?)\b)|(?:\b(?:got|have|took|grabbed|holding|found|picked up)\b[^.!?\n]{0,25})?\b(?:razors?|blades?)\b[^.!?\n]{0,30}\b(?:(?:is|are|it'?s|they'?re) )?not for shaving\b(?! (?:your|my|the|his|her|their|legs|face|heads?|beards?|armpits|men|women))|\b(?:hid(?:e|ing|den)?|keep|kept|got|bought|have|holding|found) (?:a |my |the |some )?(?:razors?|blades?|sharpener blades?|box cutter)\b(?![^.!?\n]{0,40}\b(?:shav\w*|beard|stubble|trim\w*)\b)(?=.{0,60}\b(?:myself|arms?|legs?|wrists?|cut|again|tonight)\b)|\bsharpener blades?\b|\b(?:hid(?:e|ing|den)?|stash(?:ed|ing)?) (?:a |my |the |some )?(?:razors?|blades?|box cutter)\b|\b(?:bought|got|ordered|buying) (?:a |some |a (?:pack|packet|box) of )?(?:razors?|razor blades|blades|box cutters?)\b(?=[^.!?\n]{0,40}\b(?:just in case|for later|for tonight|for when|so i can|in case)\b)|\bthe (?:blade|razor)s? (?:is|are) (?:in|under|behind) my\b|\b(?:took|taking|take|got|get|getting|snapped|broke|pulled|prised|popped)(?: [a-z]+){0,2} blades? (?:out of|from|off) (?:a |my |the )?(?:[a-z]+ )?(?:sharpener|razor|shaver|box cutter)\b|\b(?:razors?|razor blades|blades)\b[^.!?\n]{0,40}\b(?:(?:they'?re|it'?s|are|is|keep (?:them|it)) (?:under|inside) my (?:mattress|pillow|bed|phone case|pencil case|sock)|(?:hid(?:den)?|hide|stashed) (?:them |it )?(?:under|in|inside|behind) my [a-z]+)\b|\b(?:stash|stashed|stashing|hid|hide|hiding|keep|kept|bought|buying)(?: some)? (?:plasters|bandages|antiseptic|steri-?strips|gauze|dressings)\b(?=[^.!?\n]{0,60}\b(?:afterwards|after i|clean (?:up|myself|it)|so (?:nobody|no one)|like before|again|for when)\b)/u,
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
  {
    id: 'self_harm.cut-bare',
    category: 'self_harm',
    level: 'high',
    // "I cut" with no object is how people name their own self-injury ("I still cut", "I cut
    // because I feel numb", "just cut."): NICE NG225 counts any self-injury; the reasons given
    // are the functions Nock describes (to feel something, to calm, to punish oneself).
    // @see NICE NG225 (2022); Nock MK. Annu Rev Clin Psychol 2010;6:339–63.
    pattern: new RegExp(
      [
        `\\bi (?:(?:still|just|only|sometimes|always|usually|now|literally|also|really|even|actually|secretly|do|often) )*cut${CUT_TAIL}`,
        `\\bi(?:'?ve| have| had) (?:(?:just|already|only|finally|been) )*(?:cut|cutting)${CUT_TAIL}`,
        `\\bi'?m (?:(?:still|just|always|been) )?cutting${CUT_TAIL}`,
        `(?:^|[.!?] *)(?:(?:just|only) )?cut(?= *(?:[.!]|$)| and (?:i|it|there|now))`,
        `(?:\\bi (?:still |also |just )?|\\bbeen |\\bstarted |\\bkeep |(?:^|[.!?] *))cut(?:ting)? (?:on|into) my (?:(?:upper|inner|lower|left|right) )?${BODY}\\b`,
        // Doing it now, with the cuts named beside it.
        `\\b(?:doing|do) it (?:right )?now\\b(?=[^\\n]{0,40}\\b(?:cuts?|cutting|blade|razor|bleeding)\\b)`,
        `\\b(?:make|makes|made|making|do|did|doing|gave|give) (?:(?:some|little|small|tiny|new|more|a few|fresh|deep|shallow) )*(?:cuts|scratches|slashes|gashes) (?:on|in|into|across|along|down) ${MY_BODY}\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'self_harm.burn',
    category: 'self_harm',
    level: 'high',
    // Burning oneself with a lighter, candle, cigarette, heated metal or a hot surface is
    // self-injury (NICE NG225). Habit or a place on the body is what tells it from a kitchen
    // burn, which the accident frame already lets pass ("burnt my hand on the hob").
    // @see NICE NG225 (2022); Whitlock J, et al. Pediatrics 2006;117:1939–48 (methods of NSSI).
    pattern: new RegExp(
      [
        `\\b(?:keep|kept|been|started|start|i|always|sometimes|often|still) burn(?:ing)? (?:${self}|${MY_BODY})\\b(?=[^.!?\\n]{0,40}\\b(?:with|on|using|over|under) (?:a |an |the |my |some )?(?:[a-z-]+ )?(?:lighter|candles?|match(?:es)?|cigarettes?|cigs?|incense(?: sticks?)?|hair straighteners|straighteners|curling (?:iron|tongs|wand)|spoon|knife|radiator|hot tap|kettle|iron|flame|metal|coins?|keys?|paper ?clip|bobby pin|safety pin|hot glue)\\b)`,
        `\\bburn(?:ed|t|ing|s)? (?:[a-z']+ ){0,4}?into ${MY_BODY}\\b`,
        `${NOT_BY_OTHER}\\b(?:tak(?:e|es|ing|en)|took|held|hold(?:ing)?|put(?:ting)?|press(?:ed|ing)?|touch(?:ed|ing)?) (?:a |the |my )?(?:lit |hot |heated |burning |red[- ]hot )?(?:lighter|candle|flame|match|cigarette|cig|incense(?: stick)?|spoon|knife|key|coin|paper ?clip|hair straighteners|straighteners|curling iron)s? (?:flame )?(?:to|on|against|onto|into|under) ${MY_BODY}\\b`,
        `\\bheat(?:ed|ing|s)?(?: up)? (?:it|them|(?:a |the |my )?(?:end of (?:a |the )?)?(?:spoon|knife|key|coin|paper ?clip|nail|needle|pin|bobby pin|butter knife|metal [a-z]+))\\b(?=[^\\n]{0,80}(?:\\b(?:on|to|against|into|onto) ${MY_BODY}|\\b(?:circles|marks|burns|shapes|lines) on)\\b)`,
        `\\bhot spoon\\b(?=[^.!?\\n]{0,40}\\b(?:again|${MY_BODY})\\b)`,
        // A hand held on a radiator or under a hot tap, or ice held until the skin blisters.
        `${NOT_BY_OTHER}\\b(?:hold|holds|held|holding|keep|keeps|kept|put|puts|putting|press|presses|pressed|pressing) my (?:own )?(?:[a-z]+ )?${BODY_ANY} (?:on|against|under|in|over|onto|to) (?:the |a |an )?(?:radiator|hot tap|boiling water|hob|iron|stove|flame|candle|kettle|oven(?: door)?|hot ?plate|heater|grill|hot pan)\\b(?=[^\\n]{0,80}\\b(?:until|till|til|on purpose|deliberately|blister\\w*|scald\\w*|(?:it |they )?burn(?:s|t|ed)?|raw|as long as i can|to punish|(?:needed|wanted|want|need) it to hurt)\\b)(?![^\\n]{0,60}\\b(?:warm\\w*|defrost\\w*|cramps?)\\b)`,
        `\\b(?:hold|holds|held|holding|keep|keeps|kept|press|presses|pressed|pressing) (?:an? |the |some )?(?:ice(?: cubes?)?|ice packs?|frozen [a-z]+) (?:on|to|against|onto) ${MY_BODY}\\b(?=[^\\n]{0,80}\\b(?:blister\\w*|burn(?:s|t|ed)?|(?:went|turned) white|broke the skin|frostbite)\\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'self_harm.hit-self',
    category: 'self_harm',
    level: 'high',
    // Hitting, slapping or banging oneself, or one's fist or head against something, again and
    // again, when upset or as a punishment (NICE NG225: self-injury whatever the method; Nock
    // 2010: self-punishment and regulating feeling). A single knock says none of this.
    pattern: new RegExp(
      [
        `${NOT_BY_OTHER}\\b(?:slap|smack|hit|punch|thump|whack|bash|beat)(?:s|ped|ping|ed|ting|ing|es)? (?:${self}|my (?:own )?(?:face|head|cheeks?|thighs?|legs?|arms?|stomach|chest|body|wrists?))\\b(?=[^.!?\\n]{0,50}\\b${BLOW_MARK})`,
        `${NOT_BY_OTHER}(?:\\b(?:hit|bang|bash|smash|slam|punch|thump|knock|whack|headbutt)(?:s|ed|ing|ting|med|ming|es)? my (?:own )?(?:head|fists?|hands?|wrists?|arms?|knuckles|fingers?|forehead|legs?|feet|foot|face|body)|\\b(?:punch|headbutt)(?:es|ed|ing)?) (?:against |into |on |in |off )?(?:the |a |my )?(?:edge of (?:the |a |my )?)?(?:[a-z-]+ ){0,2}?(?:walls?|doors?|door ?frame|mirror|floor|table|desk|steering wheel|drawers?|car door|radiator|bed ?frame|headboard|concrete|bricks?|window|cupboards?)\\b(?:(?=[^\\n]{0,80}\\b(?:${BLOW_MARK}|(?:i'?ve )?done it so (?:much|many times|often)|permanent bruise|most nights now))|(?<=\\bwhen(?:ever)? i (?:get|feel|'m|am)\\b[^.!?\\n]{0,80}))`,
        // Biting one's own hand or arm hard, to feel in control or as a punishment.
        `${NOT_BY_OTHER}\\b(?:bite|bit|biting|bites) (?:${self}|my (?:own )?(?:hands?|arms?|wrists?|fingers?|knuckles|thumbs?|forearms?))\\b(?=[^\\n]{0,60}\\b(?:really hard|so hard|hard enough|until|till|to feel|to punish|on purpose|i do it to|leave marks|bruis\\w*|bleed\\w*|bled)\\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'self_harm.skin',
    category: 'self_harm',
    level: 'high',
    // Skin worked on until it bleeds or goes raw (nails, keys, a pin, an eraser), and bands
    // snapped until they welt: self-injury by "less visible" methods (NICE NG225; Whitlock et al. 2006).
    // Itching, eczema and spots explain scratching and are left out. A band snapped on the wrist
    // with no injury is a harm-reduction substitute and stays quiet.
    pattern: new RegExp(
      [
        `${NOT_BY_OTHER}\\b(?:dig|digs|digging|dug|pick|picks|picking|picked|scratch\\w*|rub|rubs|rubbing|rubbed|scrub\\w*|scrap(?:e|es|ed|ing)|gouge\\w*|claw\\w*|drag\\w*|pinch\\w*)\\b(?<!\\b(?:${SKIN_EXCUSE})\\b[^\\n]{0,100})[^.!?\\n]{0,40}?\\b(?:skin|${BODY_ANY})\\b[^.!?\\n]{0,40}?\\b(?:until|till|til|so (?:hard|much|deep)(?: that)?|hard enough that)\\b[^.!?\\n]{0,30}?\\b(?:bleeds?|bled|bleeding|raw|breaks? the skin|broke the skin|breaks? skin|(?:little |tiny |small )?cuts|comes? off|came off|welts?|drew blood|draws blood)\\b(?![^.!?\\n]{0,40}\\b(?:${SKIN_EXCUSE})\\b)`,
        `\\b(?:rub|rubs|rubbing|rubbed|scrub\\w*|scrap(?:e|es|ed|ing)|sand\\w*|burn\\w*)\\b[^.!?\\n]{0,40}\\b(?:eraser|sandpaper|steel wool|wire brush)\\b|\\b(?:eraser|sandpaper|steel wool|wire brush)\\b[^.!?\\n]{0,20}\\b(?:on|over|against|across|into) ${MY_BODY}\\b|\\beraser burns?\\b`,
        `${NOT_BY_OTHER}\\b(?:dig|digs|digging|dug|jab\\w*|stab\\w*|press(?:es|ed|ing)?|drag\\w*|scrap(?:e|es|ed|ing)|scratch\\w*|ran|run|running|carv\\w*|stick|stuck|sticking|pok(?:e|es|ed|ing))(?: the (?:edge|end|tip|point|corner) of)? (?:a |an |the |my |some )?${SHARP}\\b (?:into|across|along|over|in|through|against|down) ${MY_BODY}\\b(?![^.!?\\n]{0,40}\\b(?:splinter|blood (?:sugar|test|glucose)|injection|insulin|diabet\\w*)\\b)`,
        `\\bsnap(?:s|ped|ping)? (?:a |the |my |an )?(?:hair ?ties?|hair ?bands?|rubber ?bands?|elastic(?: bands?)?|bands?|bobbles?|scrunchies?) (?:against|on|at) ${MY_BODY}\\b(?=[^.!?\\n]{0,60}\\b(?:until|till|til|so (?:hard|much)|hard enough|welts?|bleed\\w*|bled|bruis\\w*|raw|deserve|punish\\w*)\\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'self_harm.hair',
    category: 'self_harm',
    level: 'high',
    // Pulling out hair or lashes to hurt or punish oneself, or till it bleeds: self-injury by
    // its function (Nock 2010). Hair pulled "out" over a tax return, or hair loss, says no such
    // thing and stays quiet.
    pattern:
      /\b(?:pull|pulls|pulled|pulling|rip|rips|ripped|ripping|tear|tears|tore|tearing|yank\w*)(?: out)? (?:(?:out|a|the|my|whole|big|handfuls?|clumps?|chunks?|patch(?:es)?|tufts?|so much|lots|some|of) ){0,5}(?:hair|eyelashes|lashes|eyebrows|brows)(?: out)?\b(?=[^\n]{0,80}\b(?:on purpose|deliberately|to (?:hurt|punish)|wanted it to (?:hurt|sting|bleed)|want it to (?:hurt|sting|bleed)|when i(?:'m| am)? (?:so )?(?:furious|angry|mad|disgusted) (?:at|with) (?:myself|me)|(?:when|because) i hate myself|bald (?:patch|spot)|(?:until|till|til) (?:it|they|my [a-z]+|the skin|there) (?:bleeds?|bled|bleeding|hurts?|stings?))\b)/u,
  },
  {
    id: 'self_harm.on-purpose',
    category: 'self_harm',
    level: 'high',
    // An injury to one's own body said to be meant, whatever the means: a hammer on the hand,
    // running on a sprain, riding into a kerb, scalding water (NICE NG225 counts any intentional
    // self-injury, irrespective of motive). "Not on purpose" and accidents stay quiet.
    pattern: new RegExp(
      [
        `${NOT_BY_OTHER}\\b(?:(?:whack|hit|smash|slam|bang|bash|punch|slap|smack|burn|scald|scratch|bite|bit|rip|tear|twist|sprain|break|broke|bruise|crush|trap|stab|jab|pinch|cut|scrape)(?:s|ed|d|ing|ped|ping|ted|ting|ded|ding|bed|bing|med|ming|ning|ned)? (?:[a-z']+ ){0,4}?(?:${MY_BODY}|${self})|(?:ran|run|walk|rode|ride|drove|drive|cycle|step|stepped|stood|stand|jump|kick|fell|fall|crash)(?:s|ed|d|ing|ped|ping|ted|ting|ded|ding|bed|bing|med|ming|ning|ned)? (?:[a-z']+ ){0,4}?(?:(?:straight )?into (?:a |the )?(?:curb|kerb|wall|lamp ?post|tree|post|railings?|bollard|fence)|on my (?:sprained|broken|injured|bad|hurt|twisted|sore|bruised|healing|fractured) ${BODY_ANY}))\\b[^.!?\\n]{0,50}?(?<!\\b(?:not|never|wasn'?t|isn'?t|didn'?t) )\\b(?:on purpose|deliberately|intentionally|purposely|purposefully)\\b`,
        `\\b(?:on purpose|deliberately|intentionally|purposely)\\b[^.!?\\n]{0,30}?\\bto (?:burn|scald|cut|hurt|bruise|break|injure|damage|harm) (?:${MY_BODY}|${self})\\b`,
        `\\b(?:deliberately|intentionally|purposely) (?:[a-z']+ ){0,2}?(?:whack|hit|smash|slam|bang|punch|slap|burn|scald|scratch|bite|cut|twist|sprain|break|bruise|crush|stab)(?:s|ed|ing|ped|ping|ted|ting|t)? (?:[a-z']+ ){0,3}?(?:${MY_BODY}|${self})\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'self_harm.wounds',
    category: 'self_harm',
    level: 'high',
    // Tending the wounds the wrong way: reopening cuts, picking scabs so they cannot heal, going
    // over old scars, going deeper than usual, or saying the wounds were self-made; a sharp thing
    // used on oneself; and the pain said, beside a cut, to feel good or to prove one is real (the
    // automatic reinforcement Nock 2010 describes). Each is current self-injury (NICE NG225);
    // escalation in depth is a warning sign in its own right.
    pattern: new RegExp(
      [
        `\\bre-?open(?:s|ed|ing)?(?<=\\b(?:i|i'?ve|i'?m|keep|kept|been|started|using|use|used|with)\\b[^.!?\\n]{0,40}) (?:up )?(?:(?:the|my|those|these|same|fresh|new) )*(?:cuts|scabs|scars|(?:cut|scab|wound|wounds)\\b(?=[^\\n]{0,80}\\b(?:heal\\w*|on purpose|deliberately|again|with a|won'?t let)\\b))`,
        `\\b(?:pick\\w*|pull\\w*|tak(?:e|es|ing)|took|peel\\w*|rip\\w*|tear\\w*|scratch\\w*)(?: off)? (?:the |my )?scabs?(?: off)?\\b(?=[^\\n]{0,60}\\b(?:on purpose|deliberately|so (?:(?:the |it |they |my )?(?:cuts? |wounds? )?)?(?:doesn'?t|don'?t|won'?t|can'?t|never) heal|(?:stays?|keep (?:it|them)) open)\\b)`,
        `\\bi (?:went|go|'ve gone|have gone|keep going) over (?:them|the (?:old )?(?:scars|cuts)|my (?:old )?(?:scars|cuts))\\b(?<=\\b(?:scars?|cuts?)\\b[^\\n]{0,80})(?![^.!?\\n]{0,40}\\b(?:therapy|therapist|session|doctor|nurse|gp|counsel\\w*)\\b)`,
        `\\b(?:went|go|going|gone|cut|cutting|did it)\\b[^.!?\\n]{0,25}?\\bdeeper than (?:usual|normal|ever|before|last time|i (?:meant|wanted|planned|intended|should have)|i'?ve ever|i (?:usually|normally) do)\\b(?<!\\b(?:dive|diving|swim\\w*|snorkel\\w*|therapy|session|conversation|talk\\w*|discussion|meditat\\w*|cave|water|sea|pool|research\\w*|reading|dig|dug|digging)\\b[^.!?\\n]{0,80})(?![^.!?\\n]{0,40}\\b(?:therapy|session|conversation|talk|discussion|meditation|dive|water|research|topic|into)\\b)`,
        `\\b(?:stitches|steri-?strips|cuts?|burns?|wounds?|gash(?:es)?) (?:on|in|to) ${MY_BODY}\\b[^\\n]{0,60}?\\bi (?:did|do|done|made) (?:it|this|that|them|these) (?:to )?(?:${self}|me)\\b`,
        `${NOT_BY_OTHER}\\b(?:us(?:e|es|ed|ing)|tak(?:e|es|ing)|took)\\b (?:the |a |an |my |some )?(?:(?:end|edge|tip|point|corner) of (?:the |a |an |my )?)?(?:[a-z]+ )?(?:blades?|glass|shards?|piece(?: of (?:glass|mirror|a (?:mirror|glass|bottle|cd|can)|metal|it))?|compass(?: point)?|scissors|safety pins?|pins?|lancets?|sharpener|knife|stanley knife|scalpel|lighter)\\b(?: [a-z]+){0,3}? (?:on|against|across|into) (?:${self}|${MY_BODY})\\b(?![^.!?\\n]{0,40}\\b(?:splinter|blood (?:sugar|test|glucose)|diabet\\w*|insulin|shav\\w*)\\b)`,
        `\\b(?:made|make|makes|making) ${self} bleed\\b(?<!\\bto make ${self} bleed)`,
        `\\b(?:my )?blood\\b[^\\n]{0,60}\\b(?:razor|blade)\\b(?<!\\bshav\\w*[^\\n]{0,80})|\\b(?:razor|blade)\\b[^\\n]{0,40}\\bmy (?:own )?blood\\b(?<!\\bshav\\w*[^\\n]{0,80})`,
        `\\b(?:compass|blade|razor|lighter|pin|needle|scissors|glass|knife|sharpener)\\b[^\\n]{0,60}\\b(?:lines|cuts|scratches|burns)\\b[^\\n]{0,40}\\b(?:helps? me|makes? me|lets? me|i do it to) (?:to )?(?:feel (?:something|real|alive|in control|calm(?:er)?|numb)|calm (?:down)?|cope)\\b`,
        `\\b(?:the |that )?(?:pain|sting|stinging|blood)\\b(?<=\\b(?:cut|cuts|cutting|blade|razor|burn\\w*|bleed\\w*|bled|self[- ]?harm\\w*|sh|scars?)\\b[^\\n]{0,100}) (?:(?:just|really|honestly|actually|kind of) )?(?:feels? (?:so )?(?:good|nice|right|like relief)|proves? (?:that )?i'?m|reminds? me (?:that )?i'?m (?:still )?(?:alive|real|here)|makes? me feel (?:real|alive|something|human))\\b(?<!\\b(?:gym|workout|massage|stretch\\w*|yoga|tattoo\\w*|piercing|spicy|chilli|wax\\w*|run|running|muscles?)\\b[^\\n]{0,120})`,
        `\\b(?:the |that )?(?:pain|sting)\\b (?:(?:just|really|honestly|actually) )?(?:feels? (?:so )?(?:good|nice|right)|proves? (?:that )?i'?m (?:still )?(?:real|alive|here))\\b(?=[^\\n]{0,80}\\b(?:cut|cuts|cutting|blade|razor|deeper|bleed\\w*|bled|self[- ]?harm\\w*|sh)\\b)(?<!\\b(?:gym|workout|massage|stretch\\w*|yoga|tattoo\\w*|piercing|spicy|chilli|wax\\w*|run|running|muscles?)\\b[^\\n]{0,60})`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'self_harm.hidden',
    category: 'self_harm',
    level: 'high',
    // Self-injury kept from the people close by ("my husband doesn't know I self-harm"): the act
    // is current, and secrecy is how most self-harm goes unseen (NICE NG225). Without this the
    // "doesn't" before it would read as a denial.
    pattern: new RegExp(
      `\\b(?:doesn'?t|don'?t|does not|do not|didn'?t|did not|nobody|no ?one|no-one) (?:even |really )?(?:knows?|knew|realis\\w+|realiz\\w+|suspects?|notic\\w+|sees?|guess\\w*|find out|found out) (?:that |about )?(?:i (?:still |secretly |even |sometimes )?|i'?ve (?:been |started )?|i'?m (?:still )?|i have (?:been )?|how (?:often|much|badly) i )(?:self[- ]?harm(?:ing|ed)?\\b|sh\\b|cut(?:ting)?${CUT_TAIL}|${ACT} (?:${self}|my (?:own )?${BODY})\\b(?! (?:[a-z]+ing|at|during|while|when|doing|playing)\\b)(?! (?:in|on) (?:the |a )?(?:gym|game|match|pitch|field|training|practice|class|ice|slopes?|court|rugby|football)\\b))`,
      'u',
    ),
  },
  {
    id: 'self_harm.did-it-again',
    category: 'self_harm',
    level: 'high',
    // "I did it again last night" after cutting has been named: a recent act, and a recurrence
    // (NICE NG225: self-harm raises the risk of more). Asking to stop cutting says it is going on.
    pattern: new RegExp(
      [
        `(?:\\bi |(?:^|[.!?,] *))(?:did it|did it again|relapsed|slipped(?: up)?|gave in|caved)\\b(?<=\\b(?:${CUTTING}|cut\\b(?! (?:back|down|out|off|up))|self[- ]?harm\\w*|sh|razors?|blades?|burning ${self}|hurting ${self})[^\\n]{0,110})(?=[^.!?\\n]{0,25}\\b(?:last night|yesterday|tonight|today|this morning|again|the night before|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|just now|earlier)\\b)`,
        `(?<!\\b(?:managed to|was able to|finally|helped me|able to|how (?:did|do) you|how (?:did|does) (?:she|he|they))\\s)\\b(?:stop|quit|give up|cut down on|reduce) ${SH_NAMED}`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'self_harm.urge-named',
    category: 'self_harm',
    level: 'moderate',
    // Urges told the way people tell them: thinking about cutting, missing it, "I haven't in a
    // year but tonight I want to", the pull to relapse, "not to die, just to cut". NICE NG225
    // treats urges to self-harm as current risk to be asked about.
    pattern: new RegExp(
      [
        `\\b(?:can'?t stop|keep|kept|been|always|constantly|i'?m|im) (?:thinking|think) (?:about|of) ${SH_NAMED}`,
        `\\bmiss(?:ing)? (?:${SH_NAMED}|the (?:feeling|relief) of (?:cutting|the blade|self[- ]?harm\\w*))`,
        `\\b(?:haven'?t|have not|not|no|without|stopped|quit|clean (?:from|of)|(?:days?|weeks?|months?|years?) (?:clean|free)(?: from| of)?) (?:been )?(?:cut\\b(?! (?:back|down|out|off|up|the|a|an|some|my|your|his|her|their|our|it|them|him|this|that|ties|costs|corners|loose|in|across|through|class|school|hair)\\b)|${CUTTING}|self[- ]?harm\\w*|sh|sh'?d|hurt ${self}|hurting ${self}|burn(?:ed|t)? ${self}|burning ${self})\\b[^.!?\\n]{0,40}?\\bbut\\b[^.!?\\n]{0,40}?\\b(?:urges?|wants? to(?= *(?:[.,!]|$|so|again|really|tonight|badly))|wanna|tempted|craving|itching|close to|pull(?:ing)?)\\b`,
        `\\b(?:(?:feel(?:ing)? )?the (?:pull|urge|temptation) to|urges? to|tempted to|(?:so )?close to|(?:on the )?(?:edge|verge|brink) of|want(?:ing)? to|wanna|scared (?:i'?ll|i will|i'?m going to|of)|about to|going to|gonna) relaps(?:e|ing)\\b(?:(?=[^\\n]{0,100}\\b(?:sh|self[- ]?harm\\w*|cutting|blade|razors?|burning)\\b)|(?<=\\b(?:sh|self[- ]?harm\\w*|cutting|blade|razors?)\\b[^\\n]{0,120}))`,
        `\\ball i (?:want|need|can think about) is (?:the |my |a )?(?:blade|razor|to cut|to (?:hurt|burn) ${self})\\b`,
        `\\b(?:i )?(?:don'?t|do not) want to (?:cut|self[- ]?harm|sh|hurt ${self}|burn ${self}|relapse)(?: (?:again|tonight))?,? but (?:i|i'?m|im|my|the urges?|it'?s|everything|tonight)\\b`,
        `\\b(?:just|only) (?:want )?to (?:cut|bleed|hurt ${self}|feel the blade)(?= *(?:[.,!]|$))`,
        `\\b(?:keep|kept|been|can'?t stop|i'?m|im|sitting|sat)\\b (?:looking|staring|thinking about|glancing) (?:at |about )?(?:the |my |a )?(?:razors?|razor blades?|blades?|sharpener|box cutter)\\b(?![^.!?\\n]{0,40}\\b(?:for (?:my|his|her|a)|amazon|sale|to buy|shav\\w*|beard|legs)\\b)`,
        `\\bto make ${self} (?:bleed|hurt|suffer|bruise|scar)\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'self_harm.means-out',
    category: 'self_harm',
    level: 'high',
    // A blade out or bought to cut with: the means made ready (NICE NG225, access to means).
    pattern:
      /\b(?:got|have|has|'ve got|with|holding|took|taken|get|getting) (?:a |the |my )?(?:razor ?)?(?:blades?|razors?) out\b(?! of)(?![^.!?\n]{0,30}\b(?:shav\w*|beard)\b)|\b(?:bought|got|ordered|buying) (?:(?:some|new|more|myself) |a (?:pack|packet|box) of )*(?:razors?|razor blades|blades|box cutters?|scalpels?)\b[^.!?\n]{0,30}\b(?:to cut (?:with|myself)|for cutting|to use on (?:myself|my)|specifically to cut)\b/u,
  },
];
