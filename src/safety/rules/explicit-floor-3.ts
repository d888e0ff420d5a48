import { F, type RiskRule } from './risk-rule.ts';

const { drug: DRUG } = F;
// Ways of dying or killing oneself named as the object of a thought or a wish.
const DYING = '(?:dying|death|being dead|kill(?:ing)? myself|ending it|ending my life|suicide)';
// A large count of tablets: ten or more, in figures or words.
const MANY = '(?:all \\d+|[1-9]\\d|ten|twelve|fifteen|twenty|thirty|forty|fifty)';
// The body parts a person in a rage names when saying what they will break.
const BONE = '(?:knees?|kneecaps?|legs?|jaw|nose|face|arms?|neck|fingers|skull|teeth|ribs)';

/**
 * Explicit statements of one's own risk in wordings the keyword rules did not read: a wish to die
 * said sideways but meant plainly, self-injury named without the usual verbs, a stated intent or
 * act against a named person, abuse named plainly, and an overdose or poisoning under way.
 */
export const EXPLICIT_FLOOR_3_RULES: readonly RiskRule[] = [
  // The wish to be dead, worded as a trade or as wanting life itself to stop; with "life, not my
  // job" the speaker rules out the everyday meaning. C-SSRS (Posner et al. 2011), item 1: the
  // wish to be dead, in any words.
  {
    id: 'suicide.wish-to-be-dead-reworded',
    category: 'suicide',
    level: 'moderate',
    pattern:
      /\b(?:i'?d (?:give|do|trade) (?:anything|everything) to be dead(?! (?:asleep|tired|on my feet|to the world))|want (?:to be (?:done|finished|through) with (?:being alive|living|existing)|my life to (?:stop|end|be over))|(?:it'?s )?life (?:that )?i (?:want|wanna|need|'m going) to (?:quit|leave|give up on)|throw\w* in the towel[.,!]? on (?:life|living)|(?:time|ready) (?:for me )?to leave this (?:world|earth|life)(?![,'"]* (?:says|said)\b)|(?:as in|i mean) not (?:existing|being alive)|(?:you'?re|i'?m|i am) allowed to die)\b/u,
  },
  // Ideation so constant that its absence is the hoped-for change, or the only thing the mind can
  // hold. Beck hopelessness and C-SSRS intensity: frequency and duration of the thoughts.
  {
    id: 'suicide.ideation-constant',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      `\\b(?:a day (?:where|when|that) i (?:don'?t|didn'?t|wouldn'?t) (?:think about|want to|wanna) (?:kill(?:ing)? myself|die|dying)|i wouldn'?t (?:want to|wanna) die (?:every|each) (?:single )?day|all i (?:can|could) (?:focus on|think about) (?:is|was) ${DYING}(?! of\\b))`,
      'u',
    ),
  },
  // The method dwelt on: the body after the jump, a car crash meant, the means looked up, a poem
  // about "what I want to do to myself", ending it with only the how left to decide.
  // C-SSRS item 3 (method) and 988 Lifeline standards (2022): thinking about method raises risk.
  {
    id: 'suicide.method-dwelt-on',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:what (?:happens|would happen|will happen) to my body (?:after|when|once) i (?:jump|hang|drown|overdose|step off)\b(?! (?:out|from|in|into|off the (?:diving|high) board))|(?:crash(?:ing)?|driv(?:e|ing)|steer(?:ing)?|swerv(?:e|ing)) (?:the|my) car\b[^.\n]{0,30}\bon purpose|(?:looking up|googling|researching) (?:ways|methods)(?= *(?:[.!\n]|$))|is about what i (?:want|wanna|mean) to do to myself|end(?:ing)? it(?: all)?(?: soon| tonight)?[.,] not sure how yet|stop(?:ping)? (?:taking )?my (?:[a-z]+ )?(?:meds|medication|medicine|tablets|pills|insulin) so (?:that )?my (?:heart|body) (?:gives? out|stops?|fails?))/u,
  },
  // A plan and a time both affirmed: the C-SSRS screener's plan question answered yes, with when.
  // 988 Lifeline standards (2022): a plan with a time is imminent risk.
  {
    id: 'suicide.plan-and-when-affirmed',
    category: 'suicide',
    level: 'imminent',
    pattern:
      /\byes,? i(?: have|'ve got| do have) a plan[.,;]? (?:and )?(?:yes,? )?i know (?:when|the (?:day|date|time))(?! (?:i|to|the|it|we|he|she|they|you)\b)/u,
  },
  // Self-injury named without the usual verbs: how deep to cut, an urge no longer resisted, going
  // back to "the old way", skin opened with something sharp, marks made with nails or a blade.
  // NICE NG225 (2022): any intentional self-injury; recurrence and concealment (marks passed off
  // as a skin condition) matter to the assessment.
  {
    id: 'self_harm.injury-named-plainly',
    category: 'self_harm',
    level: 'high',
    pattern:
      /\b(?:how deep i(?: can| could| need to|'d need to| would need to| should|'d have to) (?:cut|slice|go)\b(?<=\b(?:razor|blade|knife|wrist|arm|cut)\b[^\n]{0,80})|(?:stopped|quit|done|gave up|giving up) (?:fighting|resisting) the urges? to (?:cut|self[- ]?harm|hurt myself|burn myself)|(?:started|back (?:on|to)|relapsed (?:on|into)) the (?:razor|blade|cutting) thing|back to (?:the old way|my old (?:way|habit)s?) and (?:cut|burn(?:ed|t)|hurt myself)|skin\b[^\n]{0,40}\b(?:open|cut|slice) (?:it|myself) (?:up |open )?with (?:something sharp|a (?:blade|razor|knife))|(?<=\b(?:marks|cuts|scratches|bruises|burns|scars)\b[^\n]{0,80})i (?:make|made|do|did|cause|caused) (?:them|those|these)(?: myself)? with (?:my (?:nails|fingernails|teeth)|a (?:blade|razor|lighter|compass|pin|needle|knife)))/u,
  },
  // Self-harm disclosed as it happens, told so that somebody knows. NICE NG225: current self-harm
  // is an emergency; telling before or during an act is leakage (Meloy).
  {
    id: 'self_harm.act-under-way',
    category: 'self_harm',
    level: 'imminent',
    pattern:
      /\b(?:i'?m|i am) doing it (?:right )?now\b(?=[^\n]{0,80}\b(?:tell (?:someone|somebody|you)|someone (?:to )?know|bathroom|blood|bleeding))/u,
  },
  // A threat to break named bones, or a weapon readied "to make him stop": intent with a means.
  // Meloy's warning behaviours (leakage of intent, weapon acquisition); Campbell danger assessment.
  {
    id: 'harm_to_others.intent-stated-with-means',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:i'?m|im|i am|i'?ll|i will) (?:going (?:round |over )?to |gonna )?(?:break(?:ing)?|smash(?:ing)?|snap(?:ping)?) (?:his|her|their) ${BONE}\\b|\\bi'?m (?:bringing|taking|carrying) (?:the|a|my) (?:box ?cutter|stanley knife|knife|blade|hammer|bat|crowbar|machete)\\b[^.\\n]{0,30}\\bmak(?:e|ing) (?:him|her|them) (?:stop|pay)`,
      'u',
    ),
  },
  // Harm to a named person already begun: a pillow held over a face, standing over a sleeper with
  // it, hitting one's own child. NICE and Campbell danger assessment: a rehearsed act or current
  // violence is high risk; thoughts of pushing a parent down the stairs are harm ideation.
  {
    id: 'harm_to_others.act-begun-on-person',
    category: 'harm_to_others',
    level: 'high',
    subjectMayBeTarget: true,
    pattern:
      /\b(?:(?:held|holding|put|pressed|pressing) (?:a |the )?(?:pillow|cushion) (?:over|on|against|down on) (?:his|her|the (?:baby|child)'?s?) (?:face|mouth|head)|stood over (?:him|her|them)\b[^.\n]{0,40}\bwith (?:a|the) (?:pillow|knife|hammer|cushion) in my hands|i'?ve (?:started|been) (?:hitting|smacking|slapping|beating|kicking|shaking) my (?:son|daughter|kids?|children|child|baby|toddler)\b(?!'s)|thoughts? (?:of|about) (?:pushing|stabbing|strangling|smothering|drowning) my (?:mum|mom|dad|mother|father|son|daughter|baby|wife|husband|partner))/u,
  },
  // Abuse named plainly: hands around the neck (strangulation), things thrown at the speaker, a
  // threat to kill with a knife in hand, an ex who still has a key letting himself in.
  // DASH (Richards 2009) and Campbell danger assessment: strangulation, threats to kill, weapons
  // and stalking after separation are the strongest markers of lethal risk.
  {
    id: 'abuse.danger-named-plainly',
    category: 'abuse',
    level: 'high',
    subjectMayBeTarget: true,
    pattern:
      /\b(?:(?:puts|wraps|gets|keeps putting|(?:has|'s) (?:put|wrapped)) (?:his|her|both) hands? (?:around|round) my (?:neck|throat)|(?:he|she)(?:'s| has) (?:already )?(?:thrown|chucked) (?:the |a |his |her )?[a-z]+ at me|someone(?:'s| has) been in my (?:flat|house|home|room|place)\b[^\n]{0,120}\bmy ex\b)/u,
  },
  // Danger right now: a threat to kill being made as the speaker writes, or the speaker hiding
  // while the abuser shouts or searches. DASH (Richards 2009): threats to kill; 988 Lifeline
  // standards (2022): danger under way is imminent.
  {
    id: 'abuse.danger-right-now',
    category: 'abuse',
    level: 'imminent',
    subjectMayBeTarget: true,
    pattern:
      /\b(?:(?:he|she)(?:'s| is) (?:saying|threatening) (?:he|she)(?:'ll| will) do (?:us both|the both of us|me in)|typing this\b[^.\n]{0,20}\b(?:he|she)(?:'s| is) (?:shouting|screaming|banging|kicking|looking for me|coming)\b)/u,
  },
  // An overdose told plainly: a large count or the whole bottle taken, "down" or waiting for it to
  // work. NICE NG225 and NHS poisoning advice: an overdose is an emergency whatever the intent.
  {
    id: 'medical_emergency.overdose-told-plainly',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: new RegExp(
      `\\b(?:${MANY} (?:of )?(?:my |the )?(?!(?:mg|mgs|ml|mcg|units?|milligrams?)\\b)(?:[a-z-]+ )?${DRUG}\\b(?: down\\b|[^.\\n]{0,40}\\b(?:ago|just now)(?<=\\b(?:took|taken|swallowed|downed|necked) [^\\n]{0,120}))|(?:swallowed|crushed(?: up)?|took|downed) (?:the lot|the whole (?:bottle|box|packet|pack|strip|tub))\\b(?! of)[^\\n]{0,80}\\b(?:waiting|kick in|chest|planned|been an hour))`,
      'u',
    ),
  },
  // Poison swallowed by the speaker or a child in their care: cleaning products, medicine found
  // found by a small child. NHS, When to call 999: swallowed poison or medicine.
  {
    id: 'medical_emergency.poison-swallowed-plain',
    category: 'medical_emergency',
    level: 'imminent',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      `\\b(?:(?:my (?:son|daughter|baby|toddler|child|kid|little one)|i(?: think i| just| accidentally)?) (?:drank|drunk|swallowed|gulped) (?:some (?:of )?)?(?:the |some )?(?:cleaning (?:solution|liquid|fluid|product)|bleach|antifreeze|weed ?killer|white spirit|caustic soda)|(?:son|daughter|baby|toddler|child|he|she) (?:might|may) have (?:swallowed|eaten|taken) (?:one|some|two|a few) of (?:my|the|his|her) (?:[a-z]+ ){0,2}(?:pills|tablets|meds|medication|antidepressants|painkillers))`,
      'u',
    ),
  },
  // Someone collapsed who is breathing but will not wake: unconsciousness, told by the person with
  // them. NHS, When to call 999: someone unconscious who cannot be woken. Someone else as subject
  // ("my flatmate collapsed") stays their finding, as the detector reads it.
  {
    id: 'medical_emergency.collapsed-not-waking',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: /\bcollapsed\b[^.\n]{0,40}\b(?:won'?t|will not|can'?t) (?:wake|come round)/u,
  },
];
