// `npm run train:safety`: trains the learned risk scorer on the development collections
// (test/safety/cases*.jsonl, never the held-out ones), chooses its threshold by 5-fold
// cross-validation, and writes src/safety/model/risk-model.json. Deterministic: the same data
// gives the same file, byte for byte.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { CONFOUNDER_KINDS, parseSafetyCases, type SafetyCase } from '../src/safety/index.ts';
import { scoreRisk, MODEL_CATEGORIES } from '../src/safety/risk-model.ts';
import { DEFAULT_TRAINING, isPositive, trainRiskModel } from '../src/safety/risk-model-training.ts';

const files = readdirSync('test/safety')
  .filter((name) => /^cases.*\.jsonl$/u.test(name))
  .sort();
const cases: SafetyCase[] = files.flatMap((name) =>
  parseSafetyCases(readFileSync(`test/safety/${name}`, 'utf8'), name),
);
// ALLIANCE_TRAINING (JSON) overrides settings for experiments; the shipped file uses the defaults.
const options = { ...DEFAULT_TRAINING, ...JSON.parse(process.env.ALLIANCE_TRAINING ?? '{}') };
const FOLDS = 5;
const fold = (item: SafetyCase) => createHash('sha256').update(item.id).digest()[0]! % FOLDS;

// Out-of-fold probabilities: the highest category probability per message.
const outOfFold = new Map<string, number>();
for (let k = 0; k < FOLDS; k++) {
  const model = trainRiskModel(
    cases.filter((item) => fold(item) !== k),
    options,
    0.5,
    'cv',
  );
  for (const item of cases.filter((c) => fold(c) === k)) {
    const scores = scoreRisk(model, item.text);
    outOfFold.set(item.id, Math.max(...MODEL_CATEGORIES.map((category) => scores[category] ?? 0)));
  }
}
const positives = cases.filter((item) =>
  MODEL_CATEGORIES.some((category) => isPositive(item, category)),
);
const confounders = cases.filter((item) => CONFOUNDER_KINDS.has(item.kind) && !item.unassessable);
let chosen = 0.9;
console.log(
  `cross-validated (${FOLDS} folds) over ${files.join(', ')}: ${positives.length} risk messages, ${confounders.length} confounders`,
);
for (let t = 0.3; t <= 0.91; t += 0.05) {
  const recall = positives.filter((item) => outOfFold.get(item.id)! > t).length / positives.length;
  const falseAlarms =
    confounders.filter((item) => outOfFold.get(item.id)! > t).length / confounders.length;
  console.log(
    `  threshold ${t.toFixed(2)}: recall ${(recall * 100).toFixed(1)}%, false alarms ${(falseAlarms * 100).toFixed(1)}%`,
  );
  if (falseAlarms <= 0.05 && t < chosen) chosen = Math.round(t * 100) / 100;
}
console.log(`chosen threshold: ${chosen} (lowest with false alarms ≤ 5% out of fold)`);
const model = trainRiskModel(
  cases,
  options,
  chosen,
  `${files.join(', ')} (${cases.length} messages)`,
);
writeFileSync('src/safety/model/risk-model.json', `${JSON.stringify(model, null, 1)}\n`);
const size = Object.values(model.categories).reduce(
  (sum, c) => sum + Object.keys(c.weights).length,
  0,
);
console.log(`wrote src/safety/model/risk-model.json (${size} weights)`);
