import type { Exercise } from '../exercise.ts';
import { CLARK_1986, LEVITT_2004, MEURET_2003 } from '../sources.ts';

/**
 * For a panic attack happening now: name the wave, notice the sensations and the feared meaning
 * the mind gives them, allow rather than fight them, anchor outward, and track the wave. No
 * breathing control (see `PACED_BREATHING` for why).
 * @see Clark 1986 (panic as catastrophic misreading of body sensations); Levitt et al. 2004
 * (acceptance rather than suppression in panic disorder); Meuret et al. 2003.
 */
export const RIDING_THE_PANIC_WAVE: Exercise = {
  id: 'riding-the-panic-wave',
  title: 'Riding out a wave of panic',
  rationale:
    'Panic is frightening but passes on its own; naming it and letting it rise and fall, not fighting it, can make it less scary.',
  minutes: 5,
  suits: ['panic'],
  // Meant for panic_now; nothing in it asks for breathing control.
  avoidWhen: ['safety_mode'],
  contraindications: [
    'Chest pain, fainting, a first-ever attack or symptoms unlike the person’s usual panic need urgent medical assessment; the agent does not assume it is panic.',
    'For recurring panic attacks, cognitive-behavioural treatment with a clinician is the recommended route; this exercise helps in the moment only.',
    'The person is never asked to hold or control their breath.',
  ],
  steps: [
    {
      id: 'name-the-wave',
      prompt:
        'If this feels like a wave of panic, it may help to know that these waves rise, peak and pass on their own, even when they feel huge.',
    },
    {
      id: 'sensations',
      prompt:
        'What are you noticing in your body right now? Just name it, like "racing heart" or "shaky hands".',
      records: 'sensations',
    },
    {
      id: 'feared-meaning',
      prompt: 'What is your mind telling you these feelings mean?',
      records: 'feared_meaning',
    },
    {
      id: 'allow',
      prompt:
        'Instead of fighting the feelings, see if you can let them be there, like weather passing through. You do not have to make them stop.',
    },
    {
      id: 'anchor',
      prompt: 'Keep your eyes open and name one thing you can see and one thing you can hear.',
      records: 'anchor',
    },
    {
      id: 'wave-now',
      prompt:
        'Compared with when we started, is the wave still rising, at its peak, or starting to ease?',
      records: 'wave_trend',
    },
  ],
  closing:
    'You stayed with it while it moved through. Each time you do that, panic can become a little less frightening.',
  nextStep:
    'take two minutes {when}, at a calm moment, to remind yourself that a panic wave rises, peaks and passes',
  sources: [CLARK_1986, LEVITT_2004, MEURET_2003],
};
