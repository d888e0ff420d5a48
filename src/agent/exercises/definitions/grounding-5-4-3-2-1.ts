import type { Exercise } from '../exercise.ts';
import { LINEHAN_2015, NAJAVITS_2002 } from '../sources.ts';

/**
 * Sensory grounding, counted down five senses, with a distress rating before and after. The
 * 5-4-3-2-1 count is a widespread clinical format with no single original publication; the
 * cited sources describe grounding as outward attention to the present (Najavits 2002, eyes open,
 * rating before and after) and soothing through the five senses (Linehan 2015).
 *
 * Trauma memories are not in `avoidWhen` on purpose: outward-focused grounding is what trauma care
 * offers when memories intrude (Najavits 2002). The exercise stays outward and lets any sense be
 * skipped, and it never asks about the memories themselves.
 */
export const GROUNDING_5_4_3_2_1: Exercise = {
  id: 'grounding-5-4-3-2-1',
  title: '5-4-3-2-1 grounding',
  rationale:
    'Naming what your senses pick up right now draws attention out of a spiral and back into the room you are in.',
  minutes: 5,
  suits: ['anxiety', 'panic', 'overwhelm', 'stress', 'urges', 'anger', 'rumination'],
  avoidWhen: ['safety_mode'],
  contraindications: [
    'Attention stays outward, with eyes open. Smells, tastes and body sensations can be reminders of trauma for some people, so any sense may be skipped or swapped.',
    'Grounding is a way back to the present, not a way to explore traumatic memories; the agent does not ask about them. Flashbacks or feeling unreal that do not ease need a clinician.',
    'It eases distress for a while without resolving its cause, and it is not a substitute for crisis care.',
  ],
  steps: [
    {
      id: 'rate-before',
      prompt: 'How strong is the distress right now, from 0 to 10?',
      records: 'distress_before',
    },
    {
      id: 'see',
      prompt: 'Keep your eyes open and look around you. Tell me five things you can see.',
      records: 'see',
    },
    {
      id: 'touch',
      prompt:
        'Now four things you can feel or touch, like your feet on the floor or the fabric of your sleeve.',
      records: 'touch',
    },
    {
      id: 'hear',
      prompt: 'Three things you can hear, near or far.',
      records: 'hear',
    },
    {
      id: 'smell',
      prompt:
        'Two things you can smell. If nothing comes, or you would rather skip this one, name two smells you like.',
      records: 'smell',
    },
    {
      id: 'taste',
      prompt: 'One thing you can taste, or one kind thing you could say to yourself right now.',
      records: 'taste',
    },
    {
      id: 'rate-after',
      prompt: 'And now, how strong is the distress, from 0 to 10?',
      records: 'distress_after',
    },
  ],
  closing:
    'You brought your attention back to where you are. You can do this quietly, wherever you happen to be.',
  nextStep: 'try a quick 5-4-3-2-1 round {when}, before things get intense, to get used to it',
  sources: [NAJAVITS_2002, LINEHAN_2015],
};
