import { AllianceError } from '../core/index.ts';

/** One line read from input: its text, or the reason it cannot be used as it is. */
export interface InputLine {
  /** 1-based line number. */
  number: number;
  /** The decoded line; invalid UTF-8 is decoded with replacement characters and flagged in `error`. */
  text: string;
  error?: AllianceError;
}

/**
 * Lines longer than this many bytes are discarded unread, so no input can exhaust memory. Far
 * above the message limit, so an over-long message is still read and answered with its length.
 */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;

/**
 * Splits a byte stream into lines, checking each is valid UTF-8, without ever holding more than
 * one line (capped at `maxLineBytes`) in memory.
 * @example for await (const line of readLines(process.stdin)) console.log(line.number, line.text)
 */
export async function* readLines(
  input: AsyncIterable<Buffer | string>,
  maxLineBytes = MAX_LINE_BYTES,
): AsyncGenerator<InputLine> {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const lenient = new TextDecoder('utf-8');
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let number = 0;

  function finish(): InputLine {
    number += 1;
    if (overflow) {
      const line: InputLine = {
        number,
        text: '',
        error: new AllianceError(
          'input_line_too_long',
          `Line ${number} is longer than ${(maxLineBytes / 1024 / 1024).toFixed(0)} MiB and was not read.`,
          'Send shorter messages, one per line.',
        ),
      };
      reset();
      return line;
    }
    let bytes = Buffer.concat(parts, size);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d)
      bytes = bytes.subarray(0, bytes.length - 1);
    reset();
    try {
      return { number, text: strict.decode(bytes) };
    } catch {
      return {
        number,
        text: lenient.decode(bytes),
        error: new AllianceError(
          'input_invalid_utf8',
          `Line ${number} is not valid UTF-8 text.`,
          'Save or send the input as UTF-8.',
        ),
      };
    }
  }

  function reset(): void {
    parts = [];
    size = 0;
    overflow = false;
  }

  function add(chunk: Buffer): void {
    if (overflow) return;
    if (size + chunk.length > maxLineBytes) {
      overflow = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(chunk);
    size += chunk.length;
  }

  for await (const raw of input) {
    let chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let newline = chunk.indexOf(0x0a);
    while (newline !== -1) {
      add(chunk.subarray(0, newline));
      yield finish();
      chunk = chunk.subarray(newline + 1);
      newline = chunk.indexOf(0x0a);
    }
    if (chunk.length > 0) add(Buffer.from(chunk));
  }
  if (size > 0 || overflow) yield finish();
}

/**
 * The items of `source` until `signal` aborts; then the source is closed and iteration ends as if
 * the input had ended.
 * @example for await (const line of untilAborted(readLines(stdin), io.interrupt)) …
 */
export async function* untilAborted<T>(
  source: AsyncIterable<T>,
  signal?: AbortSignal,
): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const aborted = new Promise<'aborted'>((resolve) => {
    if (signal?.aborted) resolve('aborted');
    signal?.addEventListener('abort', () => resolve('aborted'), { once: true });
  });
  try {
    while (true) {
      const next = await Promise.race([iterator.next(), aborted]);
      if (next === 'aborted' || next.done) return;
      yield next.value;
    }
  } finally {
    // Closing the source may wait on a read that never comes (a terminal); do not wait for it.
    void iterator.return?.();
  }
}
