import type { Clock } from '../core/index.ts';

/**
 * Values read from the database, kept for a short time so that a hot read (the session and
 * account behind every authenticated request) does not go to the database each time. Only for a
 * store that is its database's only writer: it forgets what it changes, and nobody else can
 * change anything. A read races a change safely: `generation` moves when a change starts, and a
 * read that began before it is not kept.
 * @example const value = reads.get(key) ?? reads.keep(key, generation, await load(key))
 */
export class RecentReads<V> {
  readonly #entries = new Map<string, { value: V; until: number }>();
  readonly #clock: Clock;
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  #generation = 0;

  constructor(clock: Clock, options: { ttlMs: number; maxEntries: number }) {
    this.#clock = clock;
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries;
  }

  /** Where changes stand; pass it to `keep` with what was read after taking it. */
  get generation(): number {
    return this.#generation;
  }

  /** The value kept for `key`, unless it has expired. */
  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= this.#clock.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Keeps `value` (read after `generation` was taken) unless a change started since; returns it. */
  keep(key: string, generation: number, value: V): V {
    if (generation !== this.#generation) return value;
    this.#entries.delete(key);
    this.#entries.set(key, { value, until: this.#clock.now() + this.#ttlMs });
    // Insertion order: the first entry is the one kept longest ago.
    if (this.#entries.size > this.#maxEntries)
      this.#entries.delete(this.#entries.keys().next().value as string);
    return value;
  }

  /** Forgets `key` (or everything) around a change: call before the change and after it commits. */
  forget(key?: string): void {
    this.#generation += 1;
    if (key === undefined) this.#entries.clear();
    else this.#entries.delete(key);
  }
}
