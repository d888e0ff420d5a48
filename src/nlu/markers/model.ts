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
      const labels = MARKER_LABELS.filter((label) => scores[label] >= threshold);
      return { labels, scores, spans: markerSpans(shared, text, previous, labels) };
    },
  };
}
export type MarkerModel = ReturnType<typeof markerModel>;

/** Where in a reply a marker was read: character offsets, end exclusive. */
export interface MarkerSpan {
  start: number;
  end: number;
}

/**
 * The sentences of a text with their offsets (split after `.`, `!`, `?`, `…` or a line break),
 * without the spaces around them; sentences without a letter or digit are left out.
 * @example sentenceSpans('No. This is not helping.') // [{ start: 0, end: 3 }, { start: 4, end: 24 }]
 */
export function sentenceSpans(text: string): MarkerSpan[] {
  const spans: MarkerSpan[] = [];
  for (const match of text.matchAll(/[^.!?…\n]+(?:[.!?…]+|\n|$)/gu)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!/[\p{L}\p{N}]/u.test(body)) continue;
    spans.push({ start: match.index + lead, end: match.index + lead + body.length });
  }
  return spans;
}

/** Sentences read for a span: a longer reply keeps its whole text as the evidence. */
const MAX_SPAN_SENTENCES = 40;

/**
 * For each marker found in a reply of several sentences, the sentence that carries it most: the
 * one the marker's model, reading it alone against the same helper turn, scores highest. A
 * clinician then sees "this isn't helping" within a long message rather than the whole of it.
 * Replies of one sentence (or very long ones) get no span: the evidence is the whole reply.
 */
function markerSpans(
  shared: SharedRows,
  text: string,
  previous: string | undefined,
  labels: readonly MarkerLabel[],
): Partial<Record<MarkerLabel, MarkerSpan>> {
  const spans: Partial<Record<MarkerLabel, MarkerSpan>> = {};
  if (labels.length === 0) return spans;
  const sentences = sentenceSpans(text);
  if (sentences.length < 2 || sentences.length > MAX_SPAN_SENTENCES) return spans;
  const sentenceRows = sentences.map((span) =>
    sharedRowsOf(shared, markerFeatures(text.slice(span.start, span.end), previous)),
  );
  for (const label of labels) {
    const m = MARKER_LABELS.indexOf(label);
    let best = 0;
    let bestScore = -1;
    sentenceRows.forEach((rows, i) => {
      const score = probabilitiesOf(sharedLogits(shared, m, rows))[1]!;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    spans[label] = sentences[best]!;
  }
  return spans;
}

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
