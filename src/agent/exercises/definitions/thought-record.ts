import type { Exercise } from '../exercise.ts';
import { BECK_1979, GREENBERGER_PADESKY_1995 } from '../sources.ts';

/**
 * The thought record of cognitive therapy: situation, feeling, automatic thought, evidence for
 * and against, a balanced alternative, and a re-rating of the feeling.
 * @see Beck et al. 1979, ch. 8 (the daily record of dysfunctional thoughts).
 */
export const THOUGHT_RECORD: Exercise = {
  id: 'thought-record',
  title: 'Thought record',
  rationale:
    'Writing a thought down and weighing it up can loosen its grip and make room for a fairer view.',
  minutes: 15,
  suits: ['low_mood', 'self_criticism', 'anxiety', 'worry', 'rumination'],
  avoidWhen: [
    'safety_mode',
    'panic_now',
    'very_low_energy',
    'trauma_memories',
    'substance_use_now',
  ],
  contraindications: [
    'Takes concentration: during a panic attack, while intoxicated or with very low energy, offer a lighter exercise and come back to it later.',
    'Meant for everyday automatic thoughts. It is not a way to work through traumatic memories, which calls for trauma-focused care with a trained clinician.',
    'The aim is a balanced view, not positive thinking: when the evidence supports a painful thought (a real loss, a real injustice), move to support or problem solving instead of disputing it.',
  ],
  steps: [
    {
      id: 'situation',
      prompt:
        'Think of a recent moment when your mood took a dip. Where were you, and what was going on?',
      records: 'situation',
    },
    {
      id: 'feeling',
      prompt: 'What did you feel in that moment, and how strong was it from 0 to 100?',
      records: 'feeling',
    },
    {
      id: 'thought',
      prompt:
        'What went through your mind just before or during that feeling? Put it the way it sounded in your head.',
      records: 'thought',
    },
    {
      id: 'evidence-for',
      prompt: 'What makes that thought seem true to you?',
      records: 'evidence_for',
    },
    {
      id: 'evidence-against',
      prompt: 'Is there anything that does not quite fit the thought, even something small?',
      records: 'evidence_against',
    },
    {
      id: 'balanced-thought',
      prompt:
        'Taking both sides into account, how could you put it in a way that is fair to you and to the facts?',
      records: 'balanced_thought',
    },
    {
      id: 'rerate',
      prompt: 'Holding that fairer version in mind, how strong is the feeling now, from 0 to 100?',
      records: 'feeling_after',
    },
  ],
  closing:
    'Thank you for working through that. Even a small drop in how strong the feeling is counts, and the fairer version is yours to keep.',
  nextStep: 'fill in one more thought record {when}, the next time you notice your mood dip',
  sources: [BECK_1979, GREENBERGER_PADESKY_1995],
};
