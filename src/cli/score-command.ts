import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { applyCalibration, type Calibration } from '../alliance/index.ts';
import { AllianceError, jsonProblem } from '../core/index.ts';
import {
  TRANSCRIPT_FORMATS,
  readTranscripts,
  scoreTranscript,
  type TranscriptFormat,
} from '../research/index.ts';
import type { CliIo } from './cli-io.ts';
import { defaultAnnotator } from '../nlu/index.ts';

/** Reads a calibration saved by `alliance calibrate --out`, refusing anything else. */
function readCalibration(file: string): Calibration[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AllianceError(
      'usage',
      `Cannot read the calibration ${file} (${existsSync(file) ? jsonProblem(error) : 'no such file'}).`,
      'Create it with `alliance calibrate --out FILE`.',
    );
  }
  const list = (parsed as { calibrations?: unknown })?.calibrations;
  if (
    !Array.isArray(list) ||
    list.some(
      (c) =>
        typeof c !== 'object' ||
        c === null ||
        typeof (c as Calibration).instrument !== 'string' ||
        typeof (c as Calibration).dimensions !== 'object',
    )
  ) {
    throw new AllianceError(
      'usage',
      `${file} is not a calibration file.`,
      'Create it with `alliance calibrate --out FILE`.',
    );
  }
  return list as Calibration[];
}

/** Input larger than this is refused before it is read (about two million utterances). */
const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Reads a file or standard input as text, refusing oversized input. */
export async function readInput(file: string | undefined, io: CliIo): Promise<string> {
  if (file) {
    if (!existsSync(file)) {
      throw new AllianceError(
        'usage',
        `There is no input file ${file}.`,
        'Pass --in with the path, or pipe the input in.',
      );
    }
    if (statSync(file).size > MAX_INPUT_BYTES) {
      throw new AllianceError(
        'usage',
        `${file} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB.`,
        'Split it into several files.',
      );
    }
    return readFileSync(file, 'utf8');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) {
      throw new AllianceError(
        'usage',
        `The input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB.`,
        'Split it into several files.',
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `alliance score [--in FILE] [--format jsonl|annomi|esconv] [--out FILE]`: one JSON line per
 * conversation with its DTA index (goal, task, bond, engagement, overall on 0–100), ruptures,
 * MITI summary and the evidence behind each point. A bad line stops the run with an error naming
 * it, before anything is written.
 */
export async function scoreCommand(
  options: { in?: string; out?: string; format: string; calibration?: string },
  io: CliIo,
): Promise<number> {
  const calibrations = options.calibration ? readCalibration(options.calibration) : [];
  if (!TRANSCRIPT_FORMATS.includes(options.format as TranscriptFormat)) {
    throw new AllianceError(
      'usage',
      `Unknown format "${options.format.slice(0, 30)}".`,
      `Use one of ${TRANSCRIPT_FORMATS.join(', ')}.`,
    );
  }
  const text = await readInput(options.in, io);
  const transcripts = readTranscripts(
    text,
    options.format as TranscriptFormat,
    options.in ?? 'standard input',
  );
  if (transcripts.length === 0) {
    throw new AllianceError(
      'usage',
      'The input holds no utterances.',
      'Give at least one conversation.',
    );
  }
  const annotator = defaultAnnotator();
  const output = options.out ? createWriteStream(options.out, { encoding: 'utf8' }) : undefined;
  try {
    for (const transcript of transcripts) {
      const score = scoreTranscript(transcript, annotator);
      const line = JSON.stringify(
        calibrations.length > 0
          ? {
              ...score,
              calibrated: true,
              self_report: Object.fromEntries(
                calibrations.map((c) => [c.instrument, applyCalibration(c, score.dta)]),
              ),
            }
          : score,
      );
      if (!output) io.out(line);
      else if (!output.write(`${line}\n`)) await once(output, 'drain');
    }
  } finally {
    if (output) {
      output.end();
      await once(output, 'finish');
    }
  }
  return 0;
}
