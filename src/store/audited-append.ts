import type {
  AccountStore,
  EventStore,
  NewAuditRecord,
  NewEvent,
  StoredEvent,
} from '../core/index.ts';
import { SqlAccountStore } from './sql-account-store.ts';
import { SqlEventStore, type AppendStep } from './sql-event-store.ts';

/**
 * Appends a step's events to a conversation and writes an audit record in the same transaction:
 * one commit where the two apart would cost two. Either both are stored or neither is; the
 * promise settles once they are committed.
 */
export type AuditedAppend = (
  conversationId: string,
  events: readonly NewEvent[],
  options: { expectedLastSeq?: number },
  record: NewAuditRecord,
) => Promise<StoredEvent[]>;

/**
 * The audited append of an event store and an account store over one database, when both are
 * the SQL stores of this module (or oneWriterAtATime's queues of them); undefined otherwise (the
 * caller then writes the two apart). The append is one call of the event store; the record is
 * written inside its transaction by the account store's `auditIn`.
 *
 * `batched`: the steps asked for during one turn of the event loop share one transaction
 * (`appendMany`), committed at the end of that turn, before any of them settles. For SQLite,
 * whose one writer commits turn after turn in one thread: a server under load handles dozens of
 * requests per turn of the loop, and one commit for them all writes the pages they share (the
 * end of the log, of the audit trail and of their indexes) once instead of once each. A step
 * refused without writing (its conversation moved on) fails alone; anything else makes the steps
 * run one transaction each, so only the one at fault fails. Not for PostgreSQL, where turns run
 * side by side and one transaction would hold every conversation's row lock until the last.
 * @example const appendAudited = auditedAppend(events, accounts)
 */
export function auditedAppend(
  events: EventStore,
  accounts: AccountStore,
  options: { batched?: boolean } = {},
): AuditedAppend | undefined {
  if (!(events instanceof SqlEventStore) || !(accounts instanceof SqlAccountStore))
    return undefined;
  if (events.where !== accounts.where) return undefined;
  const step = (
    conversationId: string,
    newEvents: readonly NewEvent[],
    appendOptions: { expectedLastSeq?: number },
    record: NewAuditRecord,
  ): AppendStep => ({
    conversationId,
    events: newEvents,
    expectedLastSeq: appendOptions.expectedLastSeq,
    alongside: async (trx) => {
      await accounts.auditIn(trx, record);
    },
  });
  if (!options.batched) {
    return (conversationId, newEvents, appendOptions, record) => {
      const { alongside } = step(conversationId, newEvents, appendOptions, record);
      return events.append(conversationId, newEvents, appendOptions, alongside);
    };
  }
  let waiting: {
    step: AppendStep;
    resolve: (stored: StoredEvent[]) => void;
    reject: (error: unknown) => void;
  }[] = [];
  const appendWaiting = () => {
    const batch = waiting;
    waiting = [];
    events.appendMany(batch.map((entry) => entry.step)).then(
      (results) =>
        results.forEach((result, index) => {
          const entry = batch[index]!;
          if (result.status === 'fulfilled') entry.resolve(result.value);
          else entry.reject(result.reason);
        }),
      (error: unknown) => {
        for (const entry of batch) entry.reject(error);
      },
    );
  };
  return (conversationId, newEvents, appendOptions, record) =>
    new Promise<StoredEvent[]>((resolve, reject) => {
      // After the I/O callbacks of this turn of the loop, whose requests then join the batch.
      if (waiting.length === 0) setImmediate(appendWaiting);
      waiting.push({
        step: step(conversationId, newEvents, appendOptions, record),
        resolve,
        reject,
      });
    });
}
