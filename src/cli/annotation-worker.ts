// A worker thread of `alliance annotate`: loads the detector and the nlu models once, then
// answers each batch of jobs with its output lines, in order (see annotation-pool.ts).
import { parentPort } from 'node:worker_threads';
import { annotationLine, annotationTools, type AnnotationJob } from './annotation-line.ts';

const port = parentPort;
if (!port) throw new Error('annotation-worker.ts runs only as a worker thread');
const tools = annotationTools();
port.on('message', (batch: { id: number; jobs: AnnotationJob[] }) => {
  try {
    port.postMessage({ id: batch.id, lines: batch.jobs.map((job) => annotationLine(job, tools)) });
  } catch (error) {
    port.postMessage({ id: batch.id, error: (error as Error).message });
  }
});
port.postMessage({ ready: true });
