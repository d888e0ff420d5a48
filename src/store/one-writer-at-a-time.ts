import type { AccountStore, EventStore } from '../core/index.ts';
import { auditedAppend, type AuditedAppend } from './audited-append.ts';

/**
 * Runs the calls of an event store and an account store that share one SQLite file one at a
 * time, in arrival order. They hold two connections in one thread: if a transaction of one were
 * open while the other began its own, SQLite's busy wait would block the thread the first needs
 * to commit, and both would fail after the busy timeout. better-sqlite3 runs every statement
 * synchronously anyway, so queueing the calls costs no parallelism. `withConversationLock` is
 * passed through: its work calls the store again, and those calls are queued one by one. The
 * stores' audited append (a turn's events and its audit record in one transaction, the turns
 * asked for in one turn of the event loop together: see auditedAppend) is one queued call of the
 * event store; the account store's `auditIn`, which it calls inside that transaction, is passed
 * through (queued, it would wait for the transaction it is part of).
 * @example const { events, accounts, auditedAppend } = oneWriterAtATime(await openSqliteStore(...), await openSqliteAccountStore(...))
 */
export function oneWriterAtATime(
  events: EventStore,
  accounts: AccountStore,
): { events: EventStore; accounts: AccountStore; auditedAppend: AuditedAppend | undefined } {
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
      get(object, property) {
        // Getters run on the store itself: its private fields are not the proxy's.
        const value: unknown = Reflect.get(object, property);
        if (typeof value !== 'function' || passThrough.includes(String(property))) {
          return typeof value === 'function' ? value.bind(object) : value;
        }
        return (...args: unknown[]) =>
          queued(() => (value as (...a: unknown[]) => Promise<unknown>).apply(object, args));
      },
    });
  const queuedEvents = wrap(events, ['withConversationLock']);
  const queuedAccounts = wrap(accounts, ['auditIn']);
  return {
    events: queuedEvents,
    accounts: queuedAccounts,
    // One writer in one thread: the appends of one turn of the event loop share a commit.
    auditedAppend: auditedAppend(queuedEvents, queuedAccounts, { batched: true }),
  };
}
