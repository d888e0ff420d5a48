import { F, type RiskRule } from './risk-rule.ts';

const { drug: DRUG, person: PERSON } = F;

/** Someone at home, in care or in charge who may be hurting the speaker. */
const HOUSEHOLD = `(?:he|she|they|someone at home|my ${PERSON}|my (?:grandson|granddaughter|nephew|niece|son-in-law|daughter-in-law|(?:wife|husband|partner)'?s (?:son|daughter))|(?:the|a|my) (?:night |day )?(?:carer|care worker|support worker|staff member|coach))`;
/** Someone the speaker may hurt, as a pronoun or a relation. */
const TARGET = `(?:him|her|them|(?:my|his|her|that|this|the) (?:[a-z-]+ )?(?:${PERSON}|boy|girl|guy|man|woman|lad|bloke|father-in-law|mother-in-law|stepson|stepdaughter|stepda|stepdad))`;
/** A weapon a person can pick up at home. */
const WEAPON =
  '(?:knife|knives|bat|cricket bat|baseball bat|hammer|machete|axe|crowbar|gun|shotgun|blade|golf club)';
/** Sport, cooking and work: what makes a weapon word or a blow ordinary. */
const ORDINARY =
  '(?:carv\\w*|chop\\w*|cook\\w*|roast|veg\\w*|onions?|practice|nets|match|game|training|cricket club|innings|rugby|football|hockey|boxing|sparring|pillow|snowball|by accident|accidentally|joke|jokes|swings?|pram|buggy|wheelchair)';

export const EXPLICIT_DANGER_RULES: readonly RiskRule[] = [
  // ─── Abuse ───
  {
    // Violence under way at home while the speaker writes: a door being kicked in, a head slammed
    // against furniture, someone on the floor being kicked, fuel poured round the house. Danger now
    // is the first question of every domestic abuse risk tool, and threats with fire or a weapon
    // are among the strongest predictors of a killing.
    // @see SafeLives DASH (Richards 2009); Campbell JC, et al. Am J Public Health 2003;93(7):1089–97.
    id: 'abuse.violence-under-way',
    category: 'abuse',
    level: 'imminent',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      [
        String.raw`\b(?:slamming|smashing|banging|bashing|hitting) my (?:head|face)\b(?<=\b(?:he|she|they)(?:'s| is|s| are|'re)\b[^.!?\n]{0,40})`,
        String.raw`\b(?:kicking|booting|smashing|breaking|bashing) (?:it|the door|the bathroom door|the bedroom door|my door) (?:in|down)\b(?<=\b(?:he|she|they|${HOUSEHOLD})(?:'s| is|s| are|'re)\b[^\n]{0,80})`,
        String.raw`\b(?:pouring|poured|pours|splashing|splashed) (?:petrol|gasoline|gas|fuel|diesel|lighter fluid|paraffin) (?:round|around|all over|over|on) (?:the (?:house|flat|floor|stairs|hall|car)|me|us|the kids)\b`,
        String.raw`\b(?:got|has|'s got|s got) (?:my )?(?:mum|mom|mam|dad|sister|brother|her|him|me) (?:on the floor|against the wall|by the (?:throat|neck|hair)) (?:kicking|hitting|punching|choking|strangling|stamping on|beating)\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // An abuser on the way home after a threat or after learning the speaker sought help (police,
    // a solicitor, a refuge): the hours after separation or disclosure are the most dangerous.
    // @see Campbell JC, et al. 2003 (above): separation and threats; SafeLives DASH (Richards 2009).
    id: 'abuse.abuser-on-the-way',
    category: 'abuse',
    level: 'imminent',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      String.raw`\b(?:he|she|they|${HOUSEHOLD})(?:'s| is| will be|'ll be|'re| are) (?:on (?:his|her|their|the) way (?:home|back|over|here)|(?:home|back|here) (?:in (?:\d+|five|ten|fifteen|twenty|thirty|half an hour|an hour)|at (?:midnight|\d+))|coming (?:home|back|round|over))\b(?:(?=[^\n]{0,160}\b(?:where do i go|i'?m hiding (?:in|from|under|behind)|i'?m (?:locked|shut) in|i'?ve locked myself|(?:going to|gonna) (?:kill|hurt) me|'?getting it'?)\b)|(?<=\b(?:knows i'?ve (?:been to|called|rung|told|spoken to)|(?:texted|said|says|told me|messaged)(?: me)? (?:that )?i'?m '?getting it|(?:texted|said|says|threatened)(?: me)? (?:that )?(?:he|she)(?:'ll| will|'s going to|'s gonna) (?:kill|hurt|batter|do) me)\b[^\n]{0,160}))`,
      'u',
    ),
  },
  {
    // Medicines, food or money held back by a carer or relative until the speaker complies (signs
    // over a pension, has sex, does as told): coercive control and financial abuse of an adult
    // who depends on care.
    // @see WHO, Abuse of older people fact sheet (2024); NICE NG225 (2022) asks about abuse and
    // safeguarding; SafeLives DASH (Richards 2009): controlling behaviour.
    id: 'abuse.care-held-back',
    category: 'abuse',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      String.raw`\b(?:only (?:gives?|lets?) me (?:have )?|(?:holds?|held|keeps?|kept) back |(?:holds?|held|keeps?|kept|hides?|hid) |(?:won'?t|doesn'?t|will not|refuses to) (?:give|let) me (?:have )?)(?:my |the )?(?:[a-z]+ ){0,2}?(?:${DRUG}|food|meals|dinner|insulin|inhaler|walking frame|frame|wheelchair|hearing aids?|glasses)(?: back)? (?:[a-z]+ ){0,3}?(?:until|unless|till|if|once) (?:i'?ve |i have |i )?(?:do what (?:he|she|they) (?:wants?|says?)|(?:sign|signed|give|gave|hand(?:ed)? over|transfer(?:red)?) (?:over )?(?:my|the|him|her)|pay|paid|have sex|sleep with|agree|behave|beg)\b`,
      'u',
    ),
  },
  {
    // Hurt by someone at home or in charge, told plainly in the present: slapped and pinched by a
    // carer, an arm twisted when asking about money, a coach hitting a child, "someone at home
    // hurts me". Current physical abuse is high whoever the person is.
    // @see WHO, Abuse of older people fact sheet (2024); NSPCC, Physical abuse: signs and
    // indicators; SafeLives DASH (Richards 2009).
    id: 'abuse.hurt-by-carer-or-family',
    category: 'abuse',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      String.raw`\b${HOUSEHOLD}(?: (?:is|'s|s|has been|keeps))?(?: actually| always| still)? (?:[a-z']+ ){0,2}?(?:slaps|pinches|punches|kicks|twists|twisted|hurts|hurting|is hurting|hits|shoves|scratches|yanks|drags)(?: and (?:slaps|pinches|punches|kicks|twists|hits|shoves|scratches|yanks))? (?:me|my (?:bad |good |weak |left |right )?(?:arm|arms|wrist|wrists|hair|face|leg|legs|neck|ears?))\b(?! (?:up|off|out|with (?:a |the )?(?:ball|pillow|snowball|question|facts|truth|joke))\b)(?![^.!?\n]{0,40}\b${ORDINARY}\b)`,
      'u',
    ),
  },
  {
    // Kept in: a bedroom bolted from outside, shoes, keys or passport taken so the speaker cannot
    // leave, a door removed, being filmed in private. Deprivation of liberty and surveillance are
    // coercive control and, for a child, neglect and emotional abuse.
    // @see SafeLives DASH (Richards 2009); Stark E, Coercive Control (2007); NSPCC, Emotional abuse.
    id: 'abuse.kept-in',
    category: 'abuse',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      [
        String.raw`\b(?:bolts?|bolted|locks?|locked|padlocks?|padlocked) (?:my|the) (?:bedroom |room |front |back )?door (?:from (?:the )?outside|on me)\b(?![^.!?\n]{0,40}\b(?:by accident|accidentally|locksmith|by mistake)\b)`,
        String.raw`\b(?:takes?|took|taken|hides?|hid|hidden|has got|'s got|got) my (?:shoes|passport|keys|car keys|phone)\b(?=[^\n]{0,80}\b(?:so (?:that )?i (?:can'?t|cannot|couldn'?t|can not) (?:leave|go|get out|run)|locked the (?:front |back )?door|(?:i'?m|im) not leaving|not allowed (?:to leave|out))\b)`,
        String.raw`\b(?:took|taken|takes|removed) the door off my (?:bed)?room\b`,
        String.raw`\b(?:films?|filmed|filming|records?|recorded|recording) me (?:when i (?:cry|sleep|shower|change|undress)|in the (?:shower|bath)|getting changed)\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // A threat of serious harm tied to a demand (a bank PIN, obedience) or made by someone who has
    // already injured the speaker: threats and prior injury predict further assault.
    // @see Campbell JC, et al. 2003 (above); SafeLives DASH (Richards 2009): threats, prior injury.
    id: 'abuse.threat-and-injury',
    category: 'abuse',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      [
        String.raw`\b(?:he|she|they)(?:'ll| will|'d| would|'s going to|'s gonna|s gonna) (?:throw|push|chuck|kick) me (?:down the stairs|off the balcony|out of the window|out the window)\b`,
        String.raw`\b(?:he|she|they|${HOUSEHOLD})(?:'s| has)? (?:already )?(?:broke|broken|has broken) my (?:nose|jaw|arm|ribs?|wrist|fingers?|cheekbone|eye socket)\b(?<=\b(?:he|she|they)(?:'ll| will|'s going to|'s gonna)\b[^\n]{0,150})(?![^.!?\n]{0,40}\b${ORDINARY}\b)(?![^\n]{0,150}\b(?:got out|left (?:him|her)|years ago|safe now|i'?m safe)\b)`,
      ].join('|'),
      'u',
    ),
  },

  {
    // A young person threatened with being thrown out of home with nowhere to go: a threat of
    // homelessness used as control over a child; moderate on its own.
    // @see NSPCC, Emotional abuse: signs and indicators; NICE NG225 (2022): social circumstances.
    id: 'abuse.threat-of-homelessness',
    category: 'abuse',
    level: 'moderate',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      String.raw`\b(?:he|she|they)(?:'ll| will|'s going to|'s gonna) (?:throw|kick|chuck) me out\b(?! of (?:the |my |our )?(?:band|team|group|chat|group chat|club|game|class|lesson|car|shop|squad))(?=[^\n]{0,80}\b(?:i'?m 1[0-7]|nowhere (?:else )?to go|on the streets?)\b)`,
      'u',
    ),
  },

  // ─── Harm to others ───
  {
    // A stated wish or plan to kill or gravely injure a named person, in plain, dialect or nominal
    // form ("running him over is the plan", "want tae kill him", "put him in the ground").
    // Leakage of intent to a third party is a warning behaviour of targeted violence.
    // @see Meloy JR, et al. Behav Sci Law 2012;30(3):256–79 (leakage, fixation); 988 Lifeline
    // Suicide Risk Assessment Standards (2022) extend to risk to others.
    id: 'harm_to_others.kill-wish-stated',
    category: 'harm_to_others',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      [
        String.raw`\b(?:i|ah|a)(?: (?:really|genuinely|honestly|actually|seriously|truly|just))* (?:want|wanna|need|plan|am going|'m going|m going) (?:to |tae |ti |on )?(?:(?:kill|murder|stab) ${TARGET}|run (?:him|her|them) over|put ${TARGET} in the ground)\b`,
        String.raw`\b(?:want(?:s|ed)?|wanna|planning|plan) (?:to )?(?:run (?:him|her|them) over|put ${TARGET} in the ground)\b(?! (?:to|for|at|with (?:the|a) (?:van|trailer|lift)))`,
        String.raw`\b(?:running (?:him|her|them) over|setting fire to (?:his|her|their|my ex'?s|${TARGET}'?s?) (?:[a-z]+ )?(?:house|flat|shop|car|place)|burning down (?:his|her|their|my ex'?s) (?:[a-z]+ )?(?:house|flat|shop|car|place)|killing ${TARGET}|stabbing ${TARGET}) is (?:the plan|all i (?:can )?think about|what i'?m going to do)\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // A weapon picked up with the target asleep, on the way, or outside their door: possession of
    // means plus access to the person, the pathway to violence at its last steps.
    // @see Meloy JR, et al. 2012 (above): pathway and last-resort warning behaviours; Calhoun &
    // Weston (2003) path to intended violence.
    id: 'harm_to_others.armed-target-near',
    category: 'harm_to_others',
    level: 'imminent',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      String.raw`\b(?:i'?ve|i have|i|ive) (?:taken|took|got|grabbed|picked up|have|put) (?:the |a |my |his |[a-z]+'?s )?(?:[a-z']+ ){0,3}?${WEAPON}\b(?![^\n]{0,120}\b${ORDINARY}\b)(?<!\b(?:${ORDINARY}|novel|chapter|story|book|film|script|episode|game|fic|scene)\b[^\n]{0,120})(?:(?=[^\n]{0,120}\b(?:going in|i'?m done talking|what it feels like|(?:he|she|they)(?:'s| is|'re| are) (?:asleep|sleeping|on (?:his|her|their) way))\b)|(?<=\b(?:asleep|sleeping|on (?:his|her|their) way (?:over|here|round)|outside (?:his|her|their) (?:house|flat|door|place)(?: now)?)\b[^\n]{0,120}))`,
      'u',
    ),
  },
  {
    // Violence already done to a partner or child with loss of control (a push that made them
    // fall, a temper the speaker cannot trust), or an animal harmed and people named next: past
    // violence and escalation from animals are among the strongest predictors of further violence.
    // @see Meloy JR, et al. 2012 (above); HCR-20 V3 (Douglas et al. 2013): history of violence;
    // Ascione FR (1993) animal cruelty and interpersonal violence.
    id: 'harm_to_others.violence-done-and-next',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`(?:^|[.!?] |\bi )(?:pushed|shoved|hit|slapped|punched|kicked|choked|threw) my (?:wife|husband|partner|girlfriend|boyfriend|son|daughter|stepson|stepdaughter|kid|child|mum|mom|dad)\b(?=[^\n]{0,100}\b(?:(?:she|he|they) (?:fell(?! asleep)|hit (?:her|his|their) head|banged (?:her|his|their) head|was bleeding)|a temper i can'?t (?:trust|control)|lost (?:it|my temper|control))\b)(?![^.!?\n]{0,40}\b${ORDINARY}\b)`,
        String.raw`(?:^|[.!?] |\bi )(?:poisoned|killed|strangled|drowned|stabbed|hurt) (?:(?:the|my|a|their|his|her|[a-z]+'?|[a-z]+'s) ){0,2}(?:dog|cat|pet|rabbit|puppy|kitten)\b[^\n]{0,80}\b(?:(?:family|kids|wife|husband|son|daughter|they|he|she) (?:is|are|'s|'re) next|next it'?ll be (?:them|him|her|you|the kids|their kids|the family|my [a-z]+))\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // The urge to hurt a family member, with fear of acting on it: asked about and safety-planned;
    // moderate, because the speaker is seeking help before anything has happened.
    // @see 988 Lifeline Suicide Risk Assessment Standards (2022); NICE NG225 (2022).
    id: 'harm_to_others.urge-feared',
    category: 'harm_to_others',
    level: 'moderate',
    pattern: new RegExp(
      String.raw`\bi (?:want to|wanna|could|feel like i (?:could|want to)) (?:grab|hit|shake|throttle|strangle|hurt|punch|slap|smack) (?:him|her|them|my [a-z]+)\b[^\n]{0,60}\b(?:scared|afraid|terrified|worried|frightened) (?:that )?(?:one day )?i (?:will|might|would|could|'ll)\b`,
      'u',
    ),
  },
];
