import type { Exercise } from '../exercise.ts';
import { BOOTZIN_1972, MORIN_2006 } from '../sources.ts';

/**
 * A sleep routine built on stimulus control: a fixed rising time, a wind-down, bed only when
 * sleepy and only for sleep, getting up when sleep does not come, and no long daytime naps.
 * Sleep restriction is deliberately left out: it needs clinical supervision.
 * @see Bootzin 1972; Morin et al. 2006 (stimulus control among the empirically supported treatments).
 */
export const SLEEP_WIND_DOWN: Exercise = {
  id: 'sleep-wind-down',
  title: 'Wind-down and a bed for sleep',
  rationale:
    'A steady wind-down and keeping bed for sleep help your body relearn that bed is the place where sleep happens.',
  minutes: 10,
  suits: ['sleep'],
  avoidWhen: ['safety_mode', 'panic_now', 'substance_use_now'],
  contraindications: [
    'Long-lasting insomnia, loud snoring with pauses in breathing, or restless legs deserve a clinical assessment; this is not a treatment for sleep disorders.',
    'Getting out of bed at night raises the risk of falls for frail or older people and after alcohol or sedating substances; sitting up in bed with a dim light is the safer alternative.',
    'Stimulus control can cost some sleep at first: people with bipolar disorder or epilepsy, and anyone who drives or operates machinery when drowsy, need a plan adapted by a clinician.',
    'Shift workers need a plan built around their working hours.',
  ],
  steps: [
    {
      id: 'pattern',
      prompt:
        'How have your nights been lately: trouble falling asleep, waking in the night, or waking too early?',
      records: 'sleep_pattern',
    },
    {
      id: 'wake-time',
      prompt: 'What time could you get up every day, weekends included, for the next week or two?',
      records: 'wake_time',
    },
    {
      id: 'wind-down',
      prompt:
        'What could you do in the last half hour or so before bed to wind down, away from work and bright screens?',
      records: 'wind_down',
    },
    {
      id: 'bed-for-sleep',
      prompt:
        'The idea is to go to bed only when sleepy and keep the bed for sleep and intimacy. What do you do in bed now, like scrolling or worrying, that could move elsewhere?',
      records: 'bed_activities',
    },
    {
      id: 'get-up',
      prompt:
        'If you have been awake for what feels like twenty minutes or so, get up, do something quiet in dim light, and go back when sleepy. What quiet thing could you do?',
      records: 'quiet_activity',
    },
    {
      id: 'naps',
      prompt:
        'Daytime naps can make the next night harder. If you need one, how could you keep it short and before mid-afternoon?',
      records: 'naps',
    },
  ],
  closing:
    'That is a sleep plan built around your own routine. The first few nights can feel harder before they get easier, so give it a week or two.',
  nextStep:
    'start your wind-down at the time you chose {when} and get up at your set time the next morning',
  sources: [BOOTZIN_1972, MORIN_2006],
};
