import { F, type RiskRule } from './risk-rule.ts';

const { person, self: SELF } = F;

// Acts of violence strong enough that "… by my husband" says what happened (not "pushed", "hit").
const VIOLENCE_DONE =
  '(?:kicked|punched|strangled|choked|throttled|slapped|smacked|thumped|beaten|battered|stabbed|bitten|headbutted|whipped|burn(?:ed|t)|scalded|raped|sexually assaulted)';
// Sport, play and accidents, where the same words are ordinary ("kicked by my son at football").
const PLAY_OR_ACCIDENT =
  '(?![^.!?\\n]{0,50}\\b(?:football|footie|rugby|game|match|training|by accident|accidentally|by mistake|playing|play fight\\w*|kickabout|in (?:his|her) sleep|(?:at|in) (?:chess|cards|darts|pool|snooker|tennis|golf|scrabble|monopoly|quiz|fifa|uno|sudoku))\\b)';
// "Slapped with a fine by my landlord": a penalty, not a blow.
const NOT_A_PENALTY =
  '(?! with (?:a|an|the) (?:[a-z]+ )?(?:fine|ticket|bill|charge|fee|penalty|rent rise|notice|letter|invoice|lawsuit)\\b)';
// People the speaker may be harmed by at home: the shared list, former partners and a fiancé(e).
const KIN = `(?:${person}|ex[- ]?(?:husband|wife|partner|boyfriend|girlfriend)|fianc[eé]e?|stepfather|stepmother|stepdad|stepmum|grandson|granddaughter|nephew|niece|in-laws?|pimp)`;
// Someone the speaker and others plan to set on: a person, not a queue, a fence or a team.
const TARGET =
  '(?:(?:the|this|that|a|some|his|her) (?:new |other |little |older |younger |posh |weird )?(?:kid|lad|boy|girl|guy|bloke|man|woman|teacher|geezer|neighbou?r|student|prick|twat|snitch|grass)s?\\b|him\\b|her\\b(?! (?:feelings|chances|case|business|car|exam|team|score|record))|them\\b(?! (?:at|in) (?:the )?(?:match|game|final|league|quiz)))';

/**
 * Explicit statements found in session 17 in two development batches written blind to the rules
 * (one on grammatical variety, one on speakers in situations); each family's look-alikes are in the
 * tests. Abuse: strangulation and violence by a partner or relative are among the strongest
 * predictors of later homicide (Campbell JC, et al. Am J Public Health 2003;93(7):1089–97; Glass N,
 * et al. J Emerg Med 2008;35(3):329–35). Self-harm: NICE NG225 (2022), self-injury of any kind,
 * burning included. Harm to others: a plan with others against a named person is intent
 * (Meloy JR, et al. Behav Sci Law 2012;30(3):256–79, "pathway" warning behaviour). Medical: NHS,
 * Asthma attack: call 999 when the reliever inhaler is not helping.
 */
export const EXPLICIT_FLOOR_6_RULES: readonly RiskRule[] = [
  // "Kicked in the stomach yesterday by my fiancé", "I was strangled by my ex last night".
  {
    id: 'abuse.violence-by-kin',
    category: 'abuse',
    level: 'high',
    done: true,
    pattern: new RegExp(
      `\\b${VIOLENCE_DONE}\\b${NOT_A_PENALTY}${PLAY_OR_ACCIDENT}(?: (?!by\\b)[a-z',]+){0,6}? by (?:my|our) ${KIN}\\b(?!'s)${PLAY_OR_ACCIDENT}`,
      'u',
    ),
  },
  // "Strangled till I passed out - that's what my girlfriend did to me on Friday."
  {
    id: 'abuse.what-they-did',
    category: 'abuse',
    level: 'high',
    done: true,
    pattern: new RegExp(
      `\\b${VIOLENCE_DONE}\\b${PLAY_OR_ACCIDENT}(?! (?:with|from) (?:laughter|laughing|emotion|tears)| on (?:a|my|the|some|his|her) )[^\\n]{0,80}?\\b(?:that'?s|this is|which is|is) what (?:my ${KIN}|he|she|they) (?:did|does|keeps doing) to me\\b`,
      'u',
    ),
  },
  // "He just had his hands round my throat": strangulation, whoever tells it and however.
  {
    id: 'abuse.hands-on-throat',
    category: 'abuse',
    level: 'high',
    done: true,
    pattern: new RegExp(
      `\\b(?:he|she|they|my ${KIN})(?:'s| has| had|'d| was| were| just| always| keeps)?(?: just| always| again)? (?:had|has|put|puts|got|gets|wrapped|wraps|squeezed|squeezes|pressed|presses|closed|closes)(?: (?:his|her|their))? (?:hands?|fingers|arm) (?:round|around|on|across|over) my (?:throat|neck)\\b`,
      'u',
    ),
  },
  // "If I don't cut, the feeling builds and builds until I do": the urge told as a compulsion.
  {
    id: 'self_harm.if-i-dont',
    category: 'self_harm',
    level: 'high',
    pattern: new RegExp(
      `\\bif i (?:don'?t|dont|do not|can'?t|cannot) (?:cut|burn|scratch|hurt ${SELF}|harm ${SELF}|self[- ]?harm)(?=\\s*[,.;!?-]|\\s*$| (?:${SELF}|my (?:arms?|legs?|skin|wrists?|thighs?|stomach))\\b| (?:the|it|this|that) (?:feeling|urge|pressure|tension)\\b)`,
      'u',
    ),
  },
  // "Been stubbing cigarettes out on my legs": burning oneself.
  {
    id: 'self_harm.cigarette-burns',
    category: 'self_harm',
    level: 'high',
    pattern:
      /\b(?<=\b(?:i|i'?ve|ive|i'?m|im|i have|i am|been|keep|kept|started)\b[^.!?\n]{0,30})(?:stub(?:bing|bed|s)?|put(?:ting|s)?|press(?:ing|ed|es)?|hold(?:ing|s)?|held) (?:lit |my )?(?:cigarettes?|cigs?|fags?|a (?:lit )?(?:cigarette|cig|fag)|(?:my |a )?lighter|matches) (?:out )?(?:on|against|to|into) my (?:skin|arms?|legs?|hands?|wrists?|thighs?|stomach|belly|body|chest|ankles?|feet)\b/u,
  },
  // "Me and my mate have been talking about jumping the new kid after school".
  {
    id: 'harm_to_others.plan-with-others',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:me and (?:my |a |the )?[a-z]+|(?:my |a )?[a-z]+ and (?:me|i)|we)(?:'ve| have|'re| are|re)? (?:been )?(?:talking about|planning(?: on| to)?|going to|gonna|gunna|gonna go|going to go) (?:jump(?:ing)?|batter(?:ing)?|beat(?:ing)? up|do(?:ing)? (?:over|in)|kick(?:ing)? (?:the )?(?:shit|crap|hell|fuck) out of|stab(?:bing)?|shank(?:ing)?|knif(?:e|ing)|hurt(?:ing)?|attack(?:ing)?|jump(?:ing)? on|set(?:ting)? on|glass(?:ing)?) ${TARGET}`,
      'u',
    ),
  },
  // "My asthma's been terrible all day and the blue inhaler is barely helping".
  {
    id: 'medical_emergency.reliever-not-helping',
    category: 'medical_emergency',
    level: 'high',
    pattern:
      /\b(?:asthma|wheez\w*|breath\w*|chest)\b[^\n]{0,120}?\b(?:inhaler|reliever|blue pump|pump|puffer|nebuli[sz]er)\b[^.!?\n]{0,40}?\b(?:(?:not|barely|hardly|no longer|isn'?t|isnt|aren'?t|doesn'?t|does not|won'?t|not even) (?:really )?(?:helping|working|help|work|doing anything|touching it|making a difference))\b/u,
  },
];
