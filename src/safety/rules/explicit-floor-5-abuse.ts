import { PLAY_THING } from './abuse-rules.ts';
import { F, type RiskRule } from './risk-rule.ts';

const { person: PERSON } = F;
/**
 * Whoever hurts the speaker, named any way the earlier rules did not: a gang, a loan shark,
 * staff, a key worker, the man they stay with, a relative through someone else ("my late
 * husband's nephew"), or a bare role ("the grandson").
 */
const WHO = `(?:he|she|they|someone|somebody|staff|(?:my|the|a|an|this|that|some|one of the|his|her|their) (?:[a-z'-]+ ){0,3}?(?!(?:baby|babies|toddler|kids?|child|children)\\b)(?:${PERSON}|man|men|guy|guys|bloke|woman|women|lady|lad|lads|boys|gang|shark|sharks|dealers?|staff|worker|carer|fosterer|nephew|niece|grandson|granddaughter|step ?(?:father|mother|daughter|son|brother|sister)|uncle|aunt|pimp|punter|landlord|lodger))`;
/** Up to six words between the person and the act: no negation, wish, "if" or "I" among them. */
const GAP = `(?:(?!(?:never|not|no|nor|isn'?t|wasn'?t|aren'?t|weren'?t|ain'?t|didn'?t|doesn'?t|don'?t|won'?t|wouldn'?t|hasn'?t|haven'?t|hadn'?t|can'?t|cannot|couldn'?t|nobody|want|wants|wanted|wanna|would|could|might|may|should|gonna|going|if|whether|threaten\\w*|tries|tried|try|says?|said|i|you)\\b)[a-z',]+ ){0,6}?`;
/**
 * Told as over and settled: the person left long ago, a first marriage, a year long past, "I'm
 * safe now". Checked either side of a finding; the detector's own past frame reads the rest.
 */
const SETTLED = `(?:i left|i got out|got out|left (?:him|her|them)|long gone|can'?t touch me|(?:i'?m|i am) (?:(?:fine|safe|okay|ok|well|doing (?:well|better|fine|ok)|back home|with someone(?: [a-z]+)?) now|remarried|doing well)|safe now|new (?:partner|life|career|relationship|job)|years? ago|took me (?:years|ages|a long time)|in (?:19|20)\\d\\d|at (?:1\\d|[2-9]\\d),? i was|restraining order|was (?:let go|sacked|fired|arrested|charged|convicted)|first (?:husband|wife|partner|boyfriend|girlfriend|pregnancy|marriage)|in my (?:teens|twenties|thirties|20s|30s)|when i was (?:a kid|little|younger|a child|a teenager))`;
const NOT_SETTLED = `(?![^\\n]{0,160}\\b${SETTLED}\\b)(?<!\\b${SETTLED}\\b[^\\n]{0,200})`;
/** Blows and assaults that name the speaker. */
const BLOW = `(?:beat me (?:up|unconscious|senseless|black and blue)|beats me up|beating me(?: up)?|beaten me(?: up)?|assault(?:ed|s|ing) me|(?:sexually )?(?:raped|abused|molested) me|rapes me|abusing me|molests me|(?:kick(?:ed|s|ing)?|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|headbutt(?:ed|s)?|strangl(?:ed|es|ing)|chok(?:ed|es|ing)|glassed|batter(?:ed|s|ing)|whipp?(?:ed|s|ing)?) me|stabb?(?:ed|s|ing)? me(?! in the back\\b(?! with))|hit(?:s|ting)? me(?! (?:up|with|back)\\b)|shov(?:ed|es|ing) me(?! (?:aside|out of the way|to (?:the )?(?:front|side)|forward|a note|a leaflet|into (?:doing|applying|going|taking|getting))\\b)|push(?:ed|es|ing) me (?:into|against|down|over) (?:the |a )?(?:wall|door|floor|stairs|table|fridge|ground|bannisters?|radiator|window|glass|counter|worktop|wardrobe)|push(?:ed|es|ing) me down the stairs|(?:broke|broken|fractured|snapped) my (?:wrist|arm|nose|jaw|ribs?|fingers?|leg|ankle|collarbone|cheekbone|tooth|teeth))`;
/** A contest or a figure of speech, not a blow. */
const NOT_A_BLOW = `(?! (?:off|out|at|in (?:the )?(?:game|match|race|final|round|quiz)|to (?:it|the (?:punch|finish|top))|on points|about|for a laugh|playfully|for fun|as a joke|with (?:a |the |his |her |their |my )?(?:${PLAY_THING}|pillow|cushion|snowball|balloon|bill|fine|question|text|deadline))\\b)(?! (?:[a-z]+ ){0,3}?(?:playing|at|in|during) (?:[a-z]+ ){0,2}?(?:rugby|football|hockey|boxing|judo|karate|training|practice|sparring|the match|the game|a match|a game|pe)\\b)(?! (?:[a-z]+ ){0,3}?(?:by accident|accidentally)\\b)`;
/** Things a child is beaten with. */
const IMPLEMENT =
  '(?:belt|belt buckle|stick|cane|hairbrush|brush|wooden spoon|spoon|slipper|shoe|cable|wire|charger cable|hanger|coat hanger|strap|hose|rolling pin|ruler|whip|broom|mop handle|bat|plug)';

/**
 * Explicit abuse and danger at home, and violence by people who exploit the speaker, in
 * wordings the earlier rules did not read (session 15). The person is the subject and the
 * speaker the object throughout, so most alternatives name "me" or "my"; families whose
 * alternatives may not are marked `subjectMayBeTarget`.
 */
export const EXPLICIT_FLOOR_5_ABUSE_RULES: readonly RiskRule[] = [
  // An attack under way: something just thrown at the speaker's head, someone coming at them
  // with an object or outside their door with a weapon, an arm held behind their back, a door
  // wedged or kicked while they hide. Danger now is the first question of every risk tool.
  // @see SafeLives Dash risk checklist (2009).
  // @see Campbell JC, et al. Am J Public Health 2003;93(7):1089–97 (weapons, threats to kill).
  {
    id: 'abuse.attack-under-way',
    category: 'abuse',
    level: 'imminent',
    // "He's kicking the bedroom door" names the attacker; the speaker is its target.
    subjectMayBeTarget: true,
    pattern: new RegExp(
      [
        `\\b(?:just|'s just|has just|have just) (?:threw|thrown|chucked|hurled|flung|lobbed) (?:a|an|the|his|her|their|my) (?:[a-z]+ ){0,2}?(?:plate|plates|mug|cup|glass|bottle|chair|stool|pan|kettle|vase|ashtray|remote|iron|knife|lamp|ornament|brick|tin|jar|bowl|shoe|boot|bag|frame|laptop|controller) (?:at|into) (?:me|my (?:head|face|back|chest))\\b`,
        `\\b(?:he|she|they)(?:'s| is|'re| are) (?:coming|running|going) at me with (?:a|an|the|his|her|their|my) [a-z]+`,
        `\\b(?:'s|has|have) got my (?:arm|arms|wrist|hair|neck|throat) (?:twisted |pinned |held )?(?:behind my back|up my back|in a lock|pinned)\\b`,
        `\\bwith (?:a|an|the|his|her|their) (?:hammer|knife|machete|axe|bat|baseball bat|crowbar|golf club|screwdriver|bottle)\\b(?<=\\b(?:he|she|they)(?:'s| is|'re| are) (?:outside|at|by|standing (?:at|outside|by)) (?:my|the) (?:[a-z]+ )?(?:door|room|window|bedroom|bathroom)(?: door)? with (?:a|an|the|his|her|their) [a-z ]{3,12})`,
        `\\b(?:i'?ve|i have|i) (?:wedged|jammed|barricaded|blocked) (?:the|my) (?:bedroom |bathroom |room )?door\\b(?<=\\b(?:hammer|knife|shouting|screaming|smashing|hitting|thrown|threw|drunk|banging|kicking|coming)\\b[^\\n]{0,140})|\\bdoor (?:wedged|jammed|barricaded) shut\\b(?<=\\b(?:hammer|knife|shouting|screaming|smashing|hitting|thrown|threw|drunk|banging|kicking|coming)\\b[^\\n]{0,140})`,
        `\\blocked in the (?:bathroom|bedroom|toilet|loo)\\b[^.!?\\n]{0,40}?\\b(?:he|she|they)(?:'s| is|'re| are) still (?:shouting|screaming|yelling|banging|kicking|raging|outside|there)\\b`,
        `\\b(?<!\\b(?:\\d ?(?:yo|year old|y/o)|toddler|little one|puppy|dog|cat)\\b[^\\n]{0,80})(?:he|she|they)(?:'s| is|'re| are) (?:kicking|banging|hammering|pounding|smashing) (?:on |at )?(?:the|my) (?:bedroom |bathroom |front |back )?door\\b(?=[^\\n]{0,60}\\b(?:i'?m|i am|we'?re|we are) (?:in here|hiding|locked in|in (?:the|my) (?:bedroom|bathroom|room|wardrobe))\\b)`,
        `\\b(?:he|she|they)(?:'ll| will|'s going to| is going to|'s gonna) (?:come in|break in|kick the door in|come up) and (?:drag|get|hurt|kill|take) me\\b`,
      ].join('|'),
      'u',
    ),
  },
  // Violence by people the earlier rules did not name: a gang or a loan shark, care staff or a
  // key worker, a foster carer, a grandson, the man the speaker stays with; and violence when the
  // speaker refuses money or speaks up.
  // @see WHO, Responding to intimate partner violence and sexual violence against women (2013).
  // @see Home Office, Criminal exploitation of children and vulnerable adults: county lines (2023).
  // @see WHO, Abuse of older people fact sheet (2024).
  {
    id: 'abuse.violence-by-anyone',
    category: 'abuse',
    level: 'high',
    pattern: new RegExp(
      `(?:${[
        `\\b(?<!\\b(?:like|if|though|as if|in case) )${WHO} ${GAP}${BLOW}\\b${NOT_A_BLOW}`,
        `\\bwhen i (?:say no|said no|refuse|refused|say anything|won'?t|don'?t|didn'?t|ask for)\\b[^.!?\\n]{0,40}?\\b(?:he|she|they)\\b[^.!?\\n]{0,12}?${BLOW}\\b${NOT_A_BLOW}`,
        `\\b${BLOW}\\b[^.!?\\n]{0,12}? when i (?:say no|said no|refuse|refused|say anything|won'?t|don'?t|didn'?t|ask for)\\b`,
      ].join('|')})${NOT_SETTLED}`,
      'u',
    ),
  },
  // Beaten with a belt, a hairbrush or a cable, and blows the speaker is told to keep quiet about:
  // the implement and the silencing mark it as physical abuse, not a fight.
  // @see NSPCC, Physical abuse: signs and indicators.
  {
    id: 'abuse.beaten-with-object',
    category: 'abuse',
    level: 'high',
    pattern: new RegExp(
      `(?:${[
        `\\b(?:i (?:get|got)|i'?m|i am|i was|i'?ve been|i have been|getting|being|been) (?:beaten|hit|whipped|slapped|strapped|smacked|thrashed|belted|battered) with (?:a|an|the|his|her|their|my) (?:[a-z]+ )?${IMPLEMENT}\\b`,
        `\\b(?<!\\b(?:like|if|though|as if) (?:[a-z]+ ){0,2})(?:hits?|hitting|beats?|beating|whips?|whipping|smacks?|smacking|thrashes|slaps?) me with (?:a|an|the|his|her|their|my) (?:[a-z]+ )?${IMPLEMENT}\\b`,
        `\\bgot (?:punched|kicked|slapped|hit|beaten|battered|strangled|choked|stamped on) (?:in|on|round|across) (?:the|my) (?:stomach|face|head|ribs|back|mouth|eye|chest|belly)\\b(?=[^\\n]{0,60}\\b(?:told (?:me )?(?:to )?(?:shut up|keep quiet|keep it quiet|keep my mouth shut|not (?:to )?tell)|(?:don'?t|not to|never) tell)\\b)`,
      ].join('|')})${NOT_SETTLED}`,
      'u',
    ),
  },
  // Threats held over the speaker: the attack will happen again, "I'll find you at the refuge",
  // the children taken abroad, a report to immigration, being outed, a threat to kill if they tell.
  // @see SafeLives Dash risk checklist (2009): threats to kill or harm, children, isolation.
  // @see Stark E. Coercive Control. Oxford University Press, 2007.
  {
    id: 'abuse.threat-held-over',
    category: 'abuse',
    level: 'high',
    // "He says he'll find it" names the one who threatens; the speaker is its target.
    subjectMayBeTarget: true,
    pattern: new RegExp(
      `(?:${[
        `\\b(?:says?|said|told me|tells me|threaten(?:s|ed|ing)?|swore|swears)\\b[^.!?\\n]{0,20}? (?:he|she|they)(?:'ll| will|'d| would|'s going to| is going to|'re going to|'s gonna) (?:do it|do that|keep doing (?:it|that|this)|come back and do it|hurt me|beat me|hit me) (?:again|until i (?:pay|give|do|sign)|every (?:week|day|time))\\b(?<=\\b(?:beat|beats|beaten|hit|hits|hurt|assault\\w*|attack\\w*|kick\\w*|punch\\w*|slap\\w*|rap(?:ed|es)|strangl\\w*|chok\\w*|broke|stabb\\w*|burn\\w*|beating)\\b[^\\n]{0,200})`,
        `\\b(?:he|she|they)(?:'ll| will|'d| would|'s going to|'s gonna) (?:hit|beat|hurt|kick|punch|slap|strangle|choke|batter) me (?:again|even (?:worse|harder))\\b`,
        `\\bif i (?:go to (?:a |the )?(?:refuge|shelter|police)|went to (?:a |the )?(?:refuge|shelter|police)|leave|left|run away|ran away|move out|try to leave|get away)\\b[^.!?\\n]{0,30}?\\b(?:he|she|they)(?:'ll| will|'d| would|'s going to| is going to|'s gonna) (?:find|track|hunt) (?:down )?(?:me|it|us|the refuge)\\b`,
        `\\b(?:he|she|they)(?:'ll| will|'d| would|'s going to| is going to|'s gonna) (?:take|took) (?:the|my|our) (?:kids|children|baby|son|daughter|boys|girls) (?:to|back to|away to|off to) (?:his|her|their) (?:country|family|mother'?s|parents|home country)\\b(?=[^\\n]{0,80}\\b(?:if i|never see|unless i)\\b)`,
        `\\b(?:he|she|they|my (?:[a-z'-]+ ){0,2}?[a-z]+) (?:(?:keeps|always|has|had|often|even|also) )?threaten(?:s|ed|ing)? to (?:tell|call|ring|report me to|phone) (?:the )?(?:immigration|home office|border force|police|social services)\\b`,
        `\\b(?:he|she|they)(?:'ll| will|'d| would|'s going to| is going to|'s gonna) out me(?: to| as|\\b)(?=[^\\n]{0,40}\\b(?:if i|unless i)\\b)|\\bblackmail(?:ing|s|ed)? me\\b(?=[^\\n]{0,60}\\b(?:if i (?:go|leave|tell)|unless i|out me|tell (?:everyone|my))\\b)`,
        `\\b(?:said|says|told me|threatened)\\b[^.!?\\n]{0,20}? (?:he|she|they)(?:'?d|'?ll| would| will) (?:kill|hurt|beat) me if i (?:ever )?(?:tell|told|say|said)\\b`,
      ].join('|')})${NOT_SETTLED}`,
      'u',
    ),
  },
  // Sexual abuse said outright: sexually exploited or abused, hurt at home, a hand down the
  // speaker's pants, forced into sex acts, an adult sending a child nudes, someone who walks in
  // while the child showers, a partner who drugs them.
  // @see NSPCC, Sexual abuse: signs and indicators; Grooming: signs and indicators.
  // @see Sexual Offences Act 2003 (England and Wales), s.74–75: consent.
  {
    id: 'abuse.sexual-abuse-told',
    category: 'abuse',
    level: 'high',
    pattern: new RegExp(
      `(?:${[
        `\\b(?:i'?m|i am|i'?ve been|i have been|i was|i get|i got|being|been) (?:being )?(?:sexually|criminally) (?:exploited|abused|assaulted)\\b`,
        `\\b(?:i'?m|i am|i'?ve been|i have been|i get|i keep getting) (?:being )?(?:(?:hurt|hit|beaten|abused|touched) at home|(?:hit|beaten|abused|touched|molested) by (?:my|our) (?:[a-z]+ )?(?:${PERSON}|step ?[a-z]+|uncle|foster [a-z]+|carer)\\b(?!'))`,
        `\\bput (?:his|her|their) hands? (?:down|up|inside|in) my (?:pants|knickers|underwear|trousers|shorts|skirt|pyjamas|bra)\\b`,
        `\\bforc(?:es|ed|ing|e) me (?:into|to (?:do|have|perform|give)) (?:sex|sexual|oral|stuff|things|him|her)\\b`,
        `\\b(?:sends?|sending|sent|keeps sending|has sent) me (?:nudes|nude (?:photos|pics|pictures)|naked (?:photos|pics|pictures)|dick pics)\\b(?<=\\b(?:coach|teacher|tutor|leader|instructor|uncle|step ?dad|man|older|adult|(?:i'?m|i am|im) (?:1[0-5]|[5-9]|twelve|thirteen|fourteen|fifteen))\\b[^\\n]{0,80})`,
        `\\b(?:comes?|came|walks?|walked|barges?|barged|keeps coming|keeps walking) (?:in|into) (?:the bathroom|my room|my bedroom|the shower) (?:while|when) (?:i'?m|i am|im) (?:in the shower|showering|in the bath|changing|getting changed|undressed|naked)\\b(?=[^\\n]{0,40}\\b(?:every time|always|on purpose|watches|stares|won'?t leave|every night|every day)\\b)`,
        `\\b(?:he|she|they|my [a-z]+) (?:drugs|drugged|keeps drugging|has been drugging|'s been drugging|sedates|sedated) me\\b`,
      ].join('|')})${NOT_SETTLED}`,
      'u',
    ),
  },
  // A child neglected or punished at home: left alone for days without food or money, no adult in
  // the house, starved or kept hungry, kept indoors and out of school, locked out overnight or
  // thrown out without shoes.
  // @see NSPCC, Neglect: signs and indicators.
  // @see NICE CG89, Child maltreatment: when to suspect maltreatment (2009, updated 2017).
  {
    id: 'abuse.child-neglect',
    category: 'abuse',
    level: 'high',
    // "My mum doesn't feed me" names the parent; the speaker is the child.
    subjectMayBeTarget: true,
    pattern: new RegExp(
      `(?:${[
        `\\b(?:no (?:food|money) (?:and|or) )?no (?:grown ?ups|adults?|parents?|one) (?:in|at) (?:the house|home|the flat)\\b[^.!?\\n]{0,20}?\\b(?:since|for) (?:[a-z]+ )?(?:days|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last night|yesterday|a week|the weekend)\\b`,
        `\\bleft me (?:on my own|alone|by myself|home alone)\\b[^.!?\\n]{0,40}?\\bfor (?:a week|days|[a-z]+ days|[a-z]+ nights|the (?:whole )?weekend|[a-z]+ weeks)\\b(?=[^\\n]{0,60}\\b(?:no (?:money|food)|nothing to eat|(?:i'?m|i am|im) (?:only )?(?:[5-9]|1[0-3]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen))\\b)`,
        `\\b(?:my |the )?(?:[a-z]+ )?(?:mum|mom|dad|mother|father|parents?|step ?(?:mum|mom|dad)|carer|foster (?:mum|mom|dad|carer|parents?)) (?:doesn'?t|does not|don'?t|won'?t|never|refuses to|has stopped|stopped) (?:feed|feeding|give me food|giving me food|let me eat)\\b(?=[^\\n]{0,80}\\b(?:days|hungry|starving|meal|nothing to eat)\\b)`,
        `\\b(?:keeps?|kept|keeping) me (?:hungry|starving|without food)\\b(?<=\\b(?:he|she|they|mum|mom|dad|parents?|carer|mother|father|uncle|aunt|nan|gran|step ?[a-z]+|foster [a-z]+)\\b[^.!?\\n]{0,40})|\\bbeing starved\\b(?! of)|\\bstarv(?:es|ed|ing) me\\b(?! of)|\\bstarved (?:as|for) (?:a )?punishment\\b`,
        `\\b(?:keeps?|kept|keeping) me (?:inside|indoors|in the house|locked (?:in|up)|home from school)\\b(?=[^\\n]{0,60}\\b(?:never (?:go|get|let)|all (?:day|the time)|for (?:days|weeks|months)|anymore)\\b)|\\bnot allowed to go to school any ?more\\b(?![^\\n]{0,60}\\b(?:expelled|excluded|suspended|covid|isolat\\w*|contagious|chicken ?pox|graduat\\w*)\\b)(?<!\\b(?:expelled|excluded|suspended|covid|isolat\\w*|contagious|chicken ?pox|graduat\\w*)\\b[^\\n]{0,80})`,
        `\\b(?:locked|shut|put|thrown|kicked) (?:me )?(?:outside|out of the (?:house|flat)|in the (?:garden|shed)|out in the cold)\\b[^.!?\\n]{0,20}?\\b(?:overnight|all night|at night)?[^.!?\\n]{0,10}?\\b(?:as (?:a )?punishment|for punishment|to punish me)\\b`,
        `\\bthrows? me out (?:of the house )?(?:with no|without (?:any )?) ?(?:shoes|coat|clothes)\\b|\\bthrew me out (?:of the house )?(?:with no|without (?:any )?) ?(?:shoes|coat|clothes)\\b`,
      ].join('|')})${NOT_SETTLED}`,
      'u',
    ),
  },
  // Injuries and intrusion by a partner or ex: a hand slammed in a door, "my phone, my laptop,
  // and then my wrist", a break-in at the speaker's flat, a partner who gets drunk and lays into
  // them.
  // @see Campbell JC, et al. Am J Public Health 2003;93(7):1089–97.
  // @see Women's Aid, What is domestic abuse? (2023).
  {
    id: 'abuse.partner-injury',
    category: 'abuse',
    level: 'high',
    pattern: new RegExp(
      `(?:${[
        `\\b(?:he|she|they|my (?:[a-z]+ )?(?:${PERSON}|ex))\\b[^.!?\\n]{0,10}? (?:slammed|shut|trapped|crushed) my (?:hand|fingers?|arm|head|foot|leg) (?:in|with) (?:the |a )?(?:car )?(?:door|drawer|window|boot)\\b(?![^\\n]{0,40}\\b(?:by accident|accidentally|didn'?t mean)\\b)`,
        `\\b(?:he|she|they|my (?:[a-z]+ )?(?:${PERSON}|ex))\\b[^.!?\\n]{0,10}? (?:broke|smashed) my [^.!?\\n]{0,40}?\\b(?:and )?(?:then )?my (?:wrist|arm|nose|jaw|ribs?|fingers?|leg|collarbone|cheekbone)\\b`,
        `\\b(?:my ex|an ex|my (?:ex-?)?(?:husband|wife|partner|boyfriend|girlfriend))(?:'s| has| just)? (?:broke|broken|forced (?:his|her|their) way|kicked (?:his|her|their) way|smashed (?:his|her|their) way) (?:in)?to my (?:flat|house|home|room|place)\\b`,
        `\\b(?:lays?|laid|laying) into me\\b(?=[^\\n]{0,40}\\b(?:scratch\\w*|slap\\w*|punch\\w*|kick\\w*|fists?|bottle|belt|bruis\\w*|hit\\w*)\\b)|\\bgets? (?:wasted|drunk|pissed|hammered|smashed) and (?:lays? into|hits|beats|slaps|punches|kicks|attacks) me\\b`,
      ].join('|')})${NOT_SETTLED}`,
      'u',
    ),
  },
];
