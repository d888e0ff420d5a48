import { F, type RiskRule } from './risk-rule.ts';

const { drug: DRUGS, owner: OWNER } = F;
const TAKEN =
  '(?:took|taken|taking|take|swallowed|swallowing|downed|necked|had|ate|injected|injecting|mixed|popped|done)';
const EXCESS =
  '(?:(?:2|two|too|way too|far too) many|all (?:of )?(?:my|the|his|her)?|a (?:whole |full |entire )?(?:bottle|packet|pack|box|strip|blister|sheet|tub|handful|load|bunch|lot) of|the whole (?:bottle|packet|pack|box|strip|lot)(?: of)?|a lot of|loads of|lots of|too many|way too many|too much|way too much|far too many|far too much|the rest of|\\d{2,}|twenty|thirty|forty|fifty|a hundred)';
// What a body does after too much of something: the sign it is an emergency now.
const SYMPTOM =
  "(?:can'?t (?:feel|stay awake|keep my eyes open|breathe|stop (?:shaking|being sick|throwing up|vomiting)|see properly|move)|barely (?:stay awake|breathe|awake|conscious)|woozy|drowsy|dizzy|heart(?:'s| is)? (?:racing|pounding|beating (?:really |so )?fast)|seeing things|hallucinat\\w+|being sick|throwing up|vomiting|pass(?:ing)? out|passed out|shaking|sweating|sweaty|confused|numb|going blue|blacking out|blacked out|blurry|slurring|fitting|falling asleep|so sleepy|can'?t wake up|nodding (?:out|off)|boiling|overheating|heart (?:is |'s )?going (?:mental|crazy|mad)|(?:feel|feeling) (?:v |very |really |so )?(?:sick|weird|strange|wrong|faint)|can'?t think straight)";

/**
 * Medical emergencies: an overdose or poison already taken, bleeding that will not stop, serious
 * injury, and body signs that need emergency services now (breathing, chest pain, stroke signs,
 * anaphylaxis, a head injury with confusion, a fall with no way up). Always imminent: no
 * conversation should come before calling for help; a double dose without symptoms is high.
 * @see NHS, When to call 999 (breathing difficulty, chest pain, heavy bleeding, overdose, sudden severe headache, allergic reaction, serious injury).
 * @see NICE guideline NG225 (2022): an overdose is a medical emergency whatever the intent.
 * @see NICE guideline NG232, Head injury: assessment and early management (2023): confusion, vomiting after a head injury.
 */
export const MEDICAL_EMERGENCY_RULES: readonly RiskRule[] = [
  {
    id: 'medical_emergency.overdose-taken',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: new RegExp(
      `\\b(?:i )?(?:just |already |have |'ve |ve )?${TAKEN} (?:like |about |around |over |maybe |probably |at least )?${EXCESS}(?: of)? ${OWNER}${DRUGS}\\b|\\b(?:i )?(?:have |'ve |ve |just |think i )?(?:overdosed|od'?d|od ed|took an overdose|taken an overdose)\\b|\\b(?:i'?m|im|i am) (?:od'?ing|o ?d'?ing|overdosing)\\b|\\b(?:took|taken|had|done|necked|swallowed|popped) (?:way |far |way way )?too (?:much|many)(?= *(?:[.!?,]|$|of (?:my|the|it|them|that)|by accident|and i))|\\b(?:drank|drunk|swallowed) (?:some |a bottle of |the |a cup of |a glass of )?(?:bleach|antifreeze|weed ?killer|poison|cleaning (?:stuff|fluid|products)|drain cleaner|dishwasher (?:tablets|liquid)|screenwash)\\b|\\b(?:took|swallowed|taken|downed) (?:whatever|everything|all) (?:was|i could find|i found|i had|that was)(?: in)?\\b|\\b(?:took|swallowed|taken|had) (?:like |about |around |maybe )?\\d{2,} of (?:something|them|those|these|the [a-z]+)\\b`,
      'u',
    ),
  },
  {
    id: 'medical_emergency.taken-with-symptoms',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: new RegExp(
      `\\b(?:took|taken|taking|swallowed|injected|mixed|downed|popped)\\b[^.!?\\n]{0,60}?\\b(?:something|whatever|a load|loads|a bunch|too (?:many|much)|extra|double|twice|more than (?:i'?m|i am) (?:meant|supposed) to|them all|all of them)\\b[^\\n]{0,80}?\\b${SYMPTOM}|\\b(?:mixed|mixing|took|taken|taking|had) (?:my |the |some |a few |loads of )?(?:[a-z]+ )?(?:pills|tablets|meds|medication|painkillers) (?:with|and) (?:alcohol|vodka|wine|beer|booze|drink|whisky|gin)\\b|\\b(?:drank|drunk|had|downed) (?:a (?:whole )?bottle of|loads of|so much|a lot of) (?:vodka|wine|whisky|gin|rum|alcohol|booze)\\b[^.!?\\n]{0,40}\\b(?:took|taken|swallowed|and) (?:some|a few|loads|all|a handful) (?:of )?(?:my |the )?(?:[a-z]+ )?${DRUGS}\\b|\\b(?:took|swallowed|taken) (?:something|a pill|some pills)\\b(?= (?:an? |about an? |like an? |\\d+ )?(?:hour|minutes?|mins?|hours)s? ago)`,
      'u',
    ),
  },
  {
    id: 'medical_emergency.signs',
    category: 'medical_emergency',
    level: 'imminent',
    // Stroke (face, arm, speech), a heart attack's arm, toxic fumes, low blood sugar: NHS "When to call 999".
    // A glucose reading of 1-2 mmol/L (or a meter's LO) with shaking or confusion is a severe hypo
    // (NHS, Low blood sugar (hypoglycaemia)).
    pattern: new RegExp(
      [
        `\\b(?:face|mouth|smile)(?: has| is|'s)? (?:gone |going |went |is )?(?:droopy|drooping|lopsided)\\b`,
        `\\bone side of my (?:face|body|mouth)(?: has| is|'s)? (?:gone |going |went )?(?:droopy|drooping|numb|weak|dead|floppy)\\b`,
        `\\bmy left arm(?: has| is|'s)? (?:gone |going |went )?(?:numb|dead|weak|tingly|heavy)\\b`,
        `\\bchest (?:has been |is |keeps |'s )?(?:crushing|being crushed|like it'?s being crushed|in a vice)\\b`,
        `\\b(?:mixed|mixing) (?:[a-z]+ ){0,2}(?:cleaning products|chemicals|cleaners|bleach and [a-z]+)\\b[^\\n]{0,80}\\b(?:cough\\w*|can'?t breathe|chest|dizzy|eyes (?:burn|sting)|throat|wheez\\w*)`,
        `\\b(?:blood )?(?:sugars?|glucose|bg|bm|levels?)(?:'s| is| are| at)? (?:like |only |at |down to |reading )?(?:[12](?:\\.\\d)?|lo)\\b(?! ?(?:teaspoons?|spoons?|cubes?|lumps?|grams?|g\\b|%|sugars?|in my))(?=[^\\n]{0,60}\\b(?:shak\\w*|sweat\\w*|confused|dizzy|faint|can'?t think)\\b)`,
        `\\b(?:diabetic|diabetes|type 1|blood sugar|insulin)\\b[^.!?\\n]{0,60}\\b(?:shaking|shaky|sweating|sweaty|confused|can'?t think straight|dizzy)\\b[^.!?\\n]{0,40}\\b(?:shaking|shaky|sweating|sweaty|confused|can'?t think straight|dizzy|faint|pass(?:ing)? out)\\b`,
        `\\b(?:mixed|mixing|took|taken|had|done|necked|dropped|popped|took a)\\b[^.!?\\n]{0,40}\\b(?:xans?|bars|benzos?|lean|ket|mdma|molly|pills?|coke|opioids|oxy|fent\\w*|heroin|ghb|pingers)\\b[^\\n]{0,60}?\\b${SYMPTOM}`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'medical_emergency.after-seizure',
    category: 'medical_emergency',
    level: 'high',
    // A first or unexpected seizure, or one with injury, needs urgent assessment (NICE NG217, Epilepsies, 2022).
    pattern:
      /\b(?:i (?:think i |might have |just )?|i'?ve (?:just )?)(?:had|have had) (?:a )?(?:fit|seizure|blackout)\b(?! of)(?![^.!?\n]{0,30}\b(?:years?|months?|weeks?|ages|a while|long time) ago\b)|\bwoke up on the (?:[a-z]+ )?floor\b(?=[^\n]{0,60}\b(?:bit|bitten|tongue|blood|don'?t remember|can'?t remember|wet myself)\b)/u,
  },
  {
    id: 'medical_emergency.double-dose',
    category: 'medical_emergency',
    level: 'high',
    // A doubled dose of a blood thinner or insulin needs advice now (NHS 111; NHS, Warfarin: if you take too much).
    pattern: new RegExp(
      `\\b(?:took|taken|had|injected) (?:double|twice|triple|two lots of|two times) (?:my|the|his|her) (?:dose|doses|amount|prescription|insulin|meds|medication|tablets|pills)\\b|\\b(?:took|taken|had|injected) ${OWNER}(?:${DRUGS}|dose|doses) (?:three|four|3|4|several|a few) times (?:today|this morning|tonight|in a row|since)\\b|\\b(?:took|taken|had) ${OWNER}(?:${DRUGS}|dose|doses) (?:twice|two times|again by mistake)\\b|\\b(?:accidentally |i )?doubled (?:up )?(?:on )?(?:my|your|the) (?:dose|doses|warfarin|insulin|meds|medication|tablets|pills)\\b|\\b(?:took|taken|had) (?:a few|some|two|three|an|several) extra (?:of )?${OWNER}(?:${DRUGS}|doses?)?\\b`,
      'u',
    ),
  },
  {
    id: 'medical_emergency.bleeding',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\b(?:bleeding (?:a lot|heavily|badly|everywhere|so much|won'?t stop|will not stop|too much)|(?:the )?(?:bleeding|blood) (?:won'?t|will not|doesn'?t|isn'?t) stop(?:ping)?|(?:won'?t|will not|doesn'?t|can'?t make it) stop bleeding|can'?t stop the bleeding|cut (?:too )?deep(?:er)? than|cut too deep|lost a lot of blood|(?:need|needs) stitches|(?:there'?s|there is) blood everywhere|blood (?:is )?(?:everywhere|pouring|gushing|spurting)|so much blood|(?:it|the cut|the wound|the blood) (?:won'?t|will not|isn'?t|doesn'?t|can'?t) stop(?:ping)?\b(?<=\b(?:cut|slashed|slit|wrists?|bleed\w*|blood|wound|stab\w*)\b.{0,60})|soaked through (?:the )?(?:towel|bandage|plaster))\b/u,
  },
  {
    id: 'medical_emergency.body',
    category: 'medical_emergency',
    level: 'imminent',
    // Difficulty breathing now (not "when I run"), a throat that tightens (not after singing, crying or
    // with nerves), a knock to
    // the head with vomiting is (NICE NG232); blue lips or pink frothy cough are (NHS, When to call 999).
    pattern:
      /\b(?:(?:i )?can'?t breathe|struggling to breathe|(?:i'?m |i am |im )?(?:having|getting) (?:real |serious |bad |a lot of )?(?:trouble|difficulty|problems) breathing\b(?! (?:when|if|whenever|at night when|during|after (?:running|exercise|the gym|climbing)))|(?:it'?s|its|it is) (?:getting )?(?:so |really |very )?(?:hard|difficult) to breathe\b(?! (?:when|if|whenever|in this heat))|chest (?:pains?|is (?:tight|crushing))|crushing (?:pain|feeling) in my chest|chest (?:has been |keeps |is )?(?:hurting|aching)\b(?=[^.!?\n]{0,60}\b(?:minutes|dizzy|sweat\w*|arm|jaw|breath\w*|sick)\b)|(?:i'?m |i am )?having (?:a )?(?:heart attack|seizure|stroke|fit)|my (?:face|arm|mouth) (?:is|has gone) (?:numb|drooping)|throwing up blood|vomiting blood|cough(?:ing|ed)? up (?:pink |frothy |foamy )?(?:foam|froth|blood)|(?:i )?(?:keep|kept|am) passing out|losing consciousness|(?:my )?(?:lips|fingers|face)(?: are| is|'s|'re)? (?:going |turning |gone |look(?:ing|s)? )(?:a bit |kind of |slightly |really )?blue|worst headache (?:of my life|i'?ve ever had)|(?:sudden|suddenly)[^.!?\n]{0,20}\b(?:worst|severe|splitting) headache|(?<!\b(?:singing|sang|sung|shouting|shouted|crying|cried|karaoke|screaming|screamed|cheering|cheered|yelling|yelled|talking|smoking)\b[^.!?\n]{0,40})throat(?:'s| is| has)? (?:getting |going |feels? |feeling |felt |been |really |so ){0,3}(?:closing(?: up)?|swelling(?: up)?|swollen|tight(?:ening)?)(?![^.!?\n]{0,25}\b(?:singing|shouting|crying|cold|talking|yelling|cheering|karaoke|nerves|nervous|anxi\w+|panic\w*|stress\w*|upset|emotional)\b)|tongue (?:is )?swelling|(?:asthma attack|inhaler)\b[^.!?\n]{0,40}?\b(?:isn'?t|not|doesn'?t|won'?t) (?:helping|working)|(?:fallen|fell|collapsed|slipped|tripped|fell over)\b[^.!?\n]{0,40}?\b(?:can'?t|cannot) (?:get up|move|feel)|(?:(?:hit|banged|bashed|smacked|whacked) my head|(?:bump|knock|blow|whack|bang) (?:on|to) (?:the|my) head)\b[^\n]{0,60}?\b(?:blood|bleeding|confused|dizzy|being sick|been sick|throwing up|thrown up|threw up|vomit\w*|blacked out|knocked out|can'?t remember|seeing double)|(?:burn(?:ed|t)|scalded) (?:myself |my [a-z]+ )?(?:really |so |very )?badly|skin (?:is )?(?:peeling|coming) off|(?:hand|arm|finger|leg|foot) (?:got )?(?:caught|crushed|trapped) in)\b/u,
  },
  {
    id: 'medical_emergency.airway',
    category: 'medical_emergency',
    level: 'imminent',
    // Choking, and an allergic reaction after a food or a sting: the airway is at risk now.
    // @see Resuscitation Council UK, Adult choking algorithm (2021) and Emergency treatment of anaphylaxis (2021).
    pattern: new RegExp(
      [
        `\\b(?:i'?m |i am )?chok(?:ing|ed) on (?:a |an |some |the |my )?(?:piece|bit|chunk|lump|bone|fish ?bone|steak|meat|chicken|food|sweet|boiled sweet|grape|nut|peanut|sandwich|bread|apple|carrot|pill|tablet|[a-z]+ bone)\\b(?![^.!?\\n]{0,40}\\b(?:lol|haha|earlier|yesterday|but (?:it'?s|i'?m) (?:fine|ok|okay))\\b)`,
        `\\b(?:food|something|it|a bit|a piece|[a-z]+) (?:is |'s )?stuck in my (?:throat|windpipe)\\b(?=[^\\n]{0,60}\\b(?:can'?t (?:breathe|cough|speak|talk|get it)|won'?t come (?:up|out)|choking)\\b)`,
        `\\b(?:lips?|tongue|face|mouth|eyes)(?: (?:is|are|has|have))?(?:'s|'re)? (?:all )?(?:swelling|swollen|swelled|puffing)(?: up)?\\b(?=[^\\n]{0,80}\\b(?:ate|eaten|eating|sting|stung|peanuts?|nuts|shrimp|prawns?|shellfish|allergic|allergy|breath\\w*|epipen|wheez\\w*)\\b)|\\b(?:ate|eaten|stung)\\b[^\\n]{0,60}\\bmy (?:lips?|tongue|face|mouth)(?: (?:is|are|has|have))?(?:'s|'re)? (?:all )?(?:swelling|swollen|swelled|puffing)(?: up)?\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'medical_emergency.heart',
    category: 'medical_emergency',
    level: 'high',
    // Chest pain, pressure or tightness that spreads to the arm, jaw, neck or back, or comes with
    // sweating or sickness: suspected acute coronary syndrome, call 999.
    // @see NICE CG95, Recent-onset chest pain of suspected cardiac origin (2010, updated 2016).
    pattern:
      /\b(?:pain|pressure|tightness|heaviness|ache|squeezing) in (?:my|the middle of my) chest\b[^\n]{0,80}?\b(?:(?:into|to|down|up|through) (?:my |one |the )?(?:jaw|left arm|arms?|neck|back|shoulders?)|jaw|left arm|sweat\w*|clammy)\b|\bchest(?:'s| is| has| feels?| felt| been|'s been| has been)?[^.!?\n]{0,40}\b(?:tight\w*|heavy|heaviness|pressure|squeez\w*|ach\w*|hurt\w*|pain\w*|crush\w*)\b[^\n]{0,80}?\b(?:(?:into|to|up|down|through) (?:my |one |the )?(?:jaw|left arm|arms?|neck|back|shoulders?)|jaw|left arm|sweat\w*|clammy)\b|\b(?:tingl\w*|numb\w*|pain|ache\w*|heav\w+|pins and needles) (?:down|in|all down) (?:one|my left|my) arm\b[^\n]{0,60}\bjaw\b|\bjaw\b[^\n]{0,60}\b(?:tingl\w*|numb\w*|pain|ache\w*) (?:down|in) (?:one|my left) arm\b/u,
  },
  {
    id: 'medical_emergency.neuro',
    category: 'medical_emergency',
    level: 'high',
    // A first seizure, repeated seizures in a day, signs of meningitis, and sudden loss of sight in one eye.
    // @see NICE NG217, Epilepsies in children, young people and adults (2022): a first seizure needs urgent assessment.
    // @see NHS, Meningitis: symptoms (stiff neck, dislike of bright light, with headache or fever).
    // @see NHS, When to call 999 (sudden loss of vision, a seizure lasting or repeating).
    pattern: new RegExp(
      [
        `\\b(?:had|having|just had) (?:a |my )?(?:first (?:ever )?)?(?:seizure|fit)\\b(?=[^.!?\\n]{0,40}\\bfirst (?:one )?ever\\b)|\\b(?:had|having|just had) (?:my |a )first (?:ever )?(?:seizure|fit)\\b`,
        `\\b(?:had|having|i'?ve had) (?:two|three|four|five|several|\\d+|a few|multiple|lots of) (?:fits|seizures)\\b(?= *(?:today|tonight|this (?:morning|afternoon|evening)|in (?:a row|an hour|the last|the past)|since))|\\b(?:fits|seizures) (?:are|have) (?:come )?back\\b[^.!?\\n]{0,40}\\b(?:two|three|four|five|several|\\d+) (?:today|in a row|this morning)`,
        `\\b(?:neck(?:'s| is)? (?:really |so |very )?stiff|stiff neck)\\b(?<=\\b(?:headache|fever|temperature|light hurts|bright light|rash|vomit\\w*|being sick)\\b[^\\n]{0,100})|\\b(?:neck(?:'s| is)? (?:really |so |very )?stiff|stiff neck)\\b(?=[^\\n]{0,80}\\b(?:headache|fever|temperature|light hurts|light is hurting|bright light|rash)\\b)`,
        `\\b(?:vision|sight) in (?:one|my (?:left|right)) eye\\b[^.!?\\n]{0,30}\\b(?:went|goes|go|gone|going|went all) (?:dark|black|grey|gray|blurry|dim)|\\b(?:lost|losing) (?:the )?(?:vision|sight) in (?:one|my (?:left|right)) eye|\\bcan'?t see (?:out of|from|with) (?:one|my (?:left|right)) eye\\b`,
        `\\b(?:headache|room|tilt\\w*|spinning|face|arm|hand|sudden\\w*)\\b[^\\n]{0,120}?\\bwords? (?:are |is )?(?:coming|come|came) out (?:in the wrong order|jumbled|muddled|all wrong|slurred)\\b|\\bmy words (?:are |keep )?(?:coming|come|came) out (?:in the wrong order|jumbled|muddled|slurred)\\b(?=[^\\n]{0,80}\\b(?:face|arm|hand|headache|suddenly|room)\\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'medical_emergency.rash',
    category: 'medical_emergency',
    level: 'imminent',
    // A rash that does not fade when a glass is pressed on it: possible meningococcal sepsis, call 999.
    // @see NHS, Meningitis: symptoms (the glass test); NICE NG240, Bacterial meningitis and meningococcal disease (2024).
    pattern: new RegExp(
      `\\b(?:rash|spots|marks|blotches)\\b[^.!?\\n]{0,80}\\b(?:(?:doesn'?t|does not|don'?t|won'?t|didn'?t|isn'?t|aren'?t|not) (?:fade|fading|go(?:ing)? away|disappear\\w*|blanch\\w*)|still there)\\b[^.!?\\n]{0,40}\\bglass\\b|\\bglass\\b[^.!?\\n]{0,60}\\b(?:rash|spots)\\b[^.!?\\n]{0,40}\\b(?:doesn'?t|does not|don'?t|won'?t|didn'?t|not|still)\\b|\\bnon[- ]?blanching\\b`,
      'u',
    ),
  },
  {
    id: 'medical_emergency.injury',
    category: 'medical_emergency',
    level: 'imminent',
    // Bleeding that soaks through dressings or goes on for hours after an operation or a tooth
    // out, an eye hurt by a blast, a chemical or a blow, smoke breathed in, and batteries, magnets
    // or sharp things swallowed.
    // @see NHS, When to call 999 and When to go to A&E (heavy bleeding, eye injuries, swallowed objects, burns and smoke).
    pattern: new RegExp(
      [
        `\\b(?:soaked|bled|bleeding|gone|going|went) (?:right )?through (?:two|three|four|\\d+|another|a few|several|a couple of) (?:towels|tea towels|bandages|dressings|t-shirts|shirts)\\b|\\b(?:towel|bandage|dressing|gauze|tea towel)s? (?:is|are|'s) (?:fully|completely|totally|all|already|soaked|drenched) ?(?:red|soaked|drenched|through)\\b`,
        `\\b(?:mouth|socket|gum|stitches|wound|incision|scar)\\b[^.!?\\n]{0,30}\\b(?:keeps? (?:filling (?:up )?with|pouring|oozing|gushing) blood|filling (?:up )?with blood|(?:won'?t|will not|doesn'?t) stop bleeding)\\b(?<=\\b(?:teeth|tooth|extraction|surgery|operation|op|c-section|stitches|procedure)\\b[^\\n]{0,120})`,
        `\\b(?:firework|chemicals?|bleach|acid|oven cleaner|glass|metal|shard|splinter|hot oil|fat)\\b[^.!?\\n]{0,40}\\b(?:in|into|hit|went (?:off )?in) my (?:eye|eyes|face)\\b(?=[^\\n]{0,60}\\b(?:won'?t open|can'?t open|can'?t see|burn\\w*|sting\\w*|bleed\\w*|pain|hurts?|blind)\\b)|\\b(?:one |my )?eye (?:won'?t|will not|can'?t) open\\b(?<=\\b(?:firework|hit|punched|chemical|bleach|acid|blast|exploded|splash\\w*)\\b[^\\n]{0,80})`,
        `\\b(?:breathed|inhaled|breathing|took|swallowed) in (?:a lot of |loads of |so much |lots of |some |too much )?smoke\\b[^\\n]{0,80}\\b(?:hoarse|black|sooty|cough\\w*|wheez\\w*|can'?t breathe|chest|throat|dizzy)|\\b(?:spit|phlegm|mucus|snot|saliva)(?: is|'s)? (?:black|sooty)\\b(?<=\\b(?:smoke|fire|burning|flames)\\b[^\\n]{0,100})`,
        `\\b(?:i|i've|ive|i have)(?: (?:just|accidentally|think i|might have|may have|probably))? (?:swallowed|ate) (?:a |an |some |the |two |three |\\d+ |a few |a couple of |a load of |loads of |a bunch of )?(?:button |coin |watch |remote |tiny |small )?(?:batter(?:y|ies)|magnets?|razor blades?|blades?|pins|needles|nails|screws|ball bearings|broken glass|(?:a |some )?(?:piece|pieces|bits?|shards?) of glass)\\b`,
        `\\b(?:burn|scald)\\b[^.!?\\n]{0,40}\\b(?:blister(?:ing|ed|s)?|white|charred|black) (?:across|over|all over|down|covering) (?:most of |all of |the whole of |half (?:of )?)?my\\b|\\bblister(?:ing|ed)? (?:across|over|all over|down|covering) (?:most of |all of |the whole of |half (?:of )?)?my\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'medical_emergency.pregnancy',
    category: 'medical_emergency',
    level: 'imminent',
    // Contractions, waters breaking or heavy bleeding before 37 weeks: possible preterm labour.
    // @see NICE NG25, Preterm labour and birth (2015, updated 2022); NHS, Premature labour and birth.
    pattern:
      /\b(?:(?:i'?m|i am|im) (?:having|getting)|started (?:having|getting)|keep (?:having|getting)|having) (?:regular |real |proper |strong )?contractions\b(?=[^\n]{0,80}\b(?:1\d|2\d|3[0-6]|twenty[- ]?[a-z]+|thirty[- ]?(?:one|two|three|four|five|six)) weeks\b)(?![^\n]{0,80}\bbraxton)|\b(?:(?:i'?m|i am|im) (?:only |just )?(?:1\d|2\d|3[0-6]) weeks(?: pregnant)?)\b[^\n]{0,60}\b(?:contractions (?:are |every|coming)|(?:my )?waters? (?:have |has )?(?:just )?(?:broken|broke|gone)|bleeding (?:heavily|a lot|loads)|heavy bleeding|lots of blood|so much blood)\b(?<!\bbraxton\b[^\n]{0,80})(?![^\n]{0,40}\b(?:with (?:my|him|her)|last time|years ago|braxton)\b)/u,
  },
  {
    id: 'medical_emergency.infection',
    category: 'medical_emergency',
    level: 'high',
    // A wound, bite or scratch that spreads with fever or shivering, and worsening lower-right
    // belly pain with fever: possible sepsis or appendicitis.
    // @see NICE NG51, Sepsis: recognition, diagnosis and early management (2016, updated 2024).
    // @see NHS, Appendicitis (pain moving to the lower right, getting worse, fever: A&E).
    pattern:
      /\b(?:hand|arm|leg|foot|finger|toe|knee|wound|cut|bite|scratch|tattoo|piercing|graze)\b[^.!?\n]{0,60}\b(?:swollen|red streaks?|red lines?|spreading|hot to (?:the )?touch|pus|infected)\b[^\n]{0,80}?\b(?:shiver\w*|fever\w*|high temperature|temperature of|chills|rigors|shaking all over)\b|\b(?:lower right|right lower|bottom right) (?:side of my )?(?:tummy|stomach|abdomen|belly|side)\b[^\n]{0,80}\b(?:fever|high temperature|worse|being sick|vomit\w*|can'?t (?:stand up|walk|move))\b(?<=\bpain\b[^\n]{0,140})/u,
  },
  {
    id: 'medical_emergency.overdose-unsaid',
    category: 'medical_emergency',
    level: 'imminent',
    // An overdose told without the usual words: saying it is done after talk of overdosing, an
    // amount of a medicine with how long ago, household cleaners swallowed.
    // @see NICE NG225 (2022) and NHS, When to call 999: an overdose is an emergency whatever the intent.
    pattern: new RegExp(
      `\\bi(?:'ve| have)? already (?:have|did|done it|taken them|took them)\\b(?<=\\b(?:overdos\\w*|od|take them|taking them)\\b[^\\n]{0,60})|\\b(?:all|the whole (?:bottle|packet|pack|box|strip)(?: of)?) (?:of )?(?:the |my )?${DRUGS}\\b[^\\n]{0,30}\\b(?:\\d+|an?|like an?|about an?|half an?) (?:hours?|mins?|minutes?) ago\\b|\\b(?:drank|drunk|swallowed) (?:some (?:of )?|a bit of |a mouthful of )?(?:the )?(?:cleaning spray|disinfectant|washing up liquid|laundry (?:pod|capsule|liquid)|fabric softener|mouthwash|bleach spray)\\b`,
      'u',
    ),
  },
  {
    id: 'medical_emergency.overdose-unsure',
    category: 'medical_emergency',
    level: 'moderate',
    // Unsure whether too much was taken, with a sign of it: ask, and urge NHS 111 or 999.
    // @see NHS, When to call 999 (overdose, drowsiness after medicines).
    pattern:
      /\b(?:did i|have i|i think i|i might have|i may have|maybe i|pretty sure i) (?:take|took|taken|had) (?:too many|too much|double|more than (?:i should|the dose))\b(?<=\b(?:drowsy|sleepy|dizzy|woozy|sick|heart|confused|can'?t stay awake)\b[^\n]{0,100})|\b(?:did i|have i|i think i|i might have|i may have|maybe i|pretty sure i) (?:take|took|taken|had) (?:too many|too much|double|more than (?:i should|the dose))\b(?=[^\n]{0,80}\b(?:drowsy|sleepy|dizzy|woozy|sick|heart|confused|can'?t stay awake)\b)/u,
  },
];

/** An amount of a drug named without a verb: an answer to "have you taken anything?" ("the whole box of my mum's tablets"). */
export const DOSE_NAMED = new RegExp(`\\b${EXCESS}(?: of)? ${OWNER}${DRUGS}\\b`, 'u');
