import { F, type RiskRule } from './risk-rule.ts';

const { drug: DRUG, person: PERSON } = F;

/**
 * A floor under indirect statements of self-harm, abuse, harm to others and medical emergencies:
 * the signs people give when they do not name the thing itself. Self-harm told as hidden marks,
 * cover stories, wounds tended in secret, a clean streak broken, urges, tools kept and the relief
 * it brings; coercive control told as permission, monitoring, isolation and fear of a partner's or
 * parent's reaction, injuries explained away and hiding now; harm to others told as unwanted
 * pictures of hurting a child or partner, losing control, fixation on a person and leakage of
 * intent; and medical emergencies told as symptoms (the NHS and NICE red flags) without the name.
 * The detector's frames (negation, fiction and news, figurative, past and resolved, someone else
 * as subject) run on every rule here.
 */

/** Body parts where self-harm is done and hidden. */
const SH_BODY =
  '(?:arms?|forearms?|wrists?|thighs?|upper thighs?|legs?|hips?|stomach|tummy|belly|ribs|upper arms?|shoulders?)';
/** Marks and wounds, as nouns. */
const WOUND =
  '(?:cuts|scars|marks|burns|wounds|scratches|lines|scabs|(?:a|the|this|that|my|new|fresh|deep) (?:cut|wound|burn|scar|gash))';
/** Reasons other than self-harm to cover or treat skin: tattoos, conditions, bites, procedures, sport. */
const SKIN_OTHER =
  '(?:tattoos?|piercings?|eczema|psoriasis|rash|acne|spots|birthmark|stretch marks|veins|varicose|sunburn\\w*|sun ?cream|uv|hairy|hair|weight|fat|flabby|bingo wings|blood tests?|injections?|jabs?|vaccin\\w*|cannula|drip|surgery|operation|op|stitches from|bites?|stings?|graze\\w*|football|rugby|hockey|netball|training|gym|climbing|bike|skat\\w*|kids?|son|daughter|toddler|period|nosebleeds?|nose bleeds?|religio\\w*|modest\\w*|hijab|abaya|dress code|uniform)';
/** What a clean streak can be from besides self-harm. */
const OTHER_HABIT =
  '(?:drink\\w*|drank|drunk|alcohol|booze|sober\\w*|smok\\w*|cigarettes?|cigs?|fags?|vap\\w*|nicotine|weed|cannabis|coke|cocaine|heroin|crack|drugs?|using|meth|pills|gambl\\w*|betting|bets?|sugar|sweets|chocolate|biscuits|crisps|junk|diet\\w*|carbs|binge\\w*|eating|porn|depress\\w*|psychos\\w*|cancer|ms|symptoms|sponsor|meetings?|aa|na|duolingo|wordle|snap\\w*|games?|gaming|kill ?streak|gym|workouts?|running|run|steps|reading|language|spanish|french|app store|coffee|caffeine|nails?|biting|social media|tiktok|instagram|phone)';
/** Someone who may control or hurt the speaker at home. */
const CONTROLLER =
  "(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|ex|man|mans|fella|missus|other half|carer|son|daughter|daughter-in-law|son-in-law|in-laws)|(?:mum|mom|mam|ma)'?s (?:new )?(?:man|fella|bloke|boyfriend|partner|guy)|(?:my )?(?:step ?dad|stepdad|old man|da))";
/** A child or a partner in the speaker's care. */
const DEPENDANT =
  '(?:(?:my|the|our) (?:baby|babies|newborn|toddler|son|daughter|twins|kids?|children|child|little one|boy|girl|nephew|niece|partner|wife|husband|girlfriend|boyfriend|mum|mom|mother|dad|father|mother-in-law|father-in-law|patients?|a patient)|him|her|them)';
/** Medicines and drugs, named or not ("the tablets", "the stuff", "percs"). */
const TAKEN = `(?:${DRUG}|percs?|xans|edibles?|molly|mdma|ecstasy|mandy|coke|cocaine|speed|gear|the stuff|something|them|sleeping tablets)`;

export const INDIRECT_FLOOR_RULES: readonly RiskRule[] = [
  // ─── Self-harm ───
  {
    // Marks and wounds hidden from the people nearby: sleeves in the heat, bracelets up the arm,
    // plasters on thighs, "so nobody sees". Concealment is how most self-harm goes unseen, and a
    // clinician asks about it directly.
    // @see NICE guideline NG225 (2022), Self-harm: assessment, management and preventing recurrence (concealment, asking about wounds).
    id: 'self_harm.marks-hidden',
    category: 'self_harm',
    level: 'high',
    pattern: new RegExp(
      [
        // Sleeves, bracelets, jumpers worn so no one sees or to hide what was done.
        String.raw`\b(?:long[- ]?sleeve[sd]?|sleeves|bracelets|wristbands?|sweatbands?|jumpers?|hoodies?|cardigans?|long trousers|(?:my )?${SH_BODY} (?:are|is) (?:all )?covered)\b[^.!?\n]{0,50}?\b(?:so (?:nobody|no one|no-one|people|(?:my|the) [a-z]+) (?:(?:would|will|can|could|does|do)(?:n'?t| not)? )?(?:sees?|see|notices?|notice|asks?|ask|knows?)|to (?:hide|cover(?: up)?) (?:what i'?(?:ve)? (?:did|done|do)|them|it|the (?:marks|scars|cuts|lines|damage)))\b(?![^.!?\n]{0,40}\b${SKIN_OTHER}\b)(?<!\b${SKIN_OTHER}\b[^.!?\n]{0,80})`,
        // Long sleeves in the heat, asked about and explained away.
        String.raw`\b(?:long[- ]?sleeve[sd]?|sleeves|a (?:jumper|hoodie|cardigan))\b[^.!?\n]{0,30}?\bin (?:the )?(?:\d{2} ?degrees?|\d{2} ?degree heat|(?:twenty|thirty)[a-z -]{0,8} degrees?|(?:this|the) heat|(?:a )?heatwave)\b(?![^.!?\n]{0,60}\b(?:${SKIN_OTHER}|sun\w*|burns? (?:so |really |very )?easily|pale|fair skin|mozzies|mosquito\w*)\b)(?<!\b${SKIN_OTHER}\b[^\n]{0,80})`,
        // Long-sleeved swimwear taken up suddenly, with no one knowing why.
        String.raw`\blong[- ]?sleeved? (?:swim ?(?:tops?|suits?|shirts?|wear)|rash ?vests?)\b(?=[^\n]{0,80}\b(?:nobody|no one|no-one|why|hide|cover|see)\b)(?![^\n]{0,80}\b(?:kids?|son|daughter|toddler|baby|sun ?cream|burn\w*|skin cancer|holiday)\b)`,
        // Plasters and dressings on thighs or forearms, or showing through a shirt.
        String.raw`\b(?:thighs|forearms|wrists|upper arms)\b[^.!?\n]{0,40}\b(?:plasters|bandages|band-?aids|gauze)\b(?![^.!?\n]{0,40}\b${SKIN_OTHER}\b)|\bplasters? (?:show|showing) through\b[^\n]{0,60}?\bmy (?:forearms|arms|wrists|thighs|legs)\b`,
        // Done on a hidden part of the body so nobody sees.
        String.raw`\b(?:thighs?|hips?|stomach|upper arms?|ribs)\b (?:this time )?so (?:nobody|no one|no-one|people|my [a-z]+) (?:can'?t |won'?t |doesn'?t |don'?t )?(?:sees?|notices?|knows?)\b(?![^.!?\n]{0,40}\b${SKIN_OTHER}\b)(?<!\b${SKIN_OTHER}\b[^.!?\n]{0,60})`,
        // Hoping no one sees the marks; asking how to cover them.
        String.raw`\b(?:hope|hoping|pray|praying)\b (?:that )?(?:nobody|no one|no-one|they|my [a-z]+|people|(?:the )?(?:teacher|nurse)) (?:notices?|sees?|asks? about|spots?) (?:the |my )?(?:new |fresh )?(?:marks|cuts|scars|burns|lines|plasters)\b(?![^.!?\n]{0,40}\b${SKIN_OTHER}\b)|\bhow (?:do (?:i|you) |can i |to )(?:cover|hide|conceal) (?:up )?(?:the |my )?(?:burn marks|burns|cuts|scars|marks|lines|wounds)\b(?![^\n]{0,60}\b${SKIN_OTHER}\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    // A cover story for marks: "told her it was the cat" where there is no cat, burns blamed on a
    // curling iron, marks blamed on gardening. An implausible or repeated explanation of injuries
    // is a recognised sign of concealed self-harm.
    // @see NICE guideline NG225 (2022): self-harm is often hidden; ask about injuries and their explanation.
    id: 'self_harm.cover-story',
    category: 'self_harm',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`\b(?:told|tell|telling|said|say|saying|lied|lying|explained?|excuse)\b[^.!?\n]{0,60}?\b(?:it was|it'?s|they were|they'?re|(?:the|my) (?:marks|cuts|burns|scratches|scars|bandage|plasters) (?:were|was|are|is|came)|said)\b (?:from |just )?(?:(?:the|my|our|a) (?:cat|kitten)(?: did it| scratch\w*)?|(?:from )?(?:the )?(?:gardening|brambles|rose ?bush(?:es)?|curling (?:iron|tongs|wand)|hair straighteners|straighteners))\b(?=[^\n]{0,120}\b(?:lied|lying|believed me|believe me|(?:don'?t|do not) (?:even )?(?:have|own)|no cat|wasn'?t|isn'?t|not (?:true|the cat|really)|again|every time|always|third time|excuse|both arms|road map|sleeves|didn'?t push|stopped asking)\b|(?<=\b(?:lied|lying|again|every time|always|excuse|sleeves|hide|hiding|road map)\b[^\n]{0,160}))(?<=\b(?:nurse|teacher|doctor|gp|mum|mom|dad|parents|girlfriend|boyfriend|partner|people|everyone|work|her|him|them|sleeves|arms?|thighs?|marks|cuts|burns|scratches|scars)\b[^\n]{0,120})`,
        String.raw`\b(?:(?:it )?(?:wasn'?t|isn'?t) the cat|(?:aren'?t|are not|not) cat ?scratch(?:es)?(?: anymore| any more)?|(?:we|i) (?:don'?t|do not) (?:even )?(?:have|own) a cat|(?:except )?there'?s no cat)\b(?<=\b(?:told|said|lied|excuse|marks|cuts|scratch\w*|arms?|sleeves|thighs?|burns)\b[^\n]{0,160})`,
        String.raw`\bcat ?scratch(?:es)?\b[^.!?\n]{0,20}\b(?:deeper|except|no cat|is my excuse|are my excuse|excuse)\b|\bcat ?scratch(?:es)? \W{1,3} ?deeper\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Wounds tended and blood cleaned away in secret: how to clean a deep cut without a parent
    // knowing, blood out of a sheet before anyone notices, cuts that must heal before swimming.
    // First aid done alone is current self-injury kept from others.
    // @see NICE guideline NG225 (2022): wound care after self-harm; self-harm is often hidden.
    id: 'self_harm.secret-first-aid',
    category: 'self_harm',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`\b(?:${WOUND}|blood|bloody|bleeding|gauze|plasters)\b[^\n]{0,100}?\b(?:(?:without|before) (?:my |the |a )?(?:mum|mom|dad|parents?|partner|husband|wife|flatmate|housemate|roommate|anyone|anybody|someone|people|teachers?|they|nobody)(?: [a-z]+)? (?:notic\w*|know\w*|see\w*|seeing|find\w* out|asks?|does the (?:washing|laundry))|(?:don'?t|do not|can'?t|cannot) (?:want|let) (?:my |the |your )?(?:mum|mom|dad|parents?|anyone|anybody|them|people|her|him|teachers?)(?: [a-z]+)? (?:to )?(?:know|see|find out|notice)|(?:can'?t|cannot) tell (?:the truth|anyone|them|her|him)|need (?:them|it) gone before)\b(?![^\n]{0,60}\b(?:period|tampon|pads?|nosebleed|nose bleed|tattoo|piercing|acne|spots?)\b)(?<!\b(?:period|tampon|pads?|nosebleed|nose bleed|tattoo|piercing|acne|spots?|son|daughter|toddler|kids?|dog|cat)\b[^\n]{0,120})`,
        String.raw`\bbloody tissues in my (?:bin|room|bag|pocket|drawer)\b|\b(?:blood|bloodstains?|blood stains?) (?:on|out of) (?:the |my |a )?(?:white )?(?:bathroom mat|bath mat|bed ?sheets?|sheets?|duvet|towels?|carpet|mattress)\b(?=[^\n]{0,80}\b(?:without|notic\w*|find out|know|truth|explain)\b)(?![^\n]{0,80}\b(?:period|nosebleed|nose bleed|dog|cat)\b)`,
        String.raw`\b(?:keep|kept|carry|carrying|stash|stashed)\b[^.!?\n]{0,30}\b(?:plasters|antiseptic(?: wipes)?|steri-?strips|gauze|dressings)\b[^.!?\n]{0,40}\bfor after(?:wards)?\b`,
        String.raw`\b(?:went|going|gone|get|getting|got) through (?:another |a )?(?:whole )?(?:pack|packet|box|roll) of (?:gauze|steri-?strips|dressings)\b(?![^\n]{0,60}\b(?:kids?|son|daughter|toddler|dog|cat|patients?|ward|shift|surgery|op)\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    // A run of days free of self-harm broken: "relapsed, 47 days clean gone", "back to day 0",
    // "broke my streak". A recurrence is current self-harm; with no other habit named in the
    // message, the relapse is of self-harm.
    // @see NICE guideline NG225 (2022): self-harm raises the risk of further self-harm and suicide.
    id: 'self_harm.streak-broken',
    category: 'self_harm',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`\b(?:relapsed|relapse)\b(?<!\b(?:scared|afraid|worried|terrified|fear|pull|urge|want|wanting|close|risk|of|to|not|never|avoid|prevent\w*|plan|signs?)(?: (?:of|to|a))? relapsed?)(?=[^\n]{0,80}\b(?:clean|streak|(?:\d+|a few|three|four|five|six|two) (?:days?|weeks?|months?|yrs?|years?)|after \d+|day (?:0|zero)|gone)\b|(?<=\b(?:clean|streak|first|(?:\d+|a few|three|four|five|six|two)[- ](?:days?|weeks?|months?|yrs?|years?))\b[^\n]{0,60}))(?![^\n]{0,160}\b${OTHER_HABIT}\b)(?<!\b${OTHER_HABIT}\b[^\n]{0,160})`,
        String.raw`\b(?:broke|break|breaking|broken|lost|reset|ruined|threw away)\b (?:my |the |a )?(?:clean )?streak\b(?![^\n]{0,160}\b${OTHER_HABIT}\b)(?<!\b${OTHER_HABIT}\b[^\n]{0,160})|\bclean streak\b[^.!?\n]{0,20}\b(?:reset|gone|broken|over|lost)\b|\bback to day (?:0|zero)\b(?![^\n]{0,160}\b${OTHER_HABIT}\b)(?<!\b${OTHER_HABIT}\b[^\n]{0,160})`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Urges to self-harm told without the act: urges back, urges rated out of ten, "sh thoughts",
    // wanting to break a clean streak, "the thing with the lighter", "just one cut". NICE NG225
    // treats urges to self-harm as current risk to be asked about and safety-planned.
    // @see NICE guideline NG225 (2022): assessment of current urges and intent.
    id: 'self_harm.urges-unnamed',
    category: 'self_harm',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`(?:^|[.!?,;] *|\b(?:the|my|these|those|sh) )urges?\b(?! to\b| for\b| of\b| about\b)(?= (?:(?:have|has) been |are |were |'re |is |'s |got |getting )?(?:(?:so|really|pretty|super) )?(?:back|bad|strong|stronger|worse|awful|insane|constant|intense|again|\d{1,2} ?(?:\/|out of) ?10|through the roof|unbearable|loud|won'?t (?:go|stop)))(?![^\n]{0,160}\b${OTHER_HABIT}\b)(?<!\b${OTHER_HABIT}\b[^\n]{0,160})`,
        String.raw`\bsh (?:scale|thoughts?|brain|level|sesh|session|voice|urges?)\b|\burge level\b[^.!?\n]{0,12}\b\d{1,2} ?(?:\/|out of) ?10\b(?![^\n]{0,120}\b${OTHER_HABIT}\b)`,
        String.raw`\bday \d{1,3} clean\b[^.!?\n]{0,40}\b(?:break it|breaking it|relapse|so close)\b|\b(?:done|stop|sick of) counting (?:my )?clean days\b|\b(?:want|wanna|going|gonna|about) to break (?:my|the) (?:clean )?streak\b(?![^\n]{0,160}\b${OTHER_HABIT}\b)(?<!\b${OTHER_HABIT}\b[^\n]{0,160})`,
        String.raw`\b(?:do|did|doing|done) the thing (?:with the |with my )?(?:lighter|compass|scissors|razor|sharpener|blade|matches|iron|pins?|needles?)\b|\bthe thing with the (?:lighter|compass|scissors|razor|sharpener|blade|matches|pins?|needles?)\b(?<=\b(?:again|itching|want\w*|urges?|kinda|need)\b[^\n]{0,60})|\b(?:do|did) the thing again\b(?=[^\n]{0,80}\b(?:promised|stopped|too much|bad)\b)`,
        String.raw`\bjust one (?:more )?(?:cut|line|burn)\b|\b(?:i )?need to (?:hurt|bleed)(?= *(?:[.!,]|$))`,
        String.raw`\bold scars\b[^.!?\n]{0,60}\bnew (?:ones|cuts|lines|scars)\b`,
        String.raw`\b(?:first thought|brain|head|mind)\b[^.!?\n]{0,30}\b(?:go get|get|grab|reach for) the (?:razor|blade|scissors|lighter|compass)\b`,
        String.raw`\b(?:staring|looking|stared|looked) at my (?:${SH_BODY})\b[^.!?\n]{0,60}\b(?:talk(?:ing)? myself out of it|trying not to|resist\w*|holding off)\b`,
        String.raw`\b(?:barcode|styro|beans)\b(?<=\b(?:want|wanna|need|craving|miss)\b[^.!?\n]{0,40})`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Self-harm in the words of people who do it: "sh'ing", a barcode on the arm, cuts to styro or
    // beans, "catch some red", new sh. Slang is how much self-harm is told online.
    // @see NICE guideline NG225 (2022): self-harm by any method, whatever it is called.
    id: 'self_harm.slang-act',
    category: 'self_harm',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`\bsh'?ing\b(?<!\bsh'?ing(?= (?:up|out|off)))|\bnew sh\b|\bsh (?:on|to) my\b|\b(?:did|doing|do) barcode\b`,
        String.raw`\bbarcode\b[^.!?\n]{0,30}\b(?:${SH_BODY})\b(?![^.!?\n]{0,30}\b(?:tattoo|scan\w*|ticket|wristband|festival)\b)|\b(?:barcode|styro|beans)\b(?: situation)?(?<=\b(?:${SH_BODY}|skin)\b[^.!?\n]{0,40})(?![^.!?\n]{0,30}\b(?:tattoo|scan\w*|ticket|wristband|festival|energy)\b)`,
        String.raw`\b(?:first ever |first )?styro\b(?!foam| cups?| boxes| box| container)|\bcatch(?:ing)? (?:some )?red\b(?! (?:fish|snapper|mullet|light|lights|card|cards|squirrel|kite|panda|tide))`,
        String.raw`\bcount(?:ing)? my (?:cuts|scars|burns)\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Tools for self-harm kept, hidden or readied: blades in a book or a tampon box, a sharpener
    // snapped open, razors bought "and I know why", a lighter "not for smoking", a box kept for
    // the bad nights, a knife taken out again. Access to means is part of every self-harm
    // assessment.
    // @see NICE guideline NG225 (2022): access to means; safety planning.
    id: 'self_harm.tools-kept',
    category: 'self_harm',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`\bmy (?:blades|sh (?:tools|kit|box|stuff)|tools)\b[^.!?\n]{0,30}?\b(?:hidden|hid|hide|stashed|in (?:a|my|the) (?:sock|underwear|tampon|pencil|hollowed|book|pillow|mattress|shoe|jewell?e?ry)\w*|under my (?:bed|mattress|pillow)|back|comfort)\b(?![^.!?\n]{0,40}\b(?:skat\w*|ice|rink|hockey|mower|lawn|shav\w*|fan|blender|shed|garage|van|work|job|diy|drill)\b)(?<!\b(?:skat\w*|ice|rink|hockey|mower|lawn|roller|shed|garage|van|diy)\b[^.!?\n]{0,40})|\b(?:keep|kept) my blades\b|\bblades (?:are|is) (?:basically )?my comfort\b`,
        String.raw`\b(?:razors?|blades?|sharpeners?|box cutters?|scalpels?|craft knife|lighter)\b[^\n]{0,80}?\bi know why\b|\bi know why i (?:bought|got) (?:them|it|those|these)\b(?<=\b(?:razors?|blades?|sharpeners?|box cutters?|scalpels?|craft knife|lighter)\b[^\n]{0,120})`,
        String.raw`\b(?:snapped|broke|prised|pried|took|cracked|unscrewed|smashed) (?:a |the |my )?(?:pencil )?sharpeners? (?:open|apart)\b(?! to (?:get|fix|clean|free|unjam|mend|see)\b)(?![^.!?\n]{0,40}\b(?:lead|pencil (?:stuck|jammed)|jammed|stuck)\b)|\btook the blade out of (?:my |the |a )?(?:[a-z]+'?s )?(?:razor|shaver|sharpener)\b`,
        String.raw`\bblades? (?:from|out of) (?:a |the |my )?(?:pencil )?sharpeners?\b|\b(?:use|using|used|took|take|taking|got|get)\b[^.!?\n]{0,25}\b(?:out of|from) (?:a |the |my )?pencil sharpeners?\b|\b(?:keep|kept|hide|hid|hidden|stash\w*|carry|carrying) (?:a |my |the |some |one |two )?(?:spare |little |small )?(?:blades?|razor blades?|razors?|sharpener blades?)\b (?:in|under|inside|behind|taped to) (?:my|the|a) (?:phone case|pencil case|sock\w*|shoe|book|bra|wallet|purse|pillow|mattress|bed|drawer|jewell?e?ry box|make-?up bag|tampon box|bag)\b(?![^.!?\n]{0,40}\b(?:shav\w*|beard|craft\w*|hobby|model\w*|scrapbook\w*)\b)`,
        String.raw`\blighter\b[^.!?\n]{0,40}\b(?:(?:it'?s|is) )?not for (?:smoking|candles|the candles)\b`,
        String.raw`\b(?:box|tin|kit|bag|pouch|case|stash)\b[^.!?\n]{0,60}?\b(?:for (?:the )?bad (?:nights|days|times)|for when (?:it|things) gets? (?:bad|too much|really bad))\b(?=[^\n]{0,80}\b(?:nobody|no one|no-one|hidden|secret|got bad|everything i need)\b|(?<=\b(?:nobody|no one|no-one|hidden|secret|under my bed)\b[^\n]{0,100}))(?![^\n]{0,80}\b(?:self[- ]?soothe|coping|hope box|candles?|tea|chocolate|snacks|photos|sensory|fidget)\b)`,
        String.raw`\bget(?:ting)? (?:the |my )?(?:craft knife|blades?|razors?|compass|lighter|box cutter|sharpener) out again\b`,
        String.raw`\b(?:looking|staring|look|stare|glancing) at (?:the |my )?(?:scissors|knife|knives|craft knife|compass|box cutters?)\b[^\n]{0,80}?\b(?:(?:my )?wrists?|more than (?:a )?normal person|than i should)\b|\bkeep (?:looking|staring) at my (?:wrists?|arms?|thighs?)\b(?<=\b(?:knife|blade|razor|scissors|sharpener|compass)\b[^\n]{0,120})`,
        String.raw`\bi know where (?:my |the )?[a-z]+ (?:keeps|hides|puts) the (?:box cutters?|razors?|blades?|knives|scissors|scalpels?)\b(?=[^\n]{0,60}\b(?:keep thinking|can'?t stop thinking|thinking about)\b)`,
        String.raw`\b(?:using|used|use)(?: the)? (?:sharp )?(?:edge|bit|piece|shard) of (?:a |the )?(?:broken )?(?:cd|dvd|glass|mirror|bottle|can|tin|ruler|plate)\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // What self-harm does for the person: pain to feel something, calm at the sight of blood, the
    // sting that settles, marks kept from fading, fights picked to be hurt, dinner earned by
    // hurting. The function of self-injury (relief, punishment) is part of the NICE psychosocial
    // assessment.
    // @see NICE guideline NG225 (2022): psychosocial assessment, the function of self-harm.
    // @see Nock MK, Prinstein MJ. J Consult Clin Psychol 2004;72(5):885–90 (automatic reinforcement).
    id: 'self_harm.relief-function',
    category: 'self_harm',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`\b(?:feel|want|need|have) (?:to feel )?pain (?:so (?:that )?i can|to|just to) feel (?:something|anything|real|alive|normal)\b|\bpain makes sense\b|\bonly (?:language|thing) my body (?:understands|listens to)\b`,
        String.raw`\bonly (?:feel|get|am|feel (?:calm|okay|ok)) (?:calm|calmer|okay|ok|better|at peace|quiet|settled)\b[^.!?\n]{0,20}\bwhen (?:i )?(?:see (?:blood|red)|it (?:stings|bleeds|hurts))\b|\b(?:calmer|relief|release|relieved|settled)\b[^.!?\n]{0,20}\b(?:after|once|when) (?:i (?:see|saw) |seeing )(?:the |my (?:own )?)?blood\b|\bonly thing that (?:settles|calms|helps) me is when it (?:stings|bleeds|hurts)\b`,
        String.raw`\b(?:the sting|stinging|the sight of blood|seeing (?:the )?blood|physical pain|hurting myself|bleeding)\b[^.!?\n]{0,30}?\b(?:is|was|are) the only (?:thing|way|time)\b|\bthe only (?:thing|way|time)\b[^.!?\n]{0,40}?\b(?:is (?:when )?(?:i see blood|it stings|the sting|i bleed|physical pain|hurting myself))\b`,
        String.raw`\b(?:addicted to|fantasi[sz]\w* about|crav\w*|miss(?:ing)?|long(?:ing)? for) the sting\b(?! of\b)`,
        String.raw`\b(?:make|making) sure i (?:feel|pay for) it\b[^\n]{0,20}\b(?:physically|in my body|on my skin)\b|\bearn (?:my )?(?:dinner|food|lunch|meals?|breakfast|tea) by (?:hurting|cutting|burning|punishing)\b|\b(?:press(?:ing)?|pick(?:ing)?|reopen(?:ing)?|pull(?:ing)?|scratch(?:ing)?) (?:on |at |open )?(?:the |my )?(?:bruises|scabs|wounds|cuts|stitches|scars) so (?:they|it) (?:don'?t|doesn'?t|won'?t|never) (?:fade|heal|close|go)\b`,
        String.raw`\b(?:start|starting|pick|picking|started|picked)\b (?:fights?)\b[^.!?\n]{0,60}?\b(?:so (?:that )?i (?:get|'ll get|can get) (?:hurt|hit|beaten|battered|a kicking|my head kicked in)|hoping (?:someone|somebody|they|he|one of them)(?: will| would|'ll)? (?:batter|hurt|hit|beat|deck|glass|kill) me)\b`,
        String.raw`\bskip(?:ping|ped)? (?:my )?insulin\b[^.!?\n]{0,30}\b(?:to lose weight|on purpose|so i)\b|\bpurged\b[^\n]{0,60}\b(?:punishment|i deserve)\b`,
        String.raw`\b(?:${SH_BODY}) (?:look|looks) like a (?:road ?map|map)\b(?![^.!?\n]{0,40}\b(?:veins|varicose|stretch marks|bites|tattoos?)\b)`,
      ].join('|'),
      'u',
    ),
  },

  // ─── Abuse ───
  {
    // Coercive control told as the rules of a relationship: asking permission to leave the house
    // or buy necessities, being allowed out only with the partner, the phone handed over or read,
    // a step count checked, every penny accounted for, a partner who answers for the speaker at
    // the doctor's, who picks their clothes and decides whom they may text.
    // @see Stark E. Coercive Control (2007); SafeLives DASH risk checklist (Richards 2009): controlling behaviour, isolation, monitoring.
    id: 'abuse.coercive-control',
    category: 'abuse',
    level: 'moderate',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      [
        String.raw`\b(?:have|has|got|need) to ask (?:for )?(?:his |her |their |my (?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|bf|gf)'?s? )?permission (?:to|before|for)\b(?![^.!?\n]{0,60}\b(?:school|teacher|class|boss|manager|work|holiday|annual leave|day off|overtime|mum|mom|dad|parents?|landlord|council)\b)(?<!\b(?:mum|mom|dad|parents?|teacher|boss|manager|school)\b[^.!?\n]{0,60})`,
        String.raw`\b(?:i'?m|i am|i'?m only|i get) (?:not )?allowed (?:to )?(?:wear|see|have|go|text|talk|leave|use|spend|drive|work|eat)\b[^.!?\n]{0,60}?\b(?:unless (?:he|she)(?:'s| is)? (?:there|with me|comes|says)|without (?:him|her|his|her) )|\b(?:decides?|decided|chooses?|picks?) who i(?:'m| am) (?:allowed|permitted) to\b|\bpicks? (?:out )?my clothes\b(?<=\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?)\b[^.!?\n]{0,30})`,
        String.raw`\b(?:(?:goes|went|going|go) through|reads?|read|checks?|checked|screenshots?) (?:every|all|each) (?:single )?(?:one of )?(?:my )?(?:messages?|texts?|emails?|receipts?|calls?|dms?)\b(?<=\b${CONTROLLER}\b[^.!?\n]{0,60})|\b(?:checks?|checking|checked|monitors?|tracks?|goes through|reads?) my (?:mileage|location|bank statements?|browser history|search history|call log|camera roll)\b(?<=\b${CONTROLLER}\b[^.!?\n]{0,60})(?![^.!?\n]{0,30}\b(?:claims?|expenses|for work)\b)|\b(?:picks?|decides?|chooses?|controls?|tells? me) (?:what|who|where|when) i(?:'m| am)? (?:can|am allowed to|'m allowed to|get to|may|should) (?:wear|see|text|go|talk to|eat|spend)\b(?<=\b${CONTROLLER}\b[^.!?\n]{0,60})(?<!\b(?:mum|mom|dad|parents?|teacher|school|boss)\b[^.!?\n]{0,60})|\btells? me (?:what to wear|who (?:i can|to) see|where i can go)\b(?<=\b${CONTROLLER}\b[^.!?\n]{0,60})(?<!\b(?:mum|mom|dad|parents?|teacher|school|boss)\b[^.!?\n]{0,60})|\b(?:goes|went|going|go) through my receipts\b|\bhand (?:my|their|your|our) phones? over\b|\b(?:checks?|checking|checked|monitors?|tracks?) my step count\b|\b(?:found|finding|find|keep finding) (?:a )?trackers?\b(?: on| in)|\blistens? (?:in )?on (?:the |my )?(?:extension|phone calls|calls)\b|\baccount for every (?:penny|pound|cent|dollar)\b|\b(?:comes|came|come) in and answers for me\b|\banswers for me\b(?<=\b(?:gp|doctor|appointment|nurse)\b[^.!?\n]{0,60})`,
        String.raw`\b(?:takes?|took|taking|keeps?) all (?:of )?my (?:wages|money|pay|salary|benefits|pension|earnings)\b(?<=\b${CONTROLLER}\b[^.!?\n]{0,30})|\b(?:my own|a) bank card\b(?<=\bgoal\b[^\n]{0,40})(?=[^\n]{0,40}\btakes\b)`,
        String.raw`\b(?:don'?t|do not) get to decide when i (?:sleep|eat|leave|go out)\b|\bmy (?:jailer|keeper|warden)\b(?<=\b(?:husband|wife|partner|boyfriend|girlfriend)\b[^\n]{0,60})`,
        String.raw`\b(?:sulks?|sulking|doesn'?t speak to me|won'?t speak to me|gives? me the silent treatment)\b[^\n]{0,60}?\b(?:choosing (?:them|my friends|her|him) over|(?:i )?(?:barely|hardly|never) (?:go out|see (?:my )?friends|see anyone))\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Living in fear of a partner's or parent's reaction: flinching at a key in the door, judging
    // a mood by how a car door shuts, rehearsing words so they don't "go off", one wrong word
    // ruining the night, waiting for them to decide what happens, knowing what comes after the
    // drink, a door barricaded. The victim's own fear is among the strongest danger indicators.
    // @see Campbell JC, et al. Am J Public Health 2003;93(7):1089–97; SafeLives DASH (Richards 2009): "Are you very frightened?".
    id: 'abuse.fear-of-reaction',
    category: 'abuse',
    level: 'moderate',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      [
        String.raw`\b(?:hear|hears|heard|hearing|listen(?:ing)? (?:to|for)) (?:how hard )?(?:his|her|their|my (?:husband|wife|partner|boyfriend|girlfriend|dad|stepdad|step ?dad|father|mum|mom|mother))(?:'s)? (?:key|keys|car(?: door)?|footsteps|truck|van|front door)\b(?=[^\n]{0,80}\b(?:flinch\w*|cold|freez\w*|tense|dread|scared|panic|sick|stomach|decide whether|before i decide|shaking|shake)\b|(?<=\b(?:flinch\w*|dread|scared|panic|tense)\b[^\n]{0,80}))`,
        String.raw`\b(?:plan|planning|rehearse|rehearsing|practi[sc]e|practi[sc]ing|script\w*)\b (?:what|how|everything) (?:i|you) (?:say|'?m going to say|word)\b[^.!?\n]{0,60}?\bso (?:he|she|my [a-z]+|your [a-z]+) (?:doesn'?t|won'?t|don'?t) (?:go off|kick off|explode|lose it|snap|get angry|flip|blow up)\b`,
        String.raw`\bone wrong (?:word|move|look|thing)\b[^.!?\n]{0,40}?\b(?:the (?:whole )?(?:night|evening|weekend|house)|he|she)\b[^.!?\n]{0,20}?\b(?:goes bad|is ruined|kicks off|explodes|turns)\b|\b(?:have to be|so|really|very) careful (?:about )?what i say (?:at (?:dinner|home|the table|tea)|around (?:him|her)|when (?:he|she)(?:'s| is) (?:home|in))\b`,
        String.raw`\b(?:wait up|have to wait|waiting up|got to wait) (?:until|till|for) (?:he|she|him|her) (?:decides?|to decide) what happens\b|\bi know what comes next\b(?<=\b(?:drink\w*|drunk|bottle|vodka|whisky|cans|beers?)\b[^\n]{0,80})`,
        String.raw`\b(?:drinks?|drunk|drinking)\b[^.!?\n]{0,40}?\bthen (?:he|she) gets (?:this|that) look\b|\b(?:drinks?|drunk|drinking)\b[^.!?\n]{0,20}?\b(?:everything|it) (?:is|'s|becomes) (?:always )?my fault\b`,
        String.raw`\b(?:pushed|push|pushing|wedged?|wedging|jammed|put) (?:a |the |my )?(?:chest of drawers|drawers|chair|desk|wardrobe|dresser|bed) (?:against|under|in front of) (?:my |the )?(?:bedroom )?(?:door|door handle)\b(?=[^\n]{0,80}\b(?:he|she|they|dad|stepdad|coming|shouting|night|scared|can'?t get in)\b|(?<=\b(?:shouting|screaming|scared|drunk|he|she)\b[^\n]{0,120}))`,
        String.raw`\block (?:my|the) (?:bedroom )?door at night now\b|\bstands? in the doorway so i can'?t (?:get out|leave)\b`,
        String.raw`\b(?:sitting|sat|been sitting|parked) in (?:my|the) car outside (?:my|our) (?:own )?(?:house|home|flat)\b[^.!?\n]{0,40}\b(?:scared|afraid|terrified|frightened|can'?t face)\b|\b(?:scared|afraid|terrified|frightened) to (?:come|go) home from work\b`,
        String.raw`\b(?:don'?t|do not|dont) (?:want|wanna) to go (?:home|back)(?: (?:after school|for the holidays|for christmas|tonight))?\b[^\n]{0,30}?\b(?:like ever|ever again|you don'?t know what it'?s like|dad drinks|that house|he'?s gonna|last christmas was bad)\b|\b(?:being|going) home is the (?:worst|scariest|hardest) part of (?:my|the) day\b|\b(?:stay|staying|sit|sitting|hang around)\b[^.!?\n]{0,40}?\b(?:until|till) (?:the caretaker|it closes|they kick me out|they lock up|everyone'?s asleep|he'?s asleep|she'?s asleep)\b(?=[^\n]{0,60}\b(?:so i don'?t have to go home|avoid going home)\b|(?<=\b(?:don'?t|dont|do not) (?:want|wanna) to go (?:home|back)\b[^\n]{0,120}))`,
        String.raw`\bif (?:he|she|they|my [a-z]+) (?:sees?|finds?|reads?) (?:it|this|these|them|out)\b[^.!?\n]{0,10}\bi'?m dead\b(?=[^\n]{0,60}\b(?:not (?:as )?a joke|don'?t mean that|not joking|literally|seriously)\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Hiding from someone at home or work now: typing from a wardrobe or the airing cupboard,
    // hearing them on the stairs, in a cubicle while an ex waits outside. Danger now is the first
    // question of every domestic abuse risk tool.
    // @see SafeLives DASH (Richards 2009); Campbell JC, et al. 2003 (above).
    id: 'abuse.hiding-now',
    category: 'abuse',
    level: 'imminent',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      String.raw`\b(?:in|inside|from|hiding in|hid in|locked myself in) (?:the |a |my )?(?:wardrobe|airing cupboard|cupboard|closet|cubicle|toilets?|loo|bathroom|under the bed)\b(?=[^\n]{0,100}\b(?:(?:i )?can hear (?:him|her|them|my [a-z]+)|(?:he|she|they) (?:doesn'?t|don'?t|does not|do not) know i'?m (?:in )?(?:here|there)|(?:he|she|my ex|my [a-z]+) (?:is|'s) (?:waiting|outside|looking for me|on the stairs|coming)|only place (?:he|she|they) can'?t (?:see|find|hear))\b|(?<=\b(?:(?:i )?can hear (?:him|her|them|my [a-z]+)|(?:he|she|my ex|my [a-z]+) (?:is|'s) (?:waiting|outside|on the stairs))\b[^\n]{0,100}))`,
      'u',
    ),
  },
  {
    // Injuries of abuse explained away or covered: hand-shaped bruises, a scarf in summer over the
    // neck, concealer that does not cover the eye, "I bruise easily", a child told what to say at
    // school, a hole in the door at head height. Injuries with an implausible story, and marks on
    // the neck (strangulation), are red flags.
    // @see Campbell JC, et al. 2003 and Glass N, et al. J Emerg Med 2008;35(3):329–35 (strangulation); NICE NG76 (2017): bruising with an implausible explanation.
    id: 'abuse.injury-explained',
    category: 'abuse',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      [
        String.raw`\bfinger[- ]?(?:shaped |tip |print )?(?:marks|bruises|bruising)\b`,
        String.raw`\b(?:scarf|scarves|polo ?neck|turtle ?neck|high[- ]neck\w*)\b[^.!?\n]{0,60}?\b(?:(?:so|that) (?:nobody|no one|no-one|people|they) (?:would|could|can|will)?(?: ?n'?t| not)? ?(?:see|notice)\b[^.!?\n]{0,10}\bneck|because of what'?s on my neck|in (?:june|july|august|(?:the )?heat|\d{2} ?degrees|(?:twenty|thirty)[a-z -]{0,8} degrees))\b(?![^.!?\n]{0,40}\b(?:cold|sore throat|tonsil\w*|eczema|tattoo|hickey|love ?bite)\b)|\bwhat'?s on my neck\b`,
        String.raw`\bconcealer (?:covers|hides)\b(?=[^\n]{0,60}\b(?:eye|bruis\w*|marks?|neck|most of it)\b)(?![^\n]{0,60}\b(?:spots?|acne|dark circles|eye bags|bags|blemish\w*|pimples?|tattoo|freckles|redness|scar from)\b)`,
        String.raw`\bi (?:just )?bruise easily\b(?<=\b(?:tell|told|say|said|thinks?)\b[^.!?\n]{0,40})(?![^\n]{0,80}\b(?:thinners?|anaemi\w*|anemi\w*|platelets|warfarin|aspirin|vitamin|medication|iron|haemophilia)\b)`,
        String.raw`\b(?:have to|had to|told (?:me )?(?:to|i have to)|makes? me|made me|said i (?:have|had) to) (?:say|tell (?:them|people|everyone|school|the teacher|the nurse))\b[^.!?\n]{0,20}?\bi (?:fell|walked into|tripped|bumped|slipped)\b`,
        String.raw`\bholes? in the (?:[a-z]+ )?(?:door|wall)\b[^.!?\n]{0,40}\bheight of my (?:head|face)\b`,
        String.raw`\b(?:my )?(?:back|arms?|legs?|face|ribs|neck|body) (?:is|are|'s) (?:all )?(?:bruised|purple|black and blue)\b(?<=\b(?:went off|on one|again last night|carer|step ?dad|stepdad|old man|he|she|hoist\w*)\b[^\n]{0,100})(?![^\n]{0,80}\b(?:hockey|rugby|football|training|match|game|climbing|gym|fell|skating|netball|bike|mtb|boxing|sparring|martial)\b)(?<!\b(?:hockey|rugby|football|training|match|climbing|gym|fell|skating|netball|boxing|sparring)\b[^\n]{0,100})`,
        String.raw`\bbruises on bruises\b|\bgot a shiner\b(?<=\b${CONTROLLER}\b[^\n]{0,80})`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Violence at home in everyday and regional words: belted, knocked about, a right hiding,
    // battered, swung on, choked out, rough-handled, slapped by a parent's new partner. Current
    // physical abuse is high whatever it is called.
    // @see SafeLives DASH (Richards 2009); NSPCC, Physical abuse: signs and indicators.
    id: 'abuse.violence-in-other-words',
    category: 'abuse',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      [
        String.raw`\b(?:belts?|belted|batter(?:s|ed|in|ing)|leathers?|leathered|lamps?|lamped|wallops?|walloped|skelps?|skelped|knocks?|knocked|rough ?handl\w*) me\b(?<=\b${CONTROLLER}(?:'s| has| been| be| is)?\b[^.!?\n]{0,30})(?![^.!?\n]{0,40}\b(?:match|game|training|rugby|football|boxing|sparring|fifa|chess|cards|pool|darts)\b)`,
        String.raw`\b(?:gave|gives|give|giving) me (?:a )?(?:right |proper |good |real )?(?:hiding|leathering|battering|kicking|doing|beating|hammering)\b(?<=\b${CONTROLLER}\b[^.!?\n]{0,30})(?![^.!?\n]{0,40}\b(?:match|game|training|rugby|football|boxing|sparring|fifa|chess|cards|pool|darts|work|report|meeting|exam|review)\b)`,
        String.raw`\b(?:swung on me|choked me out|choking me out)\b`,
        String.raw`\b(?:slapped|hit|punched|kicked|beat|battered|hurt|whacked|smacked|choked|strangled) me\b(?<=\b(?:mum|mom|mam|ma|dad|da)'?s (?:new )?(?:man|fella|bloke|boyfriend|partner|guy)\b[^.!?\n]{0,20})`,
        String.raw`\b(?:he|she|they|${CONTROLLER}) (?:shut|shuts|locked|locks|locking|shutting|keeps|kept) me in (?:the |a |my )?(?:[a-z]+ )?(?:cupboard|back room|room|cellar|shed|garage|bathroom|wardrobe|closet|basement|attic|boot)\b`,
        String.raw`\b(?:won'?t|doesn'?t|don'?t|never) let(?:s)? me out of (?:my|the) (?:room|house|flat|bedroom)\b|\b(?:doesn'?t|don'?t|won'?t|never) feed(?:s)? me (?:properly|enough)\b|\bonly (?:brings?|gives?) me food when (?:she|he|they) remembers?\b|\b(?:leaves?|left) me\b[^.!?\n]{0,40}?\bwithout (?:water|food|a drink|my meds)\b`,
        String.raw`\b(?:a )?lock on the (?:fridge|food cupboard|kitchen|cupboards?)\b(?=[^\n]{0,80}\b(?:hungry|starving|i'?m (?:[5-9]|1[0-7])\b))`,
        String.raw`\bif i (?:dip|leave|go|run|try to leave|run away)\b[^.!?\n]{0,10}\b(?:he|she|they)(?:'ll| will| would|'d) (?:find|kill|hurt|get|come for) me\b|\b(?:call|ring|report me to) (?:the )?(?:police|immigration|home office)\b[^.!?\n]{0,10}\bif i (?:leave|go|run|tell|complain)\b|\bits? lights out for me\b|\b(?:said|says|told me|threatened)\b[^.!?\n]{0,30}\bfinish what (?:he|she|they) started\b|\bdon'?t bother coming home\b(?<=\b(?:partner|husband|wife|boyfriend|girlfriend|he|she) says\b[^.!?\n]{0,100})|\b(?:says|said)\b[^.!?\n]{0,20}\b(?:he|she|they)(?:'ll| will| would|'d) "?ruin me"?\b[^.!?\n]{0,30}\bif i (?:ever )?tell\b`,
      ].join('|'),
      'u',
    ),
  },

  // ─── Harm to others ───
  {
    // Unwanted pictures of hurting a baby, a child or a partner ("holding him under", dropping her
    // over the banister, a pillow over her face) and urges to push strangers in front of trains.
    // Intrusive harm thoughts are asked about and safety-planned, not dismissed; the feared kind is
    // moderate by the labels' convention. "Thinking about doing it" names no act: a picture of
    // "me doing it" is harm, "thinking about doing it again in spring" (a race) is not.
    // @see NICE guideline CG192 (2014, updated 2020), Antenatal and postnatal mental health; NICE CG31 (2005), OCD: intrusive thoughts of harm.
    id: 'harm_to_others.harm-pictures',
    category: 'harm_to_others',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`\b(?:picture|picturing|pictured|pictures? (?:in my head )?of|images? (?:in my head )?of|imagin(?:e|ing|ed)|fantasi[sz](?:e|ing|ed) about|flash(?:es)? of|(?:keep |kept )?think(?:ing)? (?:about )?how easy it would be to|how easy it would be to|what it would be like to|think(?:ing)? about|what if i (?:just )?|vivid pictures of me)\b ?(?:me |myself )?(?:just )?(?:holding (?:him|her|them) under|drop(?:ping)? (?:him|her|them|my baby|the baby|my [a-z]+)(?! off)|let(?:ting)? go(?: of (?:him|her|the baby|the pram|the buggy|the pushchair))?|squeez(?:e|ed|ing) (?:too hard|him|her)|putting (?:a|the) pillow over|push(?:ing)? (?:him|her|them|my [a-z]+|people|someone) (?:in front of|off|down|under)|running (?:people|someone|them|him|her|my [a-z' ]+) (?:over|off the road)|driving (?:us|them|the kids|the car) (?:off|into)|ramming my car into|jamming it (?:in|into)|throwing boiling water at|giving (?:a|the) patient the wrong dose|(?<!\bthink(?:ing)? about (?:me |myself )?(?:just )?)doing it)\b`,
        String.raw`\b(?:urges?|impulses?)(?: (?:was|is|were))? to (?:shake|drop|squeeze|smother|shove|push) (?:the baby|my baby|her|him|people|someone|them)\b`,
        String.raw`\bpicture of (?:driving|dropping|pushing|hurting)\b|\bthe baby getting hurt\b[^.!?\n]{0,40}\bme doing it\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Losing control with someone close: not trusting one's hands with a crying baby, a hand
    // raised and stopped, walls punched beside a partner's head, afraid it will be her face next,
    // "I won't be responsible for what happens". Loss of control and escalating violence are risk
    // items in structured violence assessment.
    // @see Douglas KS, et al. HCR-20 Version 3 (2013): violence, impulsivity, recent problems with anger.
    id: 'harm_to_others.losing-control',
    category: 'harm_to_others',
    level: 'moderate',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      [
        String.raw`\b(?:don'?t|do not|didn'?t|did not|can'?t) trust (?:my (?:own )?hands|myself (?:around|with|near) (?:the baby|him|her|them|my [a-z]+))\b|\bdon'?t trust myself today\b(?<=\b(?:toddler|baby|newborn|son|daughter|kids?|bit me|hit me)\b[^\n]{0,120})`,
        String.raw`\b(?:raised|lifted) my hand (?:to|at) (?:him|her|them|my [a-z]+)\b|\braised my hand before i (?:caught|stopped) myself\b`,
        String.raw`\bone (?:of these )?days? (?:i'?m|i am|i'?ll|i will) (?:going to |gonna )?(?:lose it|snap|flip|crack) (?:on|with|at) (?:her|him|them|my [a-z]+)\b|\bwon'?t be responsible for what (?:happens|i do)\b(?<=\b(?:one more|if (?:he|she|they)|another)\b[^\n]{0,80})`,
        String.raw`\b(?:punch\w*|hit\w*|smash\w*|threw|throw\w*|broke|break\w*)\b[^.!?\n]{0,40}?\b(?:next to|near|beside|past|by) (?:her|his|their|my [a-z]+'?s) (?:head|face)\b|\b(?:afraid|scared|worried|frightened|terrified)\b[^.!?\n]{0,40}?\b(?:it'?ll|it will|it might|it'?s going to) be (?:her|his|their|my [a-z]+'?s) (?:face|head)\b|\b(?:one day|next time|what happens if|what if|scared|afraid|worried)\b[^.!?\n]{0,30}?\b(?:it'?s|it is|it'?ll be|it will be|it won'?t be) (?:not )?the wall\b|\bthe (?:walls?|holes?|doors?) (?:are|is) getting closer\b|\b(?:threw|thrown|throw)\b[^\n]{0,80}\bdon'?t know where (?:it|the next one)(?:'ll| will) land\b`,
        String.raw`\b(?:won'?t|can'?t|not) (?:be able to )?stop my (?:hands|fists)\b|\bmy (?:fists|hands) (?:were |are |start(?:ed)? )?doing (?:that|the) thing\b|\bmy (?:hands|fists) (?:itch|itching|twitch|twitching|want) to (?:do something to|hurt|hit|grab|throttle) (?:her|him|them)\b`,
        String.raw`\bi (?:feel|get|felt|got)(?: this| such| real| a)? (?:rage|fury)\b(?=[^\n]{0,120}\b(?:scares? me|scary|frightens? me|afraid|my hands shake|her face|doesn'?t feel like me|not tiredness)\b)(?<=\b(?:baby|newborn|toddler|son|daughter|girlfriend|boyfriend|wife|husband|partner|her|him)\b[^\n]{0,120})`,
        String.raw`\bnearly (?:strangled|choked|stabbed|killed) (?:someone|somebody|him|her|them|a [a-z]+)\b(?<=\bblack(?:ed)? out\b[^\n]{0,80})|\b(?:thoughts?|thinking) (?:about|of) doing (?:worse|the same|that) to (?:my [a-z]+|him|her)\b`,
        String.raw`\b(?:looking|staring|glanc\w*) at the (?:knife block|knives|knife drawer|kitchen knives)\b(?<=\b(?:he'?s|she'?s|they'?re|he is|she is) (?:asleep|sleeping)\b[^\n]{0,80})`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Rough handling of a small child by the speaker: shaking a toddler, squeezing a child's arm
    // harder than meant. Harm already done to a child in one's care is current risk, and shaking
    // a baby or toddler can cause serious head injury.
    // @see NICE guideline NG76 (2017), Child abuse and neglect; NHS, Coping with a crying baby (never shake a baby).
    id: 'harm_to_others.rough-with-child',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`\b(?:squeez\w*|grabb\w*|grip\w*|yank\w*|pinch\w*|shak\w*) (?:his|her|their|the baby'?s|my (?:son|daughter|toddler|baby)'?s) (?:arm|arms|wrist|wrists|shoulders?|hand)\b[^.!?\n]{0,20}?\b(?:harder than i should|too hard|harder than i meant|till (?:he|she) cries|until (?:he|she) cries)\b`,
        String.raw`\bi(?:'ve| have)? (?:been |started |start )?shak(?:ing|e|en|es) (?:my|the|our) (?:baby|toddler|son|daughter|newborn|child|kid|little one|twins)\b(?=[^\n]{0,80}\b(?:stop|crying|screaming|scream|angry|rage|hard|scared)\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Fixation on a person and leakage of intent: watching their house at night, parking outside,
    // knowing their routine and their children's school, "he's got it coming", "he won't be
    // walking back to it", "they'll find out what I'm capable of", "nobody gets them". Fixation,
    // pathway and leakage are warning behaviours of targeted violence.
    // @see Meloy JR, et al. The role of warning behaviors in threat assessment. Behav Sci Law 2012;30(3):256–79.
    id: 'harm_to_others.fixation-leakage',
    category: 'harm_to_others',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      [
        String.raw`\b(?:been |i'?ve been |keep |i keep |started |i sit |sometimes i sit |just )?(?:watching|sitting outside|parking outside|parked outside|waiting outside|staking out) (?:his|her|their|my [a-z' -]{1,30}?'s|the) (?:house|place|flat|home|work|office)\b(?=[^\n]{0,80}\b(?:at night|all night|every night|most nights|nights|for hours|just watching|for now|regret|coming|deserve|know where|routine|don'?t know what i'?ll do|poison\w*|stop him|stop her|(?:she|he|they) (?:doesn'?t|don'?t) know|without (?:her|him|them) knowing|who comes and goes)\b|(?<=\b(?:regret|got it coming|deserve|will|poison\w*|anger|hate|fired|breathing)\b[^\n]{0,120}))`,
        String.raw`\bfollowing (?:her|him|them) on (?:a|my) (?:second|fake|secret|burner|new|other) account\b|\b(?:sit|wait|park) outside\b(?<=\bi know where (?:he|she|they) (?:goes|go|lives|works|is)\b[^\n]{0,60})`,
        String.raw`\bi know (?:his|her|their) (?:kids'? school|children'?s school|routine|schedule|movements)\b(?<=\b(?:regret|fired|pay|deserve|coming)\b[^\n]{0,100})|\bi know where (?:he|she|they) lives?\b(?<=\b(?:regret|deserve|breathing|less people|fewer people|better without|got it coming)\b[^\n]{0,120})`,
        String.raw`\b(?:he|she|they)(?:'s|'ve| has| have)? got it coming\b|\b(?:he|she|they) (?:won'?t|will not|wont) be walking (?:back|out|away|home)\b|\bshuts? (?:him|her|them) up for good\b|\bif i can'?t have (?:them|her|him|the kids|my kids),? (?:then )?(?:nobody|no one|no-one) (?:can|will|gets?)\b|\bthen (?:nobody|no one|no-one) gets them\b`,
        String.raw`\b(?:find out|see|learn) what (?:i'?m|i am) (?:really )?capable of\b(?<=\b(?:bull\w*|laugh\w*|mark my words|revenge|pay)\b[^\n]{0,100})|\b(?:nobody|no one|no-one|none of them)\b[^.!?\n]{0,30}?\b(?:laugh at me|push me around|bully me|mess with me)\b[^.!?\n]{0,20}?\b(?:after|again after|by) (?:friday|monday|tuesday|wednesday|thursday|tomorrow|today|tonight|next week|this week)\b|\b(?:she|he|they)(?:'ll| will) get what (?:she|he|they) deserves?\b(?=[^\n]{0,80}\b(?:everyone|all of them|office|done being)\b)`,
        String.raw`\bbring something (?:to school |in )?(?:that|to) (?:makes? them stop|shut them up|show them)\b|\bwaiting for (?:him|her|them)\b[^.!?\n]{0,20}?\bwith something (?:heavy|sharp)\b|\b(?:axe|knife|gun|hammer|machete|bat|crowbar)\b[^\n]{0,80}?\b(?:anger|rage|hate)\b (?:at|towards|for) (?:the|my|him|her|that)\b|\b(?:someone|somebody) (?:needs|has|ought) to (?:do something about|deal with|stop|sort out|shut up)\b[^\n]{0,100}?\b(?:it'?s going to be|it'?ll be|it has to be|might as well be|it'?s gonna be) me\b`,
        String.raw`\blast time (?:my [a-z]+|he|she|they) (?:wound|wind|winds) me up|\blast time (?:my [a-z]+|he|she|they) (?:started on|pushed|provoked) me\b[^.!?\n]{0,40}\b(?:ended up|wound up) in (?:a&e|hospital|the hospital)\b`,
        String.raw`\b(?:some people|people like (?:him|her|that))\b[^.!?\n]{0,20}(?:don'?t|doesn'?t) deserve to keep breathing\b|\bbetter with (?:a few )?(?:less|fewer) people like (?:him|her|my [a-z]+|that)\b`,
        String.raw`\b(?:voice|voices)\b[^\n]{0,80}\b(?:need to|have to|must) stop (?:him|her|them)\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Intent to hurt someone in street words: "imma pop him", "smoke this guy", "he getting
    // dropped", "put him in the hospital", "pull up on him with the squad", "got the strap". The
    // words differ; the stated intent is the same.
    // @see Meloy JR, et al. 2012 (leakage: intent to harm told to a third party).
    id: 'harm_to_others.street-threat',
    category: 'harm_to_others',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      [
        String.raw`\b(?:smoke|pop|merk|body|shank|wet|end|jump|jumping|rush|stab) (?:this|that) (?:guy|dude|man|kid|boy|girl|snake|opp|prick|twat|mf)\b`,
        String.raw`\b(?:pop|smoke|merk|shank|wet|body) (?:him|her|them|my cellmate)\b(?= *(?:[.!,]|$|fr\b|if\b|when\b|the second\b|ong\b|on god\b|tonight\b|no cap\b|not playing\b))`,
        String.raw`\b(?:he|she|they)(?:'s|s| is| are)? (?:getting|gettin|gon get|gonna get|about to get) (?:dropped|smoked|popped|merked|wet|shanked|bodied|stabbed|jumped)\b(?! off| at| from| by| into| back| home)`,
        String.raw`\b(?:putting|put|send|sending) (?:him|her|them) in (?:the )?(?:hospital|a&e|icu|a wheelchair|the ground|a box)\b(?<=\b(?:i'?m|im|imma|ima|gonna|going to|will|'ll|next time)\b[^.!?\n]{0,40})`,
        String.raw`\bcatch (?:a|another) (?:case|body)\b|\bgot the (?:strap|blick|burner|ting)\b|\b(?:ride|riding|slide|sliding) on (?:them|him|the opps)\b`,
        String.raw`\bpull(?:ing)? up on (?:him|her|them|this [a-z]+|that [a-z]+)\b(?=[^\n]{0,60}\b(?:squad|boys|strap|ugly|smoke|blick)\b)|\bjump(?:ing)? (?:him|her|them)\b(?= with the (?:boys|lads|squad|mandem))`,
      ].join('|'),
      'u',
    ),
  },

  // ─── Medical emergencies ───
  {
    // Stroke told as symptoms: one side of the face not moving, one side heavy, words coming out
    // wrong, seeing double. FAST signs are an emergency whatever the person calls them.
    // @see NHS, Stroke: symptoms (FAST: face, arms, speech, time); NICE NG128 (2019).
    id: 'medical_emergency.stroke-signs',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: new RegExp(
      [
        String.raw`\b(?:left|right|one) side of my (?:face|mouth)\b[^.!?\n]{0,30}?\b(?:won'?t move|isn'?t moving|can'?t move|(?:has )?(?:dropped|drooping|droopy|gone (?:numb|floppy|weird|dead)))\b`,
        String.raw`\bmy (?:left|right) side (?:feels|is|has gone|went|'s gone)\b[^.!?\n]{0,15}?\b(?:heavy|weak|numb|dead|floppy)\b`,
        String.raw`\b(?:my )?(?:words|speech) (?:are |is |keep |keeps )?(?:coming out (?:wrong|weird|jumbled|slurred|funny)|all jumbled)\b(?![^\n]{0,80}\b(?:dentist|anaesthetic|anesthetic|numbing|filling|injection|lol|haha|drunk|pints?|nervous|interviews?|tired|accent|second language)\b)(?<!\b(?:dentist|anaesthetic|anesthetic|numbing|filling|drunk|pints?|nervous|interviews?)\b[^\n]{0,80})`,
        String.raw`\bseeing double\b(?![^\n]{0,60}\b(?:pints?|beers?|drunk|lol|haha|tired)\b)(?<!\b(?:pints?|beers?|drunk|lol|haha)\b[^\n]{0,60})`,
      ].join('|'),
      'u',
    ),
  },
  {
    // A heart attack told as a heavy chest, an elephant sitting on it, or a chest that has felt
    // tight all evening; a racing or skipping heart after stimulants, after days without food or
    // with fainting. Chest pain that is heavy, crushing or lasting is an NHS emergency.
    // @see NHS, Heart attack: symptoms; NICE CG95 (2010, updated 2016), Recent-onset chest pain of suspected cardiac origin.
    id: 'medical_emergency.heart-signs',
    category: 'medical_emergency',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`\b(?:elephant|weight|brick|someone)(?:'s| is| has)? (?:sat|sitting|standing|pressing) on my chest\b|\bmy chest (?:has )?(?:felt|feels|has been|been|is|'s) (?:really |so |very )?(?:heavy|crushing|crushed)\b(?![^\n]{0,60}\b(?:grief|sad\w*|emotion\w*|cold|cough|flu|anxiety|panic)\b)|\bsomething'?s not right with my chest\b`,
        String.raw`\btight chest\b[^.!?\n]{0,40}\bout of breath (?:just )?(?:sitting|at rest|doing nothing|lying down)\b`,
        String.raw`\bheart\b[^.!?\n]{0,20}?\b(?:skipping|fluttering|fluttery|racing|pounding|going crazy|going mental|doing something weird|gonna explode|going to explode|like it'?s (?:gonna|going to) explode|at 1[4-9]\d|at 2\d\d)\b(?=[^\n]{0,100}\b(?:energy drinks?|pre-?workout|coke|cocaine|molly|mdma|speed|edibles?|pills|fainted|nearly fainted|chest (?:hurts|pain)|can'?t stand|throwing up|being sick|sick)\b|(?<=\b(?:energy drinks?|pre-?workout|coke|cocaine|molly|mdma|speed|edibles?|pills|haven'?t eaten|been sick|throwing up|did way too much|too many|too much)\b[^\n]{0,120}))`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Too much of a medicine or drug taken, told as "a few too many", "more than I meant to",
    // "a handful", "all of them", "can't remember how many", or as its effects: slow breathing,
    // can't keep eyes open, nodding out, blue lips. An overdose with these signs is an emergency.
    // @see NHS, Overdose and poisoning; NICE CKS, Poisoning or overdose (reduced consciousness, slow breathing).
    id: 'medical_emergency.too-much-taken',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: new RegExp(
      [
        String.raw`\b(?:took|taken|had|swallowed|necked|popped|done|did|ate|taking)\b (?:a few |way |a bit |far |loads |a lot |maybe )?(?:too many|too much|more (?:of (?:my|the) [a-z ]{1,30}?)?than i (?:meant to|should(?:'?ve| have)?|was supposed to|was meant to)|a (?:handful|fistful)|all of them|(?:the )?whole (?:box|pack|packet|bottle|strip))\b(?=[^\n]{0,80}\b${TAKEN}\b|(?<=\b${TAKEN}\b[^\n]{0,120}))(?![^\n]{0,40}\b(?:sweets|chocolate|photos|pictures|shots of espresso|coffee|cake|biscuits|crisps|food|pizza)\b)`,
        String.raw`\b(?:taken|took|had) (?:something|some(?: [a-z]+)?|them|pills|tablets)\b[^.!?\n]{0,30}?\bcan'?t remember how (?:many|much)\b|\b(?:all of them|the whole lot|every (?:single )?one of them|the lot)(?= *(?:[.!]|$))(?<=\b(?:pills|tablets|meds|capsules|painkillers|paracetamol|sleeping tablets)\b[^\n]{0,120})`,
        String.raw`\b(?:breathing|breath) (?:feels |is |'s |has gone |got |getting )?(?:really |so |very |kinda )?(?:slow|shallow)\b(?! and (?:calm|steady|relaxed|even|deep|controlled))(?![^\n]{0,60}\b(?:calm|relaxed|exercises?|meditat\w*|yoga|asleep)\b)(?<!\b(?:exercises?|meditat\w*|yoga|mindful\w*)\b[^\n]{0,100})(?=[^\n]{0,100}\b(?:${TAKEN}|wine|vodka)\b|(?<=\b(?:${TAKEN}|wine|vodka)\b[^\n]{0,120}))|\bcan'?t keep my eyes open\b(?<=\b(?:diazepam|pills|tablets|meds|wine|vodka|xans|percs)\b[^\n]{0,120})`,
        String.raw`\bnodding out\b|\bgreened out\b|\b(?:can'?t (?:really )?feel my (?:feet|legs|hands|face)|everything'?s (?:blurry|slow|spinning)|(?:my )?vision (?:is|'s|has gone|went) (?:all )?blurry|can'?t (?:stand|walk) (?:up )?(?:straight )?|(?:very |really |so )?(?:floaty|far away))\b(?=[^\n]{0,40}\b(?:after|since) (?:the |those |that |taking (?:the |those |my )?|my )?${TAKEN}\b|(?<=\b(?:after|since|took|taken|had|popped|swallowed)\b (?:the |those |that |my |some |a few |a handful |more )?(?:[a-z]+ )?${TAKEN}\b[^\n]{0,100}))|\b(?:can'?t feel my (?:feet|face|legs))\b(?=[^\n]{0,60}\b(?:pills|tablets|molly|mdma|so hot|sweating)\b)|\b(?:had|taken|took) (?:maybe |about |around |like )?(?:1[2-9]|[2-9]\d)(?: or (?:1[2-9]|[2-9]\d))? since\b(?<=\b(?:paracetamol|tablets|pills|co-codamol|ibuprofen)\b[^\n]{0,120})`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Other NHS red flags told without a diagnosis: a throat closing after a new medicine, lips
    // gone blue, breath like pear drops in type 1 diabetes, a swollen calf with breathlessness at
    // rest, vomiting blood, a hand through glass with a lot of blood, a fall with no getting up, a
    // seizure told as lost time and a bitten tongue, severe pain in early pregnancy with spotting,
    // sharp lower-right pain with fever.
    // @see NHS 111 / 999 guidance: anaphylaxis, DKA, DVT/PE, GI bleeding, severe bleeding, falls, seizures, ectopic pregnancy, appendicitis.
    id: 'medical_emergency.red-flags',
    category: 'medical_emergency',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`\bthroat (?:is |'s |feels (?:like it'?s )?)?(?:getting |going )?(?:smaller|tighter|narrower|closing(?: up)?)\b`,
        String.raw`\blips (?:have |are |'ve |'re )?(?:gone|turned|going|turning|look|looking|are) (?:a bit |slightly |really |kind of |kinda )?blue\b(?![^\n]{0,60}\b(?:cold|swim\w*|sea|lake|winter|freezing|ice|lipstick|slush\w*|sweets?|raspberry|paint\w*|make-?up|costume|dye\w*|party)\b)(?<!\b(?:cold|swim\w*|sea|lake|freezing|lipstick|slush\w*|paint\w*|make-?up|costume|dye\w*)\b[^\n]{0,60})`,
        String.raw`\bbreath smells? (?:like|of) (?:pear drops|nail varnish|nail polish|acetone)\b`,
        String.raw`\bcalf\b[^\n]{0,60}?\b(?:swollen|hot and red|red and hot)\b(?=[^\n]{0,80}\b(?:out of breath|short of breath|breathless|tight chest|chest pain)\b)|\b(?:out of breath|short of breath|breathless|tight chest)\b[^\n]{0,80}?\bcalf\b[^.!?\n]{0,40}\bswollen\b`,
        String.raw`\b(?:threw|throwing|throw|been|was) (?:up )?(?:sick )?blood\b|\b(?:vomit(?:ing|ed)?|puk(?:ing|ed)|throwing up|threw up|bringing up) (?:up )?(?:fresh |dark |bright red )?blood\b|\bblood when i (?:throw up|am sick|vomit|cough)\b|\bthrew up blood\b`,
        String.raw`\b(?:hand|arm|fist|foot|leg) (?:went|has gone|'s gone|goes) (?:straight )?through (?:the |a )?(?:glass|window|glass door|pane|mirror)\b|\b(?:a lot of|lots of|so much|pool of) (?:red|blood) on the (?:kitchen |bathroom )?floor\b`,
        String.raw`\b(?:fell|fallen|had a fall|slipped)\b(?! (?:asleep|for|behind|out|in love|apart|off to sleep|through))[^.!?\n]{0,60}?\b(?:still )?(?:can'?t|cannot|unable to) (?:get up|stand up|get off the floor)\b(?! (?:for|in the morning|early|on time))`,
        String.raw`\bbit (?:my )?tongue\b[^.!?\n]{0,40}\b(?:wet myself|lost (?:time|about|[a-z]+ minutes))\b|\blost (?:about )?[a-z0-9]+ minutes\b[^.!?\n]{0,30}\bbit (?:my )?tongue\b`,
        String.raw`\b(?:might be|could be|think i'?m|i'?m) pregnant\b[^\n]{0,80}\b(?:spotting|bleeding)\b(?<=\b(?:worst|severe|agony|unbearable)\b[^\n]{0,160})`,
        String.raw`\b(?:sharp|severe|stabbing|worst) pain\b[^.!?\n]{0,30}?\b(?:lower right|right side|low down on my right|bottom right)\b(?=[^\n]{0,60}\b(?:fever|temperature|can'?t (?:stand|walk|move)|vomit\w*|being sick)\b)`,
        String.raw`\bcan'?t keep (?:water|fluids|anything) down\b(?=[^\n]{0,60}\bheart\b)`,
        String.raw`\b(?:so hot|overheating),? can'?t stop sweating\b(?<=\b(?:molly|mdma|pills|ecstasy)\b[^\n]{0,80})`,
      ].join('|'),
      'u',
    ),
  },
];
