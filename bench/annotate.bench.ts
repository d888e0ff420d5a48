// Benchmark: `alliance annotate` throughput in process (risk detector and every nlu model, each
// utterance read with the turn before it), beside a VADER-sentiment pass over the same texts in
// the same run. Texts: the team's own collections in the repository.
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vader from 'vader-sentiment';
import { defaultAnnotator } from '../src/nlu/index.ts';
import { ruleRiskDetector, shippedRiskModel } from '../src/safety/index.ts';

const texts = [
  ...readdirSync('test/safety')
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => `test/safety/${f}`),
  'training/alliance-markers/markers.jsonl',
].flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text),
);
const utterances = texts.map((text, i) => ({
  speaker: i % 2 ? ('client' as const) : ('agent' as const),
  text,
}));
const detector = ruleRiskDetector({ model: shippedRiskModel() });
const annotator = defaultAnnotator();
const ROUNDS = 3;

function rate(label: string, work: () => void): number {
  work();
  const start = performance.now();
  for (let i = 0; i < ROUNDS; i += 1) work();
  const perSecond = (utterances.length * ROUNDS) / ((performance.now() - start) / 1000);
  console.log(`${label.padEnd(48)} ${Math.round(perSecond).toLocaleString('en')} utterances/s`);
  return perSecond;
}

console.log(`Annotation, ${utterances.length} utterances × ${ROUNDS} rounds (after model load)`);
const annotate = rate('alliance annotate (risk + every nlu model)', () => {
  let previous: { speaker: string; text: string } | undefined;
  for (const u of utterances) {
    detector.assess(u.text);
    annotator.annotate(u.speaker, u.text, previous);
    previous = u;
  }
});
const baseline = rate('peer: VADER sentiment of the same texts', () => {
  for (const u of utterances) vader.SentimentIntensityAnalyzer.polarity_scores(u.text);
});
console.log(
  `annotate / VADER: ×${(annotate / baseline).toFixed(2)} — target ≥ 5,000 utterances/s (${annotate >= 5000 ? 'met' : 'NOT met'})`,
);
