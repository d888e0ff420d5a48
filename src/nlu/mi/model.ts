import { readFileSync } from 'node:fs';
import {
  addRows,
  packRows,
  type FeatureRows,
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

/** A task's weights ready to score: the biases and the packed rows. */
interface Scorer {
  bias: readonly number[];
  rows: FeatureRows;
}

function scorer(weights: SoftmaxWeights): Scorer {
  return { bias: [...weights.bias], rows: packRows(weights.features, weights.bias.length) };
}

function classify<T extends string>(weights: Scorer, labels: readonly T[], features: string[]) {
  const logits = addRows(weights.rows, [...weights.bias], features);
  const p = softmax(logits);
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
  const behaviour = scorer(weights.behaviour);
  const reflection = scorer(weights.reflection);
  const question = scorer(weights.question);
  const talkType = scorer(weights.talkType);
  return {
    /** The counsellor behaviour of an agent or therapist utterance. */
    behaviour(text: string, previous?: string): BehaviourResult {
      const features = miFeatures(text, previous);
      const { label, scores } = classify(behaviour, BEHAVIOURS, features);
      const result: BehaviourResult = { behaviour: label, scores };
      if (label === 'reflection') {
        result.reflection = classify(reflection, REFLECTION_SUBTYPES, features).label;
      } else if (label === 'question') {
        result.question = classify(question, QUESTION_SUBTYPES, features).label;
      }
      return result;
    },
    /** The talk type of a client utterance. */
    talkType(text: string, previous?: string): TalkTypeResult {
      const { label, scores } = classify(talkType, TALK_TYPES, miFeatures(text, previous));
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
