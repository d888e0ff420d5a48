import type { Exercise } from '../exercise.ts';
import { EPLEY_SCHROEDER_2014, MARTELL_2010, MASI_2011 } from '../sources.ts';

/**
 * A connection task for loneliness: choose one safe person, a channel, a short message and a time,
 * and plan how to read a slow reply.
 * @see Masi et al. 2011 (interventions that address how people read social situations reduce
 * loneliness most); Epley & Schroeder 2014 (people underestimate how pleasant connecting will be);
 * Martell et al. 2010 (social activity as a planned, graded step).
 */
export const REACH_OUT_TO_ONE_PERSON: Exercise = {
  id: 'reach-out-to-one-person',
  title: 'Reach out to one person',
  rationale:
    'A small, planned contact with someone often goes better than we expect, and it can ease loneliness a little at a time.',
  minutes: 10,
  suits: ['loneliness', 'low_mood', 'grief'],
  avoidWhen: ['safety_mode', 'panic_now', 'substance_use_now'],
  contraindications: [
    'The person chosen must be safe: the exercise never encourages contact with someone who has been abusive or controlling.',
    'Messages sent while intoxicated or very upset may be regretted: plan now, send later.',
    'Someone with nobody to contact can choose a community group, peer support or a support line instead.',
    'Replies can be slow; planning for that keeps silence from being read as rejection.',
  ],
  steps: [
    {
      id: 'who',
      prompt:
        'Who is someone you would feel all right getting in touch with, even a little? A friend, relative, neighbour or someone from a group all count.',
      records: 'person',
    },
    {
      id: 'how',
      prompt: 'What would be the easiest way: a message, a call, or saying hello in person?',
      records: 'channel',
    },
    {
      id: 'what',
      prompt:
        'What could you say? Short and simple is plenty, like asking how they are or mentioning something that made you think of them.',
      records: 'message',
    },
    {
      id: 'when',
      prompt: 'When would be a good moment to do it?',
      records: 'when',
    },
    {
      id: 'if-no-reply',
      prompt:
        'People sometimes take a while to answer. If there is no reply for a day or two, what could you tell yourself?',
      records: 'if_no_reply',
    },
  ],
  closing:
    'Reaching out takes courage, especially when you are feeling low. Whatever the reply, you have taken a step toward connection.',
  nextStep: 'send your short message to the person you chose {when}',
  sources: [MASI_2011, EPLEY_SCHROEDER_2014, MARTELL_2010],
};
