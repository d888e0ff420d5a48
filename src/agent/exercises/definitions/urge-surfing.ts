import type { Exercise } from '../exercise.ts';
import { BOWEN_2011, BOWEN_MARLATT_2009, MARLATT_GORDON_1985 } from '../sources.ts';

/**
 * Urge surfing: rate the urge, find it in the body, watch it with curiosity instead of acting or
 * fighting, notice it rise, peak and ease, and rate it again.
 * @see Marlatt & Gordon 1985 (relapse prevention); Bowen & Marlatt 2009; Bowen, Chawla & Marlatt 2011.
 */
export const URGE_SURFING: Exercise = {
  id: 'urge-surfing',
  title: 'Urge surfing',
  rationale:
    'Urges rise, peak and fall like waves; watching one with curiosity, instead of acting on it, lets it pass.',
  minutes: 10,
  suits: ['urges'],
  avoidWhen: ['safety_mode', 'panic_now'],
  contraindications: [
    'Not a substitute for crisis care: an urge to self-harm or to act on thoughts of suicide switches the conversation to the safety protocol, where no exercise is offered.',
    'Stopping alcohol, benzodiazepines or opioids suddenly after heavy regular use can be dangerous. This exercise is about riding out one urge; withdrawal needs medical support.',
    'If the person has already used and may be at risk of overdose or harm, that is a safety matter, not an exercise.',
    'It complements treatment for addiction and does not replace it. Attention can rest on sounds or the feet instead of the body when body focus is uncomfortable.',
  ],
  steps: [
    {
      id: 'name',
      prompt: 'What urge are you noticing right now, and how strong is it from 0 to 10?',
      records: 'urge_before',
    },
    {
      id: 'locate',
      prompt:
        'Where do you feel it in your body? It might be tightness, restlessness, a taste, or a pull somewhere.',
      records: 'sensations',
    },
    {
      id: 'observe',
      prompt:
        'Rather than fighting it or giving in, watch it for a minute as if you were curious about it. Notice whether it shifts or changes.',
    },
    {
      id: 'anchor',
      prompt:
        'If it feels strong, rest your attention on your feet on the floor or the sounds around you, and let the urge sit in the background.',
    },
    {
      id: 'trend',
      prompt:
        'Urges usually build, peak and then ease off. What is yours doing now: rising, holding steady, or starting to ease?',
      records: 'urge_trend',
    },
    {
      id: 'rate-after',
      prompt: 'How strong is the urge now, from 0 to 10?',
      records: 'urge_after',
    },
  ],
  closing:
    'You stayed with the urge without acting on it, and that is a real skill. Each time you ride one out, you see for yourself that urges pass.',
  nextStep: 'ride out the next urge for ten minutes {when} before deciding anything',
  sources: [MARLATT_GORDON_1985, BOWEN_MARLATT_2009, BOWEN_2011],
};
