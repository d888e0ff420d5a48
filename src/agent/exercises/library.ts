import type { Exercise } from './exercise.ts';
import { ACTIVITY_SCHEDULING } from './definitions/activity-scheduling.ts';
import { BEHAVIOURAL_ACTIVATION } from './definitions/behavioural-activation.ts';
import { COGNITIVE_DEFUSION } from './definitions/cognitive-defusion.ts';
import { GROUNDING_5_4_3_2_1 } from './definitions/grounding-5-4-3-2-1.ts';
import { MAKING_ROOM_FOR_GRIEF } from './definitions/making-room-for-grief.ts';
import { OPPOSITE_ACTION_ANGER } from './definitions/opposite-action-anger.ts';
import { PACED_BREATHING } from './definitions/paced-breathing.ts';
import { PROBLEM_SOLVING } from './definitions/problem-solving.ts';
import { REACH_OUT_TO_ONE_PERSON } from './definitions/reach-out-to-one-person.ts';
import { RIDING_THE_PANIC_WAVE } from './definitions/riding-the-panic-wave.ts';
import { SELF_COMPASSION_BREAK } from './definitions/self-compassion-break.ts';
import { SLEEP_WIND_DOWN } from './definitions/sleep-wind-down.ts';
import { THOUGHT_RECORD } from './definitions/thought-record.ts';
import { THREE_GOOD_THINGS } from './definitions/three-good-things.ts';
import { URGE_SURFING } from './definitions/urge-surfing.ts';
import { VALUES_CLARIFICATION } from './definitions/values-clarification.ts';
import { WORRY_POSTPONEMENT } from './definitions/worry-postponement.ts';

/**
 * The built-in exercise library. Order matters: it is the last tie-breaker when exercises are
 * ranked, so exercises made for one need come before the broad ones (grounding, breathing) that
 * suit many.
 * @example exerciseById(EXERCISES, 'thought-record')?.steps.length // 7
 */
export const EXERCISES: readonly Exercise[] = [
  RIDING_THE_PANIC_WAVE,
  URGE_SURFING,
  OPPOSITE_ACTION_ANGER,
  MAKING_ROOM_FOR_GRIEF,
  REACH_OUT_TO_ONE_PERSON,
  SLEEP_WIND_DOWN,
  WORRY_POSTPONEMENT,
  SELF_COMPASSION_BREAK,
  BEHAVIOURAL_ACTIVATION,
  PROBLEM_SOLVING,
  VALUES_CLARIFICATION,
  COGNITIVE_DEFUSION,
  THOUGHT_RECORD,
  GROUNDING_5_4_3_2_1,
  PACED_BREATHING,
  THREE_GOOD_THINGS,
  ACTIVITY_SCHEDULING,
];
