import type { RiskRule } from './risk-rule.ts';

const DRUGS =
  '(?:pills|tablets|meds|medication|medicine|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|sleeping pills|antidepressants|sertraline|citalopram|fluoxetine|amitriptyline|codeine|tramadol|oxy(?:codone|contin)?|xanax|valium|diazepam|lithium|insulin|heroin|fentanyl|opioids|painkillers|co-codamol)';

/**
 * Medical emergencies: an overdose or poison already taken, bleeding that will not stop, and
 * other signs that need emergency services now. Always imminent: no conversation should come
 * before calling for help.
 * @see NHS, When to call 999 (breathing difficulty, chest pain, heavy bleeding, overdose).
 * @see NICE guideline NG225 (2022): an overdose is a medical emergency whatever the intent.
 */
export const MEDICAL_EMERGENCY_RULES: readonly RiskRule[] = [
  {
    id: 'medical_emergency.overdose-taken',
    category: 'medical_emergency',
    level: 'imminent',
    pattern: new RegExp(
      `\\b(?:i )?(?:just |already |have |'ve |ve )?(?:took|taken|swallowed|downed|necked|had|ate|injected|mixed) (?:like |about |around |over |maybe )?(?:all (?:of )?(?:my|the)|a (?:whole )?(?:bottle|packet|box|pack|handful|load|bunch|lot) of|a lot of|loads of|lots of|too many|way too many|the whole (?:bottle|packet|box)|the rest of (?:my|the)|\\d{2,}|twenty|thirty|forty|fifty|double|triple)(?: of)? (?:my |the |his |her )?${DRUGS}\\b|\\b(?:i )?(?:have |'ve |ve |just |think i )?(?:overdosed|od'?d|od ed|took an overdose|taken an overdose)\\b|\\b(?:drank|drunk|swallowed) (?:some |a bottle of |the )?(?:bleach|antifreeze|weed ?killer|poison|cleaning (?:stuff|fluid)|drain cleaner)\\b`,
      'u',
    ),
  },
  {
    id: 'medical_emergency.bleeding',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\b(?:bleeding (?:a lot|heavily|badly|everywhere|so much|won'?t stop|will not stop|too much)|(?:the )?(?:bleeding|blood) (?:won'?t|will not|doesn'?t|isn'?t) stop(?:ping)?|can'?t stop the bleeding|cut (?:too )?deep(?:er)? than|lost a lot of blood|(?:need|needs) stitches)\b/u,
  },
  {
    id: 'medical_emergency.body',
    category: 'medical_emergency',
    level: 'imminent',
    pattern:
      /\b(?:(?:i )?can'?t breathe|struggling to breathe|chest (?:pain|is (?:tight|crushing))|crushing (?:pain|feeling) in my chest|(?:i'?m |i am )?having (?:a )?(?:heart attack|seizure|stroke|fit)|my (?:face|arm) (?:is|has gone) (?:numb|drooping)|throwing up blood|vomiting blood|(?:i )?(?:keep|kept|am) passing out|losing consciousness|(?:lips|fingers) (?:are|going|turning) blue)\b/u,
  },
];
