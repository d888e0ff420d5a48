import { randomBytes } from 'node:crypto';

/** Generates identifiers; injected so tests and replays can be deterministic. */
export interface IdGenerator {
  /** A new identifier starting with `prefix` (e.g. `evt`, `conv`). */
  next(prefix: string): string;
}

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * Random, time-ordered ids: a millisecond timestamp then 80 random bits, in Crockford base32,
 * so ids sort in creation order and never collide across processes.
 * @example randomIds(systemClock).next('conv') // 'conv_01jd7...'
 */
export function randomIds(clock: { now(): number }): IdGenerator {
  return {
    next(prefix) {
      let time = clock.now();
      let timePart = '';
      for (let i = 0; i < 10; i++) {
        timePart = ALPHABET[time % 32] + timePart;
        time = Math.floor(time / 32);
      }
      // 16 characters of 5 random bits each: 80 bits.
      const bytes = randomBytes(16);
      let randomPart = '';
      for (const byte of bytes) randomPart += ALPHABET[byte % 32];
      return `${prefix}_${timePart}${randomPart}`;
    },
  };
}

/** Predictable ids (`evt_1`, `evt_2`, …) for tests. @example sequentialIds().next('evt') */
export function sequentialIds(): IdGenerator {
  const counters = new Map<string, number>();
  return {
    next(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}_${n}`;
    },
  };
}
