import { readFileSync } from 'node:fs';
import {
  compileSoftmax,
  softmaxProbabilities,
  type CompiledSoftmax,
  type SoftmaxWeights,
} from '../learn/softmax-regression.ts';
import { markerFeatures } from './features.ts';

export const MARKER_LABELS = [
  'goal_agree',
  'goal_refuse',
  'task_agree',
  'task_refuse',
  'bond',
  'withdrawal',
  'confrontation',
] as const;
export type MarkerLabel = (typeof MARKER_LABELS)[number];

const OPPOSITES: readonly [MarkerLabel, MarkerLabel][] = [
  ['goal_agree', 'goal_refuse'],
  ['task_agree', 'task_refuse'],
];

/** One yes/no model per marker, and the probability at which each is reported. */
export interface MarkerWeights {
  name: string;
  threshold: number;
  models: Record<MarkerLabel, SoftmaxWeights>;
}

/**
 * Alliance markers in a client reply, given the agent message it answers.
 * @example markerModel(weights).markers('no, journaling is not for me', 'Could you try journaling?').labels // ['task_refuse']
 */
export function markerModel(weights: MarkerWeights) {
  const { name, threshold } = weights;
  const models = compileMarkers(weights);
  return {
    name,
    markers(text: string, previous?: string) {
      const features = markerFeatures(text, previous);
      const scores = Object.fromEntries(
        MARKER_LABELS.map((label) => [label, softmaxProbabilities(models[label], features)[1]!]),
      ) as Record<MarkerLabel, number>;
      return {
        labels: MARKER_LABELS.filter((label) => scores[label] >= threshold),
        scores,
      };
    },
  };
}
export type MarkerModel = ReturnType<typeof markerModel>;

/**
 * The packed form of each marker's weights. A function of its own, so no closure of the model
 * holds the parsed file (a closure shares its function's whole scope): it can be collected.
 */
function compileMarkers(weights: MarkerWeights): Record<MarkerLabel, CompiledSoftmax> {
  return Object.fromEntries(
    MARKER_LABELS.map((label) => [label, compileSoftmax(weights.models[label])]),
  ) as Record<MarkerLabel, CompiledSoftmax>;
}

let shipped: MarkerModel | undefined;

/** The marker model trained by `alliance train` and shipped in the repository (loaded once). */
export function shippedMarkerModel(): MarkerModel {
  shipped ??= markerModel(
    JSON.parse(
      readFileSync(new URL('./weights/markers.json', import.meta.url), 'utf8'),
    ) as MarkerWeights,
  );
  return shipped;
}
