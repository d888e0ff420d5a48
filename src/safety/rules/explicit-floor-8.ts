import { PLAY_THING } from './abuse-rules.ts';
import { KIN } from './explicit-floor-7.ts';
import { F, type RiskRule } from './risk-rule.ts';

const { drug } = F;

// Play and soft things: "threw a pillow at me", "chucked a snowball at my head".
const NOT_PLAY = `(?!(?:a |the |his |her |my )?${PLAY_THING})`;

/**
 * Explicit statements found in session 18's second round of five development batches written
 * blind to the rules (abuse, harm to others, medical emergencies, self-harm, suicide), each family
 * with look-alikes in `explicit-floor-8.test.ts`. Medical signs, each one the NHS or NICE names as
 * needing help the same hour: an overdose told by the amount ("half a bottle of"); a seizure coming
 * with no rescue medicine, or one witnessed (NICE NG217, Epilepsies, 2022); green or brown waters,
 * a baby that has stopped moving, and regular tightenings before 37 weeks (NHS, Your baby's
 * movements; NHS, Signs that labour has begun; NICE NG25, Preterm labour and birth, 2015); an object
 * driven into the body; blood sugar of 20 mmol/L or more that corrections do not bring down (NICE
 * NG17, Type 1 diabetes in adults, 2015: diabetic ketoacidosis); an older person on the floor who
 * cannot get up, and a leg shortened and turned out after a fall (NICE CG124, Hip fracture, 2011);
 * clear fluid from the nose or ear, or tingling hands, after a blow to the head (NICE NG232, Head
 * injury, 2023); shivering that stops in the cold (NHS, Hypothermia); oxygen saturation under 92%
 * (BTS guideline for oxygen use in adults, 2017: target 94–98%, 88–92% in COPD); bleeding from a
 * tooth socket that will not stop; swelling of the face or eyes after a new medicine, dye or food,
 * and hives with breathlessness (Resuscitation Council UK, Emergency treatment of anaphylaxis,
 * 2021); sickness and failing vision in great heat (NHS, Heat exhaustion and heatstroke). Abuse:
 * an object thrown at the speaker's head by someone at home, and a door barricaded against
 * someone (Campbell JC, et al. Am J Public Health 2003;93(7):1089–97: fear for one's life at
 * home is among the strongest signs of danger).
 */
export const EXPLICIT_FLOOR_8_RULES: readonly RiskRule[] = [
  // "swallowed half a bottle of paracetamol", "I've taken half a box of sleeping pills".
  {
    id: 'medical_emergency.overdose-amount',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: new RegExp(
      `\\b(?:swallowed|took|taken|had|necked|downed|popped|eaten|ate)\\b[^.!?\\n]{0,20}?\\b(?:half|most|all|the rest) (?:of )?(?:a |the |my |his |her |their |mum'?s |dad'?s )?(?:bottle|box|packet|pack|strip|tub|jar|blister pack|sheet)s? of (?:my |his |her |the |mum'?s |dad'?s )?(?:[a-z]+ )?${drug}\\b`,
      'u',
    ),
  },
  // "feel the fit coming, on my own, cant find my rescue meds"; "shaking and not responding for 5 min".
  {
    id: 'medical_emergency.seizure-signs',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\b(?:feel|feeling|think|can feel) (?:a |the |another )?(?:fit|seizure)s? (?:is )?coming\b|\b(?:shaking|jerking|twitching|fitting|convulsing) and (?:not responding|unresponsive|not answering|not breathing properly)\b|\b(?:can'?t|cannot|couldn'?t) find (?:my |the )?(?:rescue (?:meds|medication|medicine)|buccal|midazolam|emergency (?:meds|medication))\b/u,
  },
  // "waters broke and it's green, 35 weeks", "33 weeks pregnant, baby hasn't moved at all today".
  {
    id: 'medical_emergency.pregnancy-signs',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\bwaters? (?:have |has )?(?:broke|broken|gone|went|burst)\b[^.!?\n]{0,30}?\b(?:green|brown|greeny|blood|bloody|red)\b|\b(?:baby|bump|she|he)(?:'s| has| hasn'?t| has not| have not| haven'?t)? (?:hasn'?t |has not |not |hardly |barely )?(?:moved|been moving|kicked)(?: at all)? (?:today|all day|since (?:this morning|last night|yesterday)|for (?:hours|\d+ hours|the last \w+ hours))\b(?<=\b(?:pregnant|weeks|wks|bump|midwife|kicky|kicks)\b[^\n]{0,120})|\b(?:2\d|3[0-6]) ?(?:weeks|wks)\b[^.!?\n]{0,40}?\b(?:tightenings?|contractions|cramps)\b[^.!?\n]{0,40}?\b(?:regular|every \d+|like clockwork|closer together)\b/u,
  },
  // "nail gun went through my foot", "got a fishhook deep in my eye".
  {
    id: 'medical_emergency.impaled',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\b(?:nail(?: gun)?|nails|screw|drill(?: bit)?|spike|rebar|shard of glass|glass|knife|skewer|fork|fish ?hook|hook|arrow|bolt|metal|pole|stick)\b[^.!?\n]{0,30}?\b(?:went|gone|going|is|stuck|deep|right|straight)(?: (?:right|straight|deep))? (?:through|in|into) my (?:foot|hand|leg|arm|eye|palm|thigh|chest|stomach|belly|neck|side|back)\b/u,
  },
  // "my meter says 29 and I feel rough, corrected twice and it's not moving".
  {
    id: 'medical_emergency.sugar-high',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\b(?:meter|sugars?|bloods?|bms?|bgs?|glucose|blood sugars?|levels?|dexcom|libre|cgm|reading)\b[^.!?\n]{0,25}?\b(?:says|is|are|at|reading|in the|showing|of|been|over|still)\s(?:about |over |like |still |at )?(?:2\d|3[0-3])s?\b(?! ?(?:minutes|mins|%|years|yrs|days|hours|weeks|kg|stone|lbs|units|degrees|c\b))(?<=\b(?:diabet\w*|type ?[12]|t1d?|insulin|meter|sugars?|glucose|ketones?|corrected|correction|mmol)\b[^\n]{0,100})/u,
  },
  // "slid off the bed and am stuck between the bed and the wall", "leg looks shorter and turned out".
  {
    id: 'medical_emergency.fall-signs',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\b(?:stuck|wedged|trapped) (?:between|down the side of|on|under|beside) (?:the |my )?(?:bed|floor|wall|toilet|bath|sofa|chair|settee)\b(?<=\b(?:fell|fallen|slid|slipped|fall|can'?t get up|cannot get up|can'?t move)\b[^\n]{0,100})|\bleg (?:looks |is |'s )?(?:shorter|shortened)\b[^.!?\n]{0,30}?\b(?:turned out|twisted|sticking out|rolled out)\b/u,
  },
  // "banged my head on a beam, clear watery stuff coming out my nose"; "knocked myself out … hands are tingly".
  {
    id: 'medical_emergency.head-injury-signs',
    category: 'medical_emergency',
    level: 'high',
    // Already happened: a "lol" beside it does not make it a joke.
    done: true,
    pattern:
      /\b(?:banged|hit|knocked|bumped|smacked|cracked) my head\b[^\n]{0,80}?\b(?:clear|watery|pink) (?:stuff|fluid|liquid|water)\b[^.!?\n]{0,30}?\b(?:nose|ear)\b|\bknocked (?:myself|me) out\b[^\n]{0,100}?\b(?:neck (?:hurts|is sore|pain)|tingl\w+|pins and needles|numb\w*|can'?t feel)\b/u,
  },
  // "soaked through, stopped shivering now which is good i guess? just really tired".
  {
    id: 'medical_emergency.hypothermia',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\b(?:stopped|stopping|not) shivering\b(?<=\b(?:cold|freezing|soaked|wet|lost|hill|mountain|snow|outside|sea|river|water|hypotherm\w*)\b[^\n]{0,120})(?=[^\n]{0,80}\b(?:tired|sleepy|confused|drowsy|can'?t think|so cold|numb|weird|warm now)\b)/u,
  },
  // "the oxygen thing on my finger says 84".
  {
    id: 'medical_emergency.low-oxygen',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\b(?:oxygen|o2|sats|saturations?|sp ?o2|pulse ?ox\w*|oximeter|finger (?:thing|monitor|clip|reader))\b[^.!?\n]{0,30}?\b(?:says|is|are|at|reading|showing|down to|dropped to|of|only)\s(?:about |only |like |now )?(?:[6-8]\d|9[01])\b(?! ?(?:years|yrs|mins|minutes|kg|bpm|beats|days|hours|%? of the time))/u,
  },
  // "tooth out at the dentist this morning and it's still pouring, filled my mouth 4 times".
  {
    id: 'medical_emergency.socket-bleeding',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\b(?:tooth|teeth|extraction|socket|wisdom)\b[^\n]{0,60}?\b(?:still (?:pouring|gushing|pumping|streaming)|(?:won'?t|will not|hasn'?t|has not|not) stop(?:ped)? bleeding|filled my mouth|mouthfuls of (?:blood|it))\b/u,
  },
  // "my mum threw a mug at my head again".
  {
    id: 'abuse.thrown-at-me',
    category: 'abuse',
    level: 'high',
    done: true,
    pattern: new RegExp(
      `\\b(?:my ${KIN}|he|she|they)(?:'s| has| had| just| always| keeps)? (?:threw|thrown|throws|throwing|chucked|chucks|lobbed|hurled|flung|launched) ${NOT_PLAY}(?:a |the |his |her |my |their |an )?(?:[a-z]+ ){0,2}?(?:at|into) (?:my (?:head|face)|me)\\b(?! (?:laughing|as a joke|for fun|to catch))`,
      'u',
    ),
  },
  // "face puffing up after the hair dye, eyes nearly closed"; "come out in welts and it feels
  // like breathing through a straw".
  {
    id: 'medical_emergency.reaction-signs',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\b(?:face|lips?|eyes?|tongue|throat|eyelids?)(?: \w+){0,2} (?:puffing|swelling|swollen|swelled|puffed|blowing)(?: up)?\b[^.!?\n]{0,40}?\b(?:after|since|from) (?:the |my |a |some |those |these |that )?(?:new )?(?:hair dye|dye|henna|painkillers|antibiotics|tablets|pills|medicine|meds|injection|jab|vaccine|nuts|prawns|shellfish|sting|bite|takeaway)\b|\beyes (?:are )?(?:nearly|almost) (?:closed|shut)\b(?<=\b(?:swell\w*|swollen|puff\w*|allerg\w*|reaction|dye|hives|sting)\b[^\n]{0,80})|\b(?:welts|hives)\b[^\n]{0,60}?\b(?:breathing through a straw|can'?t (?:breathe|get (?:any )?air)|wheez\w*|throat (?:is )?(?:tight|closing))/u,
  },
  // "stuck in traffic 3 hours in a car with no aircon, my vision is going spotty and ive been sick".
  {
    id: 'medical_emergency.heat-illness',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\b(?:no air ?con|heat ?wave|in the (?:sun|heat)|sunstroke|so hot|boiling|roasting|sauna|hot car|40 degrees|35 degrees)\b[^\n]{0,80}?\b(?:vision (?:is )?(?:going|gone|getting) (?:spotty|blurry|dark|funny|fuzzy)|(?:i'?ve |i have )?been sick(?! of| to death)|throwing up|stopped sweating|passed out|fainted|so confused)\b/u,
  },
  // "I've wedged a chair under the door", "I sleep with a chair under the handle".
  {
    id: 'abuse.barricaded',
    category: 'abuse',
    level: 'high',
    pattern:
      /\b(?:i'?ve|i have|i|we'?ve|we) (?:just )?(?:wedged|jammed|pushed|put|propped|sleep with) (?:a |the |my )?(?:chair|wardrobe|bed|chest of drawers|table|dresser|desk)s? (?:under|against|in front of|behind) (?:the |my )?(?:bedroom |bathroom )?(?:door|handle|door handle)\b(?![^.!?\n]{0,40}\b(?:draught|draft|wind|breeze|cat|dog|puppy|toddler|open)\b)/u,
  },
];
