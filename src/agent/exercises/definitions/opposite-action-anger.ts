import type { Exercise } from '../exercise.ts';
import { LINEHAN_1993, LINEHAN_2015 } from '../sources.ts';

/**
 * Opposite action for anger: name the emotion and its action urge, check whether acting on it
 * fits the facts and is effective, and if not, act opposite to it, fully (body included).
 * @see Linehan 2015 (emotion regulation: checking the facts, opposite action); Linehan 1993.
 */
export const OPPOSITE_ACTION_ANGER: Exercise = {
  id: 'opposite-action-anger',
  title: 'Opposite action for anger',
  rationale:
    'When anger pushes you to attack and that will not help, gently doing the opposite can bring the anger down.',
  minutes: 10,
  suits: ['anger'],
  avoidWhen: ['safety_mode', 'panic_now', 'substance_use_now'],
  contraindications: [
    'For anger that does not fit the facts or where acting on it would make things worse. When anger fits (someone is being mistreated), assertive action or problem solving fits better.',
    'Any risk of harming someone goes to the safety protocol, not to this exercise.',
    'Never a way of putting up with abuse: stepping away is always an option.',
    'Anger while intoxicated carries more risk; the priority then is space and safety, not a skill.',
  ],
  steps: [
    {
      id: 'trigger',
      prompt: 'What happened, and how strong is the anger right now, from 0 to 10?',
      records: 'trigger',
    },
    {
      id: 'urge',
      prompt: 'What does the anger make you want to do or say?',
      records: 'urge',
    },
    {
      id: 'check',
      prompt:
        'Would acting on that urge fit the facts and help you in the long run, or is it likely to make things worse?',
      records: 'fit_check',
    },
    {
      id: 'opposite',
      prompt:
        'The opposite of attacking might be stepping away for a while, unclenching your hands and softening your face, or finding a bit of understanding for the other person. Which could you try?',
      records: 'opposite_action',
    },
    {
      id: 'all-the-way',
      prompt:
        'It helps to do it fully, with your body and tone of voice too, not through gritted teeth. When could you do it?',
      records: 'when',
    },
    {
      id: 'rate-after',
      prompt: 'Thinking about it now, how strong is the anger, from 0 to 10?',
      records: 'anger_after',
    },
  ],
  closing:
    'Choosing a different move while angry is hard, and you have done the thinking for it. How the anger changes afterwards is worth noticing.',
  nextStep: 'pause when anger flares {when}, notice the urge, and try your opposite action',
  sources: [LINEHAN_2015, LINEHAN_1993],
};
