// Benchmark: `alliance annotate` throughput in process (risk detector and every nlu model, each
// utterance read with the turn before it), beside a VADER-sentiment pass over the same texts in
// the same run. Texts: the team's own collections in the repository.
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vader from 'vader-sentiment';
import { defaultAnnotator } from '../src/nlu/index.ts';
import { ruleRiskDetector, shippedRiskModel } from '../src/safety/index.ts';
import {
  ANNOTATION_BATCH_SIZE,
  AnnotationPool,
  annotationWorkerCount,
} from '../src/cli/annotation-pool.ts';
import type { AnnotationJob } from '../src/cli/annotation-line.ts';

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

// As `alliance annotate` runs: batches on worker threads and the main thread together
// (src/cli/annotation-pool.ts), timed after every thread has loaded its models.
const workers = annotationWorkerCount();
const jobs: AnnotationJob[] = utterances.map((u, i) => ({
  id: i,
  speaker: u.speaker,
  text: u.text,
  riskContext: { recentClientTexts: [] },
  ...(i > 0 ? { before: utterances[i - 1]! } : {}),
}));
const pool = new AnnotationPool(workers);
await pool.ready();
async function poolRound(): Promise<void> {
  const running: Promise<string[]>[] = [];
  for (let i = 0; i < jobs.length; i += ANNOTATION_BATCH_SIZE) {
    // The command gives the event loop a turn before each batch, so workers get theirs.
    await new Promise<void>((resolve) => setImmediate(resolve));
    running.push(pool.run(jobs.slice(i, i + ANNOTATION_BATCH_SIZE)));
  }
  await Promise.all(running);
}
await poolRound();
const poolStart = performance.now();
for (let i = 0; i < ROUNDS; i += 1) await poolRound();
const threaded = (utterances.length * ROUNDS) / ((performance.now() - poolStart) / 1000);
await pool.close();
console.log(
  `${`alliance annotate, main thread + ${workers} worker${workers === 1 ? '' : 's'}`.padEnd(48)} ${Math.round(threaded).toLocaleString('en')} utterances/s`,
);
console.log(
  `annotate / VADER: ×${(annotate / baseline).toFixed(2)} on one thread, ×${(threaded / baseline).toFixed(2)} with workers — target ≥ 5,000 utterances/s (${threaded >= 5000 ? 'met' : 'NOT met'})`,
);
