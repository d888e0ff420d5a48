import { F, type RiskRule } from './risk-rule.ts';

const { self: SELF } = F;
// Small things a child swallows that burn or block the gut: button batteries, magnets.
const SWALLOWED_OBJECT = '(?:(?:button |watch |coin |aa |aaa )?batter(?:y|ies)|magnets?)';
// Household products that burn the mouth and throat when drunk.
const CLEANER =
  '(?:(?:carpet|floor|oven|toilet|drain|bathroom|kitchen|surface|glass|window) cleaner|cleaning (?:liquid|fluid|spray|stuff|product)|descaler|washing[- ]up liquid|bleach|dishwasher (?:tablet|liquid|gel)s?|laundry (?:pod|capsule|liquid)s?)';
const SKIN_PART = '(?:arms?|legs?|wrists?|thighs?|stomach|belly|hips?|skin|ankles?|forearms?)';

/**
 * Explicit medical emergencies and self-harm told in words the keyword rules did not read.
 * Medical: NHS, When to call 999, and NHS condition pages (anaphylaxis, asthma attack, hypoglycaemia,
 * diabetic ketoacidosis, heart attack, stroke FAST, burns, poisoning, alcohol withdrawal).
 * Self-harm: NICE NG225 (2022) — self-harm is any act of self-poisoning or self-injury, and its
 * frequency, recency and concealment matter to the assessment; C-SSRS (Posner et al. 2011) asks
 * about non-suicidal self-injury as behaviour.
 */
export const EXPLICIT_BODY_RULES: readonly RiskRule[] = [
  // A battery or magnet swallowed by the speaker (children write these too).
  {
    id: 'medical_emergency.object-swallowed',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: new RegExp(
      `\\bi (?:did |just |have |'ve |think i )?swallow(?:ed)? (?:a |the |two |some |my |one of the )?${SWALLOWED_OBJECT}\\b`,
      'u',
    ),
  },
  // A cleaning product drunk by mistake, with a burning mouth or drooling: corrosive ingestion.
  // NHS, Poisoning: burning in the mouth or throat and drooling after a chemical is swallowed.
  {
    id: 'medical_emergency.corrosive-drunk',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: new RegExp(
      `\\b(?:drank|drunk|swallowed|sipped|gulped)\\b[^.\\n]{0,60}\\b${CLEANER}\\b[^\\n]{0,60}\\b(?:(?:mouth|throat|lips|tongue)(?:'s| is| are)? (?:burning|on fire|blistering|stinging)|drooling|can'?t swallow)`,
      'u',
    ),
  },
  // Several opioid patches on at once, or an overdose named with how long ago.
  // NICE NG225: an overdose is a medical emergency whatever the intent.
  {
    id: 'medical_emergency.patches-overdose',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\b(?:put|stuck|applied|wearing|wore|on|got|have) (?:\d+|two|three|four|five|six|several|all) (?:of )?(?:my |the )?(?:[a-z]+ )?(?:fentanyl |morphine |buprenorphine |butrans |pain ?(?:relief )?)?patches(?: on)?(?: at once| at the same time| together)\b/u,
  },
  {
    id: 'medical_emergency.overdose-when',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\b(?:overdose,? (?:about |around |maybe )?(?:an?|one|two|\d+) (?:hour|minute|min)s? ago|(?:swallowed|took|taken|downed) (?:everything|all (?:of )?the (?:pills|tablets|meds)) (?:in|from) (?:the |my )?(?:bathroom |medicine |kitchen )?(?:cabinet|cupboard|drawer))\b/u,
  },
  // Anaphylaxis in lay words: the throat closing or swelling, or hives with a hoarse voice, after
  // an allergen or sting. NHS, Anaphylaxis: swelling of the throat, hoarse voice, faintness.
  {
    id: 'medical_emergency.anaphylaxis-lay',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\b(?:allerg\w*|epi ?pen|sting|stung|wasp|bee|nuts?|peanuts?|sesame|shellfish|prawns?|antihistamine|cetirizine|piriton)\b[^\n]{0,80}\b(?:throat(?:'s| is)? (?:closing|swelling|swollen|tightening|getting tight)|(?:tongue|lips)(?:'s| is| are)? (?:swelling|swollen|going fat)|hives[^\n]{0,40}(?:voice|breath|faint|wheez)|voice (?:going|gone|getting) (?:croaky|hoarse))/u,
  },
  // An asthma attack the inhaler is not relieving: too breathless to finish a sentence, grey or
  // blue lips. NHS, Asthma attacks: call 999 if the inhaler is not helping or lips turn blue or grey.
  {
    id: 'medical_emergency.asthma-unrelieved',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\b(?:inhaler|wheez\w+|asthma)\b[^\n]{0,100}\b(?:(?:can'?t|cannot|cant|barely|hardly) (?:finish|complete|get (?:out|through)) (?:a |my |the )?sentence|lips (?:are |going |gone |turning |look )(?:grey|gray|blue))/u,
  },
  // Hypoglycaemia named ("having a hypo"), or a double insulin dose with its
  // signs. NHS, Low blood sugar: shaking, sweating, confusion; below 4 mmol/L.
  {
    id: 'medical_emergency.hypo',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\b(?:(?:having|in|going into|think i'?m having|i'?m having) a hypo\b|insulin (?:twice|two times|double)\b[^\n]{0,80}\b(?:shaking|shaky|sweat\w*|confused|(?:can'?t|cannot|cant) think))/u,
  },
  // Diabetic ketoacidosis: no insulin for days, then vomiting or fast breathing.
  // NHS, Diabetic ketoacidosis: being sick, deep or fast breathing.
  {
    id: 'medical_emergency.dka',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /(?:\bi(?:'ve| have)? (?:had |been |gone |run |ran )?|^(?:had |been |gone |run |ran )?)(?:no|without|out of) (?:my )?insulin (?:for|since) [^\n]{0,60}\b(?:vomiting|being sick|throwing up|breathing (?:fast|quick|heavy|deep)|(?:can'?t|cannot|cant) keep (?:anything|water|fluids) down)/u,
  },
  // A seizure felt coming on or repeated fits, including after stopping heavy drinking.
  // NHS, Alcohol withdrawal: fits after stopping; NHS, Epilepsy: seizures one after another need 999.
  {
    id: 'medical_emergency.fits-now',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\b(?:(?:a |another )?(?:seizure|fit)(?:'s| is) coming(?: on)?|(?:feel|sense) (?:a |another )?(?:seizure|fit) coming|(?:been having|having|had|keep having) (?:fits|seizures) (?:on and off|one after (?:another|the other)|all (?:day|night|evening)|since)|came round on the (?:[a-z]+ )?floor)/u,
  },
  // A heart attack named as happening now, with its signs.
  // NHS, Heart attack: chest pain, sweating, feeling sick or lightheaded.
  {
    id: 'medical_emergency.heart-attack-named',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\b(?:(?:this is|this's|it'?s|it is|i'?m having|having) (?:a |another )?heart attack\b[^\n]{0,60}\b(?:pain|sweat\w*|chest|arm|jaw|sick|clammy)|heart attack symptoms?\b[^\n]{0,40}\b(?:right now|all of them|every one)|heart(?:'s| is) (?:packing in|giving (?:out|up)|packing up))/u,
  },
  // Stabbed just now (NHS, When to call 999: a serious wound).
  {
    id: 'medical_emergency.stabbed',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\b(?:just been|i'?ve been|i have been|i got|i was just|i'?ve just been) stabbed\b(?! (?:in the back|by (?:a |the |my )?(?:thorns?|rose|roses|needles?|pins?|splinters?|cactus|friends?|colleagues?|boss|pencil)))/u,
  },
  // A deep burn: skin turned white, leathery or charred (full-thickness). NHS, Burns and scalds.
  {
    id: 'medical_emergency.deep-burn',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\b(?:burnt|burned|scalded|burn|scald)\b[^\n]{0,80}\bskin(?:'s| is| has)? (?:gone |turned |looks |all )?(?:white|black|charred|leathery|waxy)/u,
  },
  // Stroke signs told loosely: the face droops and words will not come (NHS, FAST).
  {
    id: 'medical_emergency.face-speech',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\bface (?:feels |is |looks |has gone |gone )?(?:droopy|drooping|lopsided|wonky)\b[^\n]{0,40}\bwords (?:won'?t|wont|aren'?t|are not|don'?t) (?:come|coming)/u,
  },

  // --- self-harm ---
  // Cutting or opening the skin named with the speaker's body or dialect "myself" (NICE NG225).
  {
    id: 'self_harm.cut-body-now',
    category: 'self_harm',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:now i (?:just )?cut my ${SKIN_PART}|open (?:up )?my (?:skin|wrists?|veins)(?![^.\\n]{0,40}\\b(?:tattoo|piercing|surgery|operation))|cut (?:up )?(?:miself|mi ?self|mislef)\\b|(?:making|make|made|giving|gave|give) (?:wounds|cuts|gashes) (?:on|in|into) ${SELF})`,
      'u',
    ),
  },
  // An everyday blade or tool used on the body on purpose (NICE NG225: self-injury by cutting).
  {
    id: 'self_harm.tool-on-purpose',
    category: 'self_harm',
    level: 'high',
    pattern:
      /\b(?:(?:sliced|cut|nicked|slashed|burnt|burned) my (?:thumb|fingers?|hands?|palm|arms?|forearms?|wrists?|legs?|thighs?|stomach|skin|ankles?|hips?) (?:with (?:the |a |my )?[a-z]+(?: [a-z]+)? )?on purpose|(?:box cutter|stanley knife|craft knife|blade|scalpel|compass|pencil sharpener blade)\b[^.\n]{0,30}\bon my (?:arms?|legs?|wrists?|thighs?|stomach|skin))/u,
  },
  // Self-harm admitted as the real cause of marks once blamed on something else: concealment.
  // NICE NG225: concealed self-harm; ask directly about the cause of injuries.
  {
    id: 'self_harm.marks-admitted',
    category: 'self_harm',
    level: 'high',
    pattern:
      /\b(?:cuts|marks|scratches|scars|burns|bruises|scabs) (?:on|across|all over|up) my (?:[a-z]+ )?(?:thumbs?|fingers?|hands?|palms?|arms?|forearms?|wrists?|legs?|thighs?|stomach|skin|ankles?|hips?)\b[^\n]{0,80}\b(?:aren'?t|are not|weren'?t|were not|not) (?:really )?(?:from|because of|eczema|an? )[^\n]{0,60}\b(?:they'?re|they are|it'?s|they were) (?:from|by|all) me\b|\b(?:cuts|marks|scratches|scars|burns)\b(?: (?:on|across|all over|up) my (?:[a-z]+ )?(?:thumbs?|fingers?|hands?|palms?|arms?|forearms?|wrists?|legs?|thighs?|stomach|skin|ankles?|hips?)\b)?[^\n]{0,80}\bi (?:make|made|do|did|give) (?:them|it) (?:with my (?:nails|fingernails|nail)|with a (?:blade|razor|pin|needle|lighter)|myself)/u,
  },
  // Frequency and recency: cutting as a routine, the hours since the last cut with wounds still
  // bleeding, nails dug in until they mark. NICE NG225: frequency, recency and escalation.
  {
    id: 'self_harm.cutting-routine',
    category: 'self_harm',
    level: 'high',
    pattern:
      /\b(?:i cut (?:myself )?(?:after|whenever|every time|each time) (?:every|each|a|an|we|my|i)\b(?![^\n]{0,60}\b(?:knit\w*|crochet\w*|yarn|wool|fabric|thread|sew\w*|paper|hair|grass|lawn|hedge|wood|pattern|stripes))|(?:teeth|bed|shower|bath), cut,|since i last cut\b(?! (?:my|his|her|the|their) )|since my last cut\b[^\n]{0,60}\b(?:bleed\w*|urge)|dig (?:my )?(?:finger)?nails into my (?:arms?|skin|wrists?|legs?|hands?|thighs?)\b[^\n]{0,40}\b(?:till|until) (?:it |they |i )?(?:marks|bleeds?|breaks|bruises))/u,
  },
];
