import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AllianceError } from '../core/index.ts';
import {
  annotationLine,
  annotationTools,
  type AnnotationJob,
  type AnnotationTools,
} from './annotation-line.ts';

/**
 * Utterances per batch: small enough that a short input is written soon, large enough that
 * posting one to a worker costs little.
 */
export const ANNOTATION_BATCH_SIZE = 64;
/** Batches a worker may hold at once: one it works on and one waiting, so it never idles. */
const WORKER_DEPTH = 2;
/** More worker threads add load time and memory for little: the main thread reads and writes. */
const MAX_WORKERS = 3;

/**
 * How many worker threads `alliance annotate` starts beside the main thread: one per core
 * beyond the first (at most three); `ALLIANCE_ANNOTATE_WORKERS` sets it (0: the main thread alone).
 */
export function annotationWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
  const set = env.ALLIANCE_ANNOTATE_WORKERS;
  if (set !== undefined && set.trim() !== '') {
    const count = Number(set);
    if (!Number.isInteger(count) || count < 0 || count > 64) {
      throw new AllianceError(
        'usage',
        `ALLIANCE_ANNOTATE_WORKERS must be a whole number from 0 to 64, not "${set.slice(0, 40)}".`,
        'Unset it to use one worker thread per core beyond the first, or set 0 for none.',
      );
    }
    return count;
  }
  return Math.max(0, Math.min(availableParallelism() - 1, MAX_WORKERS));
}

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  inFlight: Map<
    number,
    { jobs: AnnotationJob[]; resolve: (lines: string[]) => void; reject: (error: Error) => void }
  >;
}

/**
 * Annotates batches of utterances on worker threads and the main thread together. A batch goes
 * to a worker that has loaded its models and has room; otherwise the main thread annotates it
 * at once, so nothing waits for a worker to load (each loads the detector and the models: about
 * two seconds) and a short input never needs one. Every thread runs the same code on the same
 * shipped weights, so the lines are the same wherever a batch ran. A worker that fails hands
 * its batches back to the main thread: nothing is lost.
 */
export class AnnotationPool {
  private readonly workers: PoolWorker[] = [];
  private local: AnnotationTools | undefined;
  private nextId = 0;
  /** `run` calls waiting for a worker to have room (only when `workersOnly`). */
  private waiters: (() => void)[] = [];
  private readonly readyAll: Promise<void>;
  private started = false;
  private batches = 0;

  constructor(
    private readonly workerCount: number,
    /** Tests and the benchmark: run every batch on a worker (waiting for one), none here. */
    private readonly workersOnly = false,
  ) {
    let resolveReady!: () => void;
    this.readyAll = new Promise((resolve) => (resolveReady = resolve));
    this.onReady = resolveReady;
  }

  private onReady: () => void;

  /** Starts the workers (from the second batch on, so a short input starts none). */
  private start(): void {
    if (this.started) return;
    this.started = true;
    if (this.workerCount === 0) this.onReady();
    for (let i = 0; i < this.workerCount; i += 1) {
      const worker = new Worker(new URL('./annotation-worker.mjs', import.meta.url));
      const entry: PoolWorker = { worker, ready: false, dead: false, inFlight: new Map() };
      worker.unref();
      worker.on(
        'message',
        (message: { ready?: true; id?: number; lines?: string[]; error?: string }) => {
          if (message.ready) {
            entry.ready = true;
            if (this.workers.every((w) => w.ready || w.dead)) this.onReady();
            this.wake();
            return;
          }
          const batch = entry.inFlight.get(message.id!);
          if (!batch) return;
          entry.inFlight.delete(message.id!);
          // An idle worker does not keep the process alive (one still loading at the end of a
          // short input is simply stopped); one with work does.
          if (entry.inFlight.size === 0) worker.unref();
          if (message.error !== undefined) batch.reject(new Error(message.error));
          else batch.resolve(message.lines!);
          this.wake();
        },
      );
      const fail = () => {
        if (entry.dead) return;
        entry.dead = true;
        // Its batches are annotated here instead, in the order they were given.
        for (const batch of entry.inFlight.values()) {
          try {
            batch.resolve(this.annotateHere(batch.jobs));
          } catch (error) {
            batch.reject(error as Error);
          }
        }
        entry.inFlight.clear();
        if (this.workers.every((w) => w.ready || w.dead)) this.onReady();
        this.wake();
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      this.workers.push(entry);
    }
  }

  /** Resolves when every worker has loaded its models (or failed); for tests and the benchmark. */
  async ready(): Promise<void> {
    this.start();
    await this.readyAll;
  }

  /** The output lines of a batch, in order. */
  run(jobs: AnnotationJob[]): Promise<string[]> {
    // An input of one batch is done here before a worker could have loaded: none is started.
    this.batches += 1;
    if (this.batches >= 2 || this.workersOnly) this.start();
    const free = this.workers
      .filter((w) => w.ready && !w.dead && w.inFlight.size < WORKER_DEPTH)
      .sort((a, b) => a.inFlight.size - b.inFlight.size)[0];
    if (free) return this.post(free, jobs);
    if (this.workersOnly && this.workers.some((w) => !w.dead)) {
      return new Promise<void>((resolve) => this.waiters.push(resolve)).then(() => this.run(jobs));
    }
    try {
      return Promise.resolve(this.annotateHere(jobs));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  private post(entry: PoolWorker, jobs: AnnotationJob[]): Promise<string[]> {
    const id = this.nextId++;
    entry.worker.ref();
    return new Promise((resolve, reject) => {
      entry.inFlight.set(id, { jobs, resolve, reject });
      entry.worker.postMessage({ id, jobs });
    });
  }

  /** Lets the `run` calls waiting for room try again. */
  private wake(): void {
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  private annotateHere(jobs: readonly AnnotationJob[]): string[] {
    this.local ??= annotationTools();
    const tools = this.local;
    return jobs.map((job) => annotationLine(job, tools));
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    for (const entry of workers) entry.dead = true;
    this.wake();
    await Promise.all(workers.map((entry) => entry.worker.terminate()));
  }
}
