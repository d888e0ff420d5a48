import type { Exercise } from '../exercise.ts';
import { HAYES_2012, MASUDA_2004 } from '../sources.ts';

/**
 * Cognitive defusion: notice a sticky thought, rate its pull, put "I'm having the thought that"
 * in front of it, name the story it belongs to, and rate the pull again.
 * @see Hayes, Strosahl & Wilson 2012 (defusion); Masuda et al. 2004 (defusion lowers the
 * discomfort and believability of self-relevant negative thoughts).
 */
export const COGNITIVE_DEFUSION: Exercise = {
  id: 'cognitive-defusion',
  title: 'Stepping back from a thought',
  rationale:
    'Seeing a thought as a thought, not a fact, can take away some of its pull without arguing with it.',
  minutes: 5,
  suits: ['rumination', 'self_criticism', 'worry', 'anxiety'],
  avoidWhen: ['safety_mode', 'panic_now'],
  contraindications: [
    'Defusion means distance from thoughts, never making light of the person or their pain; leave out playful versions if they feel dismissive.',
    'Thoughts of suicide or of harming someone are not handled by defusion: they go to the safety protocol.',
    'If sticky thoughts come with hearing voices or beliefs that others find very unusual, a clinician should be involved.',
  ],
  steps: [
    {
      id: 'thought',
      prompt: 'What is a thought that keeps hooking you? Try to put it in one short sentence.',
      records: 'thought',
    },
    {
      id: 'pull-before',
      prompt: 'When you hold onto it tightly, how much does it pull at you, from 0 to 10?',
      records: 'pull_before',
    },
    {
      id: 'prefix',
      prompt:
        'Now say it again, starting with "I\'m having the thought that…". What difference, if any, do you notice?',
      records: 'prefix_effect',
    },
    {
      id: 'story',
      prompt:
        'If this thought were part of a familiar story your mind tells, what would you call that story?',
      records: 'story_name',
    },
    {
      id: 'pull-after',
      prompt: 'Holding it this way, how much does it pull at you now, from 0 to 10?',
      records: 'pull_after',
    },
  ],
  closing:
    'The thought may still show up, and that is all right. You now have a way to notice it and choose what to do next.',
  nextStep:
    'put "I\'m having the thought that" in front of that thought when it shows up {when}, and see what changes',
  sources: [HAYES_2012, MASUDA_2004],
};
