import { KIN } from './explicit-floor-7.ts';
import type { RiskRule } from './risk-rule.ts';

/**
 * Explicit statements found in session 19's third round of four development collections written
 * blind to the rules (the past against the present, harm to others, abuse at home, concern for
 * someone else against the speaker's own risk), each family with look-alikes in
 * `explicit-floor-9.test.ts`. Harm to others: a threat already sent ("watch her back", "eating
 * through a straw"), looking for an excuse to hurt someone, hands round someone's neck, going back
 * to finish what was started, and "I'd have killed him" after a confrontation. Past violence,
 * threats made and access to the person are the core of violence risk assessment (Douglas KS, et
 * al. HCR-20 Version 3, 2013; Meloy JR, et al. Behav Sci Law 2012;30(3):256–79: leakage and
 * fixation). Abuse: blows to the speaker together with a sibling ("beats my brother and me"), a
 * partner now doing what a parent once did, and someone kicking at the door of the room the
 * speaker is locked in (Campbell JC, et al. Am J Public Health 2003;93(7):1089–97). Self-harm:
 * fresh cuts found on the speaker (NICE NG225, 2022). Medical: asthma getting worse with the
 * reliever gone (BTS/SIGN British guideline on the management of asthma, 2019: a reliever that
 * does not help is an emergency), and a hypo with confusion, alone, without glucose (NICE NG17,
 * Type 1 diabetes in adults, 2015: severe hypoglycaemia needs another person's help).
 */
export const EXPLICIT_FLOOR_9_RULES: readonly RiskRule[] = [
  // "Left her a voicemail saying she should watch her back"; "messaged her ex that he'll be eating through a straw".
  {
    id: 'harm_to_others.threat-sent',
    category: 'harm_to_others',
    level: 'high',
    // The speaker sent it: "her" in "left her a voicemail" is the one threatened.
    subjectMayBeTarget: true,
    pattern:
      /(?:^\s*|[.!?]\s*|\bi (?:just |already |then )?)(?:left|sent|messaged|texted|told|warned|dm'?d|rang|emailed|wrote to) (?:him|her|them|(?:his|her|their|my) [a-z]+)(?: a (?:voicemail|message|text|note|dm|letter|email))?(?: (?:saying|that|to say))?\b[^.!?\n]{0,60}?\b(?:(?:should|better|to|needs? to|wants? to) watch (?:his|her|their) back|(?:eating|eat) through a straw|won'?t be walking|(?:is|'s) (?:a )?dead (?:man|woman|meat)|(?:is|'s) getting (?:a visit|what'?s coming)|(?:will|'ll) (?:regret (?:it|this|the day)|pay for (?:it|this|what)))\b/u,
  },
  // "last week something flipped and i'm looking for an excuse to hurt someone".
  {
    id: 'harm_to_others.looking-for-excuse',
    category: 'harm_to_others',
    level: 'high',
    pattern:
      /\b(?:looking for|itching for|just need|waiting for) (?:an excuse|a reason|an opportunity|the chance) to (?:hurt|hit|batter|kill|stab|smash|deck|punch|glass|beat|kick off on|go for) (?:someone|somebody|anyone|anybody|him|her|them|people)\b|\bitching to (?:hurt|hit|batter|stab|deck|punch|glass) (?:someone|somebody|anyone|him|her|them)\b/u,
  },
  // "Today I had my hands round my brother's neck before I knew what I was doing."
  {
    id: 'harm_to_others.hands-on-neck',
    category: 'harm_to_others',
    level: 'high',
    done: true,
    pattern:
      /\b(?:i|i'?ve|i had|i'?d|i put|i got) (?:had |put |got )?my hands? (?:round|around|on) (?:his|her|their|my [a-z]+'s|the [a-z]+'s) (?:neck|throat)\b(?! (?:and|to) (?:kissed|kiss|hugged|hug|cuddled|pulled (?:him|her|them) close)\b)/u,
  },
  // "smashed my neighbour's window … I want to go back and finish it".
  {
    id: 'harm_to_others.finish-it',
    category: 'harm_to_others',
    level: 'high',
    pattern:
      /\b(?:smashed|hit|punched|stabbed|attacked|beat|battered|hurt|broke|glassed|kicked) (?:his|her|their|my [a-z]+'s|him|her|them|the [a-z]+'s|a (?:guy|man|woman|lad|bloke)'s)\b[^\n]{0,160}?\b(?:go|going|get|come) back (?:there |round )?(?:and|to) finish (?:it|him|her|them|the job|what i started)\b/u,
  },
  // "lucky for him he left by the back or id have killed him".
  {
    id: 'harm_to_others.would-have-killed',
    category: 'harm_to_others',
    level: 'high',
    pattern:
      /\b(?:lucky|good thing|just as well|thank god)\b[^.!?\n]{0,60}?\b(?:or|otherwise) (?:i'?d|i would|id|i'?d'?ve|i would'?ve|i wouldve) (?:have |of |'ve )?(?:killed|stabbed|battered|glassed|murdered|strangled|done) (?:him|her|them)(?! (?:lol|haha|😂))\b/u,
  },
  // "my dad beats my brother and me with a cable".
  {
    id: 'abuse.with-sibling',
    category: 'abuse',
    level: 'high',
    subjectMayBeTarget: true,
    pattern: new RegExp(
      `\\b(?:my ${KIN}|he|she|they) (?:beats?|hits?|whips?|belts?|slaps?|kicks?|punch(?:es)?|batters?|hurts?|locks?) (?:my (?:little |big |baby )?(?:brothers?|sisters?|siblings?|mum|mom|mam)|the (?:other )?kids|us) and me\\b(?! (?:at|in) (?:[a-z]+ )?(?:chess|cards|games?|fifa|tennis|pool|darts|football|races?|scrabble|monopoly|quizzes|everything)\\b)`,
      'u',
    ),
  },
  // "The abuse my dad put mum through, my husband's doing to me now."
  {
    id: 'abuse.same-again',
    category: 'abuse',
    level: 'high',
    subjectMayBeTarget: true,
    pattern:
      /\b(?:abuse|beatings?|violence|hitting|what (?:he|she|my dad|my mum|my father|my mother) did)\b[^.!?\n]{0,60}?\bmy (?:husband|partner|boyfriend|wife|girlfriend|fianc[eé]e?)(?:'s| is| has been) (?:now )?(?:doing|done) (?:it |the same )?to me\b/u,
  },
  // "Locked in the bathroom. He's back and he's kicking the door."
  {
    id: 'abuse.door-attacked',
    category: 'abuse',
    level: 'imminent',
    subjectMayBeTarget: true,
    pattern:
      /\b(?:locked (?:myself )?in|hiding in|barricaded (?:myself )?in|i'?m in) (?:the |my |a )?(?:bathroom|bedroom|toilet|room|loo|car|wardrobe|cupboard)\b[^\n]{0,100}?\b(?:he|she|they)(?:'s| is|'re| are) (?:kicking|banging on|hammering on|smashing|punching|trying to (?:break|kick|get through|get in)(?: through)?) (?:the|my) door\b/u,
  },
  // "My partner just found fresh cuts"; "she saw my new burns".
  {
    id: 'self_harm.fresh-found',
    category: 'self_harm',
    level: 'high',
    // Someone else found the speaker's cuts ("I saw fresh marks when she rolled them up" is hers).
    subjectMayBeTarget: true,
    pattern:
      /\b(?<!\b(?:i|i'?ve|i have|i just|i had) )(?:found|saw|seen|noticed|spotted) (?:my )?(?:fresh|new) (?:cuts|burns|scars|marks|wounds)\b(?! on (?!my (?:arms?|legs?|wrists?|thighs?|stomach|skin|body|hips?)\b))/u,
  },
  // "my asthma is so bad and my inhaler ran out".
  {
    id: 'medical_emergency.asthma-no-reliever',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\b(?:asthma|breathing|chest|wheez\w*)(?:'s| is| are)? (?:so |really |very |getting |super )?(?:bad|tight|worse)\b[^.!?\n]{0,60}?\b(?:inhaler|reliever|blue pump|ventolin|salbutamol)(?:'s| has| is)? (?:ran out|run out|empty|not working|isn'?t working|not helping|isn'?t helping|doing nothing|gone)\b|\b(?:inhaler|reliever|blue pump|ventolin|salbutamol)(?:'s| has| is)? (?:ran out|run out|empty|not working|isn'?t working|not helping|doing nothing)\b[^.!?\n]{0,40}?\b(?:can'?t (?:breathe|catch my breath|get air)|(?:asthma|breathing|chest)(?:'s| is)? (?:so |really )?(?:bad|tight|worse))\b/u,
  },
  // "Hypo like the ones before my pump. Shaky, confused, can't find my glucose tabs, on my own."
  {
    id: 'medical_emergency.hypo-alone',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /(?:^\s*|[.!?]\s*|\b(?:i'?m|im|i am|having|going|think i'?m(?: having)?|feel like i'?m(?: having)?) (?:a )?)hypo\b(?![^.!?\n]{0,40}\b(?:last (?:night|week)|yesterday|sorted|fine now|ok now|better now|earlier)\b)[^\n]{0,100}?\b(?:can'?t find (?:my |any )?(?:glucose|dextrose|sugar|sweets|jelly babies|lucozade|juice|tabs|gel)|confused|can'?t think straight|(?:on my own|alone)\b[^\n]{0,30}?(?:shak|confus|sweat))/u,
  },
];
