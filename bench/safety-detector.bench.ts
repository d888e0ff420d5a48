// Benchmark: throughput of the risk detector over the team's evaluation messages, against the
// peer of the nlu stage (wink-nlp tokens, lemmas, POS, negation) over the same texts, in one run.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { winkAnalyzer } from '../src/nlu/index.ts';
import {
  contextOf,
  parseSafetyCases,
  ruleRiskDetector,
  shippedRiskModel,
} from '../src/safety/index.ts';

const file = 'test/safety/cases.jsonl';
const cases = parseSafetyCases(readFileSync(file, 'utf8'), file);
const ROUNDS = 20;
const detector = ruleRiskDetector({ model: shippedRiskModel() });
const rulesAlone = ruleRiskDetector();
const analyzer = winkAnalyzer();

function rate(label: string, work: () => void): number {
  work(); // warm up
  const start = performance.now();
  for (let i = 0; i < ROUNDS; i++) work();
  const seconds = (performance.now() - start) / 1000;
  const perSecond = (cases.length * ROUNDS) / seconds;
  console.log(`${label.padEnd(44)} ${Math.round(perSecond).toLocaleString('en')} messages/s`);
  return perSecond;
}

console.log(`Risk detection, ${cases.length} messages × ${ROUNDS} rounds`);
const safety = rate(`detector ${detector.name} (with context)`, () => {
  for (const item of cases) detector.assess(item.text, contextOf(item));
});
rate(`peer: ${rulesAlone.name} alone (with context)`, () => {
  for (const item of cases) rulesAlone.assess(item.text, contextOf(item));
});
const nlu = rate('peer: wink-nlp analysis of the same texts', () => {
  for (const item of cases) analyzer.analyze(item.text);
});
console.log(`detector / nlu throughput: ×${(safety / nlu).toFixed(2)}`);
