import { F, type RiskRule } from './risk-rule.ts';

const { self } = F;
const BODY = '(?:arms?|wrists?|legs?|thighs?|skin|stomach|tummy|hips?|hands?|face|chest|body|head)';
const ACT =
  '(?:cut(?:ting|s)?|slic(?:e|ing)|carv(?:e|ing|ed)|burn(?:ing|t|ed|s)?|scratch(?:ing|ed|es)?|scrap(?:e|ing|ed)|hit(?:ting|s)?|punch(?:ing|ed|es)?|bang(?:ing|ed)?|bit(?:e|ing)|bruis(?:e|ing|ed)|pick(?:ing|ed)? at|pull(?:ing|ed)? out|stab(?:bing|bed)?|starv(?:e|ing|ed)|purg(?:e|ing|ed)|hurt(?:ing|s)?|harm(?:ing|ed|s)?|injur(?:e|ing|ed)|punish(?:ing|ed)?)';

/**
 * Self-harm without suicidal intent: current acts and urges are high and moderate, acts that
 * need medical care now are imminent. Past and resolved self-harm is low (handled by the
 * detector's past-and-resolved frame).
 * @see NICE guideline NG225, Self-harm: assessment, management and preventing recurrence (2022).
 * @see Nock MK. Self-injury. Annu Rev Clin Psychol 2010;6:339–63.
 */
export const SELF_HARM_RULES: readonly RiskRule[] = [
  {
    id: 'self_harm.act',
    category: 'self_harm',
    level: 'high',
    pattern: new RegExp(
      `\\b${ACT} (?:${self}|my (?:own )?${BODY}|into my ${BODY})\\b(?! (?:laughing|up about it|over (?:it|this|that|nothing)))|\\b(?:${ACT}) (?:again|every (?:day|night))\\b(?=.{0,30}\\b(?:myself|my arms?|my legs?|razor|blade)\\b)`,
      'u',
    ),
  },
  {
    id: 'self_harm.named',
    category: 'self_harm',
    level: 'high',
    pattern:
      /\b(?:self[- ]?harm(?:ing|ed|s)?|self[- ]?injur(?:y|ing|ed)|sh (?:again|relapse)|relapsed? (?:on|into|with) (?:self[- ]?harm|sh|cutting)|cutting again|started cutting|(?:cut|cutting|harm(?:ed|ing)?) (?:again|myself again)|fresh (?:cuts|scars|wounds|burns)|new (?:cuts|scars|wounds|burns) on)\b/u,
  },
  {
    id: 'self_harm.urge',
    category: 'self_harm',
    level: 'moderate',
    pattern: new RegExp(
      `\\b(?:urges?|want(?:ing)?|wanna|tempt(?:ed|ation)|itch(?:ing)?|crav(?:e|ing)|need(?:ing)?|close) (?:to |for )?(?:cut|self[- ]?harm|sh|hurt ${self}|burn ${self}|harm ${self}|punish ${self}|hit ${self}|feel the (?:blade|pain))\\b|\\b(?:deserve|deserves) (?:to (?:be hurt|feel pain|suffer|bleed))\\b|\\bstar(?:ing|ed) at the (?:razor|blade|knife)\\b`,
      'u',
    ),
  },
  {
    id: 'self_harm.tools',
    category: 'self_harm',
    level: 'high',
    pattern:
      /\b(?:hid(?:e|ing|den)?|keep|kept|got|bought|have|holding|found) (?:a |my |the |some )?(?:razors?|blades?|sharpener blades?|box cutter)\b(?=.{0,60}\b(?:myself|arms?|legs?|wrists?|cut|again|tonight)\b)|\bsharpener blades?\b/u,
  },
];
