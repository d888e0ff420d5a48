import type { RiskCategory, RiskLevel } from '../../core/index.ts';

/** One way of stating risk, matched on normalized text (lowercase, straight apostrophes). */
export interface RiskRule {
  /** `category.name`, shown to clinicians as the reason for a finding. */
  id: string;
  category: RiskCategory;
  /** The level the statement indicates on its own. */
  level: RiskLevel;
  pattern: RegExp;
  /** Describes someone else's risk ("she wants to kill herself"): reported in `aboutOthers`. */
  aboutOthers?: boolean;
  /** Someone else as subject is the target, not the speaker ("he'll get what's coming"). */
  subjectMayBeTarget?: boolean;
  /**
   * An act already done to the speaker ("slapped by my stepdad for being late", a blow to the
   * head): the figurative frame, made for threats said in anger ("I'll kill him for being late"),
   * does not apply, nor does a "lol" beside it lower it.
   */
  done?: boolean;
}

/** Regular-expression pieces shared by the rule sets. */
export const F = {
  /** Optional apostrophe (people drop them: "im", "dont"). */
  a: "'?",
  /** "myself" and its usual misspellings. */
  self: '(?:my ?self|meself|myslef|mysefl|mysef|myselfe?|my ?selff)',
  /** The speaker as subject. */
  i: "(?:i|i'm|im|i've|ive|i'd|id|i'll|ill|i am|i have|i will|i would)",
  /** Up to four words of filler between a subject and its verb ("I really just want to"). */
  gap: "(?:[a-z']+ ){0,4}?",
  /** Adverbs people put before a feeling or act. */
  adverb:
    '(?:really |just |so |actually |honestly |seriously |literally |genuinely |kind of |kinda |sort of |pretty |very |fully |totally |gonna |going to |about to ){0,4}',
  /** Intensity/time words after "want". */
  desire:
    "(?:want(?:ed|s)? to|wanna|wish(?:ed)? (?:i could|to)|need(?:ed)? to|going to|gonna|gunna|will|'ll|plan(?:ning)? (?:to|on)|intend(?:ing)? to|ready to|about to|decided to|tried to|try(?:ing)? to|think(?:ing)? (?:about|of)|thought (?:about|of)|considering|contemplating|can't stop thinking about|keep thinking about)",
  /** People the speaker may be in danger from, or may harm. */
  person:
    "(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|ex|dad|father|mum|mom|mother|step ?dad|step ?father|step ?mum|step ?mom|step ?mother|(?:mum|mom|dad)'s (?:boyfriend|girlfriend|friend|partner)|brother|sister|uncle|aunt|grandad|grandpa|grandfather|cousin|carer|caregiver|foster (?:dad|mum|mom|parent)|parents?|son|daughter|baby|kids?|children|child|flatmate|roommate|housemate|boss|manager|line manager|supervisor|foreman|employer|coworker|colleague|teacher|coach|neighbou?r|landlord)",
  /** Medicines and drugs people overdose on, by name, class or slang ("my mum's heart tablets"). */
  drug: '(?:pil+[sz]|blood thinners?|warfarin|apixaban|rivaroxaban|xans?|xanny bars|bars|benzos?|lean|pills|tablets|capsules|meds|medication|medicine|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|sleeping (?:pills|tablets)|antidepressants|antihistamines|antipsychotics|sertraline|citalopram|fluoxetine|amitriptyline|mirtazapine|quetiapine|codeine|tramadol|morphine|oxy(?:codone|contin)?|xanax|valium|diazepam|lorazepam|zopiclone|lithium|insulin|heroin|fentanyl|opioids|painkillers|co-codamol|methadone|pregabalin|gabapentin|adderall|ritalin|(?:adhd|blood pressure|heart|pain|anxiety|diabetes) (?:meds|medication|pills|tablets)|oxycodone|hydrocodone|codeine|dihydrocodeine|co-codamol|naproxen|diclofenac|propranolol|amlodipine|metformin|venlafaxine|duloxetine|escitalopram|paroxetine|trazodone|olanzapine|risperidone|clonazepam|alprazolam|temazepam|zolpidem|nytol|benadryl|diphenhydramine|promethazine|phenergan|sleeping tablets|sleepers|prescription|prescriptions|tabs|pain ?killers|downers|ket|ketamine|mdma|pills? (?:from|in) the (?:cabinet|drawer|cupboard))',
  /** Whose and which before a drug: "my mum's", "the rest of the", "dad's old". */
  owner: "(?:(?:my|the|his|her|their|[a-z]+'?s) ){0,2}(?:[a-z-]+ ){0,2}?",
} as const;
