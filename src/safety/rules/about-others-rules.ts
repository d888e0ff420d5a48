import { F, type RiskRule } from './risk-rule.ts';

const { person } = F;
const OTHER = `(?:he|she|they|my ${person}|his ${person}|her ${person}|my (?:friend|mate|bestie|best friend|classmate|student|client|patient)|a (?:friend|classmate|student|colleague))`;

/**
 * Risk the person describes in someone else. It calls for guidance on supporting that person and
 * crisis lines they can pass on, not a crisis protocol for the speaker.
 * @see 988 Suicide & Crisis Lifeline: people may call on behalf of someone they are worried about.
 */
export const ABOUT_OTHERS_RULES: readonly RiskRule[] = [
  {
    id: 'suicide.other-person',
    category: 'suicide',
    level: 'high',
    aboutOthers: true,
    pattern:
      /\b(?:(?:kill|end|unalive|off|hang|shoot)(?:ing|s|ed)? (?:him|her|them)sel(?:f|ves)|(?:end|take|taking|ending|took|ended) (?:his|her|their) (?:own )?life|(?:he|she|they)(?:'s| is| are|'re| was| were| feels?| seems?| said (?:he|she|they) (?:was|were|is|are|felt|feels?))(?: \w+)? suicidal|suicidal (?:friend|mate|partner|son|daughter|brother|sister|mum|mom|dad|child|kid|student|client|patient)|(?:he|she|they) (?:wants?|wanted|wanna) to die|(?:he|she|they) (?:tried|attempted) (?:to (?:kill|end)|suicide))\b/u,
  },
  {
    id: 'self_harm.other-person',
    category: 'self_harm',
    level: 'high',
    aboutOthers: true,
    pattern:
      /\b(?:cut|cuts|cutting|burn|burns|burning|hurt|hurts|hurting|harm|harms|harming)(?:s)? (?:him|her|them)sel(?:f|ves)\b|\b(?:he|she|they)(?:'s| is| are|'re| has been| have been) self[- ]?harming\b/u,
  },
  {
    id: 'abuse.other-person',
    category: 'abuse',
    level: 'high',
    aboutOthers: true,
    pattern: new RegExp(
      `\\b${OTHER}(?:'s ${person})? (?:hits|hit|beats|beat|abuses|abused|hurts|rapes|raped|chokes|choked|threatens|threatened|touches|touched) (?:her|him|them|my (?:friend|sister|brother|mum|mom))\\b`,
      'u',
    ),
  },
];
