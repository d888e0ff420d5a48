import type { Exercise } from '../exercise.ts';
import { EMMONS_MCCULLOUGH_2003, SELIGMAN_2005, SIN_LYUBOMIRSKY_2009 } from '../sources.ts';

/**
 * Three good things: each evening, three things that went well and why.
 * @see Seligman et al. 2005 (tested as a one-week exercise); Emmons & McCullough 2003.
 * @see Sin & Lyubomirsky 2009 for the caution: positive exercises must fit the person.
 */
export const THREE_GOOD_THINGS: Exercise = {
  id: 'three-good-things',
  title: 'Three good things',
  rationale:
    'Noticing what went well, and why, gently trains attention toward the good bits that low mood tends to hide.',
  minutes: 5,
  suits: ['low_mood', 'stress', 'rumination'],
  avoidWhen: ['safety_mode', 'panic_now'],
  contraindications: [
    'Must never feel like being told to look on the bright side: distress is acknowledged first, and small or ordinary things count.',
    'With severe low mood or a recent loss, listing good things can feel hollow or invalidating; offer it lightly and accept a no.',
  ],
  steps: [
    {
      id: 'first',
      prompt: 'Think back over today. What is one thing that went well, however small?',
      records: 'good_thing_1',
    },
    {
      id: 'why',
      prompt: 'Why do you think that went well? Your own part in it counts too.',
      records: 'why_1',
    },
    {
      id: 'second',
      prompt:
        'What is a second good thing? It might be a moment you enjoyed or something someone did.',
      records: 'good_thing_2',
    },
    {
      id: 'third',
      prompt: 'And a third, even something as ordinary as a warm drink or a bit of quiet?',
      records: 'good_thing_3',
    },
    {
      id: 'reflect',
      prompt: 'How does it feel to look back at those three?',
      records: 'reflection',
    },
  ],
  closing:
    'Those moments were part of today too. It was tested as an evening habit over a week, if you would like to keep it going.',
  nextStep: 'write down three good things and why they went well {when}',
  sources: [SELIGMAN_2005, EMMONS_MCCULLOUGH_2003, SIN_LYUBOMIRSKY_2009],
};
