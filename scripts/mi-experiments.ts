// Scratch experiments for the MI classifiers (issue 5), not part of the product:
//   node --import tsx scripts/mi-experiments.ts evaluate    cross-validated report (≈ 5 min)
//   node --import tsx scripts/mi-experiments.ts train       retrain and write src/nlu/mi/weights
//   node --import tsx scripts/mi-experiments.ts throughput  utterances/s of the shipped models
//   TASK=talk L2=1e-2 … node --import tsx scripts/mi-experiments.ts   one ablation, plain CV on
// folds 0–3 of the 5 outer folds (fold 4 was kept aside as a lockbox while features were designed).
import {
  loadAnnoMi,
  transcriptFolds,
  BEHAVIOURS,
  TALK_TYPES,
  type MiUtterance,
} from '../src/nlu/mi/annomi-dataset.ts';
import { miFeatures, featureFamily } from '../src/nlu/mi/features.ts';
import { tfidfFeaturizer } from '../src/nlu/mi/baselines.ts';
import { trainValuedSoftmax, valuedLogits, softmax } from '../src/nlu/mi/valued-softmax.ts';
import { macroF1, perClassF1 } from '../src/nlu/mi/macro-f1.ts';
import {
  evaluateMi,
  formatMiReport,
  shippedMiModel,
  trainMiModels,
  writeMiWeights,
} from '../src/nlu/mi/index.ts';

const DATASET = '../shared/datasets/annomi';
const mode = process.argv[2] ?? 'ablation';
if (mode === 'evaluate') {
  let shown = 0;
  const report = evaluateMi(DATASET, {
    folds: 5,
    onProgress: (done, total, stage) => {
      if (performance.now() - shown > 15_000) {
        shown = performance.now();
        console.error(`${done}/${total} ${stage}`);
      }
    },
  });
  console.log(formatMiReport(report));
  for (const task of report.tasks)
    for (const m of task.models) console.log(`${task.task} · ${m.model}: ${m.chosen.join(' | ')}`);
  process.exit(0);
}
if (mode === 'train') {
  const started = performance.now();
  const weights = trainMiModels(DATASET);
  console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const path of writeMiWeights(weights)) console.log(path);
  for (const [task, w] of Object.entries(weights))
    console.log(task, JSON.stringify(w.training), Object.keys(w.features).length, 'features');
  process.exit(0);
}
if (mode === 'throughput') {
  const model = shippedMiModel();
  const utterances = loadAnnoMi(DATASET);
  for (let round = 1; round <= 3; round += 1) {
    let started = performance.now();
    for (const u of utterances) {
      if (u.speaker === 'client') model.talkType(u.text, u.previous);
      else model.behaviour(u.text, u.previous);
    }
    const own = utterances.length / ((performance.now() - started) / 1000);
    started = performance.now();
    for (const u of utterances) {
      model.talkType(u.text, u.previous);
      model.behaviour(u.text, u.previous);
    }
    const both = utterances.length / ((performance.now() - started) / 1000);
    console.log(
      `round ${round}: ${own.toFixed(0)} utterances/s (each by its speaker's model), ${both.toFixed(0)} utterances/s (both models on every utterance)`,
    );
  }
  process.exit(0);
}

const data = loadAnnoMi(DATASET);
const folds = transcriptFolds(data, 5);
const env = (k: string, d: string) => process.env[k] ?? d;
const EPOCHS = Number(env('EPOCHS', '200'));
const L2 = Number(env('L2', '1e-2'));
const POWER = Number(env('POWER', '1'));
const MIN = Number(env('MIN', '2'));
const DROP = new Set(env('DROP', '').split(',').filter(Boolean));
const NORM = env('NORM', '');
const task = env('TASK', 'behaviour');
const FOLDS = env('FOLDS', '0,1,2,3').split(',').map(Number);
const ENS = env('ENS', '');

function labelled() {
  if (task === 'behaviour')
    return {
      rows: data
        .filter((u) => u.behaviour)
        .map((u) => ({ u, label: BEHAVIOURS.indexOf(u.behaviour!) })),
      classes: BEHAVIOURS as readonly string[],
    };
  if (task === 'talk')
    return {
      rows: data
        .filter((u) => u.talkType)
        .map((u) => ({ u, label: TALK_TYPES.indexOf(u.talkType!) })),
      classes: TALK_TYPES as readonly string[],
    };
  if (task === 'reflection')
    return {
      rows: data
        .filter((u) => u.reflection)
        .map((u) => ({ u, label: ['simple', 'complex'].indexOf(u.reflection!) })),
      classes: ['simple', 'complex'],
    };
  return {
    rows: data
      .filter((u) => u.question)
      .map((u) => ({ u, label: ['open', 'closed'].indexOf(u.question!) })),
    classes: ['open', 'closed'],
  };
}
const { rows, classes } = labelled();
const K = classes.length;
const t0 = Date.now();
function values(fs: string[]): number[] {
  if (!NORM) return fs.map(() => 1);
  const groups = new Set(NORM.split(','));
  const n = new Map<string, number>();
  for (const f of fs) {
    const g = featureFamily(f);
    n.set(g, (n.get(g) ?? 0) + 1);
  }
  return fs.map((f) => {
    const g = featureFamily(f);
    return groups.has(g) ? 1 / Math.sqrt(n.get(g)!) : 1;
  });
}
const feats = rows.map((r) =>
  miFeatures(r.u.text, r.u.previous).filter((f) => !DROP.has(featureFamily(f))),
);
const vals = feats.map(values);
const tf = Date.now() - t0;
const scores: number[] = [];
const allGold: number[] = [];
const allPred: number[] = [];
for (const fold of FOLDS) {
  const idx = rows.map((_, i) => i);
  const train = idx.filter(
    (i) =>
      folds.get(rows[i]!.u.transcript) !== fold &&
      (!process.env.HIGH || rows[i]!.u.quality === 'high'),
  );
  const test = idx.filter((i) => folds.get(rows[i]!.u.transcript) === fold);
  const counts = new Array(K).fill(0);
  for (const i of train) counts[rows[i]!.label] += 1;
  const cw = counts.map((c) => (train.length / (K * c)) ** POWER);
  const w = trainValuedSoftmax(
    classes,
    train.map((i) => ({ features: feats[i]!, values: vals[i], label: rows[i]!.label })),
    { epochs: EPOCHS, l2: L2, rate: 0.05, minCount: MIN, classWeights: cw },
  );
  let probs = test.map((i) => softmax(valuedLogits(w, feats[i]!, vals[i])));
  if (ENS) {
    const fz = tfidfFeaturizer(train.map((i) => rows[i]!.u.text));
    const w2 = trainValuedSoftmax(
      classes,
      train.map((i) => ({ ...fz(rows[i]!.u.text), label: rows[i]!.label })),
      { epochs: 200, l2: 1e-3, rate: 0.05, minCount: 1, classWeights: cw },
    );
    const a = Number(ENS);
    probs = probs.map((p, j) => {
      const x = fz(rows[test[j]!]!.u.text);
      const q = softmax(valuedLogits(w2, x.features, x.values));
      return p.map((v, k) => (1 - a) * Math.log(v) + a * Math.log(q[k]!));
    });
  }
  const gold = test.map((i) => rows[i]!.label);
  const pred = probs.map((p) => p.indexOf(Math.max(...p)));
  allGold.push(...gold);
  allPred.push(...pred);
  scores.push(macroF1(gold, pred, K));
}
const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
console.log(
  task,
  JSON.stringify({ L2, POWER, MIN, DROP: [...DROP], NORM, ENS, X: process.env.X }),
  'mean',
  mean.toFixed(4),
  'folds',
  scores.map((s) => s.toFixed(3)).join(' '),
  'perclass',
  perClassF1(allGold, allPred, K)
    .map((x) => x?.toFixed(3))
    .join(' '),
  `feat ${tf}ms total ${Date.now() - t0}ms`,
);
