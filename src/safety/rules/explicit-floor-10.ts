import { KIN } from './explicit-floor-7.ts';
import type { RiskRule } from './risk-rule.ts';

// Someone in the speaker's household: "mum's boyfriend", "my stepdad", "dad", "he".
const HOUSEHOLD = `(?:he|she|they|my ${KIN}|(?:mum|mom|mam|dad)'?s (?:boyfriend|girlfriend|partner|husband|wife)|(?:step ?dad|step ?mum|step ?mom|dad|mum|mom|mam|grandad|uncle|foster (?:dad|mum|mom|carer)))`;
// A brother, sister, parent or child of the household as the one held.
const HELD = `(?:my (?:little |baby |younger |big |older |twin )?${KIN}|the (?:baby|kids|little ones))`;
// A toddler held back at a road or in a shop, a child steadied at bath time: ordinary holds.
const ORDINARY_HOLD =
  '(?![^.!?\\n]{0,80}\\b(?:road|crossing|traffic|shop|supermarket|sweets|tantrum|toy|bath|jab|vaccine|injection|dentist|doctor|nurse|haircut|park|pool|playing|game|joke|tickl\\w*)\\b)';
// Distress said beside it: the held one screaming or crying, the speaker frightened or asking
// whether to call for help.
const DISTRESS_NEAR =
  "(?=[^\\n]{0,100}\\b(?:screaming|screams|crying|cries|sobbing|scared|terrified|frightened|hurting (?:him|her|them)|won'?t let (?:go|him go|her go)|shaking (?:him|her|them)|ring 999|call 999|999|911|police|what do i do|help)\\b)";

/**
 * Explicit statements found in session 18's development collections (`test/safety/dev-*-4.jsonl`,
 * written blind to the rules), each family with look-alikes in `explicit-floor-10.test.ts`.
 * Abuse: a child or adult telling of someone in the household holding a brother, sister or parent
 * by the arm or the hair, or against a wall, now, with the held one screaming or the speaker
 * asking whether to ring for help (a child who sees violence at home is in danger there too:
 * Children Act 1989 s31(9), as amended 2002, counts seeing or hearing another ill-treated as harm;
 * Domestic Abuse Act 2021 s3 names children who see, hear or experience its effects as victims);
 * food withheld from children as a punishment ("doesn't give us tea if we talk"; neglect and
 * emotional abuse, NSPCC, Neglect: signs and indicators). Harm to others: a group planning to
 * "get" a named person over a grievance ("me and my friends are going to get that girl… she's
 * done"; threats with planning and accomplices, Meloy JR, et al. Behav Sci Law
 * 2012;30(3):256–79). Self-harm: a band tied round a finger or limb so tight that it changes
 * colour, wanted or done (injury by constriction is self-harm by any method, NICE NG225, 2022).
 */
export const EXPLICIT_FLOOR_10_RULES: readonly RiskRule[] = [
  // "mum's boyfriend has got my little brother by the arm and he's screaming. i'm 11."
  {
    id: 'abuse.household-held-now',
    category: 'abuse',
    level: 'imminent',
    // The household member is the subject and a brother or parent the one held.
    subjectMayBeTarget: true,
    pattern: new RegExp(
      `\\b${HOUSEHOLD}(?:'s got| has got| has| got|'s| is holding|'s holding| is dragging|'s dragging| is pinning|'s pinning)(?: hold of)? ${HELD} (?:by the (?:arm|arms|hair|wrist|wrists|ear|collar|neck|throat)|(?:up )?against (?:the |a )?(?:wall|door|fridge|counter|wardrobe|floor))\\b${ORDINARY_HOLD}${DISTRESS_NEAR}`,
      'u',
    ),
  },
  // "my foster dad makes us stand in the corner for hours and doesnt give us tea if we talk"
  {
    id: 'abuse.food-withheld-punishment',
    category: 'abuse',
    level: 'high',
    pattern: new RegExp(
      `\\b${HOUSEHOLD}(?: [^.!?\\n]{0,80}? and)? (?:won'?t|doesn'?t|doesnt|does not|don'?t|dont|refuses to|stopped|stops|never) giv(?:e|es|ing) (?:me|us|my (?:little )?(?:brother|sister|brothers|sisters)) (?:any )?(?:food|tea|dinner|supper|breakfast|lunch|meals?|anything to eat)\\b(?=[^.!?\\n]{0,40}\\b(?:if (?:we|i) (?:talk|speak|cry|answer|move|ask|complain|make)|when (?:we|i) (?:talk|speak|cry|answer|ask|complain)|until (?:we|i) (?:apologi[sz]e|say sorry|behave)|as (?:a )?punishment|for (?:talking|crying|answering back|being (?:bad|naughty|rude)))\\b)`,
      'u',
    ),
  },
  // "me and my friends are going to get that girl who spread stuff about me. shes done"
  {
    id: 'harm_to_others.group-going-to-get',
    category: 'harm_to_others',
    level: 'high',
    // "that girl" is the target, not the speaker.
    subjectMayBeTarget: true,
    pattern: new RegExp(
      `\\b(?:me and (?:my |the )?(?:friends|mates|boys|girls|lads|cousins|brothers|crew|gang)|(?:my|the) (?:friends|mates|boys|girls|lads|cousins|crew|gang) and (?:me|i)|we)(?:'re| are| r)? (?:going to|gonna|gunna|about to) (?:get|jump|batter|do in|sort out|deal with|go after|get hold of) (?:(?:that|this|the) (?:girl|boy|lad|kid|guy|man|woman|snitch|grass|bitch|prick|new girl|new kid)|them|him|her)\\b(?! (?:a|an|some|the|her|him|to|into|onto|on|in|back|home|something|flowers|tickets|drinks|food|coffee|lunch|dinner|presents?|gifts?|cards?|from|at|up|off|round|over)\\b)(?=[^\\n]{0,120}\\b(?:spread|spreading|grass(?:ed|ing)?|snitch(?:ed|ing)?|disrespect(?:ed|ing)?|for (?:saying|what (?:s?he|they) (?:said|did)|talking|chatting)|(?:s?he'?s|shes|hes|they'?re) (?:done|finished|dead)(?=\\s*(?:[.!]|$))|won'?t know what hit|teach (?:her|him|them) a lesson|pay for)\\b)`,
      'u',
    ),
  },
  // "I want to tie a hair band around my finger so tight it goes purple."
  {
    id: 'self_harm.constriction',
    category: 'self_harm',
    level: 'moderate',
    pattern: new RegExp(
      `\\b(?:tie|tied|tying|wrap|wrapped|wrapping|put|putting|pull|pulled|pulling) (?:a |the |my |an )?(?:hair ?band|hair tie|bobble|elastic(?: band)?|rubber band|band|string|cord|shoelace|cable tie|zip tie) (?:really |so |as )?(?:tight(?:ly)? )?(?:a?round|on) my (?:finger|fingers|thumb|wrist|wrists|arm|arms|leg|legs|thigh|thighs|ankle|toe)\\b[^.!?\\n]{0,40}?\\b(?:so tight|as tight|really tight|till|until|so that) (?:that )?(?:it|they|my [a-z]+) (?:goes|go|went|turns?|turned|goes? all) (?:purple|blue|white|numb|black|cold|dead)\\b(?![^.!?\\n]{0,60}\\b(?:bleeding|first aid|tourniquet|wart|skin tag|blood test|nurse|by accident|accidentally|thought it was|as a joke|ring)\\b)`,
      'u',
    ),
  },
];
