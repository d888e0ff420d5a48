import type { Exercise } from '../exercise.ts';
import { LEHRER_GEVIRTZ_2014, MEURET_2003, SCHMIDT_2000, ZACCARO_2018 } from '../sources.ts';

/**
 * Slow, gentle breathing at about six breaths a minute with a longer out-breath.
 * @see Zaccaro et al. 2018 and Lehrer & Gevirtz 2014 (slow breathing around six breaths a minute).
 * @see Meuret et al. 2003 and Schmidt et al. 2000: breathing control adds little in panic
 * treatment and can become a safety behaviour, hence `panic_now` in `avoidWhen`.
 */
export const PACED_BREATHING: Exercise = {
  id: 'paced-breathing',
  title: 'Slow, paced breathing',
  rationale:
    'Breathing a little slower than usual, with a longer out-breath, can help the body settle when stress runs high.',
  minutes: 3,
  suits: ['stress', 'anxiety', 'anger', 'sleep'],
  avoidWhen: ['safety_mode', 'panic_now', 'breathing_condition'],
  contraindications: [
    'Not offered to people with asthma, COPD or other lung or heart conditions that affect breathing, unless their own clinician has suggested it; counting breaths can bring on breathlessness.',
    'Not offered during a panic attack: attending to and controlling the breath can raise fear of breathlessness and become a safety behaviour (Meuret et al. 2003; Schmidt et al. 2000). Grounding or riding the wave is offered instead.',
    'The instruction is slow and soft, not big breaths: breathing deeply or fast can cause dizziness or tingling. Stop if it makes things worse.',
  ],
  steps: [
    {
      id: 'settle',
      prompt:
        'Find a position that feels comfortable and let your shoulders drop a little. You can keep your eyes open.',
    },
    {
      id: 'notice',
      prompt:
        'For a few breaths, just notice your breathing without changing it. How does it feel right now?',
      records: 'breath_before',
    },
    {
      id: 'pace',
      prompt:
        'Now breathe in gently through your nose for a count of about four, and out slowly for about six. Keep it soft rather than deep.',
    },
    {
      id: 'continue',
      prompt:
        'Carry on at that pace for around ten breaths. If the counts feel uncomfortable, shorten them until they are easy.',
    },
    {
      id: 'check',
      prompt: 'How do you feel now, compared with when we started?',
      records: 'feeling_after',
    },
  ],
  closing:
    'Well done for giving that a go. Slow breathing gets easier with practice, and you can use it almost anywhere.',
  nextStep:
    'practise ten slow breaths {when}, at a calm moment, so it feels familiar when stress rises',
  sources: [ZACCARO_2018, LEHRER_GEVIRTZ_2014, MEURET_2003, SCHMIDT_2000],
};
