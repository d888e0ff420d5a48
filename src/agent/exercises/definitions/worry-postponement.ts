import type { Exercise } from '../exercise.ts';
import { BORKOVEC_1983, MCGOWAN_BEHAR_2013 } from '../sources.ts';

/**
 * Worry postponement (stimulus control of worry): name the worry, set a daily worry period at a
 * fixed time and place, note worries that come up outside it and return attention to the present,
 * then use the period to worry and to look for something that can be done.
 * @see Borkovec et al. 1983; McGowan & Behar 2013 (a 30-minute, time- and place-restricted period).
 */
export const WORRY_POSTPONEMENT: Exercise = {
  id: 'worry-postponement',
  title: 'Worry time',
  rationale:
    'Saving worries for a short, fixed worry time teaches them to wait, so they take over less of your day.',
  minutes: 10,
  suits: ['worry', 'anxiety', 'rumination', 'sleep'],
  avoidWhen: ['safety_mode', 'panic_now'],
  contraindications: [
    'Worries about immediate danger (violence at home, someone at risk) are never postponed: they go to the safety protocol or to problem solving now.',
    'The worry period should not sit just before bed.',
    'Unwanted intrusive thoughts that lead to rituals or checking are not everyday worry and need specialist assessment rather than this exercise.',
  ],
  steps: [
    {
      id: 'worry',
      prompt: 'What is the worry that keeps coming back today? A few words are enough.',
      records: 'worry',
    },
    {
      id: 'worry-time',
      prompt:
        'Pick a regular worry time of about 15 to 30 minutes, in the same place each day and not close to bedtime. When would suit you?',
      records: 'worry_time',
    },
    {
      id: 'park',
      prompt:
        'When a worry turns up outside that time, jot it down in a word or two and remind yourself it has a slot later. Where will you jot it?',
      records: 'worry_list',
    },
    {
      id: 'refocus',
      prompt:
        'Once it is written down, what could you turn your attention to in that moment, such as whatever is in front of you?',
      records: 'refocus',
    },
    {
      id: 'use-the-time',
      prompt:
        'In the worry time itself, go through your list. Some worries will have faded; for the rest, ask whether there is one thing you can do about them.',
    },
  ],
  closing:
    'Now your worries have somewhere to go. It usually takes a few days of practice before they wait more easily.',
  nextStep: 'jot down the next worry that comes up and save it for your worry time {when}',
  sources: [BORKOVEC_1983, MCGOWAN_BEHAR_2013],
};
