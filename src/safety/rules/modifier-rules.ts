import type { RiskRule } from './risk-rule.ts';

/**
 * What raises a finding: a method or access to means, a time, a plan, and preparatory acts.
 * A method or a plan alone raises suicidal or self-harm thoughts to high; a time with intent, or
 * a preparatory act, makes them imminent. The rule's category is a placeholder: the detector
 * assigns each modifier to the finding it qualifies.
 * @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): plan, means, timeframe, preparatory behaviour.
 * @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS: method, intent, plan; preparatory acts).
 */
export const MEANS_RULE: RiskRule = {
  id: 'modifier.means',
  category: 'suicide',
  level: 'high',
  pattern:
    /\b(?:pills?|tablets?|overdose|od|paracetamol|tylenol|acetaminophen|meds|medication|prescription|insulin|rope|noose|belt|cord|ligature|gun|pistol|rifle|shotgun|firearm|knife|knives|blade|razor|bridge|roof|ledge|balcony|cliff|train|tracks|railway|car exhaust|carbon monoxide|charcoal|bleach|poison|antifreeze|helium|motorway|traffic|river|drown|hang|jump)\b/u,
};

export const TIMEFRAME_RULE: RiskRule = {
  id: 'modifier.timeframe',
  category: 'suicide',
  level: 'imminent',
  pattern:
    /\b(?:tonight|today|right now|now(?= *(?:[.!?,]|$))|this (?:evening|morning|afternoon|weekend|week)|tomorrow|in (?:an? |a few |\d+ |two |three )?(?:minutes?|hours?|mins?)|when (?:everyone|they|my (?:wife|husband|parents|family|partner)) (?:is|are|'s|'re) (?:asleep|gone|out|at work)|after (?:everyone|they)(?:'s| has| have)? (?:gone|left)|before (?:morning|the morning|they get back|anyone wakes)|on (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|my birthday)|by (?:friday|the weekend|tomorrow|tonight|morning)|soon|very soon|any (?:minute|moment) now)\b/u,
};

/** Plans specific enough to be a finding on their own ("looking up how many pills it takes"). */
export const STRONG_PLAN_RULE: RiskRule = {
  id: 'suicide.plan',
  category: 'suicide',
  level: 'high',
  pattern:
    /\b(?:how many (?:pills|tablets|paracetamol|sleeping pills) (?:it takes|would (?:it take|kill|do it)|to (?:die|kill|end|overdose|od))|(?:looking up|googl(?:e|ed|ing)|research(?:ed|ing)|searching|search(?:ed)? for|reading about) (?:ways|methods|the best way|the easiest way|painless ways|how) to (?:die|kill myself|end (?:it|my life)|overdose|hang)|(?:stockpil|hoard|stash)(?:ed|ing) (?:up )?(?:my |the )?(?:pills|tablets|meds|medication)|(?:sav|collect)(?:ed|ing) (?:up )?(?:my )?(?:pills|tablets|meds) (?:for|so|until|to)|tested (?:the|a) (?:rope|knot|noose)|tied a noose|(?:which|what) bridge (?:is|would)|how (?:high|tall) (?:a|the) (?:bridge|building|fall) (?:has to|needs to|would)|painless (?:way|ways|method) to die)\b/u,
};

/** Plans that raise a finding but are too ordinary alone ("I have a plan" for the weekend). */
export const PLAN_RULE: RiskRule = {
  id: 'modifier.plan',
  category: 'suicide',
  level: 'high',
  pattern:
    /\b(?:i (?:have|'ve got|ve got|got|made) a plan|i(?:'ve| have)? (?:planned|worked out|figured out|decided) (?:how|when|where|it all)|i know (?:how|exactly how|when|where) i(?:'d| would| will|'ll)|picked (?:a|the) (?:date|day|place|spot|time|bridge|method)|(?:been )?(?:looking up|googl(?:e|ed|ing)|research(?:ed|ing)|searching) (?:how|ways|methods|the best way|how many)|how many (?:pills|tablets) (?:it takes|would|to)|(?:stockpil|hoard|sav|collect|stash)(?:ed|ing) (?:up )?(?:my |the )?(?:pills|tablets|meds|medication)|have (?:the|my) (?:pills|rope|gun|knife|tablets|meds) (?:ready|here|with me|saved|in my)|(?:bought|got|ordered) (?:a |the |some )?(?:rope|gun|pills|tablets|charcoal|helium|razor blades))\b/u,
};

export const PREPARATION_RULE: RiskRule = {
  id: 'modifier.preparation',
  category: 'suicide',
  level: 'imminent',
  pattern:
    /\b(?:(?:wrote|written|writing|left|leave|finished|drafted) (?:a |my |the |some )?(?:goodbye|suicide|farewell|last) (?:letters?|notes?|messages?|texts?|emails?)|(?:goodbye|suicide|farewell) (?:letters?|notes?) (?:for|to)|wrote (?:letters|notes) to (?:my|everyone|each)|giv(?:e|ing|en) (?:away )?(?:all )?my (?:stuff|things|belongings|possessions|games|clothes|books|cat|dog|pets?|savings|money|guitar|console)(?: away)?|gave (?:away )?(?:all )?my (?:stuff|things|belongings|possessions|games|clothes|books|cat|dog|pets?|guitar|console)(?: away)?|(?:made|wrote|updated|sorted|finished) (?:out )?my will|put(?:ting)? my (?:affairs|things|life) in order|sort(?:ed|ing) out my affairs|said (?:my )?goodbyes?|saying goodbye to (?:everyone|my|people)|this is (?:my )?goodbye|this is my last (?:message|post|night|day|text)|(?:deleted|deleting|wiped|wiping) (?:all )?my (?:accounts|photos|social media|profiles)|who(?:'ll| will) (?:look after|take care of|feed) my (?:cat|dog|kids|pets?) (?:when|after) i(?:'m| am)? (?:gone|dead)|won'?t be here (?:tomorrow|next week|by (?:morning|monday)))\b/u,
};
