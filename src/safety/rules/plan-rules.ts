import { F, type RiskRule } from './risk-rule.ts';

const { drug: DRUG, owner: OWNER } = F;

/**
 * Suicide plans stated without a death word: a place of falling or drowning with a journey there
 * and no return, means assembled or at hand, medicines bought or kept back to have enough, and
 * preparatory acts with a note of finality. The assessment standards treat a plan, access to the
 * means, a timeframe and preparatory behaviour as the core of risk, and they are often told as
 * logistics rather than named as suicide; these rules read that logistics. A time in the message
 * raises a high finding to imminent (`modifier-rules.ts`).
 * @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): plan, means, timeframe, preparatory behaviour.
 * @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS: preparatory acts or behaviour, e.g. assembling a method, giving things away, writing a note).
 */

/** Places people fall from, step in front of, or drown in. Not towns, stations or beaches. */
const PLACE =
  '(?:(?:railway |rail |road |foot ?)?bridge|viaduct|overpass|flyover|cliffs?(?: path| edge| top)?|headland|quarry|dam|reservoir|weir|tower block|top floor|rooftop|multi-?storey|car ?park|parking (?:structure|garage|deck|lot roof)|fire escape|ledge|(?:train |railway |rail )?tracks|railway(?: line)?|train line|level crossing|canal|lake|river|sea|pier|harbou?r wall|coast road|cliff road|motorway|freeway)';

/** Places with no everyday reason to be named in a plan: heights to fall from, railways. */
const HEIGHT_OR_RAIL =
  '(?:(?:train |railway |rail )?tracks|railway line|train line|overpass|flyover|viaduct|cliffs?(?: edge| top)?|quarry|tower block|top floor|multi-?storey|car ?park roof|ledge|dam|level crossing)';

/** The places a plan may consist of alone ("the overpass, after dark"): drops and railways. */
const RAIL_OR_DROP =
  '(?:(?:train |railway |rail )?tracks|railway line|train line|overpass|flyover|viaduct|cliffs?|cliff edge|quarry|level crossing)';

/** Not coming back from a place, said as the end of the matter ("and I'm not walking back."). */
const NO_RETURN =
  "(?:(?:i'?m|i am|i|i'll|i will)? ?(?:not|never|won'?t|wont|will not|ain'?t)(?: be)? (?:coming|walking|driving|going|getting|cycling|swimming|come|walk|drive|go|get|cycle|swim) (?:back|home)(?= *(?:[.!,;]|$|and\\b|but\\b|again\\b|this time\\b))|(?:i'?m )?not going to turn the wheel|(?:i'?m |and )?(?:climbing|going) over(?: the (?:edge|railings?|barrier|fence|side|wall))?(?= *(?:[.!,;]|$))|(?:then )?(?:i'?m )?letting go(?= *(?:[.!,;]|$))|that'?s where(?= *(?:[.!,;]|$))|that'?s the plan|(?:she|he|they|everyone|my [a-z]+) thinks? i'?m (?:going|off|just going) (?:on holiday|away|travelling|to work|for a (?:drive|walk))|one[- ]way (?:trip|journey|drive|walk|taxi|ticket)(?= *(?:[.!,;]|$)))";

/** A journey there, in the first person or as a bare plan ("going to the tracks after my shift"). */
const JOURNEY =
  '(?:going|goin|heading|walking|driving|cycling|climbing|going back|go|head|walk|drive|get a taxi|tak(?:e|ing) the long way(?: home)?)(?: (?:up|down|back|out|over))? (?:to|towards?|onto|over|along|via) (?:the |that |a |my )?(?:[a-z0-9]+ ){0,3}?';

/** Everyday reasons to go somewhere and not come back soon: moving, holidays, photos. */
const ORDINARY_TRIP =
  '(?:visit\w*|see (?:my|her|him|them|the)|stay(?:ing)? with|moving|move (?:house|there|away)|relocat\\w*|emigrat\\w*|new job|holiday|vacation|honeymoon|photos?|pictures?|trainspott\\w*|filming|fishing|camping|festival|wedding|uni|university|college|for (?:a|the) (?:week|month|summer|year))';

const FIREARM = '(?:guns?|rifle|shotgun|pistol|revolver|handgun|firearm|glock)';
/** A real firearm, not a toy, a tool, a licence or a game. */
const REAL_FIREARM = `(?<!\\b(?:nerf|toy|water|glue|staple|nail|heat|spray|bubble|paint|airsoft|cap|squirt|massage|grease|caulk|ray|laser) )\\b${FIREARM}\\b(?! ?(?:licen[cs]e|permit|show|shop|club|range|game|controller|emoji|safety course))(?![^\\n]{0,100}\\b(?:range|game|screen|licen[cs]e|permit|club|clay|hunting|training|course|lesson|airsoft|paintball|nerf|toy|film|movie|museum)\\b)`;
/** Sitting with a weapon or means: in front of one, in one's lap, looked at. */
const CONTEMPLATED =
  "(?:(?:is |it'?s |sitting |lying )?(?:on the (?:kitchen |dining |coffee )?table |on the bed |on my (?:desk|bed) )?in front of me|in my lap|(?:been |i'?ve been |i'?m |just )?(?:sitting|sat) (?:here )?with it|(?:sitting|sat) (?:here )?(?:looking|staring) at it|under my chin|in my mouth)";

const POISON =
  '(?:weed ?killer|paraquat|glyphosate|pesticide|herbicide|insecticide|rat poison|slug pellets|antifreeze|bleach|drain cleaner|poison)';

/** Days and times by which a plan is set ("saturday is the day", "tonight's the night"). */
const SET_DAY =
  "(?:tonight|today|tomorrow|tmrw|this is|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s| is) the (?:night|day)\\b(?= *(?:[.!,]|$))";

/** Things people give away or hand over: possessions, pets, money. */
const POSSESSION =
  '(?:stuff|things|belongings|possessions|clothes|books|games|dog|cat|fish|pets?|rabbit|hamster|guinea pig|bird|parrot|horse|xbox|ps[345sae]|playstation|console|switch|guitar|car|bike|motorbike|laptop|computer|jewell?e?ry|ring|watch|savings|money|pension|record collection)';

/** A note of finality after an act of giving away ("after that I'm ready", "that's the last of it"). */
const FINAL_NOTE =
  "(?:after (?:that|this) i'?m (?:ready|done)|i'?m (?:ready|done)(?= *(?:[.!]|$))|(?:so )?that'?s (?:that|the last of it|the last thing|everything)(?= *(?:[.!]|$))|(?:the )?(?:only|last|one) (?:reason|thing) (?:keeping me|i (?:was|am|'m|stayed|kept going)) (?:still )?(?:here|alive|around|going)|(?:won'?t|will not|wont) (?:be )?need(?:ing)? (?:it|them|him|her|any of (?:it|them))(?= *(?:[.!]|$| anymore| any more| much longer| where))|when i'?m gone|before i go(?= *(?:[.!]|$))|bye(?: i guess)?(?= *(?:[.!]|$))|(?:she|he|they)(?:'ll| will) (?:work out|figure out|understand|know) why(?: soon(?: enough)?| later| eventually)?(?= *(?:[.!]|$)))";

const PILL_SET_OUT =
  '(?:crushed(?: up)?|ground up|lined up|laid out|counted out|popped out|in (?:a|one) (?:row|line|pile|heap)|all in one (?:pile|place|bowl|mug|glass)|in a (?:mug|glass|cup|bowl))';
/** Taking tablets every day, a pill organiser, crushing them for a child or a pet: routine, not a plan. */
const PILL_ROUTINE =
  "(?:organi[sz]er|dosette|pill ?box|blister pack for the week|for the week|each (?:day|morning|night)|every (?:day|morning|night|evening)|can'?t swallow|hard to swallow|yog(?:h)?urt|apple ?sauce|jam|honey|juice for|for (?:the|my|our) (?:dog|cat|son|daughter|kids?|baby|mum|mom|dad|nan|gran|grandma|grandad|patient)|so i (?:don'?t forget|remember)|vet|holiday|trip|travel\w*|hospital bag|for (?:the|my) (?:flight|journey|stay)|(?:photo|picture|pic|video|screenshot|image|snap) of|on (?:her|his|their) (?:desk|bed|table|floor|bedside))";

export const PLAN_STATEMENT_RULES: readonly RiskRule[] = [
  {
    // A journey to a place of falling or drowning and no return, in either order; a set time makes it imminent.
    // @see Hawton K. Restricting access to methods of suicide. Crisis 2007;28(Suppl 1):4–9 (jumping sites, railways).
    id: 'suicide.plan-place',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`\b${PLACE}\b(?<=\b${JOURNEY}${PLACE})(?![^.!?\n]{0,80}\b${ORDINARY_TRIP}\b)[^\n]{0,120}?${NO_RETURN}|${NO_RETURN}(?<!\b${ORDINARY_TRIP}\b[^\n]{0,120})[^\n]{0,120}?\b${PLACE}\b(?![^.!?\n]{0,60}\b${ORDINARY_TRIP}\b)|\b(?:going|goin|heading|walking|walk|go|head|leaving (?:the house|home)[^.!?\n]{0,30} to walk) (?:down |out |back )?to (?:the )?(?:train tracks|railway tracks|railway line|train line|tracks|level crossing)\b(?![^\n]{0,80}\b(?:photos?|pictures?|trainspott\w*|film\w*|photograph\w*|watch the trains|to cross|crossing to|go-?karts?|karting|race|racing|stag|hen do|bmx|speedway|running)\b)`,
        // The place first, then going there ("there's a bridge near my flat and I'm going there after this tea").
        String.raw`\b(?:${HEIGHT_OR_RAIL}|bridge)\b[^\n]{0,80}?\b(?:i'?m|i am|i'?ll|i will) (?:going|heading|walking|driving|off) (?:up |down |over |back )?there\b(?=[^\n]{0,60}\b(?:after|tonight|when|once|at|tomorrow|in the morning|this (?:evening|afternoon|morning))\b)(?![^\n]{0,80}\b${ORDINARY_TRIP}\b)`,
        // A plan that is a place ("the plan is simple: the overpass", "planned it for after my exams, then the tracks").
        String.raw`\b(?:planned it|that'?s the plan|plan is simple|the plan is(?! to)|it'?s all planned|its all planned)\b[^\n]{0,80}?\b(?:the |a )?${RAIL_OR_DROP}\b(?! (?:walk|path|trail|cafe|view|top|road|side|station|museum|restaurant|bar|pub|tour|trip|climb\w*))|\b${RAIL_OR_DROP}\b(?! (?:walk|path|trail|cafe|view|top|road|side|station|museum|restaurant|bar|pub|tour|trip|climb\w*))[^\n]{0,80}?\bthat'?s the plan\b(?! for)`,
        // Out onto or into a named place, with no return ("the lake's thin in the middle, I'm walking out there tonight and not walking back").
        String.raw`\b(?:walking|going|swimming|wading|heading|climbing) (?:out |up |over )?(?:there|into it|onto it|out onto it|in)\b(?<=\b${PLACE}\b[^\n]{0,120})[^\n]{0,40}?${NO_RETURN}`,
        // Walking into water with weights, or going back to finish.
        String.raw`\b(?:walk|walking|wade|wading|go|going) (?:out )?into the (?:lake|sea|river|water|canal|loch|ocean|waves)\b(?=[^\n]{0,80}\b(?:stones|rocks|weights|pockets full|not (?:coming|walking|swimming) back|keep (?:walking|going))\b)|\bwalked (?:out )?into the (?:sea|lake|river|water|canal)\b[^\n]{0,140}?\b(?:going to|gonna|'ll|will) go back\b`,
        // Taken to the coast, one way; the top floor of a block one is going back to.
        String.raw`\b(?:taxi|train|bus|ticket|ride|lift|cab)\b[^\n]{0,60}\b(?:coast|cliffs?|headland|bridge|sea)\b[^\n]{0,20}?\bone[- ]way(?= *(?:[.!]|$))|\b${JOURNEY}(?:tower block|multi-?storey|car ?park|block of flats|building)\b(?![^\n]{0,60}\b${ORDINARY_TRIP}\b)[^\n]{0,80}?\b(?:top floor|roof)(?= *(?:[.!]|$))`,
        // Checked that the way up is open.
        String.raw`\b(?:roof|rooftop|top floor|fire escape|balcony|ledge)\b[^\n]{0,80}?\b(?:checked|tested|tried)\b[^\n]{0,40}?\b(?:door|hatch|window|gate)(?: to the [a-z]+)? (?:isn'?t|is not|wasn'?t|was not|is never|'s never) locked\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Rehearsal: walking the way to a named place in the dark, working out its deepest or highest point.
    // @see Posner K, et al. 2011 (C-SSRS preparatory behaviour: going to the place, checking it).
    id: 'suicide.rehearsal',
    category: 'suicide',
    level: 'imminent',
    pattern: new RegExp(
      String.raw`\b(?:so i (?:know|can find|'ll know) (?:it|the way)(?: there)? in the dark|(?:working out|worked out|figuring out|figured out|checking|checked|finding) (?:which|where|what) (?:bit|part|spot|point|section|side|floor|one)(?: of it)? (?:is|would be|'s) (?:the )?(?:deepest|highest|fastest|steepest|tallest|quietest|most hidden))\b(?! for (?:swimming|fishing|a swim|diving|kayak\w*|paddl\w*|the kids|photos?|a picnic))(?<=\b(?:${PLACE}|${HEIGHT_OR_RAIL})\b[^\n]{0,160})`,
      'u',
    ),
  },
  {
    // Jumping or stepping from a named height or into traffic, beyond the places suicide.method-act names.
    // @see Hawton K. Restricting access to methods of suicide. Crisis 2007;28(Suppl 1):4–9 (jumping from heights).
    id: 'suicide.plan-jump',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      String.raw`\b(?:jump(?:ing)?|leap(?:ing)?|throw(?:ing)? myself|step(?:ping)? off|drop(?:ping)? myself) (?:off|from|out of)(?<!\b(?:literally|if (?:one more|another|anyone|someone|he|she|they|you|my [a-z]+)\b[^.!?\n]{0,80}) (?:jump(?:ing)?|leap(?:ing)?|throw(?:ing)? myself|step(?:ping)? off|drop(?:ping)? myself) (?:off|from|out of)) (?:the |a |my |our )?(?:[a-z0-9]+ ){0,3}?(?:parking (?:structure|garage|deck)|multi-?storey|car ?park|overpass|flyover|viaduct|footbridge|tower block|top floor|fire escape|headland|quarry|dam|pier|window|bedroom window|balcony|(?:top|\d{1,2}(?:st|nd|rd|th)|[a-z]+th|high) floor)\b(?<!\b(?:trampoline|diving board|pool|swimming|bed|sofa|couch|bunk|wall|stage|plane|helicopter|ladder)\b[^.!?\n]{0,40})(?![^.!?\n]{0,40}\b(?:trampoline|pool|parachute|bungee|zip ?line|dream|video|game|movie|film|scene|stunt|parkour)\b)|^ *jump(?:ing)?[.,!]* (?:(?:off |from )?(?:the |a )?(?:[a-z]+ ){0,2}?(?:car ?park|multi-?storey|roof|bridge|overpass|flyover|viaduct|tower block|cliffs?|quarry|balcony|window)\b|at (?:about |around )?\d{1,2}(?::\d\d)? ?(?:am|pm|o'?clock)?[.! ]*$|(?:tonight|at (?:midnight|dawn)|after dark)[.! ]*$)|^ *(?:the )?(?:train |railway )?tracks (?:at|after|before|tonight|tomorrow)\b|\bwindow opens (?:all the way|wide|fully)\b(?<=\b(?:nobody|no one|no-one|\d{1,2} ?am|tonight|after dark|everyone'?s asleep)\b[^\n]{0,160})(?=[^\n]{0,80}\b(?:\d{1,2}(?:st|nd|rd|th)|eighth|ninth|tenth|twelfth|top|high) floor\b)|\b(?:\d{1,2}(?:st|nd|rd|th)|eighth|ninth|tenth|twelfth|top|high) floor\b(?<=\b(?:nobody|no one|no-one|\d{1,2} ?am|tonight|after dark|everyone'?s asleep)\b[^\n]{0,160})(?=[^\n]{0,80}\bwindow opens (?:all the way|wide|fully)\b)`,
      'u',
    ),
  },
  {
    // At the edge now: on a fire escape or ledge about to let go, edging towards the platform edge, about to jump.
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): an attempt under way is imminent risk.
    id: 'suicide.at-the-edge',
    category: 'suicide',
    level: 'imminent',
    pattern:
      /\b(?:i'?m|i am) (?:on|at) (?:the |a )?(?:\d{1,2}(?:st|nd|rd|th) floor |top floor |roof of (?:the |my |a )?[a-z]+ )?(?:fire escape|ledge|roof edge|parapet|railings?|edge of the platform|platform edge)\b[^\n]{0,80}\b(?:letting go|let go|jump|jumping|step off|stepping off)\b(?! of\b| off (?:steam|work)| in\b| on\b)|\bstep(?:ping)? (?:a bit |a little |a step |one step )?closer to the (?:yellow line|edge|platform edge|tracks)\b(?<=\b(?:every time|each time|whenever|keep|kept|train)\b.{0,80})|\b(?:next|fast|the) train\b[^\n]{0,60}\b(?:i'?m|i am) not (?:getting|going to get|gonna get) on (?:it|this one|that one)(?= *(?:[.!]|$))|\b(?:i'?m|i am) about to jump\b(?= *(?:[.!,]|$|and\b|but\b|now\b|off\b|from\b|so\b))/u,
  },
  {
    // Driving into something on purpose, or not steering away; beyond suicide.method-act's vehicles and places.
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): a stated method is a plan.
    id: 'suicide.plan-crash',
    category: 'suicide',
    level: 'high',
    pattern:
      /\b(?:going to|gonna|gunna|'ll|will|about to|wants? to|wanna|plan(?:ning)? to|thinking (?:about|of)|think i'll|i'?m) (?:just )?(?:crash(?:ing)?|driv(?:e|ing)|steer(?:ing)?|swerv(?:e|ing)|wrap(?:ping)?|put(?:ting)?|plough(?:ing)?|plow(?:ing)?|ride|riding) (?:my |the )?(?:car|motorbike|motorcycle|bike|van|truck|lorry)? ?(?:off|into|in front of|under) (?:a |the |an |that |oncoming )?(?:[a-z0-9]+ ){0,2}?(?:barrier|bridge|overpass|flyover|wall|tree|oak|cliff|quarry|coast road|cliff road|river|lorry|truck|bus|pillar|traffic|sea|harbour|edge|embankment)\b|\b(?:i'?m|i am) not (?:going to|gonna) (?:turn the wheel|brake|swerve|steer away)\b(?= *(?:[.!,]|$)|[^\n]{0,60}\b(?:wall|tree|oak|bend|bridge|barrier|lorry|truck|pillar|cliff|edge)\b)(?![^\n]{0,60}\b(?:for (?:a|the) (?:cat|dog|fox|bird|squirrel|pigeon|rabbit|deer)|in the rain|on ice|test|lesson|instructor)\b)|\bcrash (?:my|the) (?:car|bike|motorbike|motorcycle|van)\b[^\n]{0,60}?\b(?:let (?:that|it) be the end|and (?:that'?s|that would be|that'?d be) it(?= *(?:[.!]|$))|(?:and )?not (?:survive|walk away))|\bno helmet(?= *(?:[.!]|$))(?<=\b(?:crash|barrier|tree|wall|bend)\b.{0,80})/u,
  },
  {
    // Means assembled: a hose to an exhaust, charcoal and tape, a firearm sat with. Assembling a method is a preparatory act.
    // @see Hawton K. Restricting access to methods of suicide. Crisis 2007;28(Suppl 1):4–9 (car exhaust, charcoal burning, firearms).
    id: 'suicide.means-assembled',
    category: 'suicide',
    level: 'imminent',
    pattern: new RegExp(
      String.raw`\b(?:hose|hosepipe|tubing|tube)\b(?<=\b(?:got|bought|buy|buying|have|attached|fitted|taped|connected|ran|running|measured|cut)\b[^.!?\n]{0,30}\b(?:hose|hosepipe|tubing|tube))[^.!?\n]{0,40}\b(?:exhaust|tailpipe)\b(?![^.!?\n]{0,40}\b(?:extract\w*|workshop|ramp|mot|leak\w*|repair\w*|fix\w*)\b)|\b(?:carbon monoxide|exhaust)\b[^\n]{0,80}\b(?:bought|got|have)\b[^.!?\n]{0,20}\b(?:hose|hosepipe|tubing)\b|\bcharcoal\b(?<=\b(?:have|got|bought|'ve)\b[^.!?\n]{0,30})(?<!\b(?:barbecue|bbq|grill|drawing|art|sketch\w*|camping|move|moving|project|garden)\b[^.!?\n]{0,100})[^.!?\n]{0,30}\b(?:tape|duct tape|gaffer tape)\b(?![^.!?\n]{0,60}\b(?:barbecue|bbq|grill|drawing|art|sketch\w*|camping|move|moving|project|garden)\b)|\bcharcoal\b(?<=\b(?:have|got|bought|'ve)\b[^.!?\n]{0,60}\b(?:tape|duct tape|gaffer tape)\b[^.!?\n]{0,30}\bcharcoal)(?<!\b(?:barbecue|bbq|grill|drawing|art|sketch\w*|camping|move|moving|project|garden)\b[^.!?\n]{0,100})(?![^.!?\n]{0,60}\b(?:barbecue|bbq|grill|drawing|art|sketch\w*|camping|move|moving|project|garden)\b)|${REAL_FIREARM}[^\n]{0,80}?${CONTEMPLATED}|\b(?:i )?(?:loaded|cleaned) (?:it|the [a-z]+|my [a-z ]{0,20})\b[^\n]{0,120}?\b(?:(?:sitting|sat) (?:here )?(?:looking|staring) at it|been (?:sitting|sat) with it|(?:it'?s|is) (?:on the (?:kitchen |dining )?table )?in front of me)|\b${SET_DAY}(?<=\b(?:have|got|'ve got|keeps?|kept|holding|loaded|found|bought)\b[^\n]{0,40}\b(?:${FIREARM}|rope|noose|pills|tablets|charcoal|hose)\b(?! lights| ladder| swing| course| bridge| access| work| gun| (?:for|from) (?:the|my) )(?![^\n]{0,60}\b(?:auction|sell|sold|selling|licen[cs]e|club|range|clay|party|garden|vet)\b)[^\n]{0,160})|\b${SET_DAY}[^\n]{0,120}?\b(?:i have|i'?ve got|i got|got|have|holding|bought)\b[^\n]{0,30}\b(?:${FIREARM}|rope|noose|pills|tablets|charcoal|hose)\b(?! lights| ladder| swing| course| bridge| access| work| gun| (?:for|from) (?:the|my) )(?![^\n]{0,60}\b(?:auction|sell|sold|selling|licen[cs]e|club|range|clay|party|garden|vet)\b)|\b${SET_DAY}[^\n]{0,20}?\b(?:i'?ve )?got everything i need(?= *(?:[.!,]|$))`,
      'u',
    ),
  },
  {
    // Tablets set out, crushed or kept as a way out; a supply that settles a night. Time makes it imminent.
    // @see Posner K, et al. 2011 (C-SSRS preparatory behaviour: collecting pills, arranging the method).
    id: 'suicide.pills-readied',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      String.raw`\b${PILL_SET_OUT}\b(?<=\b${DRUG}\b(?: (?:are|is|all|now|'re))*[^.!?\n]{0,20}?\b${PILL_SET_OUT})(?![^.!?\n]{0,60}\b${PILL_ROUTINE})(?<!\b${PILL_ROUTINE}\b[^.!?\n]{0,80})|\b${PILL_SET_OUT} (?:all )?(?:of )?${OWNER}${DRUG}\b(?![^.!?\n]{0,60}\b${PILL_ROUTINE})(?<!\b${PILL_ROUTINE}\b[^.!?\n]{0,80})|\b(?:it'?s|they'?re|that'?s|those are|these are|is|are) (?:my|the|a) (?:way out|exit|escape(?: route| hatch)?|exit plan|emergency exit|out)\b(?= *(?:[.!,]|$|when|if|for when|for the day|whenever))(?<=\b(?:${DRUG}|stash|stockpile|supply|collection|hoard)\b[^\n]{0,140})|\bthat'?s (?:tonight|tomorrow|the weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day) sorted\b(?<=\b(?:${DRUG}|supply|prescription)\b[^\n]{0,140})|\b(?:not|n'?t) (?:going to |gonna )?(?:use|take|using|taking) (?:them|it) (?:to|for) (?:sleep|sleeping)\b(?<=\b${DRUG}\b[^.!?\n]{0,100})|\b(?:going to|gonna|'ll|will|about to|ready to|plan(?:ning)? to|plan:) (?:take|swallow|down|neck) (?:every|each) (?:single |last )?(?:one of )?(?:the |my )?(?:tablet|pill|capsule|painkiller)s? (?:in (?:this|the) (?:house|flat|cabinet|bathroom cabinet|drawer)|i (?:can find|have|'ve got|own))\b|\b(?:doing|do|'ll do|will do|gonna do|going to do) it (?:in|at|down|behind|under) (?:the|my) (?:woods|forest|park|car|garage|bath|bathtub|shed|barn|field|beach)\b(?<=\b(?:${DRUG}|vodka|rope|gun|knife|blade)\b[^\n]{0,160})`,
      'u',
    ),
  },
  {
    // Buying, keeping back or taking medicines to have enough: a preparatory act.
    // @see Hawton K, et al. Long term effect of reduced pack sizes of paracetamol on poisoning deaths. BMJ 2013;346:f403 (buying past the pack limit).
    id: 'suicide.means-gathered',
    category: 'suicide',
    level: 'imminent',
    pattern: new RegExp(
      String.raw`\b(?:so (?:that )?i(?:'?d| would| will|'ll)? have enough(?= *(?:[.!,]|$))|(?:from|at) (?:a |an )?(?:another|different|second|third|other|next) (?:shop|chemist|pharmacy|store|supermarket|garage)s?\b(?<=\b(?:a second|a third|a fourth|another (?:packet|pack|box)|more (?:packets|packs|boxes)|(?:three|four|five|six|several) (?:packets|packs|boxes))\b[^\n]{0,160})(?![^.!?\n]{0,60}\b(?:run out|ran out|was out|were out|sold out|closed|cheaper|offer|deal)\b))(?<=\b(?:bought|buying|buy|got|getting|picked up|ordered)\b[^.!?\n]{0,40}\b(?:${DRUG}|packets?|packs?|boxes)\b[^.!?\n]{0,120})|\b(?:stockpil|hoard|stash)(?:ed|ing) (?:up |away )?${OWNER}${DRUG}\b|\b(?:quite a|a (?:good|big|decent|nice|little)|my (?:own )?(?:little )?) ?(?:collection|stash|pile|supply|hoard)\b(?<=\b(?:taking|took|pinching|nicking|stealing|stole|pocketing|sneaking)\b[^.!?\n]{0,40}\b${DRUG}\b[^\n]{0,140})|\b(?:been )?saving (?:up )?(?:all )?(?:the |my |her |his )(?:[a-z]+ )?(?:tramadol|codeine|morphine|oxycodone|oxy|pills|tablets|meds|sleeping (?:pills|tablets)|painkillers|insulin|lithium|paracetamol|co-codamol|diazepam|zopiclone|opioids|fentanyl)\b(?![^.!?\n]{0,60}\b(?:bad days|worst days|flare|emergenc\w*|in case|holiday|trip|travel\w*|when (?:the pain|it)|for later in|for the (?:weekend|night shift))\b)(?<!\b(?:money|cash|pennies)\b[^.!?\n]{0,40})|\b(?:have|got|'ve got) enough (?:of )?${OWNER}${DRUG}\b[^\n]{0,80}?\b(?:intend|mean|plan|going|gonna|ready|want)(?:ing)? to (?:use|take) (?:it|them|the lot)\b(?! (?:as|for|on|properly|sparingly|when needed|only))`,
      'u',
    ),
  },
  {
    // Drinking a poison kept at hand ("the weedkiller in the shed, tonight").
    // @see Gunnell D, et al. The global distribution of fatal pesticide self-poisoning. BMC Public Health 2007;7:357.
    id: 'suicide.plan-poison',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      String.raw`\b${POISON}\b[^\n]{0,80}?\b(?:i'?m|i am|i'?ll|i will|going to|gonna|about to|planning to) (?:drink|drinking|swallow|swallowing|down|downing|neck|necking) (?:it|the lot|the (?:whole )?(?:bottle|tub|can|drum)|a (?:cup|glass|bottle|mug)(?: of it)?)\b|\b(?:i'?m|i am|i'?ll|i will|going to|gonna|about to|planning to) (?:drink|drinking|swallow|swallowing|down|downing|neck|necking) (?:the |some |a (?:cup|glass|bottle|mug|capful) of |the (?:whole )?(?:bottle|tub|can|drum) of )?(?:[a-z]+ )?${POISON}\b`,
      'u',
    ),
  },
  {
    // Preparatory acts with finality: giving away with an ending, a goodbye recorded, letters for each, found looking right.
    // @see Posner K, et al. 2011 (C-SSRS preparatory behaviour: giving valuables away, writing a note, arranging affairs).
    id: 'suicide.preparation-final',
    category: 'suicide',
    level: 'imminent',
    pattern: new RegExp(
      String.raw`\b(?:gave|giving|given|give|gifted|rehomed|rehoming|re-homed|found (?:a )?(?:new )?homes? for|handed over|handing over|sold|selling|transferred|transfer|sent|moved|signed over|set up a transfer so [a-z ]{1,30} gets) (?:away )?(?:all )?(?:of )?(?:my |the )?(?:[a-z0-9]+ ){0,2}?${POSSESSION}\b(?![^.!?\n]{0,60}\b(?:moving|move (?:house|out|in)|declutter\w*|clear-?out|new one|upgrad\w*|allerg\w*|outgrown|too small|don'?t fit|charity shop because|to buy|for (?:a|the) deposit|house deposit|mortgage|isa)\b)[^\n]{0,140}?\b${FINAL_NOTE}|\b(?:so (?:that )?)?i (?:look|looked|'ll look|will look) (?:okay|ok|nice|good|decent|presentable|peaceful|alright|my best|tidy|clean) (?:when|if|for when) (?:they|someone|somebody|people|my [a-z]+|he|she|whoever) finds? me\b|\bgoodbye (?:video|vid|recording|voice ?(?:note|message|memo)|vlog)(?:'?s| is| are)? (?:all )?(?:recorded|done|ready|filmed|finished|made|scheduled|saved)\b|\b(?:recorded|filmed|made|finished|scheduled) (?:a |my |the )?goodbye (?:video|vid|recording|voice ?(?:note|message|memo)|vlog)\b(?![^.!?\n]{0,40}\bfor (?:my |the |our |a )?(?:colleague|coworker|co-worker|teacher|class|team|boss|students?|retire\w*|leaving|wedding|school|channel|subscribers|followers)\b)|\b(?:scheduled|timed|queued|set (?:up )?(?:an? )?(?:email|message|post|text) to send)\b[^.!?\n]{0,80}\b(?:why i did it|why i had to (?:go|do it)|when i'?m gone)\b|\b(?:my |the )?(?:letters|notes)(?:'re| are) (?:all )?(?:written|done|finished|sealed|addressed|ready)\b[^\n]{0,80}?\b(?:one (?:for|to) each of my (?:kids|boys|girls|children|sons|daughters|grandchildren|grandkids|family|friends|parents|sisters|brothers)|one for (?:my )?(?:mum|mom|dad|wife|husband|partner|son|daughter|sister|brother|nan|gran|grandma|grandad|kids|boys|girls|parents)\b|one for (?:him|her|them)|just need (?:to find )?the right (?:moment|time|day|night))|\beveryone i love (?:has|gets|got|will get|will have|now has) (?:one|a (?:letter|card|note))\b(?<!\b(?:christmas|xmas|birthday|valentine'?s?|new year|holiday|wedding|easter)\b[^\n]{0,120})|\b(?:letters?|note|ring)\b[^.!?\n]{0,60}\bfor (?:him|her|them|my [a-z]+|whoever) to find\b[^\n]{0,60}?\bi'?m not (?:coming|going) (?:home|back)(?= *(?:[.!]|$))|\b(?:sold|gave away|cancel+ed|returned|given up)\b[^\n]{0,120}?\b(?:won'?t|will not|wont) be needing (?:a|my|the|it|them|any of (?:it|them))(?: [a-z]+)?(?= *(?:[.!]|$| after (?:the weekend|tonight|this week|friday|saturday|sunday)))|\b(?:won'?t|will not|wont) be needing (?:it|them|my [a-z]+|any of (?:it|this|them))(?: [a-z]+){0,3}? (?:after (?:the weekend|tonight|tomorrow|this week|this weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|much longer|where i'?m going)\b|\b(?:tying|tidying|tie|tidy|tied|tidied|sorting|sorted) (?:up )?(?:all )?(?:my |the )?(?:last )?loose ends\b(?= before i (?:go|leave)(?= *(?:[.!]|$)))(?<!\b(?:moving|move|job|work|holiday|trip|flight|abroad|travel\w*)\b[^\n]{0,120})|\b(?:those|these) (?:were|are) (?:the|my) last loose ends\b|\b(?:because |cause |cos )?(?:it'?s|it is|this is|this was|today was) the last time i(?:'ll| will|'m going to| am going to| get to)? (?:ever )?(?:see|hug|hold|talk to|speak to|hear)\b (?:her|him|them|you|my [a-z]+|everyone|anyone)(?= *(?:[.!,]|$))|\bposted my (?:last|final) (?:tiktok|video|post|story|insta\w*|tweet|reel|photo|picture)\b[^\n]{0,80}?\b(?:see you never|goodbye forever|bye forever|farewell|it'?s not a (?:bit|joke))`,
      'u',
    ),
  },
  {
    // Asking how a method kills: whether it hurts, how long it takes to lose consciousness, how
    // high is high enough. Seeking information on the lethality of a method is a warning sign of
    // its own, and the right answer to it is a direct question about suicide, so it is an alarm at
    // moderate; fiction, news and study are set aside, here and by the usual frames.
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): researching methods.
    // @see Posner K, et al. 2011 (C-SSRS: preparatory behaviour includes researching a method).
    id: 'suicide.lethality-question',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      String.raw`(?:^|[.!?\n] *|\b(?:how|is|does|do|would|will|can|what|which|whats|what'?s)\b[^.!?\n]{0,60}?)\b(?:drown(?:ing|ed)?|hang(?:ing)? (?:yourself|myself|oneself|your ?self)|(?:by|from) hanging|hanging (?:is|would be|hurts?)|jump(?:ing|ed)? (?:off|from) (?:a |the )?(?:bridge|building|roof|cliff|car park|multi-?storey|tower|balcony|window|\d+(?:st|nd|rd|th)? floor)|overdos(?:e|ing)|(?:slit|slitting|cut|cutting) (?:your|my|ones?) wrists|carbon monoxide|car exhaust|(?:in front of|under) a train|bleed(?:ing)? out|suffocat\w+|starv(?:e|ing) to death|freez(?:e|ing) to death)\b[^.!?\n]{0,60}?\b(?:hurt|hurts|painful|painless|quick|quickly|instant|peaceful|lose consciousness|losing consciousness|pass out|black out|how long|how high|how many|how much|how far|how fast|fatal|lethal|enough to (?:die|kill)|survive|survivable|would (?:you|i|someone) die|do people die|the tallest|the highest)\b[^.!?\n]{0,60}?(?:\?|$)(?![^\n]{0,100}\b(?:documentary|film|movie|book|novel|show|series|episode|game|homework|essay|class|lesson|exam|history|titanic|podcast|article|news)\b)|\bhow (?:long|quickly|fast) (?:does it take|would it take|till|until|before) (?:to )?(?:you |someone |a person |i )?(?:lose consciousness|pass out|die|stop breathing)\b[^.!?\n]{0,60}?\b(?:if (?:you|i|someone) (?:hang|drown|jump|overdose|take)|from (?:hanging|drowning|an overdose|carbon monoxide|blood loss)|with (?:a (?:rope|belt|bag)|carbon monoxide|different methods))\b|\b(?:painless|quick|quickest|easiest|peaceful|surest) (?:ways?|methods?) (?:to|of) (?:go(?= *(?:[.!?,'\x22]|$))|die|end it|end (?:my|your|one'?s) life|check out|do it|not wake up)\b(?![^\n]{0,60}\b(?:documentary|film|movie|book|novel|essay|homework|vet|pet|dog|cat|animal)\b)|\b(?:is|would|does|will) it (?:be )?(?:hurt|painful|painless|quick|instant|peaceful)\b[^.!?\n]{0,30}?\b(?:to|if (?:you|i|someone|a person))\b[^.!?\n]{0,20}?\b(?:drown\w*|hang(?:ed)? (?:yourself|myself)|jump(?:ed)? (?:off|from) (?:a |the )?(?:bridge|building|roof|cliff|car park|multi-?storey|tower|balcony|window|\d+(?:st|nd|rd|th)? floor)|overdos\w+|bleed out|suffocat\w+|slit\w*)`,
      'u',
    ),
  },
  {
    // A last message handed to the agent to pass on ("can you tell my family I'm sorry", "if
    // anything happens, tell my mum I love her"): a goodbye, which is a preparatory act.
    // @see Posner K, et al. 2011 (C-SSRS preparatory behaviour: a suicide note, saying goodbye).
    id: 'suicide.message-to-pass-on',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      String.raw`(?:\b(?:can|could|would|will) you (?:please )?|\bplease (?:just )?|^ *|\bif (?:anything|something) (?:happens|were to happen)(?: to me)?,? (?:please |can you |could you )?|\bwhen i'?m gone,? (?:please |can you |could you )?)(?:tell|let|make sure|give|pass (?:on|this on) to)\b (?:my |our )?(?:family|mum|mom|mam|dad|parents|wife|husband|partner|kids|children|son|daughter|sister|brother|girlfriend|boyfriend|friends|nan|gran|grandma|grandad|everyone|them|her|him)\b[^.!?\n]{0,40}?\b(?:(?:i'?m|i am) (?:so )?sorry(?! (?:i\b|for (?!everything)|about|that|to (?!everyone)))|i love (?:her|him|them|you)|i loved (?:her|him|them)|it (?:wasn'?t|was not|isn'?t|is not) (?:her|his|their|your|anyone'?s) fault|(?:to )?forgive me|goodbye|i said goodbye|thank (?:you|them|her|him) for everything)\b`,
      'u',
    ),
  },
  {
    // A plan for how, stated without naming the act ("I know how I'm going to do it", "planned how I'd do it").
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): a plan (how, when) is a core risk factor.
    id: 'suicide.plan-how',
    category: 'suicide',
    level: 'high',
    pattern:
      /\bi know (?:exactly )?how i(?:'m| am)? (?:gonna|going to|will|'ll|would|'d) do it\b(?=[^\n]{0,60}\b(?:nerve|courage|guts|right (?:day|night|moment|time))\b(?! to ask| to tell| to talk))|\b(?:planned|planning|plan|worked out|working out|figured out|thought through|thinking through|lie awake planning) (?:out )?(?:exactly )?how i(?:'?d| would) do it\b(?! if| when (?:i|we) (?:win|get|have)| while (?:he|she|they)(?:'s| is| are|'re) asleep)(?<!\b(?:murder|kill|hurt|stab|strangle|smother|punch|attack|hit|beat)\w* (?:him|her|them|my [a-z]+|someone|somebody)\b[^\n]{0,120})|\b(?:just )?waiting for the right (?:night|day)(?= *(?:[.!]|$))|\bafter (?:tonight|tomorrow|this week|the weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day),? (?:there'?ll|there will) be nothing (?:left )?(?:for (?:you|anyone) )?to worry about\b/u,
  },
];
