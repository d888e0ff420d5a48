import type { Exercise } from '../exercise.ts';
import { BECK_1979, LEWINSOHN_GRAF_1973, MACPHILLAMY_LEWINSOHN_1982 } from '../sources.ts';

/**
 * Activity scheduling: look at a typical day, list pleasant and mastery activities, place a few
 * in the week ahead, and rate enjoyment and achievement afterwards.
 * @see Beck et al. 1979 (activity scheduling, mastery and pleasure ratings); Lewinsohn & Graf 1973
 * and MacPhillamy & Lewinsohn 1982 (pleasant activities and mood).
 */
export const ACTIVITY_SCHEDULING: Exercise = {
  id: 'activity-scheduling',
  title: 'Plan a balanced week',
  rationale:
    'Planning a mix of enjoyable and satisfying things ahead of time means you do not have to wait for mood to get going.',
  minutes: 15,
  suits: ['low_mood', 'motivation', 'loneliness', 'overwhelm'],
  avoidWhen: ['safety_mode', 'panic_now', 'very_low_energy'],
  contraindications: [
    'A whole week is too much to plan when energy is very low; offer one small step (behavioural activation) instead.',
    'The plan must fit caring, work and health limits; an overfull schedule sets up a sense of failure.',
    'Activities are the person’s own choice; steer away from ones that carry risk for them, such as a night out drinking for someone cutting down.',
  ],
  steps: [
    {
      id: 'typical-day',
      prompt:
        'Think about a typical day lately. Which parts felt a little better, and which felt worst?',
      records: 'typical_day',
    },
    {
      id: 'pleasure',
      prompt: 'Name two or three things, however small, that you enjoy or used to enjoy.',
      records: 'pleasure_activities',
    },
    {
      id: 'mastery',
      prompt: 'Now one or two things that would give you a sense of getting something done.',
      records: 'mastery_activities',
    },
    {
      id: 'schedule',
      prompt:
        'Which days and times this week could each of those go in? Keep it light, with gaps in between.',
      records: 'schedule',
    },
    {
      id: 'tracking',
      prompt:
        'After each one, you could rate enjoyment and achievement from 0 to 10. Would a note on your phone or on paper suit you better?',
      records: 'tracking_method',
    },
  ],
  closing:
    'You have a week with some good things written into it. The ratings will show which ones are worth keeping.',
  nextStep:
    'do the first activity on your plan {when} and give it a quick enjoyment and achievement rating',
  sources: [BECK_1979, LEWINSOHN_GRAF_1973, MACPHILLAMY_LEWINSOHN_1982],
};
