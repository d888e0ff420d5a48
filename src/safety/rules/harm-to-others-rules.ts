import { F, type RiskRule } from './risk-rule.ts';

const { person } = F;
const VICTIM = `(?:him|her|them|you|someone|somebody|anyone|people|everyone|everybody|the baby|my ${person}|his ${person}|her ${person}|that (?:guy|man|woman|girl|boy|bitch|bastard|prick)|the (?:guy|man|woman|kids|students|class|school|office))`;
const HARM =
  '(?:kill|murder|stab|shoot|strangle|choke|smother|beat|batter|hurt|harm|attack|punch|hit|shake|poison|run over|burn|bash|slash)';

/**
 * Harm to others: intent, urges, or fear of acting on thoughts of hurting someone. Stated intent
 * with a weapon or a time is imminent. Hyperbole about trivial annoyances ("I'll kill him if he
 * eats my chips") is ruled out by the detector's figurative frame.
 * @see Tarasoff v. Regents of the University of California, 17 Cal.3d 425 (1976) (duty to protect).
 * @see 988 Suicide & Crisis Lifeline, Imminent Risk Policy (2022): risk to others is imminent risk.
 */
export const HARM_TO_OTHERS_RULES: readonly RiskRule[] = [
  {
    id: 'harm_to_others.intent',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:i (?:really |actually |seriously |honestly |just )?(?:want|wanna|need|am going|'m going|m going|am gonna|'m gonna|m gonna|will|'ll|ll|plan|intend|swear i'?ll|could(?! care)|might|feel like i (?:could|might|will))|i'?m (?:going|gonna|about) to|going to|gonna|urges? to|thoughts? (?:of|about)|thinking (?:of|about)|fantasi[sz](?:e|ing) about|scared i(?:'ll| will| might)|afraid i(?:'ll| will| might)|worried i(?:'ll| will| might)|terrified i(?:'ll| will| might)|can'?t stop (?:thinking about|imagining))(?: to)? (?:[a-z']+ ){0,2}?${HARM}(?:ing)? ${VICTIM}\\b`,
      'u',
    ),
  },
  {
    id: 'harm_to_others.mass-violence',
    category: 'harm_to_others',
    level: 'imminent',
    pattern:
      /\b(?:shoot up|bomb|blow up|bring a (?:gun|knife|weapon) (?:to|into)|take (?:a gun|my dad'?s gun|a knife) (?:to|into)) (?:the |my )?(?:school|class|college|office|work|church|mosque|synagogue|mall|party|place)\b|\bmake (?:them|everyone|all of them) pay\b(?=.{0,60}\b(?:gun|knife|blood|kill|weapon)\b)/u,
  },
  {
    id: 'harm_to_others.lost-control',
    category: 'harm_to_others',
    level: 'high',
    pattern: new RegExp(
      `\\b(?:almost|nearly|came close to|about to|could have|could've) (?:${HARM}(?:ed|ing)?|hit|hurt|shook|shaken) (?:${VICTIM})\\b|\\b(?:i )?(?:hit|hurt|shook|choked|pushed|slapped|kicked|punched) (?:my (?:baby|kids?|child|son|daughter|dog|cat)|the baby)\\b`,
      'u',
    ),
  },
];
