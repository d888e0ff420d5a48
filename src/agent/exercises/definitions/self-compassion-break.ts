import type { Exercise } from '../exercise.ts';
import { GERMER_NEFF_2013, NEFF_2003, NEFF_GERMER_2013 } from '../sources.ts';

/**
 * A short self-compassion break built on the three components of self-compassion: mindful
 * awareness of the pain, common humanity, and self-kindness.
 * @see Neff 2003 (the three components); Neff & Germer 2013 (the mindful self-compassion programme).
 * @see Germer & Neff 2013 for "backdraft", the reason for `trauma_memories` in `avoidWhen`.
 */
export const SELF_COMPASSION_BREAK: Exercise = {
  id: 'self-compassion-break',
  title: 'Self-compassion break',
  rationale:
    'Meeting a hard moment with the kindness you would offer a friend can soften harsh self-talk.',
  minutes: 5,
  suits: ['self_criticism', 'stress', 'grief', 'low_mood', 'anxiety'],
  avoidWhen: ['safety_mode', 'panic_now', 'trauma_memories'],
  contraindications: [
    'Kindness toward oneself can at first stir up old pain ("backdraft"), especially after trauma or a harsh upbringing; go gently and stop if distress grows.',
    'It works with a current, moderate difficulty, never with a traumatic memory.',
    'Self-compassion sits alongside taking responsibility; it does not excuse harm to others.',
  ],
  steps: [
    {
      id: 'difficulty',
      prompt:
        'Bring to mind something that is weighing on you today, something moderately hard rather than the hardest thing.',
      records: 'difficulty',
    },
    {
      id: 'name-it',
      prompt:
        'See if you can name what you feel without judging it, for example "this hurts" or "this is stress".',
      records: 'naming',
    },
    {
      id: 'common-humanity',
      prompt:
        'Lots of people feel this way at times; it is part of being human, not a sign that something is wrong with you. How does that sit with you?',
      records: 'common_humanity',
    },
    {
      id: 'kindness',
      prompt:
        'What would you say to a good friend in your place? Try saying something like that to yourself.',
      records: 'kind_words',
    },
    {
      id: 'after',
      prompt: 'How are you feeling after saying that to yourself?',
      records: 'feeling_after',
    },
  ],
  closing:
    'Speaking to yourself the way you would speak to a friend can feel awkward at first. It tends to come more easily with practice.',
  nextStep:
    'take a short self-compassion break {when}, when a harsh thought about yourself shows up',
  sources: [NEFF_2003, NEFF_GERMER_2013, GERMER_NEFF_2013],
};
