import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { AllianceError } from '../core/index.ts';
import { parseUtterance, type Utterance } from '../research/index.ts';
import type { CliIo } from './cli-io.ts';
import type { AnnotationJob } from './annotation-line.ts';
import { ANNOTATION_BATCH_SIZE, AnnotationPool, annotationWorkerCount } from './annotation-pool.ts';
import { readLines } from './line-reader.ts';

/** Longest input line `alliance annotate` reads: a long therapist monologue fits, a pasted book does not. */
export const ANNOTATE_MAX_LINE_BYTES = 1024 * 1024;
const RECENT_CLIENT_TEXTS = 5;
/** Batches read ahead of the one being written. */
const MAX_PENDING_BATCHES = 16;

/** What `alliance annotate` remembers of each conversation (by its id) while it reads. */
export type Conversations = Map<
  string,
  { lastOther?: string; recentClient: string[]; lastTurn?: { speaker: string; text: string } }
>;

/**
 * The job for the next utterance of its conversation, read against the lines before it: the
 * previous agent or therapist turn and the client's recent turns for the risk detector, the turn
 * before for the nlu models. The utterance then joins its conversation's history.
 * @example annotationJob({ id: '1', speaker: 'client', text: 'hi' }, new Map()).riskContext // { recentClientTexts: [] }
 */
export function annotationJob(utterance: Utterance, conversations: Conversations): AnnotationJob {
  const key = utterance.conversation ?? '';
  const history = conversations.get(key) ?? { recentClient: [] };
  conversations.set(key, history);
  const previous = utterance.context ?? history.lastOther;
  // The nlu models read each utterance against the turn before it (or its given context).
  const before =
    utterance.context !== undefined
      ? {
          speaker: utterance.speaker === 'client' ? 'agent' : 'client',
          text: utterance.context,
        }
      : history.lastTurn;
  const job: AnnotationJob = {
    id: utterance.id,
    speaker: utterance.speaker,
    text: utterance.text,
    riskContext: {
      ...(previous ? { previousAgentText: previous } : {}),
      recentClientTexts: utterance.speaker === 'client' ? history.recentClient : [],
    },
    ...(before ? { before } : {}),
    ...(history.lastOther !== undefined ? { helperTurn: history.lastOther } : {}),
  };
  history.lastTurn = { speaker: utterance.speaker, text: utterance.text };
  if (utterance.speaker === 'client') {
    history.recentClient = [...history.recentClient, utterance.text].slice(-RECENT_CLIENT_TEXTS);
  } else {
    history.lastOther = utterance.text;
  }
  return job;
}

/**
 * `alliance annotate`: JSON Lines of utterances in, one JSON line of annotations out per
 * utterance (the contract in DESIGN.md). Every utterance gets `risk` from the same detector the
 * live agent uses, with the conversation so far as context (the previous agent or therapist turn,
 * and the client's recent turns). A malformed line is reported on stderr with its number and the
 * exit code is 1; the other lines are still annotated, in order.
 */
export async function annotateCommand(
  options: { in?: string; out?: string },
  io: CliIo,
): Promise<number> {
  if (options.in && !existsSync(options.in)) {
    throw new AllianceError(
      'usage',
      `There is no input file ${options.in}.`,
      'Pass --in with a JSON Lines file, or pipe the lines in.',
    );
  }
  const workers = annotationWorkerCount();
  const input = options.in ? createReadStream(options.in) : io.input;
  const output = options.out ? createWriteStream(options.out, { encoding: 'utf8' }) : undefined;
  const write = async (line: string) => {
    if (!output) return io.out(line);
    if (!output.write(`${line}\n`)) await once(output, 'drain');
  };
  const conversations: Conversations = new Map();
  // Utterances are annotated in batches, on worker threads beside this one (annotation-pool.ts),
  // and written in input order.
  const pool = new AnnotationPool(workers);
  const pending: { done: boolean; lines: string[]; error?: Error; settled: Promise<void> }[] = [];
  let batch: AnnotationJob[] = [];
  const writeSettled = async () => {
    while (pending[0]?.done) {
      const head = pending.shift()!;
      if (head.error) throw head.error;
      for (const line of head.lines) await write(line);
    }
  };
  const submit = async () => {
    if (batch.length === 0) return;
    // A turn of the event loop first, so that batches the workers finished are received and
    // they get the next one, rather than this thread taking it while they wait.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const entry: (typeof pending)[number] = { done: false, lines: [], settled: Promise.resolve() };
    entry.settled = pool.run(batch).then(
      (lines) => {
        entry.lines = lines;
        entry.done = true;
      },
      (error: Error) => {
        entry.error = error;
        entry.done = true;
      },
    );
    batch = [];
    pending.push(entry);
    await writeSettled();
    // Read no further ahead than the threads can use.
    while (pending.length > MAX_PENDING_BATCHES) {
      await pending[0]!.settled;
      await writeSettled();
    }
  };
  let errors = 0;
  try {
    for await (const line of readLines(input, ANNOTATE_MAX_LINE_BYTES)) {
      if (line.text.trim() === '' && !line.error) continue;
      let utterance: Utterance;
      try {
        if (line.error) throw line.error;
        utterance = parseUtterance(line.text);
      } catch (error) {
        errors += 1;
        const message = error instanceof AllianceError ? error.toLine() : (error as Error).message;
        io.error(`alliance: line ${line.number}: ${message.replace(/^Line \d+ /u, 'The line ')}`);
        continue;
      }
      batch.push(annotationJob(utterance, conversations));
      if (batch.length >= ANNOTATION_BATCH_SIZE) await submit();
    }
    await submit();
    for (const entry of pending) await entry.settled;
    await writeSettled();
  } finally {
    await pool.close();
    if (output) {
      output.end();
      await once(output, 'finish');
    }
  }
  if (errors > 0)
    io.error(
      `alliance: ${errors} line${errors === 1 ? '' : 's'} could not be annotated (see above).`,
    );
  return errors > 0 ? 1 : 0;
}
