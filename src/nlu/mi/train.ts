/**
 * Training and cross-validated evaluation of the MI classifiers on AnnoMI (Wu et al., ICASSP
 * 2022; Future Internet 2023), with a fixed hyper-parameter protocol:
 * within the training transcripts only, 4 inner folds (transcripts kept whole) score a small
 * grid (L2 penalty × class-weight power); the best setting by inner macro-F1 wins (ties to the
 * first), and the per-class decision shifts that maximise the inner out-of-fold macro-F1 are
 * added to the biases (macro-F1 rewards the rare classes: sustain talk, information/advice).
 * The final model is then fitted on all the training transcripts. The same protocol trains the
 * shipped weights (on all 93 transcripts) and each outer fold of `evaluateMi`, and it also tunes
 * the two baselines, so the comparison is like for like.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SoftmaxWeights } from '../learn/softmax-regression.ts';
import {
  BEHAVIOURS,
  QUESTION_SUBTYPES,
  REFLECTION_SUBTYPES,
  TALK_TYPES,
  loadAnnoMi,
  transcriptFolds,
  type MiUtterance,
} from './annomi-dataset.ts';
import { tfidfFeaturizer, vaderFeatures, type Featurizer } from './baselines.ts';
import { featureFamily, miFeatures } from './features.ts';
import { macroF1, perClassF1 } from './macro-f1.ts';
import { MI_WEIGHT_FILES, type MiTaskWeights, type MiWeights } from './model.ts';
import { trainValuedSoftmax, valuedLogits } from './valued-softmax.ts';

type TaskKey = keyof MiWeights;

interface TaskSpec {
  key: TaskKey;
  title: string;
  classes: readonly string[];
  label: (u: MiUtterance) => string | undefined;
  /** Feature families this task leaves out. */
  exclude: readonly string[];
}

/** The four tasks, in report order. */
const TASKS: readonly TaskSpec[] = [
  {
    key: 'behaviour',
    title: 'therapist behaviour',
    classes: BEHAVIOURS,
    label: (u) => u.behaviour,
    exclude: [],
  },
  {
    key: 'talkType',
    title: 'client talk type',
    classes: TALK_TYPES,
    label: (u) => u.talkType,
    exclude: [],
  },
  {
    key: 'reflection',
    title: 'reflection subtype',
    classes: REFLECTION_SUBTYPES,
    label: (u) => u.reflection,
    exclude: [],
  },
  {
    key: 'question',
    title: 'question subtype',
    classes: QUESTION_SUBTYPES,
    label: (u) => u.question,
    exclude: [],
  },
];

const INNER_FOLDS = 4;
const EPOCHS = 200;
const RATE = 0.05;
const MIN_COUNT = 2;
/** Decimal places of the shipped weights, and rows whose weights all stay below PRUNE go. */
const PRECISION = 3;
const PRUNE = 0.02;

interface Setting {
  l2: number;
  power: number;
}
/** The grids the protocol searches: the MI features, then TF-IDF (unit-length vectors), VADER. */
const GRIDS = {
  mi: [
    { l2: 3e-3, power: 0.5 },
    { l2: 3e-3, power: 1 },
    { l2: 1e-2, power: 0.5 },
    { l2: 1e-2, power: 1 },
  ],
  tfidf: [
    { l2: 1e-4, power: 0.5 },
    { l2: 1e-4, power: 1 },
    { l2: 1e-3, power: 0.5 },
    { l2: 1e-3, power: 1 },
  ],
  vader: [
    { l2: 1e-3, power: 0.5 },
    { l2: 1e-3, power: 1 },
  ],
} satisfies Record<string, Setting[]>;
type ModelName = keyof typeof GRIDS;

interface Item {
  transcript: string;
  features: string[];
  values?: number[];
  label: number;
}

function fit(classes: readonly string[], items: readonly Item[], setting: Setting) {
  const counts = classes.map((_, k) => items.filter((item) => item.label === k).length);
  const classWeights = counts.map(
    (c) => (c === 0 ? 1 : items.length / (classes.length * c)) ** setting.power,
  );
  return trainValuedSoftmax(classes, items, {
    epochs: EPOCHS,
    l2: setting.l2,
    rate: RATE,
    minCount: MIN_COUNT,
    classWeights,
    precision: PRECISION,
    prune: PRUNE,
  });
}

function argmax(values: readonly number[]) {
  let best = 0;
  for (let k = 1; k < values.length; k += 1) if (values[k]! > values[best]!) best = k;
  return best;
}

/**
 * Per-class shifts of the logits that maximise macro-F1 on out-of-fold logits: coordinate
 * ascent over a fixed grid of tenths, two passes, the first class held at 0, and a shift
 * kept only when it strictly improves (so the result is deterministic).
 */
function tuneShifts(logits: readonly number[][], gold: readonly number[], classes: number) {
  const shift = new Array<number>(classes).fill(0);
  const score = () =>
    macroF1(
      gold,
      logits.map((l) => argmax(l.map((v, k) => v + shift[k]!))),
      classes,
    );
  let best = score();
  for (let pass = 0; pass < 2; pass += 1) {
    for (let k = 1; k < classes; k += 1) {
      const start = shift[k]!;
      let chosen = start;
      for (let step = -20; step <= 20; step += 1) {
        shift[k] = Math.round((start + step / 10) * 10) / 10;
        const s = score();
        if (s > best + 1e-12) {
          best = s;
          chosen = shift[k]!;
        }
      }
      shift[k] = chosen;
    }
  }
  return { shift, score: best };
}

/** The protocol: choose a setting by inner cross-validation, fit on everything, add shifts. */
function chooseAndFit(
  classes: readonly string[],
  items: readonly Item[],
  grid: readonly Setting[],
  onFit?: () => void,
): { weights: SoftmaxWeights; training: Record<string, number | string> } {
  const foldOf = transcriptFolds(items, INNER_FOLDS);
  let chosen: { setting: Setting; shift: number[]; inner: number } | undefined;
  for (const setting of grid) {
    const logits: number[][] = new Array(items.length);
    for (let fold = 0; fold < INNER_FOLDS; fold += 1) {
      const weights = fit(
        classes,
        items.filter((item) => foldOf.get(item.transcript) !== fold),
        setting,
      );
      onFit?.();
      items.forEach((item, i) => {
        if (foldOf.get(item.transcript) === fold)
          logits[i] = valuedLogits(weights, item.features, item.values);
      });
    }
    const tuned = tuneShifts(
      logits,
      items.map((item) => item.label),
      classes.length,
    );
    if (!chosen || tuned.score > chosen.inner + 1e-12) {
      chosen = { setting, shift: tuned.shift, inner: tuned.score };
    }
  }
  const { setting, shift, inner } = chosen!;
  const weights = fit(classes, items, setting);
  onFit?.();
  weights.bias = weights.bias.map((b, k) => Math.round((b + shift[k]!) * 1000) / 1000);
  return {
    weights,
    training: {
      l2: setting.l2,
      classWeightPower: setting.power,
      decisionShifts: shift.join(' '),
      innerMacroF1: Math.round(inner * 1000) / 1000,
      examples: items.length,
    },
  };
}

function taskItems(
  spec: TaskSpec,
  utterances: readonly MiUtterance[],
  featurize: (u: MiUtterance) => { features: string[]; values?: number[] },
) {
  const items: (Item & { utterance: MiUtterance })[] = [];
  for (const utterance of utterances) {
    const label = spec.label(utterance);
    if (label === undefined) continue;
    items.push({
      ...featurize(utterance),
      transcript: utterance.transcript,
      label: spec.classes.indexOf(label),
      utterance,
    });
  }
  return items;
}

function miFeaturesFor(spec: TaskSpec) {
  const exclude = new Set(spec.exclude);
  return (u: MiUtterance) => ({
    features: miFeatures(u.text, u.previous).filter((f) => !exclude.has(featureFamily(f))),
  });
}

/** Progress of a long run: how many model fits are done out of how many, and the stage. */
export type MiProgress = (done: number, total: number, stage: string) => void;

/**
 * Trains the four MI models on every transcript of AnnoMI (high- and low-quality MI alike: the
 * behaviours and talk types are labelled the same way in both). Deterministic: the same data
 * gives byte-identical weight files.
 * @example writeMiWeights(trainMiModels('../shared/datasets/annomi'))
 */
export function trainMiModels(
  datasetDir: string,
  options: { onProgress?: MiProgress } = {},
): MiWeights {
  return trainMiModelsFrom(loadAnnoMi(datasetDir), options);
}

/**
 * Trains the four MI models on the given utterances (e.g. the training folds of a validation).
 * @example trainMiModelsFrom(loadAnnoMi(dir).filter((u) => u.transcript !== '7'))
 */
export function trainMiModelsFrom(
  utterances: readonly MiUtterance[],
  options: { onProgress?: MiProgress } = {},
): MiWeights {
  const total = TASKS.length * (GRIDS.mi.length * INNER_FOLDS + 1);
  let done = 0;
  const result: Partial<MiWeights> = {};
  for (const spec of TASKS) {
    const items = taskItems(spec, utterances, miFeaturesFor(spec));
    const { weights, training } = chooseAndFit(spec.classes, items, GRIDS.mi, () => {
      done += 1;
      options.onProgress?.(done, total, spec.title);
    });
    result[spec.key] = { name: `annomi-${spec.key}@1`, training, ...weights };
  }
  return result as MiWeights;
}

/**
 * Writes the weights, one JSON file per task, to `dir` (by default the shipped folder).
 * @example writeMiWeights(trainMiModels(dir)) // ['…/behaviour.json', …]
 */
export function writeMiWeights(
  weights: MiWeights,
  dir = new URL('./weights/', import.meta.url).pathname,
) {
  mkdirSync(dir, { recursive: true });
  return (Object.keys(MI_WEIGHT_FILES) as TaskKey[]).map((key) => {
    const path = join(dir, MI_WEIGHT_FILES[key]);
    writeFileSync(path, serializeTaskWeights(weights[key]));
    return path;
  });
}

/** The bytes of one task's weight file: stable key order, one feature per line. */
export function serializeTaskWeights(weights: MiTaskWeights): string {
  const { name, training, classes, bias, features } = weights;
  const head = JSON.stringify({ name, training, classes, bias }).slice(0, -1);
  const rows = Object.keys(features)
    .sort()
    .map((f) => `${JSON.stringify(f)}:${JSON.stringify(features[f])}`);
  return `${head},"features":{\n${rows.join(',\n')}\n}}\n`;
}

/** One model's cross-validated macro-F1 on one task. */
export interface MiModelScore {
  model: 'mi' | 'tfidf' | 'vader';
  mean: number;
  sd: number;
  folds: number[];
  /** F1 of each class over the pooled out-of-fold predictions. */
  perClass: Record<string, number>;
  /** The settings the protocol chose in each outer fold. */
  chosen: string[];
}

/** The cross-validated figures of one task. */
export interface MiTaskReport {
  task: string;
  classes: readonly string[];
  examples: number;
  support: Record<string, number>;
  models: MiModelScore[];
}

/** `evaluateMi`'s result. */
export interface MiReport {
  folds: number;
  transcripts: number;
  tasks: MiTaskReport[];
  seconds: number;
}

/**
 * Cross-validated macro-F1 of the MI models beside the TF-IDF and VADER baselines, on folds
 * that keep each transcript whole, each model tuned by the same inner protocol on the outer
 * training folds only.
 * @example formatMiReport(evaluateMi('../shared/datasets/annomi', { folds: 5 }))
 */
export function evaluateMi(
  datasetDir: string,
  options: { folds?: number; onProgress?: MiProgress; clock?: () => number } = {},
): MiReport {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const utterances = loadAnnoMi(datasetDir);
  const folds = options.folds ?? 5;
  const outer = transcriptFolds(utterances, folds);
  const fitsPerFold = (grid: readonly Setting[]) => grid.length * INNER_FOLDS + 1;
  const total =
    TASKS.length *
    folds *
    (fitsPerFold(GRIDS.mi) + fitsPerFold(GRIDS.tfidf) + fitsPerFold(GRIDS.vader));
  let done = 0;
  const tick = (stage: string) => () => {
    done += 1;
    options.onProgress?.(done, total, stage);
  };
  const tasks: MiTaskReport[] = [];
  for (const spec of TASKS) {
    const mi = taskItems(spec, utterances, miFeaturesFor(spec));
    const vaderItems = taskItems(spec, utterances, (u) => vaderFeatures(u.text));
    const K = spec.classes.length;
    const scores: MiModelScore[] = [];
    for (const model of ['mi', 'tfidf', 'vader'] as const) {
      const foldScores: number[] = [];
      const chosen: string[] = [];
      const gold: number[] = [];
      const predicted: number[] = [];
      for (let fold = 0; fold < folds; fold += 1) {
        const inTest = (item: Item) => outer.get(item.transcript) === fold;
        let items: Item[];
        if (model === 'tfidf') {
          const featurize: Featurizer = tfidfFeaturizer(
            mi.filter((item) => !inTest(item)).map((item) => item.utterance.text),
          );
          items = mi.map((item) => ({ ...item, ...featurize(item.utterance.text) }));
        } else items = model === 'mi' ? mi : vaderItems;
        const train = items.filter((item) => !inTest(item));
        const test = items.filter(inTest);
        const { weights, training } = chooseAndFit(
          spec.classes,
          train,
          GRIDS[model],
          tick(`${spec.title} · ${model} · fold ${fold + 1}`),
        );
        const foldGold = test.map((item) => item.label);
        const foldPredicted = test.map((item) =>
          argmax(valuedLogits(weights, item.features, item.values)),
        );
        gold.push(...foldGold);
        predicted.push(...foldPredicted);
        foldScores.push(macroF1(foldGold, foldPredicted, K));
        chosen.push(
          `l2=${training.l2} power=${training.classWeightPower} shifts=${training.decisionShifts}`,
        );
      }
      const mean = foldScores.reduce((a, b) => a + b, 0) / folds;
      const sd = Math.sqrt(
        foldScores.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, folds - 1),
      );
      const pooled = perClassF1(gold, predicted, K);
      scores.push({
        model,
        mean,
        sd,
        folds: foldScores,
        perClass: Object.fromEntries(spec.classes.map((c, k) => [c, pooled[k] ?? 0])),
        chosen,
      });
    }
    tasks.push({
      task: spec.title,
      classes: spec.classes,
      examples: mi.length,
      support: Object.fromEntries(
        spec.classes.map((c, k) => [c, mi.filter((item) => item.label === k).length]),
      ),
      models: scores,
    });
  }
  return {
    folds,
    transcripts: new Set(utterances.map((u) => u.transcript)).size,
    tasks,
    seconds: (clock() - started) / 1000,
  };
}

const MODEL_NAMES: Record<MiModelScore['model'], string> = {
  mi: 'MI features + previous turn',
  tfidf: 'TF-IDF LR (utterance words)',
  vader: 'VADER buckets',
};

/**
 * The report as a text table: per task and model, mean macro-F1 ± SD, the fold range and the
 * folds, then the pooled per-class F1.
 * @example console.log(formatMiReport(report))
 */
export function formatMiReport(report: MiReport): string {
  const fixed = (v: number) => v.toFixed(3);
  const lines = [
    `AnnoMI, ${report.transcripts} transcripts, ${report.folds}-fold cross-validation by transcript (macro-F1)`,
    '',
    `${'task'.padEnd(20)} ${'model'.padEnd(30)} ${'mean'.padStart(5)} ${'± sd'.padStart(6)}  ${'min–max'.padEnd(11)}  folds`,
  ];
  for (const task of report.tasks) {
    for (const score of task.models) {
      lines.push(
        `${task.task.padEnd(20)} ${MODEL_NAMES[score.model].padEnd(30)} ${fixed(score.mean)} ${`±${fixed(score.sd)}`.padStart(6)}  ${`${fixed(Math.min(...score.folds))}–${fixed(Math.max(...score.folds))}`.padEnd(11)}  ${score.folds.map(fixed).join(' ')}`,
      );
    }
  }
  lines.push('', 'Per-class F1 (pooled out-of-fold predictions):');
  for (const task of report.tasks) {
    const support = task.classes.map((c) => `${c} ${task.support[c]}`).join(', ');
    lines.push(`${task.task} (${task.examples} utterances: ${support})`);
    for (const score of task.models) {
      lines.push(
        `  ${MODEL_NAMES[score.model].padEnd(30)} ${task.classes.map((c) => `${c} ${fixed(score.perClass[c] ?? 0)}`).join('  ')}`,
      );
    }
  }
  lines.push('', `${report.seconds.toFixed(0)} s`);
  return lines.join('\n');
}
