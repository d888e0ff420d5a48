import { readFileSync } from 'node:fs';
import vader from 'vader-sentiment';
import { trainSoftmax, softmaxProbabilities } from '../learn/softmax-regression.ts';
import { markerFeatures } from './features.ts';
import { MARKER_LABELS, markerModel, type MarkerLabel, type MarkerWeights } from './model.ts';

/** One labelled reply from the team's alliance-marker collection. */
export interface MarkerExample {
  id: string;
  text: string;
  previous?: string;
  labels: MarkerLabel[];
}

/** Where the team's collections live, relative to the repository root. */
export const MARKER_FILES = {
  training: [
    'training/alliance-markers/markers.jsonl',
    'training/alliance-markers/spoken.jsonl',
    'training/alliance-markers/chat-2.jsonl',
    'training/alliance-markers/agent-offers.jsonl',
    'training/alliance-markers/spoken-mi.jsonl',
    'training/alliance-markers/spoken-mi-2.jsonl',
    'training/alliance-markers/spoken-mi-3.jsonl',
    'training/alliance-markers/spoken-mi-4.jsonl',
  ],
  heldOut: [
    'test/alliance-markers/holdout.jsonl',
    'test/alliance-markers/holdout-2.jsonl',
    'test/alliance-markers/holdout-3.jsonl',
    'test/alliance-markers/holdout-4.jsonl',
  ],
} as const;

/** Every training collection, in order, read from under `root`. */
export function readMarkerTraining(root = '.'): MarkerExample[] {
  return MARKER_FILES.training.flatMap((file) => readMarkerExamples(`${root}/${file}`));
}

/** The model's name in weight files and reports (its number rises with each new training set). */
const MARKER_MODEL_NAME = 'markers@4';

const OPTIONS = { epochs: 200, l2: 3e-4, rate: 0.05, minCount: 2 } as const;
const THRESHOLD = 0.4;

/** Reads a marker collection (JSON Lines), naming the line of anything malformed. */
export function readMarkerExamples(file: string): MarkerExample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, number }) => {
      let raw: { id?: unknown; text?: unknown; labels?: unknown; context?: unknown };
      try {
        raw = JSON.parse(line) as typeof raw;
      } catch {
        throw new Error(`${file} line ${number}: not valid JSON`);
      }
      const labels = Array.isArray(raw.labels) ? raw.labels : [];
      for (const label of labels) {
        if (!MARKER_LABELS.includes(label as MarkerLabel))
          throw new Error(`${file} line ${number}: unknown label ${String(label)}`);
      }
      const context = Array.isArray(raw.context)
        ? (raw.context as { speaker?: string; text?: string }[])
        : [];
      const previous = [...context].reverse().find((turn) => turn.speaker === 'agent')?.text;
      if (typeof raw.text !== 'string' || typeof raw.id !== 'string')
        throw new Error(`${file} line ${number}: needs id and text`);
      return {
        id: raw.id,
        text: raw.text,
        ...(previous ? { previous } : {}),
        labels: labels as MarkerLabel[],
      };
    });
}

/**
 * One balanced yes/no softmax regression per marker over `markerFeatures`. Deterministic.
 * @example trainMarkerModels(readMarkerTraining())
 */
export function trainMarkerModels(
  examples: readonly MarkerExample[],
  onProgress?: (done: number, total: number) => void,
): MarkerWeights {
  const features = examples.map((e) => markerFeatures(e.text, e.previous));
  const models = {} as MarkerWeights['models'];
  MARKER_LABELS.forEach((label, index) => {
    const data = examples.map((e, i) => ({
      features: features[i]!,
      label: e.labels.includes(label) ? 1 : 0,
    }));
    const positives = data.filter((d) => d.label === 1).length;
    const negatives = data.length - positives;
    models[label] = trainSoftmax(['no', 'yes'], data, {
      ...OPTIONS,
      classWeights: [1, positives > 0 ? Math.min(5, negatives / positives) : 1],
    });
    onProgress?.(index + 1, MARKER_LABELS.length);
  });
  return { name: MARKER_MODEL_NAME, threshold: THRESHOLD, models };
}

/** Precision, recall and F1 of one marker. */
export interface MarkerScore {
  label: MarkerLabel;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Per-marker and macro F1 of predicted label sets against the gold ones. */
export function scoreMarkers(
  gold: readonly MarkerLabel[][],
  predicted: readonly MarkerLabel[][],
): { perLabel: MarkerScore[]; macroF1: number } {
  const perLabel = MARKER_LABELS.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((labels, i) => {
      const g = labels.includes(label);
      const p = predicted[i]!.includes(label);
      if (g && p) tp += 1;
      else if (p) fp += 1;
      else if (g) fn += 1;
    });
    const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
    const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, support: tp + fn, precision, recall, f1 };
  });
  return { perLabel, macroF1: perLabel.reduce((s, l) => s + l.f1, 0) / perLabel.length };
}

/** A baseline on VADER's scores alone (bucketed), trained the same way. */
function vaderFeatures(text: string): string[] {
  const s = vader.SentimentIntensityAnalyzer.polarity_scores(text);
  const bucket = (x: number) => Math.round(x * 4);
  return [
    `neg:${bucket(s.neg)}`,
    `neu:${bucket(s.neu)}`,
    `pos:${bucket(s.pos)}`,
    `cmp:${Math.round(s.compound * 4)}`,
  ];
}

function vaderPredictor(train: readonly MarkerExample[]) {
  const feats = train.map((e) => vaderFeatures(e.text));
  const models = MARKER_LABELS.map((label) => {
    const data = train.map((e, i) => ({
      features: feats[i]!,
      label: e.labels.includes(label) ? 1 : 0,
    }));
    const positives = data.filter((d) => d.label === 1).length;
    return trainSoftmax(['no', 'yes'], data, {
      ...OPTIONS,
      minCount: 1,
      classWeights: [1, positives > 0 ? Math.min(5, (data.length - positives) / positives) : 1],
    });
  });
  return (e: MarkerExample) => {
    const f = vaderFeatures(e.text);
    return MARKER_LABELS.filter((_, k) => softmaxProbabilities(models[k]!, f)[1]! >= THRESHOLD);
  };
}

const foldOf = (id: string, folds: number) => {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h % folds;
};

/** Cross-validated and held-out figures for the marker model beside the VADER baseline. */
export interface MarkerReport {
  crossValidated: {
    model: ReturnType<typeof scoreMarkers>;
    vader: ReturnType<typeof scoreMarkers>;
    folds: number;
    examples: number;
  };
  heldOut: {
    name: string;
    model: ReturnType<typeof scoreMarkers>;
    vader: ReturnType<typeof scoreMarkers>;
    examples: number;
  }[];
}

/**
 * Five-fold cross-validation on the training collections and one pass over each held-out one.
 * @example formatMarkerReport(evaluateMarkers(readMarkerTraining(), [{ name: 'holdout.jsonl', examples: readMarkerExamples(b) }]))
 */
export function evaluateMarkers(
  training: readonly MarkerExample[],
  heldOut: readonly { name: string; examples: readonly MarkerExample[] }[] = [],
  folds = 5,
): MarkerReport {
  const predicted: MarkerLabel[][] = new Array(training.length);
  const vaderPredicted: MarkerLabel[][] = new Array(training.length);
  for (let fold = 0; fold < folds; fold += 1) {
    const train = training.filter((e) => foldOf(e.id, folds) !== fold);
    const model = markerModel(trainMarkerModels(train));
    const baseline = vaderPredictor(train);
    training.forEach((e, i) => {
      if (foldOf(e.id, folds) !== fold) return;
      predicted[i] = model.markers(e.text, e.previous).labels;
      vaderPredicted[i] = baseline(e);
    });
  }
  const gold = training.map((e) => e.labels);
  const report: MarkerReport = {
    crossValidated: {
      model: scoreMarkers(gold, predicted),
      vader: scoreMarkers(gold, vaderPredicted),
      folds,
      examples: training.length,
    },
    heldOut: [],
  };
  if (heldOut.some((collection) => collection.examples.length > 0)) {
    const model = markerModel(trainMarkerModels(training));
    const baseline = vaderPredictor(training);
    for (const { name, examples } of heldOut) {
      const heldGold = examples.map((e) => e.labels);
      report.heldOut.push({
        name,
        model: scoreMarkers(
          heldGold,
          examples.map((e) => model.markers(e.text, e.previous).labels),
        ),
        vader: scoreMarkers(heldGold, examples.map(baseline)),
        examples: examples.length,
      });
    }
  }
  return report;
}

/** The report as a text table. */
export function formatMarkerReport(report: MarkerReport): string {
  const pct = (x: number) => x.toFixed(2);
  const lines = [
    `Alliance markers (team-written collection): F1 per marker, model ${MARKER_MODEL_NAME} beside a VADER baseline`,
  ];
  const block = (
    title: string,
    part: { model: ReturnType<typeof scoreMarkers>; vader: ReturnType<typeof scoreMarkers> },
  ) => {
    lines.push(title, '  marker         support  precision  recall  F1    VADER F1');
    part.model.perLabel.forEach((l, i) => {
      lines.push(
        `  ${l.label.padEnd(14)} ${String(l.support).padStart(7)}  ${pct(l.precision).padStart(9)}  ${pct(l.recall).padStart(6)}  ${pct(l.f1)}  ${pct(part.vader.perLabel[i]!.f1)}`,
      );
    });
    lines.push(
      `  macro-F1: ${pct(part.model.macroF1)} (VADER baseline ${pct(part.vader.macroF1)})`,
    );
  };
  block(
    `${report.crossValidated.folds}-fold cross-validation on ${report.crossValidated.examples} training replies`,
    report.crossValidated,
  );
  for (const part of report.heldOut)
    block(
      `held out ${part.name}: ${part.examples} replies written separately, never trained on`,
      part,
    );
  return lines.join('\n');
}

/** Where the shipped marker weights live. */
export const MARKER_WEIGHTS_PATH = new URL('./weights/markers.json', import.meta.url);

/** Trains on the team's training collection and returns the JSON to ship (deterministic). */
export function markerWeightsJson(
  root: string,
  onProgress?: (done: number, total: number) => void,
): string {
  return `${JSON.stringify(trainMarkerModels(readMarkerTraining(root), onProgress))}\n`;
}
