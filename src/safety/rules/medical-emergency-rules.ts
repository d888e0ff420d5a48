import { F, type RiskRule } from './risk-rule.ts';

const { drug: DRUGS, owner: OWNER } = F;
const TAKEN =
  '(?:took|taken|taking|take|swallowed|swallowing|downed|necked|had|ate|injected|injecting|mixed|popped|done)';
const EXCESS =
  '(?:(?:2|two|too|way too|far too) many|all(?: of)?(?: (?:my|the|his|her))?|a (?:whole |full |entire )?(?:bottle|packet|pack|box|strip|blister|sheet|tub|handful|load|bunch|lot) of|the whole (?:bottle|packet|pack|box|strip|lot)(?: of)?|a lot of|loads of|lots of|too many|way too many|too much|way too much|far too many|far too much|the rest of|\\d{2,}|twenty|thirty|forty|fifty|a hundred)';
// What a body does after too much of something: the sign it is an emergency now.
const SYMPTOM =
  "(?:can'?t (?:feel|stay awake|keep my eyes open|breathe|stop (?:shaking|being sick|throwing up|vomiting)|see properly|move)|barely (?:stay awake|breathe|awake|conscious)|woozy|drowsy|dizzy|heart(?:'s| is)? (?:racing|pounding|beating (?:really |so )?fast)|seeing things|hallucinat\\w+|being sick|throwing up|vomiting|pass(?:ing)? out|passed out|shaking|sweating|sweaty|confused|numb|going blue|blacking out|blacked out|blurry|slurring|fitting|falling asleep|so sleepy|can'?t wake up|nodding (?:out|off)|boiling|overheating|heart (?:is |'s )?going (?:mental|crazy|mad)|(?:feel|feeling) (?:v |very |really |so )?(?:sick|weird|strange|wrong|faint)|can'?t think straight)";

// Signs that follow too much of a medicine or drug, beyond SYMPTOM: slow breathing (opioids),
// overheating and a locked jaw (stimulants), legs that will not hold (sedatives).
// @see WHO, Management of poisoning: a handbook for health care workers (opioid and sedative toxidromes).
const SYMPTOM_MORE = `(?:${SYMPTOM}|breathing(?:'s| is| has)? (?:gone |going |got |getting |really |so |very ){0,2}(?:slow|shallow|weird)|(?:burning|boiling|so|really) hot|jaw(?:'s| is)? (?:locking|locked|clenching|clenched)|heart(?:'s| is)? (?:going to|gonna|about to) (?:stop|explode)|chest (?:hurts|is hurting|pains?)|(?:can'?t|cannot|cant) (?:stand|walk|get up)(?: up| properly| straight)?|(?:everything|the room)(?:'s| is)? (?:spinning|going (?:dark|black))|very drowsy)`;
// A poison people drink or swallow: household chemicals, garden and car products, fuels.
const POISON =
  '(?:bleach|antifreeze|anti-freeze|weed ?killer|paraquat|rat poison|slug pellets|drain (?:cleaner|unblocker)|oven cleaner|caustic soda|(?:dishwasher|laundry|washing|washing machine|detergent) (?:pods?|tablets?|capsules?|liquid|powder)|cleaning (?:liquid|fluid|spray|products?|stuff)|disinfectant|white spirit|turps|turpentine|paraffin|petrol|lighter fluid|screen ?wash|de-?icer|methanol|meths|pesticide|insecticide|poison|toilet cleaner|limescale remover|ammonia|battery acid)';
// Stroke signs (FAST): one side of the face, speech, one arm or leg.
const FACE_ONE_SIDE =
  "(?:(?:(?:one|the (?:left|right)|left|right) side of my face|half (?:of )?my face)(?:'s| is| has| feels| felt| went| looks)?(?: gone| going| all| really| so| a bit| kind of){0,2} (?:numb|droopy|drooping|dropped|lopsided|slack|heavy|dead|tingly|weak|weird|wrong|funny)|my (?:face|mouth|smile)(?:'s| is| has| feels| felt| went| looks)?(?: gone| going| all| really| so| a bit| kind of){0,2} (?:numb|droopy|drooping|dropped|lopsided|slack|dead|tingly|weak|weird|funny|wonky)(?: on (?:one|the (?:left|right)) side| down one side)|my face (?:looks|is looking) (?:weird|wrong|funny|odd|different|lopsided|wonky|droopy))";
const SPEECH_WRONG =
  "(?:(?:my )?words (?:are |keep |were )?(?:coming|come|came) out (?:wrong|all wrong|jumbled|muddled|slurred|in the wrong order|weird|funny)|(?:can'?t|cannot|cant) get (?:my |the )?words out|(?:can'?t|cannot|cant) (?:speak|talk) properly|slurring my words|(?:my )?speech(?:'s| is)? (?:slurred|slurring|garbled|jumbled))";
const LIMB_WEAK =
  "(?:(?:can'?t|cannot|cant) (?:feel|move|lift) my (?:left |right )?(?:arm|leg|hand)|my (?:left |right )?(?:arm|leg|hand)(?:'s| is| has| feels| went)?(?: gone| going| all| really| so){0,2} (?:weak|heavy|numb|dead|floppy|useless))";
// Everyday causes of the same signs: a dentist's numbing, a limb slept on, tiredness that always does it.
const EVERYDAY =
  "(?:dentist|dental|anaesthetic|anesthetic|filling|root canal|numbing|wisdom tooth|injection|sitting on it|slept on it|lying on it|when i'?m (?:tired|nervous|anxious|drunk|stressed)|sometimes|always|usually)";
// Checked once a match is found: over the match (and a little before) and 100 characters after it.
const NOT_EVERYDAY = `(?<!\\b${EVERYDAY}\\b[^\\n]{0,260})(?![^\\n]{0,100}\\b${EVERYDAY}\\b)`;
// A pet or a child as the one who swallowed it: the about-others rules read those.
const NOT_ANIMAL_OR_CHILD =
  '(?<!\\b(?:old|he|she|they|baby|toddler|son|daughter|kid|child|boy|girl|dog|cat|puppy|kitten) )';
// Blood, a wound or a cut as an injury ("cut my hours" is not one).
const WOUND_ITSELF =
  '(?:blood|bleed\\w*|bled|gash\\w*|wound|(?:the|a|this|my) (?:deep |bad |big |nasty )?cut|cut (?:my|myself|it)\\b(?! (?:hours|hair|losses|fringe|nails|budget|spending|ties|sugar|carbs|back|down|out)))';
// The same, or what made it.
const WOUND = `(?:${WOUND_ITSELF}|sliced|chainsaw|mandoline|knife|glass)`;
// A blow to the head, and the signs after it that NICE lists for a scan.
const HEAD_BLOW =
  '(?:(?:hit|banged|bashed|smacked|whacked|cracked|knocked) my head|hit (?:me )?(?:in|on) the (?:head|face)|(?:bump|knock|blow|whack|bang|hit) (?:on|to) (?:the|my) head|fell off (?:my|the|a) (?:bike|horse|scooter|skateboard|ladder)|came off (?:my|the) (?:bike|horse|scooter)|concussion|concussed|head injury|no helmet)';
const HEAD_SIGN =
  "(?:been sick (?:twice|again|more than once|a few times|three times|\\d+ times)|(?:vomited|threw up|thrown up) (?:twice|again|more than once|three times|a few times)|keep (?:being sick|throwing up|forgetting)|(?:can'?t|cannot|cant|don'?t|do not) remember (?:the (?:drive|journey|walk|ride|way|last (?:hour|few hours|half hour|bit|while|(?:\\d+|ten|twenty|thirty|few) (?:minutes|mins)))|what happened|how i got|getting|driving|coming)|keep forgetting|asked (?:[a-z]+ ){0,3}the same (?:thing|question)|seeing double|double vision|clear (?:fluid|liquid) (?:from|coming out of) my (?:nose|ear))";
const VOMITING =
  "(?:vomiting|throwing up|been sick|being sick|diarrh\\w*|(?:can'?t|cannot|cant) keep (?:any )?(?:water|fluids|anything|liquids|drinks) down)";
const NO_URINE =
  "(?:(?:haven'?t|have not|not|i'?ve not|hasn'?t) (?:had a |done a |been for a )?(?:wee|weed|peed|pee|urinated|passed (?:any )?(?:urine|water))|no (?:wee|pee|urine)|(?:peeing|pee|wee|urine|weeing)(?:'s| is)? (?:brown|dark brown|really dark|like tea))";
const HYPO_SIGN =
  "shaking|shaky|sweating|sweaty|confused|(?:can'?t|cannot|cant) think (?:straight|clear|clearly)|dizzy|faint|(?:feel|feeling) (?:very |really |so )?(?:strange|weird|odd|funny)|trembling|pass(?:ing)? out";

/** "Overdosed on true crime podcasts", "od'd on chocolate": too much of something that is not a drug. */
const NOT_A_DRUG_AFTER =
  '(?! on (?:[a-z]+ ){0,2}?(?:podcasts?|tv|telly|netflix|box ?sets?|youtube|tiktok|reels|memes|sugar|chocolate|sweets|cake|carbs|crisps|biscuits|cheese|pizza|coffee|sunshine|news|social media|reality tv|nostalgia|cuteness|drama|k-?dramas?|anime|books?|music|series|shows?|films?|movies?|gaming|revision|christmas (?:films|songs|music|telly|tv))\\b)';
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
      `\\b(?:i )?(?:just |already |have |'ve |ve )?${TAKEN} (?:like |about |around |over |maybe |probably |at least )?${EXCESS}(?: of)? ${OWNER}${DRUGS}\\b|\\b(?:i )?(?:have |'ve |ve |just |think i )?(?:overdosed|od'd|od ed|took an overdose|taken an overdose)\\b${NOT_A_DRUG_AFTER}|\\bjust odd?(?= on\\b)${NOT_A_DRUG_AFTER}|\\b(?:i|i'?ve|ive|think i)(?: just)? odd?(?= on\\b| (?:last night|earlier|again|an hour ago|this morning)\\b| *[.!?]*$)${NOT_A_DRUG_AFTER}|\\b(?:i'?m|im|i am) (?:od'?ing|o ?d'?ing|overdosing)\\b|\\b(?:took|taken|had|done|necked|swallowed|popped) (?:way |far |way way )?too (?:much|many)(?= *(?:[.!?,]|$|of (?:my|the|it|them|that)|by accident|and i))|\\b(?:drank|drunk|swallowed) (?:some |a bottle of |the |a cup of |a glass of )?(?:bleach|antifreeze|weed ?killer|poison|cleaning (?:stuff|fluid|products)|drain cleaner|dishwasher (?:tablets|liquid)|screenwash)\\b|\\b(?:took|swallowed|taken|downed) (?:whatever|everything|all) (?:was|i could find|i found|i had|that was)(?: in)?\\b|\\b(?:took|swallowed|taken|had) (?:like |about |around |maybe )?\\d{2,} of (?:something|them|those|these|the [a-z]+)\\b`,
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
        `\\b(?:diabetic|diabetes|type 1|blood sugar|insulin)\\b(?:(?!\\b(?:when|if|whenever)\\b)[^.!?\\n]){0,60}\\b(?:shaking|shaky|sweating|sweaty|confused|can'?t think straight|dizzy)\\b[^.!?\\n]{0,40}\\b(?:shaking|shaky|sweating|sweaty|confused|can'?t think straight|dizzy|faint|pass(?:ing)? out)\\b`,
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
      /\b(?:(?:i )?can'?t breathe|struggling to breathe|(?:i'?m |i am |im )?(?:having|getting) (?:real |serious |bad |a lot of )?(?:trouble|difficulty|problems) breathing\b(?! (?:when|if|whenever|at night when|during|after (?:running|exercise|the gym|climbing)))|(?:it'?s|its|it is) (?:getting )?(?:so |really |very )?(?:hard|difficult) to breathe\b(?! (?:when|if|whenever|in this heat))|chest (?:pains?|is (?:tight|crushing))|crushing (?:pain|feeling) in my chest|chest (?:has been |keeps |is )?(?:hurting|aching)\b(?=[^.!?\n]{0,60}\b(?:minutes|dizzy|sweat\w*|arm|jaw|breath\w*|sick)\b)|(?<!\b(?:risk|chance|chances|odds|likelihood|danger|fear|afraid|scared|worried|prevent|preventing|avoid|avoiding|of|about) (?:[a-z]+ ){0,2})(?:i'?m |i am )?having (?:a )?(?:heart attack|seizure|stroke|fit)|my (?:face|arm|mouth) (?:is|has gone) (?:numb|drooping)(?![^\n]{0,60}\b(?:dentist|dental|anaesthetic|anesthetic|filling|numbing|injection)\b)(?<!\b(?:dentist|dental|anaesthetic|anesthetic|filling|numbing|injection)\b[^\n]{0,60})|throwing up blood|vomiting blood|cough(?:ing|ed)? up (?:pink |frothy |foamy )?(?:foam|froth|blood)|(?:i )?(?:keep|kept|am) passing out|losing consciousness|(?:my )?(?:lips|fingers|face)(?: are| is|'s|'re)? (?:going |turning |gone |look(?:ing|s)? )(?:a bit |kind of |slightly |really )?blue|worst headache (?:of my life|i'?ve ever had)|(?:sudden|suddenly)[^.!?\n]{0,20}\b(?:worst|severe|splitting) headache|(?<!\b(?:singing|sang|sung|shouting|shouted|crying|cried|karaoke|screaming|screamed|cheering|cheered|yelling|yelled|talking|smoking)\b[^.!?\n]{0,40})throat(?:'s| is| has)? (?:getting |going |feels? |feeling |felt |been |really |so ){0,3}(?:closing(?: up)?|swelling(?: up)?|swollen|tight(?:ening)?)(?![^.!?\n]{0,25}\b(?:singing|shouting|crying|cold|talking|yelling|cheering|karaoke|nerves|nervous|anxi\w+|panic\w*|stress\w*|upset|emotional)\b)|tongue (?:is )?swelling|(?:asthma attack|inhaler)\b[^.!?\n]{0,40}?\b(?:isn'?t|not|doesn'?t|won'?t) (?:helping|working)|(?:fallen|fell|collapsed|slipped|tripped|fell over)\b(?! (?:asleep|behind|apart|out with|in love|for it|short|silent|pregnant|ill))[^.!?\n]{0,40}?\b(?:can'?t|cannot) (?:get up|move|feel)|(?:(?:hit|banged|bashed|smacked|whacked) my head|(?:bump|knock|blow|whack|bang) (?:on|to) (?:the|my) head)\b[^\n]{0,60}?\b(?:blood|bleeding|confused|dizzy|being sick|been sick|throwing up|thrown up|threw up|vomit\w*|blacked out|knocked out|can'?t remember|seeing double)|(?:burn(?:ed|t)|scalded) (?:myself |my [a-z]+ )?(?:really |so |very )?badly|skin (?:is )?(?:peeling|coming) off|(?:hand|arm|finger|leg|foot) (?:got )?(?:caught|crushed|trapped) in)\b/u,
  },
  {
    id: 'medical_emergency.airway',
    category: 'medical_emergency',
    level: 'imminent',
    // Choking, and an allergic reaction after a food or a sting: the airway is at risk now. Choking
    // told as over ("last night", "at dinner", "fine now", "coughed it up") is not.
    // @see Resuscitation Council UK, Adult choking algorithm (2021) and Emergency treatment of anaphylaxis (2021).
    pattern: new RegExp(
      [
        `\\b(?:i'?m |i am )?chok(?:ing|ed) on (?:a |an |some |the |my )?(?:piece|bit|chunk|lump|bone|fish ?bone|steak|meat|chicken|food|sweet|boiled sweet|grape|nut|peanut|sandwich|bread|apple|carrot|pill|tablet|[a-z]+ bone)\\b(?![^.!?\\n]{0,40}\\b(?:lol|haha|earlier|yesterday|last (?:night|week)|this (?:morning|afternoon)|at (?:dinner|lunch|breakfast|tea|supper)|what a (?:night|day|meal)|(?:all |i'?m |it'?s )?(?:fine|ok|okay|good) now|coughed it (?:up|out)|(?:it )?came (?:up|out)|got it out|but (?:it'?s|i'?m) (?:fine|ok|okay))\\b)`,
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
    // sweating or sickness: suspected acute coronary syndrome, call 999. Pain in the chest with
    // breathlessness is assessed the same day.
    // @see NICE CG95, Recent-onset chest pain of suspected cardiac origin (2010, updated 2016).
    pattern:
      /\b(?:big |bad |terrible |severe |sharp |crushing |sudden )?pain in (?:my |the )?chest\b(?=[^\n]{0,100}\b(?:breathless|short of breath|out of breath|(?:can'?t|cannot|can not) (?:breathe|catch my breath))\b)|\b(?:pain|pressure|tightness|heaviness|ache|squeezing) in (?:my|the middle of my) chest\b[^\n]{0,80}?\b(?:(?:into|to|down|up|through) (?:my |one |the )?(?:jaw|left arm|arms?|neck|back|shoulders?)|jaw|left arm|sweat\w*|clammy)\b|\bchest(?:'s| is| has| feels?| felt| been|'s been| has been)?[^.!?\n]{0,40}\b(?:tight\w*|heavy|heaviness|pressure|squeez\w*|ach\w*|hurt\w*|pain\w*|crush\w*)\b[^\n]{0,80}?\b(?:(?:into|to|up|down|through) (?:my |one |the )?(?:jaw|left arm|arms?|neck|back|shoulders?)|jaw|left arm|sweat\w*|clammy)\b|\b(?:tingl\w*|numb\w*|pain|ache\w*|heav\w+|pins and needles) (?:down|in|all down) (?:one|my left|my) arm\b[^\n]{0,60}\bjaw\b|\bjaw\b[^\n]{0,60}\b(?:tingl\w*|numb\w*|pain|ache\w*) (?:down|in) (?:one|my left) arm\b/u,
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
      /\b(?:i'?ve got|i have|ive got|got|having|showing) (?:all|every|most|loads) (?:of )?(?:the )?sepsis (?:signs?|symptoms?)\b|\b(?:hand|arm|leg|foot|finger|toe|knee|wound|cut|bite|scratch|tattoo|piercing|graze)\b[^.!?\n]{0,60}\b(?:swollen|red streaks?|red lines?|spreading|hot to (?:the )?touch|pus|infected)\b[^\n]{0,80}?\b(?:shiver\w*|fever\w*|high temperature|temperature of|chills|rigors|shaking all over)\b|\b(?:lower right|right lower|bottom right) (?:side of my )?(?:tummy|stomach|abdomen|belly|side)\b[^\n]{0,80}\b(?:fever|high temperature|worse|being sick|vomit\w*|can'?t (?:stand up|walk|move))\b(?<=\bpain\b[^\n]{0,140})/u,
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
  {
    id: 'medical_emergency.stroke',
    category: 'medical_emergency',
    level: 'imminent',
    // Two of the FAST signs at once (one side of the face, speech, one arm or leg), or one arm and
    // the leg on the same side: a stroke until proved otherwise, call 999.
    // @see NHS, Stroke: symptoms (FAST: face, arms, speech, time to call 999).
    // @see NICE NG128, Stroke and transient ischaemic attack in over 16s (2019, updated 2022).
    pattern: new RegExp(
      [
        `\\b${FACE_ONE_SIDE}\\b[^\\n]{0,100}?\\b(?:${SPEECH_WRONG}|${LIMB_WEAK})\\b${NOT_EVERYDAY}`,
        `\\b(?:${SPEECH_WRONG}|${LIMB_WEAK})\\b[^\\n]{0,100}?\\b${FACE_ONE_SIDE}\\b${NOT_EVERYDAY}`,
        `\\b${LIMB_WEAK}\\b[^\\n]{0,80}?\\b${SPEECH_WRONG}\\b${NOT_EVERYDAY}`,
        `\\b${SPEECH_WRONG}\\b[^\\n]{0,80}?\\b${LIMB_WEAK}\\b${NOT_EVERYDAY}`,
        `\\b(?:can'?t|cannot|cant) (?:feel|move) my (?:left|right) (?:arm|side) (?:or|and) (?:my )?leg\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'medical_emergency.fall-fracture',
    category: 'medical_emergency',
    level: 'imminent',
    // A fall with no way up (above all when old or alone, the "long lie"), a limb bent the wrong
    // way, a bone pushing at the skin, and a neck injury with tingling in both hands.
    // @see NHS, When to call 999 (a broken bone pushing through the skin, a suspected broken hip,
    // someone who cannot get up after a fall); NICE NG41, Spinal injury: assessment (2016).
    pattern: new RegExp(
      [
        `\\b(?:on|off) the (?:[a-z]+ )?floor\\b[^\\n]{0,100}?\\b(?:can'?t|cannot|cant|unable to) get (?:myself )?up\\b(?![^\\n]{0,40}\\b(?:laugh\\w*|lol|haha\\w*|in the mornings?|for work|early)\\b)`,
        `\\b(?:can'?t|cannot|cant|unable to) get (?:myself )?(?:back )?up (?:off|from) the (?:[a-z]+ )?floor\\b`,
        `\\b(?:can'?t|cannot|cant) get up\\b[^\\n]{0,100}?\\bon the (?:[a-z]+ )?floor\\b(?<=\\b(?:fell|fallen|fall|collapsed|slipped|tripped|legs? (?:went|gave)|hip|broken)\\b[^\\n]{0,160})`,
        `\\b(?:been|lying|laying|stuck|lay|laid) on the (?:[a-z]+ )?floor (?:since|for (?:hours|ages|the last|over|more than|\\d+|two|three|several|a few)|all (?:night|day|morning))\\b(?<=\\b(?:fell|fallen|fall|collapsed|slipped|tripped|legs? (?:went|gave)|went down)\\b[^\\n]{0,160})`,
        `\\bmy (?:hip|leg|ankle|arm|wrist|femur|collarbone|pelvis|knee|shoulder)(?:'s| is) (?![^\\n]{0,120}\\b(?:cast|plaster|splint|boot|crutches|weeks|healing|physio|surgeon)\\b)(?:broken|broke|snapped|shattered|dislocated)\\b[^\\n]{0,80}?\\b(?:(?:can'?t|cannot|cant) (?:get up|move|stand|walk|put (?:any )?weight)|bent|won'?t move)`,
        `\\b(?:(?:my|his|the) )?(?:leg|arm|wrist|ankle|knee|finger|foot|hand|elbow|shoulder)(?:'s| is)? (?:bent|twisted|pointing|facing|sticking out) (?:the )?wrong (?:way|direction)\\b|\\b(?:leg|arm|wrist|ankle|knee|elbow)(?:'s| is)? (?:bent|twisted|sticking out) at (?:a|an) (?:weird|funny|wrong|strange|horrible|odd|awful) angle\\b|\\b(?:it'?s|its|it is) bent (?:the )?wrong(?: way)?\\b(?<=\\b(?:leg|arm|wrist|ankle|knee|elbow|finger|broken)\\b[^\\n]{0,80})`,
        // "Fell off the stage and my leg's broken, I can see bone": an open fracture.
        `\\b(?:i )?(?:can|could) see (?:the )?bone\\b(?<=\\b(?:fell|fallen|fall|broken|broke|break|snapped|crash\\w*|landed)\\b[^\\n]{0,100})`,
        `\\b(?:bone|it)(?:'s| is)? (?:poking|sticking|pushing|pressing|coming) (?:out (?:of|through)|through|against|up against) (?:the |my )?skin\\b|\\b(?:bone|it)(?:'s| is)? (?:poking|sticking) out\\b(?<=\\b(?:fell|broken|snapped|arm|leg|wrist|ankle)\\b[^\\n]{0,80})`,
        `\\b(?:landed on|hurt|injured|jarred|fell on|cricked|whacked) (?:my|the back of my) (?:neck|spine)\\b[^\\n]{0,100}?\\b(?:(?:both|my) (?:hands|arms|legs|feet)(?: are| is| have| keep)?(?: gone| going| feel)? (?:tingling|tingly|numb|weak|pins and needles)|(?:can'?t|cannot|cant) feel my (?:legs|feet|arms|hands))`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'medical_emergency.chest-injury',
    category: 'medical_emergency',
    level: 'high',
    // Broken ribs with pain on breathing in: the lung may be hurt.
    // @see NHS, Broken or bruised ribs (go to A&E if short of breath or the pain gets worse).
    pattern:
      /\bribs? (?:are |is |'s |might be |must be )?(?:broken|cracked|gone|bust(?:ed)?)\b[^\n]{0,60}\b(?:hurts? to breathe|(?:can'?t|cannot) breathe|painful to breathe|breathing hurts|(?:can'?t|cannot) (?:take|get) a (?:deep )?breath)/u,
  },
  {
    id: 'medical_emergency.severe-bleeding',
    category: 'medical_emergency',
    level: 'imminent',
    // Bleeding from an artery (spurting, pumping), bleeding that goes on despite pressure, soaks
    // through dressings or needs a tourniquet, a finger nearly cut off.
    // @see NHS, When to call 999 (heavy bleeding that will not stop); NHS, Nosebleed (A&E after
    // more than 10 to 15 minutes, or on blood thinners); Resuscitation Council UK, First aid (2021):
    // catastrophic bleeding, pressure and tourniquet.
    pattern: new RegExp(
      [
        `\\bblood(?:'s| is)? (?:spurting|squirting|spraying|pumping|pulsing|gushing)\\b|\\b(?:pumping|pulsing|spurting|squirting) (?:out )?blood\\b|\\bin spurts\\b(?<=\\b${WOUND}\\b[^\\n]{0,80})|\\b(?:it'?s|its|it is|it keeps) (?:still )?(?:spurting|squirting|spraying)\\b(?<=\\b${WOUND}\\b[^\\n]{0,100})`,
        `\\b(?:my )?(?:wrist|arm|leg|hand|neck|cut|wound|gash|finger|thigh|head)(?:'s| is) (?:still )?(?:gushing|pouring|spurting|squirting)\\b(?! (?:with|out) (?:sweat|water|tears))`,
        `\\b${WOUND_ITSELF}\\b[^.!?\\n]{0,80}\\b(?:won'?t|will not|doesn'?t|does not|isn'?t|can'?t make it) stop(?:ping)?(?: bleeding)?(?= *(?:[.!?,;]|$|and\\b|even\\b|no matter\\b|despite\\b))`,
        `\\b(?:still|been|keeps?|kept) bleeding (?:after|for|since) (?:over |more than |about |nearly |almost )?(?:an hour|half an hour|\\d+ (?:minutes|mins|hours)|(?:ten|twenty|thirty|forty|fifteen|forty-five) (?:minutes|mins)|ages|hours)\\b|\\bnose ?bleed (?:for|that'?s (?:gone|lasted) on for|(?:has|'s) (?:been going|lasted)(?: for)?) (?:over |more than |about |nearly )?(?:an hour|half an hour|(?:[2-9]\\d|1\\d\\d) (?:minutes|mins)|hours)\\b`,
        `\\b(?:soaked|bled|bleeding|bleeds|gone|going|went|come|coming) (?:right )?through (?:two|three|four|\\d+|another|a few|several|a couple of|all the) (?:layers|towels|tea towels|bandages|dressings|plasters|t-shirts|shirts|wads)\\b`,
        `\\b(?:towel|tea towel|bandage|dressing|gauze|t-shirt|shirt|cloth|kitchen roll|blue roll)\\b[^.!?\\n]{0,30}\\b(?:soaked|drenched)(?: through| with blood| in blood)?\\b(?<=\\b(?:blood|bleed\\w*|spurting|gash|wound|cut)\\b[^\\n]{0,120})`,
        `\\b(?:tied|got|put|wrapped|tightened|used) (?:a |my |the )?(?:belt|tourniquet|shoelace|cord) (?:round|around|on) (?:it|my (?:[a-z]+ )?(?:arm|leg|thigh|wrist|hand))\\b(?<=\\b${WOUND}\\b[^\\n]{0,120})`,
        `\\b(?:finger|thumb|toe|fingertip)\\b[^.!?\\n]{0,30}\\b(?:nearly|almost|half|partly|practically) (?:off|cut off|sliced off|chopped off|severed)\\b|\\b(?:it'?s|its|it is|finger(?:'s| is)|thumb(?:'s| is)) (?:just )?hanging(?: off| on| by)?\\b(?<=\\b(?:finger|thumb|toe|sliced|chopped)\\b[^\\n]{0,80})`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'medical_emergency.deep-wound',
    category: 'medical_emergency',
    level: 'high',
    // A wound deep enough to show bone, tendon or fat, or that gapes: it needs closing today.
    // @see NHS, Cuts and grazes (go to A&E for a deep or gaping cut).
    pattern: new RegExp(
      `\\b(?:can|could) see (?:something white|(?:the |my )?(?:bone|tendon|fat|muscle)|(?:right )?inside it)\\b(?<=\\b${WOUND}\\b[^\\n]{0,100})|\\b(?:it'?s|its|it is|cut(?:'s| is)|wound(?:'s| is)) (?:wide open|gaping)\\b`,
      'u',
    ),
  },
  {
    id: 'medical_emergency.poison-swallowed',
    category: 'medical_emergency',
    level: 'imminent',
    // A household, garden or car chemical swallowed, by mistake or not; wild mushrooms or berries
    // with gut or mind symptoms after.
    // @see WHO, Guidelines for establishing a poison centre (2021) and NHS, Poisoning (call 999 or
    // go to A&E; antifreeze, bleach and weedkiller as examples).
    pattern: new RegExp(
      [
        `${NOT_ANIMAL_OR_CHILD}\\b(?:drank|drunk|swallowed|swigged|gulped|downed|necked|sipped|ate|eaten)\\b (?:(?:a |an |some |the |my |this |that |those |these |half (?:a |the )?|a (?:bit|load|lot|cup|glass|mug|capful|cap|mouthful|swig|sip|gulp|bottle|few mouthfuls|couple of mouthfuls|few sips|little) of |loads of |(?:two|2|three|3|a few|a couple of) (?:mouthfuls|sips|gulps|swigs|capfuls) of |some of |one of |of )){0,3}(?:[a-z]+ )?${POISON}\\b`,
        `${NOT_ANIMAL_OR_CHILD}\\b(?:took|taken|had)\\b (?:(?:a |an |some |the |my |this |that |a (?:bit|load|lot|cup|glass|mouthful|swig|sip|gulp|capful) of |some of )){0,3}${POISON}\\b(?=[^\\n]{0,80}\\b(?:mouthfuls?|sips?|swigs?|gulps?|capfuls?|cupfuls?|(?:an?|\\d+|half an?|about an?|two|three) (?:hours?|mins?|minutes?) ago|swallow\\w*|drank|throat|vomit\\w*|being sick)\\b)`,
        `\\b(?:swig|sip|gulp|mouthful|drank|drunk|swallowed)\\b[^\\n]{0,80}\\b(?:it was|it'?s|was actually|turned out to be|turns out it was|says it was|says it'?s)(?: actually)? (?:the )?${POISON}\\b`,
        `\\b(?:ate|eaten|had|eating) (?:some |a few |a couple of |a load of |these |those |the )?(?:wild |random |foraged )?(?:mushrooms|toadstools|fungi|berries)\\b[^\\n]{0,60}?\\b(?:picked|found|foraged|from the (?:woods|garden|field|park)|in the (?:woods|garden|field|park))\\b[^\\n]{0,80}?\\b(?:cramps|vomit\\w*|being sick|throwing up|hallucinat\\w*|diarrh\\w*)`,
        `(?:^|[.!?] ?|\\bjust |\\bi think i )(?:swallowed|ate) (?:a |an |one of (?:the|those|my) |some )?(?:button |coin |watch |tiny |small |little )?(?:batter(?:y|ies)|magnets?)\\b`,
        `\\bmixed (?:the )?bleach (?:with|and) (?:[a-z]+ ){0,3}?(?:cleaner|ammonia|vinegar|something|another [a-z]+)\\b[^\\n]{0,80}\\b(?:cough\\w*|(?:can'?t|cannot) breathe|chest|dizzy|eyes|throat|wheez\\w*)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'medical_emergency.overdose-more',
    category: 'medical_emergency',
    level: 'imminent',
    // Overdoses told in other words: days' or weeks' supply at once, "the overdose", "I did it,
    // took them", the whole box or "all of them" after naming the pills, an unknown number, a
    // weekly medicine taken every day, too much with signs of it.
    // @see NICE NG225 (2022): an overdose is a medical emergency whatever the intent.
    // @see MHRA Drug Safety Update (2020), Methotrexate once-weekly: fatal daily-dosing errors.
    pattern: new RegExp(
      [
        `\\b(?:swallowed|injected|downed|necked|ate) (?:all (?:of )?)?(?:my |the |a )?(?:whole |entire |full )?(?:week|week'?s|weeks'?|fortnight'?s?|month'?s?|(?:two|2|three|3|four|4|several|a few) (?:weeks?|days?)'?s?)(?: worth)? (?:of |supply of |worth of )?(?:my |the )?(?:[a-z-]+ ){0,2}?(?:${DRUGS}|doses?|supply)\\b`,
        `\\b(?:took|taken|had|done) (?:all (?:of )?)?(?:my |the |a )?(?:whole |entire |full )?(?:week|week'?s|weeks'?|fortnight'?s?|month'?s?|(?:two|2|three|3|four|4|several|a few) (?:weeks?|days?)'?s?)(?: worth)? (?:of |supply of |worth of )?(?:my |the )?(?:[a-z-]+ ){0,2}?(?:${DRUGS}|doses?|supply)\\b(?=[^\\n]{0,60}\\b(?:at once|in one go|all together|at the same time|by mistake|accidentally|ago|${SYMPTOM_MORE})\\b)`,
        `\\b(?:took|taken|swallowed|had) (?:all )?(?:my |the )?(?:[a-z]+ )?${DRUGS} for the (?:whole |entire )?(?:week|month|fortnight)(?: all)? (?:at once|in one go|together)\\b`,
        `\\b(?:took|taken|swallowed) (?:a |an |the )(?:massive |huge |big |large |serious |proper |real )?overdose\\b`,
        `\\b(?:i did it|i'?ve done it|i have done it|it'?s done)\\b[.,!]{0,3} ?(?:i )?(?:took|swallowed|'ve taken|have taken|taken|necked|ate) (?:them|the lot|it all|them all|all of them|everything|the pills|the tablets)\\b(?! (?:to|out|for|home|back|with|on|in|along|round|around|shopping|swimming|away|off)\\b)`,
        `\\b(?:took|swallowed|ate|necked|downed|taken) (?:the|my|those|these) (?:[a-z]+ )?${DRUGS}\\b[.,!]{0,3} ?(?:all of (?:them|it)|every (?:one|last one|single one)|the lot)\\b`,
        `\\b(?:took|swallowed|taken|necked|downed) (?:the |a )?(?:whole|entire|full) (?:box|bottle|packet|pack|strip|blister pack|tub)\\b(?= *(?:[.!?,]|$|of (?:them|it|those|these)|and|now))(?<=\\b${DRUGS}\\b[^\\n]{0,150})`,
        `\\b(?:took|swallowed|taken|had) (?:the|my|those|these|all the|all my) ${DRUGS} (?:at \\d{1,2}(?::\\d\\d)?(?: ?(?:am|pm|o'?clock))?|(?:an?|\\d+|half an?|about an?) (?:hours?|mins?|minutes?) ago)\\b[^\\n]{0,60}?\\b${SYMPTOM_MORE}`,
        `${NOT_ANIMAL_OR_CHILD}\\b(?:took|taken|swallowed|had|necked|popped) (?:some |a load |loads |a bunch |a handful )?(?:of )?${OWNER}${DRUGS}\\b[^.!?\\n]{0,40}\\b(?:i )?(?:don'?t|do not|dont) (?:know|remember) how many\\b`,
        `\\boverd(?:id|one|oing) (?:it )?(?:on |with )?(?:the |my )?${DRUGS}\\b[^\\n]{0,100}?\\b${SYMPTOM_MORE}`,
        `\\b(?:took|taken|been taking|had) (?:my )?methotrexate (?:every day|daily|each day|every morning|every night)\\b`,
        `\\b(?:took|taken|had|necked|dropped|popped|swallowed) (?:a |an |some |one |two |2 |three |3 |a couple of |a few )?(?:of )?${OWNER}(?:[a-z]+'s )?(?:pills?|tablets?|caps|capsules|edibles?|gummies)\\b[^\\n]{0,80}?\\b(?:no idea|idk|don'?t know|dont know|not sure) what (?:they|it|that|those) (?:were|was|is|are)\\b[^\\n]{0,80}?\\b${SYMPTOM_MORE}`,
        `\\b(?:took|had|ate|eaten) (?:\\d+|two|three|four|five|a few|loads of|too many|a load of) (?:edibles|gummies|weed brownies|space cakes)\\b[^\\n]{0,100}?\\b${SYMPTOM_MORE}`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'medical_emergency.sedation',
    category: 'medical_emergency',
    level: 'imminent',
    // Slow or shallow breathing after opioids, sedatives or more than usual of a drug: respiratory
    // depression, call 999 (naloxone if at hand).
    // @see WHO, Community management of opioid overdose (2014).
    pattern: new RegExp(
      `\\b(?:${DRUGS}|injected|snorted|more than (?:usual|normal|i normally do|i usually do))\\b[^\\n]{0,100}?\\bbreathing(?:'s| is| has)? (?:gone |going |got |getting |really |so |very |all ){0,2}(?:slow|shallow|weird|funny|strange)\\b(?![^\\n]{0,40}\\b(?:calm|exercise|meditat\\w*|relax\\w*|better)\\b)`,
      'u',
    ),
  },
  {
    id: 'medical_emergency.alcohol-poisoning',
    category: 'medical_emergency',
    level: 'imminent',
    // A bottle of spirits and then blacking out, repeated vomiting or legs that will not hold.
    // @see NHS, Alcohol poisoning (confusion, vomiting, passing out: call 999).
    pattern:
      /\b(?:drank|drunk|had|downed|necked|finished)\b[^.!?\n]{0,25}?\b(?:a |an )(?:whole |full |entire |litre |70cl )?(?:bottle|litre|fifth|handle) of (?:vodka|whisky|whiskey|gin|rum|tequila|spirits|brandy|jager\w*|sambuca|absinthe)\b[^\n]{0,100}?\b(?:blacking out|blacked out|keep (?:being sick|throwing up|passing out)|(?:can'?t|cannot|cant) stop (?:being sick|throwing up|vomiting)|passing out|passed out|(?:can'?t|cannot|cant) (?:stand|walk|stay awake|feel)|(?:everything|it)(?:'s| is)? going (?:dark|black))/u,
  },
  {
    id: 'medical_emergency.spiked',
    category: 'medical_emergency',
    level: 'imminent',
    // A drink that tasted wrong, or spiking, and then legs, sight or memory going.
    // @see NHS, Drink spiking and date rape drugs (get to a safe place and medical help).
    pattern:
      /\b(?:(?:my |a |the )?drinks? (?:tasted|tastes|was|were) (?:off|funny|weird|strange|bitter|salty|wrong)|(?:been|got|was|think i'?ve been|i'?ve been|i was|i got) spiked|spiked my drink)\b[^\n]{0,100}?\b(?:(?:can'?t|cannot|cant) (?:stand|walk|see|move|feel|think)|(?:room|everything)(?:'s| is)? spinning|dizzy|confused|pass(?:ing)? out|blacking out|going in and out|legs (?:won'?t work|have gone|gone)|drowsy|numb)/u,
  },
  {
    id: 'medical_emergency.breathing-allergy',
    category: 'medical_emergency',
    level: 'imminent',
    // An asthma attack with no inhaler or too breathless to speak; a reaction that comes back
    // after the EpiPen; a sting or known allergy with breathlessness, a thick tongue or hives all
    // over; chest pain with breathlessness.
    // @see NHS, Asthma attacks (call 999 if too breathless to speak or the inhaler is not helping).
    // @see Resuscitation Council UK, Emergency treatment of anaphylaxis (2021): repeat adrenaline
    // after 5 minutes if no better; symptoms can return.
    pattern: new RegExp(
      [
        `\\b(?:having|getting|in the middle of|got) (?:a |an )?(?:bad |really bad |severe |massive )?asthma attack\\b[^\\n]{0,80}?\\b(?:(?:left|forgot|lost|don'?t have|haven'?t got|no|without) (?:my )?inhaler|inhaler(?:'s| is| has)? (?:empty|run out|ran out|finished|not (?:helping|working)|at (?:home|work|school))|can (?:only|barely|hardly) (?:say|talk|speak|get out)|(?:can'?t|cannot) (?:talk|speak|finish (?:a |my )?sentences?)|lips (?:are )?(?:going |turning )?blue)`,
        `\\b(?:used|use|gave myself|had to use|jabbed|injected|did) (?:my |an |the )?epi ?pens?\\b[^\\n]{0,80}?\\b(?:coming back|come back|came back|getting worse|worse again|back again|not (?:working|helping)|isn'?t (?:working|helping)|wearing off|still (?:can'?t|swelling|tight)|second (?:one|pen|dose))\\b`,
        `\\b(?:stung|sting|bee|wasp|hornet|jellyfish|allerg\\w*|peanuts?|shellfish|shrimp|prawns?|sesame)\\b[^\\n]{0,80}?\\b(?:short of breath|breathless|wheez\\w*|(?:hard|difficult) to (?:breathe|swallow)|tongue (?:feels |is |'s )?(?:thick|swollen|huge|big|fat|heavy)|throat (?:feels |is |'s )?(?:tight|closing|thick|swelling)|hives (?:everywhere|all over)|(?:can'?t|cannot) (?:breathe|swallow))`,
        `\\b(?:cannot|can not) breathe\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'medical_emergency.stuck-swallowing',
    category: 'medical_emergency',
    level: 'high',
    // Something stuck so that not even saliva goes down: the gullet is blocked.
    // @see NHS, When to go to A&E (swallowed objects; cannot swallow).
    pattern: /\b(?:can'?t|cannot|cant|unable to) swallow (?:my (?:own )?)?(?:spit|saliva)\b/u,
  },
  {
    id: 'medical_emergency.heart-rate',
    category: 'medical_emergency',
    level: 'imminent',
    // A heart rate of 150 or more at rest, or that will not come down, with faintness: a
    // tachycardia with adverse features.
    // @see Resuscitation Council UK, Adult tachycardia algorithm (2021); NHS, Heart palpitations
    // (call 999 with chest pain, fainting or breathlessness).
    pattern:
      /\bheart(?: rate)?(?:'s| is)? (?:[a-z]+ ){0,4}?(?:(?:at|like|about|over|around) ){1,2}(?:1[5-9]\d|2[0-4]\d)\b(?! ?(?:steps|calories|kcal|km|miles))(?=[^\n]{0,120}\b(?:won'?t (?:slow|calm|go) down|(?:pass|passing) out|faint|sitting still|at rest|resting|not (?:moving|exercising|doing anything)|for (?:an hour|over an hour|hours|\d+ (?:minutes|mins))|been (?:going|like this) (?:for )?(?:\d+|an?|half an?|forty|twenty|thirty)|dizzy|chest)\b)(?![^\n]{0,120}\b(?:run|running|sprint\w*|workout|gym|spin class|hiit|training|exercise|cardio|race|match)\b)/u,
  },
  {
    id: 'medical_emergency.trauma',
    category: 'medical_emergency',
    level: 'imminent',
    // An electric shock followed by heart or nerve signs; a crash or fall followed by belly pain and
    // dizziness (bleeding inside).
    // @see NHS, Electric shock (go to A&E for heart symptoms, burns or a high-voltage shock).
    // @see NICE NG39, Major trauma: assessment and initial management (2016).
    pattern:
      /\b(?:electric shock|electrocuted|shock(?:ed)? (?:me )?(?:off|from) (?:the |a )?(?:socket|mains|plug|wire|wiring|cable|fence)|got a shock (?:off|from) (?:the |a )?(?:socket|mains|wire|wiring|cable|plug))\b[^\n]{0,100}?\b(?:heart|chest|burn\w*|threw me|thrown|knocked me|numb|tingl\w*|pass(?:ed)? out|blacked out|(?:can'?t|cannot) feel)|\b(?:car (?:crash|accident)|crashed (?:my|the) (?:car|bike)|hit by a (?:car|van|bus|lorry)|came off my (?:bike|motorbike|horse)|fell off (?:my|the|a) (?:bike|horse|ladder|roof))\b[^\n]{0,120}?\b(?:belly|tummy|stomach|abdomen)(?:'s| is)? (?:really |so |very )?(?:hurts|hurting|sore|painful|swollen|hard|killing me)\b[^\n]{0,60}\b(?:dizzy|faint|pale|cold|clammy|light-?headed)/u,
  },
  {
    id: 'medical_emergency.asthma-now',
    category: 'medical_emergency',
    level: 'high',
    // An asthma attack happening now, said in the first person; with no inhaler or too
    // breathless to speak it is imminent (`medical_emergency.breathing-allergy`).
    // @see NHS, Asthma attacks (what to do, and when to call 999).
    pattern:
      /\b(?:i'?m|i am|im|think i'?m|think im) (?:having|getting|in the middle of) (?:an? )?(?:bad |proper |severe |really bad |massive |big )?asthma attack\b(?! (?:last|yesterday|earlier|this morning|in (?:the|my) (?:dream|sleep)))/u,
  },
  {
    id: 'medical_emergency.ambulance-needed',
    category: 'medical_emergency',
    level: 'imminent',
    // The person says they need an ambulance now, or that they are having fits in alcohol or
    // drug withdrawal: whatever else the message says, the first answer is to call one.
    // @see NHS, When to call 999; NICE CG100, Alcohol-use disorders: withdrawal seizures (2010, updated 2017).
    pattern:
      /\b(?:i|we) (?:really |urgently |think i |think we )?need an? ambulance\b(?! (?:last|when|before|that|the other))|\bplease (?:call|get|ring) (?:me )?an? ambulance\b|\b(?:withdrawal|withdrawing|detoxing|coming off)\b[^.!?\n]{0,60}?\b(?:having|had|keep having) (?:fits|a fit|seizures|a seizure)\b|\b(?:having|keep having) (?:fits|a fit|seizures|a seizure)\b[^.!?\n]{0,60}?\b(?:withdrawal|withdrawing|detox|coming off)\b/u,
  },
  {
    id: 'medical_emergency.crash-injured',
    category: 'medical_emergency',
    level: 'imminent',
    // A crash or collision told with a serious injury now: badly hurt, bleeding, trapped, unable
    // to move or feel a limb.
    // @see NHS, When to call 999 (serious injuries, heavy bleeding); NICE NG39, Major trauma (2016).
    pattern:
      /\b(?:(?:been|was|were) in (?:a|an) (?:bad |serious |car |road |bike |motorbike |van |lorry |head-on )*(?:crash|accident|collision|pile-?up|rta)|crashed (?:my|the|our|into)|(?:got|been|was) (?:hit|knocked (?:off|down)) by (?:a|the) (?:car|van|bus|lorry|truck|taxi|motorbike))\b[^\n]{0,100}?\b(?:(?:i'?m|i am|im) (?:badly|really|seriously|quite badly) (?:hurt|injured)|bleeding (?:a lot|badly|heavily|everywhere|loads)|(?:i'?m |i am |im )?bleeding\b(?:(?<=\b(?:hurt|injured)\b[^\n]{0,40})|(?=[^\n]{0,40}\b(?:hurt|injured)\b))|(?:i'?m |i am |im )?(?:trapped|stuck) (?:in|under)|(?:can'?t|cannot|cant) (?:move|feel) my|(?:can'?t|cannot|cant) get out)/u,
  },
  {
    id: 'medical_emergency.head-injury',
    category: 'medical_emergency',
    level: 'high',
    // A blow to the head followed by vomiting more than once, memory loss, confusion or double
    // vision: a CT scan within the hour is needed.
    // @see NICE NG232, Head injury: assessment and early management (2023).
    pattern: new RegExp(
      [
        `\\b${HEAD_BLOW}\\b[^\\n]{0,150}?\\b${HEAD_SIGN}`,
        `\\b${HEAD_SIGN}[^\\n]{0,150}?\\b${HEAD_BLOW}\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'medical_emergency.pre-eclampsia',
    category: 'medical_emergency',
    level: 'high',
    // Pregnant with a bad headache or swelling and flashing lights or blurred vision: pre-eclampsia.
    // @see NICE NG133, Hypertension in pregnancy (2019, updated 2023); NHS, Pre-eclampsia (call
    // your midwife or 111 at once).
    pattern:
      /\bpregnant\b(?=[^\n]{0,160}?\b(?:flashing lights|flashes|seeing (?:spots|stars|sparkles|flashing)|(?:blurred|blurry) vision|vision (?:is |'s )?(?:blurry|blurred|going|funny))\b)(?=[^\n]{0,160}?\b(?:headaches?|swollen|swelling|puffy)\b)(?<!\b(?:was|were|got) pregnant)(?![^\n]{0,160}\b(?:with my (?:first|son|daughter|eldest|last|older|oldest)|last (?:pregnancy|time)|years ago|when i|whenever|usually|always|sometimes)\b)/u,
  },
  {
    id: 'medical_emergency.infection-spreading',
    category: 'medical_emergency',
    level: 'high',
    // Red lines running up a limb from a wound (lymphangitis), or a surgical wound that has opened
    // with pus or fever: an infection spreading.
    // @see NICE NG51, Sepsis (2016, updated 2024); NHS, Cellulitis (urgent help for red streaks or fever).
    pattern:
      /\bred (?:lines?|streaks?|marks?) (?:creeping|going|spreading|running|moving|travell?ing|coming) (?:up|along) my (?:leg|arm|hand|foot|finger|wrist)\b|\b(?:wound|incision|stitches|scar|cut)\b[^.!?\n]{0,30}\b(?:opened (?:up|back up)|come apart|split open|burst open|coming apart)\b[^\n]{0,80}\b(?:pus|yellow|green|smells?|fever|temperature)\b/u,
  },
  {
    id: 'medical_emergency.heatstroke',
    category: 'medical_emergency',
    level: 'imminent',
    // No longer sweating in the heat, with confusion, a pounding head or faintness: heatstroke.
    // @see NHS, Heat exhaustion and heatstroke (call 999 if no longer sweating or confused).
    pattern: new RegExp(
      `\\bstopped sweating\\b[^\\n]{0,80}?\\b(?:confused|(?:can'?t|cannot|cant) think|head(?:'s| is)? (?:banging|pounding)|dizzy|faint|pass(?:ing)? out)|\\b(?:confused|head(?:'s| is)? (?:banging|pounding)|dizzy)\\b[^\\n]{0,60}?\\bstopped sweating\\b`,
      'u',
    ),
  },
  {
    id: 'medical_emergency.dehydration',
    category: 'medical_emergency',
    level: 'high',
    // Vomiting or diarrhoea with no urine, or dark urine: dehydration needing fluids today.
    // @see NHS, Dehydration (urgent help when not peeing all day or confused); NICE CG84,
    // Diarrhoea and vomiting in under 5s (signs of dehydration and shock).
    pattern: new RegExp(
      `\\b${VOMITING}\\b[^\\n]{0,120}?\\b${NO_URINE}|\\b${NO_URINE}[^\\n]{0,120}?\\b${VOMITING}\\b`,
      'u',
    ),
  },
  {
    id: 'medical_emergency.diabetic',
    category: 'medical_emergency',
    level: 'imminent',
    // A very high sugar with vomiting or fast breathing (diabetic ketoacidosis); a meter reading LO,
    // or a person with diabetes with two hypo signs (severe hypoglycaemia).
    // @see NICE NG17, Type 1 diabetes in adults (2015, updated 2022): DKA; NHS, Low blood sugar
    // (hypoglycaemia).
    pattern: new RegExp(
      [
        `\\b(?:blood sugars?|sugars?|glucose|bg|bm|meter)(?:'s| is| are| at| says| reads| was)? (?:like |at |over |above |up to |reading |showing )?(?:[2-3]\\d(?:\\.\\d)?|hi)\\b(?! ?(?:%|grams|g\\b|years|mins|minutes))(?=[^\\n]{0,100}\\b(?:vomit\\w*|being sick|throwing up|breathing (?:really |so |very )?(?:fast|heavy|deep)|ketones|confused|drowsy)\\b)`,
        // "A bad hypo, I can't get my numbers up": treated and still low.
        `\\bhypo\\b[^\\n]{0,80}?\\b(?:can'?t|cannot|cant|won'?t|will not|isn'?t|not) (?:get(?:ting)?|bring(?:ing)?|com(?:e|ing)|go(?:ing)?) (?:my |it |them )?(?:(?:blood )?(?:sugars?|numbers|levels?|bloods|bg|bms?) )?(?:back )?up\\b`,
        `\\bmeter (?:says|reads|shows|is (?:reading|showing)|reading|showing) (?:lo|low|[12](?:\\.\\d)?)\\b(?=[^\\n]{0,80}\\b(?:${HYPO_SIGN})\\b)`,
        `\\b(?:diabetic|diabetes|type 1|type one|insulin)\\b(?! (?:dad|mum|mom|father|mother|son|daughter|friend|husband|wife|partner|cat|dog|patient|child|kid|brother|sister|nan|gran|grandma|grandad))(?:(?!\\b(?:when|if|whenever|sometimes|usually)\\b)[^.!?\\n]){0,80}\\b(?:${HYPO_SIGN})\\b(?:(?!\\b(?:when|if|whenever)\\b)[^.!?\\n]){0,40}\\b(?:${HYPO_SIGN})\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'medical_emergency.fumes',
    category: 'medical_emergency',
    level: 'imminent',
    // Gas smelled, or a carbon monoxide alarm, with headache, sickness or drowsiness; a gas fire
    // left on and someone drowsy or hard to wake.
    // @see NHS, Carbon monoxide poisoning (get into fresh air, call 999 if symptoms are severe).
    pattern:
      /\b(?:smell(?:s|ed|ing)? (?:of )?gas|gas (?:leak|smell)|carbon monoxide|co (?:alarm|detector)|gas alarm)\b[^\n]{0,120}?\b(?:headaches?|dizzy|sick|drowsy|sleepy|confused|won'?t wake|(?:can'?t|cannot) wake|pass(?:ed|ing)? out|collapsed|nause\w*)\b(?![^\n]{0,80}\b(?:sorted|fixed|fine now|engineer (?:came|has been)|all (?:ok|okay|good) now)\b)|\bgas (?:fire|heater|boiler|stove)\b[^\n]{0,100}?\b(?:won'?t wake|(?:can'?t|cannot) wake|drowsy|confused|pass(?:ed|ing)? out|collapsed)\b/u,
  },
  {
    id: 'medical_emergency.burn-severe',
    category: 'medical_emergency',
    level: 'imminent',
    // Burns that are large, deep (white, leathery, charred), chemical, with skin coming away, or
    // hot oil in the face and eye.
    // @see NHS, Burns and scalds (A&E for large or deep burns, chemical and electrical burns, and
    // burns to the face or eyes).
    pattern: new RegExp(
      [
        `\\bburns?\\b[^.!?\\n]{0,40}\\b(?:covers?|covering|over|across|all (?:over|down)) (?:most|all|half|the whole|a lot) (?:of )?my (?:leg|arm|back|chest|stomach|belly|tummy|face|body|side|thigh|torso|hand|foot|neck)\\b`,
        `\\b(?:size of|bigger than) my (?:whole )?(?:palm|hand)\\b(?<=\\bburn\\w*\\b[^\\n]{0,120})`,
        `\\b(?:skin|burn)(?:'s| is| has)? (?:gone |going |turned |all )?(?:white and leathery|leathery|charred|black and charred|waxy white)\\b`,
        `\\b(?:drain cleaner|acid|oven cleaner|caustic soda|bleach|lye|chemicals?)\\b[^.!?\\n]{0,40}\\b(?:on|over|onto|all over) my (?:skin|arm|hand|leg|face|chest|foot|feet|body)\\b[^\\n]{0,60}\\b(?:burn\\w*|blister\\w*|peel\\w*)`,
        `\\bskin(?: on my [a-z]+)?(?:'s| is)? (?:sliding|falling|hanging) off\\b`,
        `\\b(?:hot oil|hot fat|boiling oil|chip pan)\\b[^.!?\\n]{0,20}\\bsplash\\w* (?:in |into |on |over )?my (?:face|eyes?)\\b[^\\n]{0,80}\\b(?:eye|blister\\w*|burn\\w*)`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'medical_emergency.seizures-repeated',
    category: 'medical_emergency',
    level: 'imminent',
    // Seizures one after another without coming round: status epilepticus, call 999.
    // @see NHS, What to do if someone has a seizure (call 999 if one follows another without recovery).
    pattern:
      /\b(?:keep|kept|keeps|i'?m|am) having (?:seizures|fits)\b(?! of)(?=[^\n]{0,60}\b(?:one after (?:another|the other)|back to back|in a row|between them|right now)\b)|\b(?:seizures|fits) (?:one after (?:another|the other)|back to back)\b/u,
  },
  {
    id: 'medical_emergency.sudden-headache-sight',
    category: 'medical_emergency',
    level: 'high',
    // A sudden headache like a blow, the worst ever (a bleed in the brain); a curtain or shadow
    // over one eye's sight (retinal detachment).
    // @see NICE CG150, Headaches in over 12s (thunderclap headache: refer at once); NHS, Detached
    // retina (go to A&E or an eye casualty now).
    pattern:
      /\bheadache\b[^.!?\n]{0,80}\b(?:worst (?:of my life|i'?ve ever had)|like (?:being|i'?d been|i was|i'?ve been) (?:hit|struck|kicked|smacked)|thunderclap)\b|\b(?:curtain|shadow|veil)\b[^.!?\n]{0,30}\b(?:coming|came|come|falling|fell|moving|drawn|pulled) (?:down|across|over)\b(?:(?<=\b(?:eye|vision|sight)\b[^\n]{0,100})|(?=[^.!?\n]{0,40}\b(?:eye|vision|sight)\b))/u,
  },
];

/** An amount of a drug named without a verb: an answer to "have you taken anything?" ("the whole box of my mum's tablets"). */
export const DOSE_NAMED = new RegExp(`\\b${EXCESS}(?: of)? ${OWNER}${DRUGS}\\b`, 'u');
