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

// Hostile input: a 1 MB message with 1 MB of context (the person's last message and the agent's),
// repeated units that once made patterns backtrack. The unit tests check the result is sensible;
// how long it takes is measured here, beside the nlu stage's analysis of the same message.
console.log('\n1 MB messages (with 1 MB of context), milliseconds, min of 3');
const minMs = (work: () => void): number => {
  let best = Infinity;
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
};
for (const unit of ['a ', 'd i e ', '💊', 'he still ', 'took 20 pills ', "i'm so "]) {
  const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const context = { recentClientTexts: [big], previousAgentText: `Are you safe? ${big}` };
  const detect = minMs(() => detector.assess(big, context));
  const peer = minMs(() => analyzer.analyze(big));
  console.log(
    `  ${JSON.stringify(unit).padEnd(18)} detector ${detect.toFixed(0).padStart(5)} ms   peer: wink-nlp analysis ${peer.toFixed(0).padStart(5)} ms`,
  );
}
