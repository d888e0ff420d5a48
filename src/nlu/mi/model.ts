import { readFileSync } from 'node:fs';
import {
  packShared,
  sharedLogits,
  sharedRowsOf,
  type SharedRows,
  type SoftmaxWeights,
} from '../learn/softmax-regression.ts';
import {
  BEHAVIOURS,
  QUESTION_SUBTYPES,
  REFLECTION_SUBTYPES,
  TALK_TYPES,
  type Behaviour,
  type QuestionSubtype,
  type ReflectionSubtype,
  type TalkType,
} from './annomi-dataset.ts';
import { miFeatures } from './features.ts';
import { softmax } from './valued-softmax.ts';

/** One task's shipped weights: a softmax regression over `miFeatures` and how it was chosen. */
export interface MiTaskWeights extends SoftmaxWeights {
  name: string;
  /** The hyper-parameters the training protocol chose, and its cross-validated macro-F1. */
  training: Record<string, number | string>;
}

/** The four models: counsellor behaviour, its two subtypes, and client talk type. */
export interface MiWeights {
  behaviour: MiTaskWeights;
  reflection: MiTaskWeights;
  question: MiTaskWeights;
  talkType: MiTaskWeights;
}

/** What a counsellor's (agent's or therapist's) utterance does. */
export interface BehaviourResult {
  behaviour: Behaviour;
  /** Only for a reflection: restating (simple) or adding meaning (complex). */
  reflection?: ReflectionSubtype;
  /** Only for a question: open or closed (yes/no, a fact). */
  question?: QuestionSubtype;
  /** Probability of each behaviour. */
  scores: Record<Behaviour, number>;
}

/** Which way a client's utterance leans. */
export interface TalkTypeResult {
  talk_type: TalkType;
  /** Probability of each talk type. */
  scores: Record<TalkType, number>;
}

/** The four tasks' places in the shared rows (`packShared` order). */
const BEHAVIOUR = 0;
const REFLECTION = 1;
const QUESTION = 2;
const TALK_TYPE = 3;

/**
 * The four tasks over one shared feature index: an utterance's features are looked up once for
 * a behaviour and its subtype. A function of its own, so no closure holds the parsed files.
 */
function compileTasks(weights: MiWeights): SharedRows {
  return packShared([weights.behaviour, weights.reflection, weights.question, weights.talkType]);
}

function classify<T extends string>(
  shared: SharedRows,
  task: number,
  labels: readonly T[],
  rows: readonly number[],
) {
  const p = softmax(sharedLogits(shared, task, rows));
  let best = 0;
  for (let k = 1; k < p.length; k += 1) if (p[k]! > p[best]!) best = k;
  const scores = Object.fromEntries(labels.map((label, k) => [label, p[k]!])) as Record<T, number>;
  return { label: labels[best]!, scores };
}

/**
 * The MI classifiers over trained weights; each call reads the utterance with the turn before
 * it (`previous`, optional), in tens of microseconds.
 * @example miModel(weights).behaviour('What brings you here today?').behaviour // 'question'
 */
export function miModel(weights: MiWeights) {
  for (const [task, labels] of [
    ['behaviour', BEHAVIOURS],
    ['reflection', REFLECTION_SUBTYPES],
    ['question', QUESTION_SUBTYPES],
    ['talkType', TALK_TYPES],
  ] as const) {
    if (weights[task].classes.join() !== labels.join()) {
      throw new Error(`MI weights for ${task}: classes ${weights[task].classes.join()}`);
    }
  }
  const shared = compileTasks(weights);
  return {
    /** The counsellor behaviour of an agent or therapist utterance. */
    behaviour(text: string, previous?: string): BehaviourResult {
      const rows = sharedRowsOf(shared, miFeatures(text, previous));
      const { label, scores } = classify(shared, BEHAVIOUR, BEHAVIOURS, rows);
      const result: BehaviourResult = { behaviour: label, scores };
      if (label === 'reflection') {
        result.reflection = classify(shared, REFLECTION, REFLECTION_SUBTYPES, rows).label;
      } else if (label === 'question') {
        result.question = classify(shared, QUESTION, QUESTION_SUBTYPES, rows).label;
      }
      return result;
    },
    /** The talk type of a client utterance. */
    talkType(text: string, previous?: string): TalkTypeResult {
      const rows = sharedRowsOf(shared, miFeatures(text, previous));
      const { label, scores } = classify(shared, TALK_TYPE, TALK_TYPES, rows);
      return { talk_type: label, scores };
    },
  };
}
export type MiModel = ReturnType<typeof miModel>;

/** Where the shipped weight files live, one per task. */
export const MI_WEIGHT_FILES = {
  behaviour: 'behaviour.json',
  reflection: 'reflection-subtype.json',
  question: 'question-subtype.json',
  talkType: 'talk-type.json',
} as const satisfies Record<keyof MiWeights, string>;

/** Reads the weight files from a folder (by default the shipped `weights/`). */
export function readMiWeights(dir: URL = new URL('./weights/', import.meta.url)): MiWeights {
  const read = (file: string) =>
    JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as MiTaskWeights;
  return {
    behaviour: read(MI_WEIGHT_FILES.behaviour),
    reflection: read(MI_WEIGHT_FILES.reflection),
    question: read(MI_WEIGHT_FILES.question),
    talkType: read(MI_WEIGHT_FILES.talkType),
  };
}

let shipped: MiModel | undefined;

/**
 * The MI models trained by `trainMiModels` and shipped in `src/nlu/mi/weights/` (loaded once).
 * @example shippedMiModel().talkType('I really want to cut down for my kids.').talk_type // 'change'
 */
export function shippedMiModel(): MiModel {
  shipped ??= miModel(readMiWeights());
  return shipped;
}
