import { readFileSync } from 'node:fs';
import {
  packShared,
  probabilitiesOf,
  sharedLogits,
  sharedRowsOf,
  type SharedRows,
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
  const shared = compileMarkers(weights);
  return {
    name,
    markers(text: string, previous?: string) {
      // Each feature is looked up once for all seven markers.
      const rows = sharedRowsOf(shared, markerFeatures(text, previous));
      const scores = Object.fromEntries(
        MARKER_LABELS.map((label, m) => [
          label,
          probabilitiesOf(sharedLogits(shared, m, rows))[1]!,
        ]),
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
 * The markers' weights packed over one shared feature index, in `MARKER_LABELS` order. A function
 * of its own, so no closure of the model holds the parsed file (a closure shares its function's
 * whole scope): it can be collected.
 */
function compileMarkers(weights: MarkerWeights): SharedRows {
  return packShared(MARKER_LABELS.map((label) => weights.models[label]));
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
