import type { Exercise } from '../exercise.ts';
import { SHEAR_2015, STROEBE_SCHUT_1999 } from '../sources.ts';

/**
 * Grief held both ways, after the dual process model: time turned toward the loss (a memory, a way
 * to remember) and time turned toward daily life (what is hard now, one thing that restores).
 * @see Stroebe & Schut 1999 (oscillation between loss- and restoration-orientation).
 * @see Shear 2015 for when grief needs a clinician (complicated or prolonged grief).
 */
export const MAKING_ROOM_FOR_GRIEF: Exercise = {
  id: 'making-room-for-grief',
  title: 'Making room for grief',
  rationale:
    'Grief tends to move between missing someone and getting on with daily life; making room for both can help.',
  minutes: 15,
  suits: ['grief', 'low_mood'],
  avoidWhen: ['safety_mode', 'panic_now', 'trauma_memories'],
  contraindications: [
    'After a sudden, violent or otherwise traumatic death, or when grief is still all-consuming many months on, a clinician should be involved; the agent does not ask about the details of the death.',
    'There is no right way or timetable to grieve; the person’s cultural and religious practices come first.',
    'Grief can bring thoughts of wanting to be with the person who died: that is a safety matter, and the safety protocol takes over.',
  ],
  steps: [
    {
      id: 'who',
      prompt:
        'Would you like to tell me a little about who you lost, or what you miss most about them?',
      records: 'who',
    },
    {
      id: 'memory',
      prompt: 'Is there a memory of them you would like to keep close?',
      records: 'memory',
    },
    {
      id: 'hardest',
      prompt: 'What has been hardest lately, in day-to-day life?',
      records: 'hardest',
    },
    {
      id: 'remembering',
      prompt:
        'Is there a way you would like to make time to remember them this week, such as a photo, a place or a small ritual?',
      records: 'remembering',
    },
    {
      id: 'restoring',
      prompt: 'And one small thing that would look after you or your daily life this week?',
      records: 'restoring',
    },
  ],
  closing:
    'Thank you for sharing something so personal. Grief moves at its own pace, and it is all right to have days of missing them and days of getting on with things.',
  nextStep:
    'set aside a little time {when} to remember them in the way you chose, and do your one small thing for yourself',
  sources: [STROEBE_SCHUT_1999, SHEAR_2015],
};
