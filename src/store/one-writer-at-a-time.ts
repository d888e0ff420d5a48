import type { AccountStore, EventStore } from '../core/index.ts';

/**
 * Runs the calls of an event store and an account store that share one SQLite file one at a
 * time, in arrival order. They hold two connections in one thread: if a transaction of one were
 * open while the other began its own, SQLite's busy wait would block the thread the first needs
 * to commit, and both would fail after the busy timeout. better-sqlite3 runs every statement
 * synchronously anyway, so queueing the calls costs no parallelism. `withConversationLock` is
 * passed through: its work calls the store again, and those calls are queued one by one.
 * @example const { events, accounts } = oneWriterAtATime(await openSqliteStore(...), await openSqliteAccountStore(...))
 */
export function oneWriterAtATime(
  events: EventStore,
  accounts: AccountStore,
): { events: EventStore; accounts: AccountStore } {
  let tail: Promise<unknown> = Promise.resolve();
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const next = tail.then(work, work);
    tail = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  };
  const wrap = <T extends object>(target: T, passThrough: readonly string[]): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (typeof value !== 'function' || passThrough.includes(String(property))) {
          return typeof value === 'function' ? value.bind(object) : value;
        }
        return (...args: unknown[]) =>
          queued(() => (value as (...a: unknown[]) => Promise<unknown>).apply(object, args));
      },
    });
  return {
    events: wrap(events, ['withConversationLock']),
    accounts: wrap(accounts, []),
  };
}
