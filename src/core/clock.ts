/** Source of the current time; injected so domain code never reads the wall clock itself. */
export interface Clock {
  /** Current time in milliseconds since the Unix epoch. */
  now(): number;
}

/** The real clock. @example systemClock.now() */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * A clock for tests and replays that starts at `start` and advances by `stepMs` on every read.
 * @example const clock = steppingClock(Date.parse('2026-01-01T09:00:00Z'), 1000)
 */
export function steppingClock(start: number, stepMs = 0): Clock {
  let current = start;
  return {
    now() {
      const value = current;
      current += stepMs;
      return value;
    },
  };
}

/** ISO-8601 UTC form of a clock reading, the timestamp format of every event. */
export function isoTime(clock: Clock): string {
  return new Date(clock.now()).toISOString();
}
