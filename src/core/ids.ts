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
  // Random bytes are drawn 4 KiB at a time: one call to the system's generator per 256 ids
  // instead of one per id (a turn makes several ids, and each call cost as much as a query).
  let pool = Buffer.alloc(0);
  let offset = 0;
  return {
    next(prefix) {
      let time = clock.now();
      let timePart = '';
      for (let i = 0; i < 10; i++) {
        timePart = ALPHABET[time % 32] + timePart;
        time = Math.floor(time / 32);
      }
      // 16 characters of 5 random bits each: 80 bits.
      if (offset + 16 > pool.length) {
        pool = randomBytes(4096);
        offset = 0;
      }
      let randomPart = '';
      for (let i = offset; i < offset + 16; i++) randomPart += ALPHABET[pool[i]! % 32];
      offset += 16;
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
