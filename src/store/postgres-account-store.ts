import {
  randomIds,
  systemClock,
  type AccountStore,
  type Clock,
  type IdGenerator,
} from '../core/index.ts';
import {
  openPostgresDatabase,
  postgresBackend,
  type PostgresConnectionOptions,
} from './postgres-database.ts';
import { SqlAccountStore, type AccountDatabase } from './sql-account-store.ts';

/** Options of openPostgresAccountStore: the database and schema of the event store, and a key. */
export interface PostgresAccountStoreOptions extends PostgresConnectionOptions {
  /** Source of created-at times; defaults to the system clock. */
  clock?: Clock;
  /** Source of account and audit ids; defaults to random time-ordered ids. */
  ids?: IdGenerator;
}

/**
 * Opens (and migrates) the account tables of an Alliance PostgreSQL database: the same accounts,
 * sessions, assignments, throttling and audit log as on SQLite, with email and display name
 * sealed under the same key as the conversations. It has its own connection pool; transactions
 * of several instances run side by side and lock what they must (see SqlAccountStore), and
 * deleting an account erases its conversations in the same transaction.
 * @example const accounts = await openPostgresAccountStore({ url: 'postgres://alliance@127.0.0.1/alliance', keyring })
 */
export async function openPostgresAccountStore(
  options: PostgresAccountStoreOptions,
): Promise<AccountStore> {
  const clock = options.clock ?? systemClock;
  const { db, target, where } = await openPostgresDatabase<AccountDatabase>(options);
  return new SqlAccountStore(
    db,
    { where, keyring: options.keyring, clock, ids: options.ids ?? randomIds(clock) },
    // Writers overlap: the audit log's identity column numbers records without a lock.
    { ...postgresBackend(target), numbersAuditRecords: true },
  );
}
