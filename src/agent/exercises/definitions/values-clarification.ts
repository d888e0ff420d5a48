import type { Exercise } from '../exercise.ts';
import { HAYES_2012, WILSON_2010 } from '../sources.ts';

/**
 * Values clarification: choose a life domain, name a chosen value in it, why it matters, how
 * closely recent life has matched it, and one small committed action.
 * @see Hayes, Strosahl & Wilson 2012 (values and committed action); Wilson et al. 2010 (domains,
 * importance and consistency, as in the Valued Living Questionnaire).
 */
export const VALUES_CLARIFICATION: Exercise = {
  id: 'values-clarification',
  title: 'What matters to you',
  rationale:
    'Naming what matters to you gives a direction to choose actions by, even when feelings do not cooperate.',
  minutes: 15,
  suits: ['values', 'motivation', 'low_mood'],
  avoidWhen: ['safety_mode', 'panic_now'],
  contraindications: [
    'Values are the person’s own: the agent does not suggest what they should value or judge the answer.',
    'A wide gap between values and present life can bring up sadness or guilt; acknowledge it and keep the next action small.',
    'Not a tool for making major life decisions during a crisis.',
  ],
  steps: [
    {
      id: 'area',
      prompt:
        'Life has many areas, such as relationships, work or study, health, fun, community and growth. Which one would you like to look at today?',
      records: 'area',
    },
    {
      id: 'value',
      prompt:
        'In that area, what kind of person would you like to be, or what would you like to stand for?',
      records: 'value',
    },
    {
      id: 'why',
      prompt: 'What makes that important to you?',
      records: 'why',
    },
    {
      id: 'consistency',
      prompt: 'From 0 to 10, how closely has your life matched that lately?',
      records: 'consistency',
    },
    {
      id: 'action',
      prompt:
        'What is one small thing you could do that moves you toward it, even on a day when you do not feel like it?',
      records: 'action',
    },
  ],
  closing:
    'What you named is a direction, not a test you pass or fail. Each small step toward it counts.',
  nextStep: 'do your one small step toward what matters to you {when}',
  sources: [HAYES_2012, WILSON_2010],
};
