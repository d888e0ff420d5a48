import type { Exercise } from '../exercise.ts';
import { JACOBSON_1996, LEJUEZ_2001, MARTELL_2010 } from '../sources.ts';

/**
 * Behavioural activation, sized down to one small step: find what has been avoided, pick what
 * matters, shrink it until it is doable, plan when and where, plan around obstacles, predict
 * then compare. Acting "from the outside in", not waiting to feel like it.
 * @see Martell, Dimidjian & Herman-Dunn 2010 (avoidance, graded tasks, troubleshooting).
 */
export const BEHAVIOURAL_ACTIVATION: Exercise = {
  id: 'behavioural-activation',
  title: 'One small step',
  rationale:
    'When mood is low, doing often comes before feeling better; one small step you choose can start to lift it.',
  minutes: 10,
  suits: ['low_mood', 'motivation', 'rumination', 'values'],
  // Not 'very_low_energy': the step is shrunk to fit whatever energy there is.
  avoidWhen: ['safety_mode', 'panic_now'],
  contraindications: [
    'Sized for low energy: the step should take minutes, not hours. If even that feels too much, halve it again rather than push.',
    'Not a substitute for a clinical assessment when low mood is severe or lasting, or when tiredness may have a physical cause.',
    'A step that does not happen is information about its size or timing, never a failure; the agent says so.',
  ],
  steps: [
    {
      id: 'avoided',
      prompt: 'What have you stopped doing, or been putting off, since you started feeling low?',
      records: 'avoided',
    },
    {
      id: 'pick',
      prompt: 'Of those, which one matters to you most, or used to give you a bit of satisfaction?',
      records: 'activity',
    },
    {
      id: 'shrink',
      prompt: 'What is the smallest version of it, something you could do in five or ten minutes?',
      records: 'small_step',
    },
    {
      id: 'when-where',
      prompt: 'When and where could you do that small version?',
      records: 'when_where',
    },
    {
      id: 'obstacle',
      prompt: 'What might get in the way, and what could you do if it does?',
      records: 'obstacle_plan',
    },
    {
      id: 'predict',
      prompt:
        'Before you try it, how much do you expect to enjoy it or feel you got something done, from 0 to 10?',
      records: 'prediction',
    },
  ],
  closing:
    'That is a real plan. However it goes, notice how you feel afterwards, because that tells us what to try next.',
  nextStep:
    'do the small version of your chosen activity {when} and notice how you feel afterwards',
  sources: [MARTELL_2010, JACOBSON_1996, LEJUEZ_2001],
};
