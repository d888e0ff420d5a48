/** Families of feeling words the agent can name back to a person. */
export type FeelingFamily =
  | 'anxiety'
  | 'sadness'
  | 'anger'
  | 'loneliness'
  | 'exhaustion'
  | 'overwhelm'
  | 'shame'
  | 'hurt'
  | 'confusion'
  | 'hope'
  | 'calm'
  | 'joy';

// The project's own short list of everyday English feeling words (lemmas), grouped by family.
// Deliberately small and readable; a trained emotion model replaces it in the nlu issue.
const FAMILIES: Record<FeelingFamily, readonly string[]> = {
  anxiety: [
    'anxious',
    'anxiety',
    'worried',
    'worry',
    'nervous',
    'stressed',
    'stress',
    'scared',
    'afraid',
    'fear',
    'panic',
    'panicky',
    'tense',
    'uneasy',
    'on edge',
    'dread',
    'frightened',
    'terrified',
  ],
  sadness: [
    'sad',
    'down',
    'depressed',
    'low',
    'hopeless',
    'empty',
    'miserable',
    'unhappy',
    'gloomy',
    'heartbroken',
    'grief',
    'grieving',
    'numb',
    'blue',
    'despair',
  ],
  anger: [
    'angry',
    'anger',
    'furious',
    'annoyed',
    'frustrated',
    'frustration',
    'irritated',
    'mad',
    'resentful',
    'fed up',
  ],
  loneliness: ['lonely', 'alone', 'isolated', 'left out', 'disconnected'],
  exhaustion: [
    'tired',
    'exhausted',
    'drained',
    'burnt out',
    'burned out',
    'worn out',
    'fatigued',
    'sleepless',
  ],
  overwhelm: ['overwhelmed', 'swamped', 'overloaded', 'too much', 'stretched'],
  shame: [
    'ashamed',
    'guilty',
    'guilt',
    'embarrassed',
    'shame',
    'worthless',
    'useless',
    'stupid',
    'failure',
  ],
  hurt: ['hurt', 'rejected', 'betrayed', 'let down', 'ignored', 'unappreciated'],
  confusion: ['confused', 'lost', 'stuck', 'unsure', 'torn', 'uncertain'],
  hope: ['hopeful', 'optimistic', 'motivated', 'determined'],
  calm: [
    'calm',
    'relaxed',
    'relieved',
    'peaceful',
    'settled',
    'okay',
    'fine',
    'better',
    'easier',
    'lighter',
  ],
  joy: ['happy', 'glad', 'excited', 'proud', 'grateful', 'thankful', 'good', 'great'],
};

const LOOKUP = new Map<string, FeelingFamily>();
for (const [family, words] of Object.entries(FAMILIES) as [FeelingFamily, readonly string[]][]) {
  for (const word of words) LOOKUP.set(word, family);
}

/** The family of a feeling word or two-word phrase (lowercase lemma), if it is one. @example feelingFamily('anxious') // 'anxiety' */
export function feelingFamily(word: string): FeelingFamily | undefined {
  return LOOKUP.get(word.toLowerCase());
}

/** Families that are painful, as opposed to hope, calm and joy. */
export const DIFFICULT_FAMILIES: ReadonlySet<FeelingFamily> = new Set([
  'anxiety',
  'sadness',
  'anger',
  'loneliness',
  'exhaustion',
  'overwhelm',
  'shame',
  'hurt',
  'confusion',
]);
