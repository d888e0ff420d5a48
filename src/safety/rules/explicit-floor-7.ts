import { F, type RiskRule } from './risk-rule.ts';

const { person, drug } = F;

// People the speaker may be harmed by at home: the shared list, former partners and in-laws.
export const KIN = `(?:${person}|ex[- ]?(?:husband|wife|partner|boyfriend|girlfriend)|fianc[eé]e?|stepfather|stepmother|stepdad|stepmum|grandson|granddaughter|nephew|niece|(?:mother|father|brother|sister|son|daughter)[- ]in[- ]law|in-laws?)`;
// Sport, play and accidents, where the same words are ordinary ("broke my nose with a football").
const PLAY_OR_ACCIDENT =
  '(?![^.!?\\n]{0,60}\\b(?:football|footie|rugby|game|match|training|by accident|accidentally|by mistake|playing|play fight\\w*|trampoline|bike|skiing|sparring|fell|falling)\\b)';
// A child the speaker looks after: "my 2 year old", "the baby", "our toddler", "granddaughter is 18 months".
const CHILD =
  '(?:(?:my|our|the) )?(?:baby|babys|newborn|toddler|little one|(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:year|yr|month|week)s?[- ]old)|\\b(?:my|our) (?:son|daughter|boy|girl|kid|child|little (?:boy|girl|brother|sister|man))\\b|\\b(?:my |our )?(?:grandson|granddaughter|grandbaby|grandchild)\\b';
// Medicines and household things a small child can be poisoned or hurt by.
const POISON = `(?:${drug}|calpol|nurofen|iron tablets|vitamins|bleach|detergent|(?:dishwasher|laundry|washing|wash) (?:pods?|tablets?|capsules?|liquid|powder)|pods?|capsules?|button batter(?:y|ies)|batter(?:y|ies)|magnets?|white spirit|turps|antifreeze|screenwash|weedkiller|slug pellets|rat poison|poison|e-?liquid|vape(?: juice| liquid| refill)?|nicotine|(?:berries|mushrooms?) (?:off|from|in) (?:a |the |our )?(?:bush|hedge|garden|park|woods|lawn|grass|tree)|(?:a |some )?(?:wild |strange |random )?mushrooms? (?:from|in|off|on) (?:the |a )?(?:park|garden|woods|lawn|grass|ground)|cleaning (?:stuff|spray|product)s?|drain cleaner|oven cleaner|essential oils?|lamp oil|paraffin|mouthwash|nail varnish remover|methadone)`;
// What a child did with it: swallowed, ate, drank, chewed, bit through, got into.
const INGESTED =
  '(?:swallowed|swallow|ate|eaten|eating|drank|drunk|drinking|chewed|chewing|bit (?:through|into)|sucked|licked|got into|has had|had some of|been at|had a mouthful of)';
// A fever as people write it: "38.2", "39 degrees", "a temperature of 38" (not an age: "I'm 38").
const TEMPERATURE =
  "(?:\\b(?:3[89]|4[0-2])[.,]\\d\\b(?! ?(?:kg|kilos?|lbs?|weeks?|%|cm|ml|mm))|\\b(?:temp(?:erature)?|fever)[^.!?\\n]{0,12}?\\b(?:3[89]|4[0-2])\\b|\\b(?:he|she|they|baby)(?:'s| is| was) (?:3[89]|4[0-2]) ?(?:°c|c\\b|degrees))";
// Told as a question before it happens, as prevention, or as long over (read back from the end of
// the child's mention, so it costs nothing where no child is named): "what if my toddler swallows…",
// "how do I stop…", "last year my toddler swallowed a magnet".
const NOT_HAPPENED =
  '(?<!\\b(?:if|in case|what if|whether|before|so that|stop|prevent|ever|might|could|once|last (?:year|month|summer|winter|spring|autumn|christmas)|years ago|when (?:he|she|they) (?:was|were) (?:little|a baby|small|tiny))\\b[^.!?\\n]{0,80})';

/**
 * Explicit statements found in session 18 in three development batches written blind to the
 * rules (abuse, harm to others, medical emergencies and self-harm); each family's look-alikes are
 * in the tests. Abuse: a partner or relative named as violent or abusive, and injuries they caused,
 * are disclosures to act on (NICE PH50, Domestic violence and abuse: multi-agency working, 2014;
 * NICE QS116, 2016: ask, and respond to a disclosure). Harm to others: violent thoughts about a
 * named person and threats already made are warning behaviour (Meloy JR, et al. Behav Sci Law
 * 2012;30(3):256–79). Medical: a small child who has swallowed a medicine or a household product
 * needs urgent advice or care (NHS, Poisoning, nhs.uk; call 999 for drowsiness, breathing
 * trouble or a swallowed button battery); an infant under three months with a temperature of
 * 38 °C or more, and a child with a rash that does not fade under pressure, are high risk of
 * serious illness (NICE NG143, Fever in under 5s, 2019; NICE NG240, Meningitis (bacterial) and meningococcal
 * disease, 2024, which replaced CG102). A dose of one's own medicine taken twice over, an anaphylaxis
 * that gets worse after the adrenaline pen, a peak flow at half of normal or less, and heavy
 * bleeding in pregnancy are emergencies (NHS, Overdose and Poisoning; Resuscitation Council UK,
 * Emergency treatment of anaphylaxis, 2021: call for help and repeat the adrenaline after five
 * minutes; BTS/SIGN 158, British guideline on the management of asthma, 2019: peak flow 33–50% of
 * best is acute severe, under 33% life-threatening; NHS, Vaginal bleeding in pregnancy: soaking a
 * pad in an hour is an emergency).
 */
export const EXPLICIT_FLOOR_7_RULES: readonly RiskRule[] = [
  // "My wife is abusive", "my dad is violent with my mum and me", "my brother gets violent".
  {
    id: 'abuse.kin-is-violent',
    category: 'abuse',
    level: 'high',
    done: true,
    pattern: new RegExp(
      `\\bmy ${KIN}(?:'s| is| has been| gets| can be| keeps getting| has become| is being)(?: (?:really|so|very|quite|properly|physically|emotionally|verbally|getting|more and more|always))* (?:violent|abusive)\\b(?! (?:to|with|towards|at) (?!me\\b|us\\b)(?!(?:[a-z']+ ){0,3}?and (?:me|us)\\b))(?! (?:in|on) (?:the |his |her |their )?(?:[a-z]+ )?(?:game|games|films?|movies?|pitch|ring|books?|dreams?))`,
      'u',
    ),
  },
  // "She's broken two of my fingers this year", "he cracked my ribs".
  {
    id: 'abuse.injury-by-kin',
    category: 'abuse',
    level: 'high',
    done: true,
    pattern: new RegExp(
      `\\b(?:he|she|they|my ${KIN})(?:'s| has| had|'d)? (?:broken|broke|fractured|cracked|dislocated|split|busted|bust) (?:(?:two|three|one|some|a couple) of )?my (?:fingers?|ribs?|nose|arm|wrist|jaw|teeth|tooth|collarbone|cheekbone|eye socket|lip|eyebrow|skull|ankle)\\b${PLAY_OR_ACCIDENT}`,
      'u',
    ),
  },
  // "I have violent thoughts about my mother-in-law": feared or not, told to the agent.
  {
    id: 'harm_to_others.violent-thoughts-about',
    category: 'harm_to_others',
    level: 'moderate',
    pattern: new RegExp(
      `\\b(?:violent|murderous|homicidal) (?:thoughts|fantasies|urges|images|daydreams|dreams|impulses) (?:about|of|towards?|against) (?:my |the |this |that |our |a |one of my )?(?:${KIN}|him|her|them|people|someone|somebody|[a-z-]+mates?|boyfriend|wife|husband|colleagues?|coworkers?|customers?|patients?|residents?|kids)\\b`,
      'u',
    ),
  },
  // "I've been threatening my flatmate over text for weeks", "I threatened to stab him".
  {
    id: 'harm_to_others.threats-made',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      `\\bi(?:'ve| have| had|'d)? (?:been )?(?:threaten(?:ing|ed)|threatenin) (?:to (?:kill|stab|hurt|burn|beat|batter|shoot|strangle|smash|glass|knife|do in|end) (?:him|her|them|my|the|his)|(?:my |the |this |that |our )?(?:${KIN}|him|her|them|[a-z-]+mates?)\\b(?! (?:with|to) (?:court|a complaint|legal|the police|a solicitor|a lawyer|the ombudsman|eviction|leave|quit|report|sue|move|tell|call|cancel|no |the naughty|an early|bed)))`,
      'u',
    ),
  },
  // "I took 60mg of my methadone instead of 30", "pressed too much insulin, 50 instead of 5".
  {
    id: 'medical_emergency.wrong-dose',
    category: 'medical_emergency',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:took|taken|had|injected|pressed|gave myself|swallowed|done|put in|dosed)\\b[^.!?\\n]{0,40}?\\b(?:\\d{2,}|\\d+ ?(?:mg|mgs|ml|units?))\\b[^.!?\\n]{0,40}?\\binstead of (?:the |my )?\\d+\\b(?<=\\b(?:${drug}|dose|insulin|methadone|units?)\\b[^.!?\\n]{0,100})`,
      'u',
    ),
  },
  // "Anaphylaxis. Used pen. Still getting worse."
  {
    id: 'medical_emergency.anaphylaxis-worse',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\b(?:anaphyla\w*|epi ?pens?|adrenaline (?:pen|shot|injector)|jext|used (?:my |the )?pen)\b[^\n]{0,60}?\b(?:still (?:getting )?worse|getting worse|not (?:working|helping|doing anything)|(?:did|done|does) nothing|still swelling|still can'?t breathe)\b/u,
  },
  // "peak flow is about a third of my normal", "peak flow under half".
  {
    id: 'medical_emergency.peak-flow-low',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\bpeak flows?(?:'s| is| was| has)?(?: (?:dropped|gone|fallen|down))?(?: to)? (?:about |around |only |under |less than |below |barely |maybe )?(?:a third|a quarter|half|(?:[1-4]\d|50) ?%)/u,
  },
  // "12 wks pregnant, soaking a pad every hour with clots".
  {
    id: 'medical_emergency.pregnancy-bleeding',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\b(?:pregnant|\d{1,2} ?(?:wks?|weeks)(?: pregnant)?)\b[^\n]{0,80}?\b(?:soak(?:ing|ed)|(?:blood|bleeding|bled) (?:right )?through) (?:a |my |the |\d+ )?(?:pads?|towels?|leggings|jeans|sheets)\b/u,
  },
];

/**
 * A small child's emergency told by the parent or carer: reported as concern for someone else
 * (`aboutOthers`), which the agent answers by telling the person to call the emergency number for
 * the child now (`supportForOther`), as for every emergency the speaker is witnessing.
 */
export const EXPLICIT_FLOOR_7_OTHERS_RULES: readonly RiskRule[] = [
  // "My 2 year old got into the cupboard, a dishwasher pod is split open…", "toddler bit through
  // a laundry capsule", "found her with my blood pressure tablets".
  {
    id: 'medical_emergency.child-swallowed',
    category: 'medical_emergency',
    level: 'imminent',
    aboutOthers: true,
    pattern: new RegExp(
      [
        `\\b(?:${CHILD})${NOT_HAPPENED}[^.!?\\n]{0,60}?\\b${INGESTED}\\b[^.!?\\n]{0,40}?\\b${POISON}\\b`,
        `\\b(?:${CHILD})${NOT_HAPPENED}[^.!?\\n]{0,80}?\\b${POISON}\\b[^.!?\\n]{0,40}?\\b(?:(?:is|are|was) (?:split|open|missing|gone|chewed)|on (?:his|her|their) (?:chin|lips|mouth|face|hands)|in (?:his|her|their) mouth|(?:he|she|they)(?:'s| has| have)? (?:swallowed|eaten|drunk|had))\\b`,
        `\\bfound (?:him|her|them|the baby|my (?:son|daughter)) with (?:my |the |an |a |some )?(?:open |empty )?(?:[a-z]+ ){0,2}?${POISON}\\b`,
        `\\bgave (?:my|our|the) (?:baby|toddler|little one|son|daughter|boy|girl|kid|(?:\\d{1,2}|one|two|three|four|five|six)[- ](?:year|yr|month|week)s?[- ]old) (?:a whole |the whole |too much |double |twice the |the adult |an adult |the wrong |2 |two )[^.!?\\n]{0,30}?\\b(?:${POISON}|dose|medicine|spoons?|ml)\\b`,
        `\\bgave (?:my|our|the) [^.!?\\n]{0,30}?\\b(?:${POISON}|dose|medicine)\\b[^.!?\\n]{0,20}?\\b(?:twice|by mistake|instead of)\\b`,
      ].join('|'),
      'u',
    ),
  },
  // "babys 9 weeks and 38.2", "baby 11 months, 40.1 … purple spots on her legs".
  {
    id: 'medical_emergency.infant-fever-rash',
    category: 'medical_emergency',
    level: 'high',
    aboutOthers: true,
    pattern: new RegExp(
      [
        `\\b(?:newborn|(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?(?:weeks?|wks?)(?:[- ]old)?|(?:one|two|1|2)[- ]months?[- ]old)\\b[^!?\\n]{0,60}?${TEMPERATURE}`,
        `\\b(?:${CHILD}|(?:his|her) (?:legs?|arms?|tummy|chest|body|skin))\\b[^\\n]{0,80}?\\b(?:purple|dark red|pinprick) (?:spots|rash|dots|blotches)\\b|\\brash (?:that )?(?:doesn'?t|won'?t|does not|didn'?t) (?:fade|go away) (?:under|with|when i press) (?:a |the )?glass\\b`,
      ].join('|'),
      'u',
    ),
  },
];
