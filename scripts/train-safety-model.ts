// `npm run train:safety`: trains the learned risk scorer from the team's labelled messages and
// writes src/safety/learned/risk-model.json. Deterministic: the same data gives the same bytes.
// `--cv` also reports five-fold cross-validated recall and false alarms beside the rules.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseCsv } from '../src/nlu/index.ts';
import { trainSoftmax, trainSparseNetwork, type NetworkTrainingOptions } from '../src/nlu/index.ts';
import { compareRisk } from '../src/core/index.ts';
import { parseSafetyCases, ruleRiskDetector, type SafetyCase } from '../src/safety/index.ts';
import { CONFOUNDER_KINDS } from '../src/safety/safety-evaluation.ts';
import { messageFeatures } from '../src/safety/learned/features.ts';
import {
  MODEL_CLASSES,
  riskModel,
  riskModelFile,
  type ModelClass,
  type RiskModelWeights,
} from '../src/safety/learned/model.ts';

// OUT=path writes the weights elsewhere (for comparing a candidate with the shipped model).
const OUT = process.env.OUT ?? 'src/safety/learned/risk-model.json';
// The softmax regression over the classes, and the imminence head: full-batch Adam.
const EPOCHS = Number(process.env.EPOCHS ?? 300);
const L2 = Number(process.env.L2 ?? 1e-4);
const RATE = 0.05;
const MIN_DOCS = 2;
// Features whose weights all stay under 0.05 are dropped: 113,114 → about 47,000 for model@7,
// with the same held-out figures (docs/safety.md), and less memory in the server.
const MIN_WEIGHT = 0.05;
// Since model@15 a network with one hidden layer of 64 units over the features seen in at least 5
// messages (5 passes) reads the classes beside the softmax, the two averaged. Chosen on a fold of
// the training pool held back from models trained on the other four fifths (docs/safety.md,
// session 16). With the rules at 0.6 on that fold, the softmax found 91.9% of the risk with 10.7%
// false alarms; the network 93.5% and 93.6% (two seeds) with 10.6% and 11.0%; the average of the
// two 93.1% with 10.1%, and at 0.5 94.1% with 10.9%, with fewer extreme readings of short everyday
// messages than the network alone. 32 units scored about half a point lower; an L2 penalty of
// 1e-5 found as much with more false alarms, and 1e-4 half a point less.
const NETWORK_SHARE = 0.5;
const NETWORK: NetworkTrainingOptions = {
  hidden: 64,
  epochs: 5,
  rate: 0.05,
  l2: 1e-6,
  minCount: 5,
  seed: Number(process.env.NET_SEED ?? 1),
  dropout: Number(process.env.NET_DROPOUT ?? 0),
  ensemble: Number(process.env.NET_ENSEMBLE ?? 1),
};
// For trying a candidate: its name, and folders of collections trained on beside training/safety
// (EXTRA=training/safety-candidates); the shipped model is trained without them.
const MODEL_NAME = process.env.MODEL_NAME ?? 'model@16';
const EXTRA = (process.env.EXTRA ?? '').split(':').filter((dir) => dir.length > 0);
// 0.55 since model@15: on the same held-back fold of the training pool, with the rules, the
// lowest threshold (in steps of 0.05) that raises no more false alarms than model@13 did at 0.6:
// 93.7% of the risk with 10.5% false alarms and 16 alarms in 1,404 turns of everyday conversation
// (AnnoMI), against 91.9%, 10.7% and 22 (at 0.5: 94.1%, 10.9%; docs/safety.md). The agent's own
// conversation flows (its tests: goals, routines, check-ins) raise no alarm down to 0.45.
// model@13's 0.6 was the lowest at which those flows raised none. Not chosen on a held-out
// collection.
const THRESHOLD = Number(process.env.THRESHOLD ?? 0.55);
// A message that names a danger concept (`DANGER_CONCEPT`) keeps model@6's threshold.
const DANGER_THRESHOLD = Number(process.env.DANGER_THRESHOLD ?? 0.5);

// The imminence head (since model@10): 200 epochs, and an alarm is raised to imminent at 0.8. Chosen
// on blind collections the head was not trained on (session 11's batches 4–5, session 12's batch 9;
// docs/safety.md): at 0.8 it recognised 78% of imminent risk as imminent (53% without it) and raised 3.6% of the
// non-imminent alarms; never on a held-out collection. Checked again for model@12 on session 13's
// batch 13 with a model trained without it: 81.4% at 0.8, 83.9% at 0.7 for more over-triage.
const IMMINENCE_EPOCHS = 200;
const IMMINENCE_THRESHOLD = Number(process.env.IMMINENCE_THRESHOLD ?? 0.8);

/** Training data: the development collections and the training collections, never a holdout. */
function trainingCases(): SafetyCase[] {
  const files = [
    ...readdirSync('test/safety')
      .filter((name) => /^cases.*\.jsonl$/u.test(name))
      .map((name) => `test/safety/${name}`),
    ...['training/safety', ...EXTRA].flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.jsonl'))
        .map((name) => `${dir}/${name}`),
    ),
  ].sort();
  return files
    .flatMap((file) => parseSafetyCases(readFileSync(file, 'utf8'), file))
    .filter((c) => !c.unassessable && c.kind !== 'multi_turn');
}

const ANNOMI = '../shared/datasets/annomi/AnnoMI-simple.csv';

/**
 * Everyday conversation as negatives: every AnnoMI utterance (motivational-interviewing sessions
 * about drinking, smoking, diet…; Wu et al. 2022), so the model learns how ordinary talk looks.
 * Utterances the rules read as a moderate-or-worse risk are left out rather than labelled none.
 */
function everydayConversation(): SafetyCase[] {
  if (!existsSync(ANNOMI)) {
    throw new Error(
      `${ANNOMI} is missing: training needs the shared AnnoMI dataset (see ../shared/datasets/README.md).`,
    );
  }
  const rules = ruleRiskDetector();
  return parseCsv(readFileSync(ANNOMI, 'utf8'))
    .filter((row) => row.utterance_text && row.utterance_text.trim().length > 0)
    .filter((row) => compareRisk(rules.assess(row.utterance_text!).level, 'moderate') < 0)
    .map((row) => ({
      id: `annomi-${row.transcript_id}-${row.utterance_id}`,
      text: row.utterance_text!,
      category: null,
      level: 'none' as const,
      kind: 'conversation',
      context: [],
      about_others: false,
      unassessable: false,
    }));
}

/**
 * The class the model should give a message: the category of a moderate-or-worse own risk, or
 * `others` for concern about someone else's safety.
 */
function labelOf(c: SafetyCase): ModelClass {
  if (c.about_others) return 'others';
  if (c.category === null || compareRisk(c.level, 'moderate') < 0) return 'none';
  return c.category;
}

function train(cases: readonly SafetyCase[]): RiskModelWeights {
  const features = cases.map((c) => messageFeatures(c.text));
  const examples = cases.map((c, i) => ({
    features: features[i]!,
    label: MODEL_CLASSES.indexOf(labelOf(c)),
  }));
  const weights = trainSoftmax(MODEL_CLASSES, examples, {
    epochs: EPOCHS,
    l2: L2,
    rate: RATE,
    minCount: MIN_DOCS,
    minWeight: MIN_WEIGHT,
  });
  const network = trainSparseNetwork(MODEL_CLASSES, examples, NETWORK);
  // The imminence head reads only the messages that carry the speaker's own risk.
  const risky = cases.flatMap((c, i) => {
    const label = labelOf(c);
    return label === 'none' || label === 'others'
      ? []
      : [{ features: features[i]!, label: c.level === 'imminent' ? 1 : 0 }];
  });
  const imminence = trainSoftmax(['not_imminent', 'imminent'], risky, {
    epochs: IMMINENCE_EPOCHS,
    l2: L2,
    rate: RATE,
    minCount: MIN_DOCS,
    minWeight: MIN_WEIGHT,
  });
  return {
    name: MODEL_NAME,
    ...weights,
    classes: MODEL_CLASSES,
    network,
    networkShare: NETWORK_SHARE,
    threshold: THRESHOLD,
    dangerThreshold: DANGER_THRESHOLD,
    imminence,
    imminenceThreshold: IMMINENCE_THRESHOLD,
  };
}

/** A stable fold for a case id. */
function foldOf(id: string, folds: number): number {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h % folds;
}

const cases = [...trainingCases(), ...everydayConversation()];
if (process.argv.includes('--cv')) {
  const rules = ruleRiskDetector();
  const FOLDS = 5;
  const thresholds = [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9];
  const tally = thresholds.map(() => ({ hit: 0, pos: 0, fa: 0, conf: 0, talk: 0, talkFa: 0 }));
  let ruleHit = 0;
  let ruleFa = 0;
  const modelFaByKind = new Map<string, number>();
  const confByKind = new Map<string, number>();
  const examplesFa: string[] = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const weights = train(cases.filter((c) => foldOf(c.id, FOLDS) !== fold));
    const model = riskModel(weights);
    const combined = thresholds.map((t) =>
      ruleRiskDetector({
        model: riskModel({
          ...weights,
          threshold: t,
          dangerThreshold: Math.min(t, DANGER_THRESHOLD),
        }),
      }),
    );
    for (const c of cases.filter((x) => foldOf(x.id, FOLDS) === fold)) {
      const ruleAlarm = compareRisk(rules.assess(c.text).level, 'moderate') >= 0;
      const p = model.score(c.text).alarm;
      const label = labelOf(c);
      const positive = label !== 'none' && label !== 'others';
      const conversation = c.kind === 'conversation';
      const confounder =
        !conversation && (CONFOUNDER_KINDS.has(c.kind) || (!positive && c.level === 'none'));
      const alarms = combined.map((d) => compareRisk(d.assess(c.text).level, 'moderate') >= 0);
      const atThreshold = alarms[thresholds.indexOf(THRESHOLD)] ?? false;
      if (confounder && !positive) {
        confByKind.set(c.kind, (confByKind.get(c.kind) ?? 0) + 1);
        if (!ruleAlarm && atThreshold) {
          modelFaByKind.set(c.kind, (modelFaByKind.get(c.kind) ?? 0) + 1);
          if (process.argv.includes('--show-fa'))
            examplesFa.push(`${p.toFixed(2)} [${c.kind}] ${c.text}`);
        }
      }
      if (positive && ruleAlarm) ruleHit += 1;
      if (!positive && confounder && ruleAlarm) ruleFa += 1;
      thresholds.forEach((_, i) => {
        const alarm = alarms[i]!;
        if (conversation) {
          tally[i]!.talk += 1;
          if (alarm) tally[i]!.talkFa += 1;
        } else if (positive) {
          tally[i]!.pos += 1;
          if (alarm) tally[i]!.hit += 1;
        } else if (confounder) {
          tally[i]!.conf += 1;
          if (alarm) tally[i]!.fa += 1;
        }
      });
    }
    console.error(`fold ${fold + 1}/${FOLDS} done`);
  }
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
  console.log(
    `rules alone: recall ${pct(ruleHit, tally[0]!.pos)}, false alarms ${pct(ruleFa, tally[0]!.conf)}`,
  );
  for (const [kind, n] of [...confByKind].sort()) {
    console.log(
      `  model-only false alarms at ${THRESHOLD}, ${kind}: ${modelFaByKind.get(kind) ?? 0}/${n}`,
    );
  }
  for (const line of examplesFa) console.log(`    ${line}`);
  thresholds.forEach((t, i) => {
    const r = tally[i]!;
    console.log(
      `rules + model ≥ ${t}: recall ${pct(r.hit, r.pos)}, false alarms ${pct(r.fa, r.conf)}, alarms on everyday conversation ${pct(r.talkFa, r.talk)}`,
    );
  });
}
if (!process.argv.includes('--no-write')) {
  const weights = train(cases);
  // The network's rows go to a binary file beside the weights (risk-model.network.bin).
  const rowsPath = OUT.replace(/(\.json)?$/u, '.network.bin');
  const { json, rows } = riskModelFile(weights, basename(rowsPath));
  writeFileSync(OUT, json);
  if (rows) writeFileSync(rowsPath, rows);
  console.log(
    `wrote ${OUT} and ${rowsPath}: a network over ${weights.network!.features.length} features from ${cases.length} messages`,
  );
}
