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
    pattern: new RegExp(
      [
        `\\b(?:face|mouth|smile)(?: has| is|'s)? (?:gone |going |went |is )?(?:droopy|drooping|lopsided)\\b`,
        `\\bone side of my (?:face|body|mouth)(?: has| is|'s)? (?:gone |going |went )?(?:droopy|drooping|numb|weak|dead|floppy)\\b`,
        `\\bmy left arm(?: has| is|'s)? (?:gone |going |went )?(?:numb|dead|weak|tingly|heavy)\\b`,
        `\\bchest (?:has been |is |keeps |'s )?(?:crushing|being crushed|like it'?s being crushed|in a vice)\\b`,
        `\\b(?:mixed|mixing) (?:[a-z]+ ){0,2}(?:cleaning products|chemicals|cleaners|bleach and [a-z]+)\\b[^\\n]{0,80}\\b(?:cough\\w*|can'?t breathe|chest|dizzy|eyes (?:burn|sting)|throat|wheez\\w*)`,
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
    pattern: new RegExp(
      `\\b(?:took|taken|had|injected) (?:double|twice|triple|two lots of|two times) (?:my|the|his|her) (?:dose|doses|amount|prescription|insulin|meds|medication|tablets|pills)\\b|\\b(?:took|taken|had|injected) ${OWNER}(?:${DRUGS}|dose|doses) (?:three|four|3|4|several|a few) times (?:today|this morning|tonight|in a row|since)\\b|\\b(?:took|taken|had) ${OWNER}(?:${DRUGS}|dose|doses) (?:twice|two times|again by mistake)\\b|\\b(?:took|taken|had) (?:a few|some|two|three|an|several) extra (?:of )?${OWNER}(?:${DRUGS}|doses?)?\\b`,
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
    pattern:
      /\b(?:(?:i )?can'?t breathe|struggling to breathe|chest (?:pains?|is (?:tight|crushing))|crushing (?:pain|feeling) in my chest|chest (?:has been |keeps |is )?(?:hurting|aching)\b(?=[^.!?\n]{0,60}\b(?:minutes|dizzy|sweat\w*|arm|jaw|breath\w*|sick)\b)|(?:i'?m |i am )?having (?:a )?(?:heart attack|seizure|stroke|fit)|my (?:face|arm|mouth) (?:is|has gone) (?:numb|drooping)|throwing up blood|vomiting blood|(?:i )?(?:keep|kept|am) passing out|losing consciousness|(?:lips|fingers) (?:are|going|turning) blue|worst headache (?:of my life|i'?ve ever had)|(?:sudden|suddenly)[^.!?\n]{0,20}\b(?:worst|severe|splitting) headache|throat (?:is )?(?:getting |going |feels? |feeling )?(?:closing(?: up)?|swelling(?: up)?|swollen|tight(?:ening)?)(?![^.!?\n]{0,25}\b(?:singing|shouting|crying|cold|talking|yelling|cheering|karaoke|nerves|nervous)\b)|tongue (?:is )?swelling|(?:asthma attack|inhaler)\b[^.!?\n]{0,40}?\b(?:isn'?t|not|doesn'?t|won'?t) (?:helping|working)|(?:fallen|fell|collapsed|slipped|tripped|fell over)\b[^.!?\n]{0,40}?\b(?:can'?t|cannot) (?:get up|move|feel)|(?:hit|banged|bashed) my head\b[^\n]{0,60}?\b(?:blood|bleeding|confused|dizzy|being sick|throwing up|vomiting|blacked out|can'?t remember|seeing double)|(?:burn(?:ed|t)|scalded) (?:myself |my [a-z]+ )?(?:really |so |very )?badly|skin (?:is )?(?:peeling|coming) off|(?:hand|arm|finger|leg|foot) (?:got )?(?:caught|crushed|trapped) in)\b/u,
  },
];

/** An amount of a drug named without a verb: an answer to "have you taken anything?" ("the whole box of my mum's tablets"). */
export const DOSE_NAMED = new RegExp(`\\b${EXCESS}(?: of)? ${OWNER}${DRUGS}\\b`, 'u');
