import type { Exercise } from '../exercise.ts';
import { DZURILLA_GOLDFRIED_1971, NEZU_2013 } from '../sources.ts';

/**
 * Structured problem solving: define the problem, set a realistic goal, generate options without
 * judging, weigh them, choose, plan concrete steps, and plan a review.
 * @see D’Zurilla & Goldfried 1971; Nezu, Nezu & D’Zurilla 2013.
 */
export const PROBLEM_SOLVING: Exercise = {
  id: 'problem-solving',
  title: 'Step-by-step problem solving',
  rationale:
    'Breaking a problem into steps, from naming it to trying one option, can make it feel smaller and more workable.',
  minutes: 20,
  suits: ['problem', 'overwhelm', 'stress', 'worry'],
  avoidWhen: ['safety_mode', 'panic_now', 'very_low_energy', 'substance_use_now'],
  contraindications: [
    'For things that cannot be changed, such as a loss, acceptance and support fit better than solving.',
    'Legal, money, health or housing problems may need expert help. Seeking that help can be one of the options, but the agent does not give that advice itself.',
    'Problems involving danger (abuse, threats) go to the safety protocol first.',
    'Takes concentration: not during acute distress, intoxication or very low energy.',
  ],
  steps: [
    {
      id: 'define',
      prompt:
        'Describe the problem in a sentence or two, as specifically as you can: what is happening, and when?',
      records: 'problem',
    },
    {
      id: 'goal',
      prompt: 'What would a realistic, good-enough outcome look like?',
      records: 'goal',
    },
    {
      id: 'options',
      prompt:
        'List as many possible options as you can, without judging them yet. Unlikely ones are welcome too.',
      records: 'options',
    },
    {
      id: 'weigh',
      prompt: 'For the two or three most promising options, what are the main pros and cons?',
      records: 'pros_cons',
    },
    {
      id: 'choose',
      prompt: 'Which option, or mix of options, seems best to try first?',
      records: 'choice',
    },
    {
      id: 'plan',
      prompt: 'What are the first concrete steps, and when will you take them?',
      records: 'action_plan',
    },
    {
      id: 'review',
      prompt: 'How will you know whether it has worked, and when will you look back at it?',
      records: 'review',
    },
  ],
  closing:
    'You went from a tangle to a plan. If the first option does not work out, the others are still on your list.',
  nextStep: 'take the first step of your plan {when} and notice what happens',
  sources: [DZURILLA_GOLDFRIED_1971, NEZU_2013],
};
