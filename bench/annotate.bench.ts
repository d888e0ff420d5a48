// Benchmark: `alliance annotate` throughput in process (risk detector and every nlu model, each
// utterance read with the turn before it), beside a VADER-sentiment pass over the same texts in
// the same run, on two corpora:
// - the team's own collections in the repository: crisis messages and their look-alikes, read as
//   independent lines, a crisis-dense mix on which the detector does the most work;
// - AnnoMI's 133 counselling transcripts (`../shared/datasets`, when present; never committed),
//   read as whole conversations, with the context the command gives each utterance.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vader from 'vader-sentiment';
import { annotationLine, annotationTools, type AnnotationJob } from '../src/cli/annotation-line.ts';
import {
  ANNOTATION_BATCH_SIZE,
  AnnotationPool,
  annotationWorkerCount,
} from '../src/cli/annotation-pool.ts';
import { annotationJob, type Conversations } from '../src/cli/annotate-command.ts';
import { readTranscripts } from '../src/research/index.ts';

const ROUNDS = 3;
const TARGET = 5000;
const ANNOMI = '../shared/datasets/annomi/AnnoMI-simple.csv';

/** The team's collections, each text a line of its own, speakers alternating. */
function collectionJobs(): AnnotationJob[] {
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
  const speakerOf = (i: number) => (i % 2 ? ('client' as const) : ('agent' as const));
  return texts.map((text, i) => ({
    id: i,
    speaker: speakerOf(i),
    text,
    riskContext: { recentClientTexts: [] },
    ...(i > 0 ? { before: { speaker: speakerOf(i - 1), text: texts[i - 1]! } } : {}),
  }));
}

/** AnnoMI's transcripts, each utterance with the context `alliance annotate` gives it. */
function annomiJobs(): AnnotationJob[] {
  const conversations: Conversations = new Map();
  return readTranscripts(readFileSync(ANNOMI, 'utf8'), 'annomi', ANNOMI).flatMap((transcript) =>
    transcript.utterances.map((utterance) => annotationJob(utterance, conversations)),
  );
}

const tools = annotationTools();
const workers = annotationWorkerCount();
const pool = new AnnotationPool(workers);
await pool.ready();

function perSecond(count: number, work: () => void): number {
  work();
  const start = performance.now();
  for (let i = 0; i < ROUNDS; i += 1) work();
  return (count * ROUNDS) / ((performance.now() - start) / 1000);
}

// As `alliance annotate` runs: batches on worker threads and the main thread together
// (src/cli/annotation-pool.ts), timed after every thread has loaded its models.
async function pooledPerSecond(jobs: AnnotationJob[]): Promise<number> {
  const round = async () => {
    const running: Promise<string[]>[] = [];
    for (let i = 0; i < jobs.length; i += ANNOTATION_BATCH_SIZE) {
      // The command gives the event loop a turn before each batch, so workers get theirs.
      await new Promise<void>((resolve) => setImmediate(resolve));
      running.push(pool.run(jobs.slice(i, i + ANNOTATION_BATCH_SIZE)));
    }
    await Promise.all(running);
  };
  await round();
  const start = performance.now();
  for (let i = 0; i < ROUNDS; i += 1) await round();
  return (jobs.length * ROUNDS) / ((performance.now() - start) / 1000);
}

const rate = (value: number) => `${Math.round(value).toLocaleString('en')} utterances/s`;

async function measure(name: string, jobs: AnnotationJob[]): Promise<void> {
  const chars = jobs.reduce((sum, job) => sum + job.text.length, 0) / jobs.length;
  console.log(
    `\n${name}: ${jobs.length.toLocaleString('en')} utterances of ${Math.round(chars)} characters on average, ${ROUNDS} rounds (after model load)`,
  );
  const single = perSecond(jobs.length, () => {
    for (const job of jobs) annotationLine(job, tools);
  });
  const baseline = perSecond(jobs.length, () => {
    for (const job of jobs) vader.SentimentIntensityAnalyzer.polarity_scores(job.text);
  });
  const threaded = await pooledPerSecond(jobs);
  const threads = `main thread + ${workers} worker${workers === 1 ? '' : 's'}`;
  console.log(`${'alliance annotate, one thread'.padEnd(48)} ${rate(single)}`);
  console.log(`${`alliance annotate, ${threads}`.padEnd(48)} ${rate(threaded)}`);
  console.log(`${'peer: VADER sentiment of the same texts'.padEnd(48)} ${rate(baseline)}`);
  console.log(
    `annotate / VADER: ×${(single / baseline).toFixed(2)} on one thread, ×${(threaded / baseline).toFixed(2)} with workers — target ≥ ${TARGET.toLocaleString('en')} utterances/s (${threaded >= TARGET ? 'met' : 'NOT met'})`,
  );
}

try {
  await measure('Team collections (crisis-dense, independent lines)', collectionJobs());
  if (existsSync(ANNOMI)) await measure('AnnoMI transcripts (whole conversations)', annomiJobs());
  else console.log(`\nAnnoMI transcripts: skipped, ${ANNOMI} is not on this machine`);
} finally {
  await pool.close();
}
