import type { Kysely } from 'kysely';
import {
  AllianceError,
  randomIds,
  systemClock,
  type AccountStore,
  type Clock,
  type IdGenerator,
} from '../core/index.ts';
import { SqlAccountStore, type AccountDatabase } from './sql-account-store.ts';
import { migrateSqliteStore, openSqliteDatabase } from './sqlite-database.ts';
import { sqliteBackend } from './sqlite-store.ts';
import type { Keyring } from './text-cipher.ts';

/** Options of openSqliteAccountStore. */
export interface SqliteAccountStoreOptions {
  /** Path of the database file, the same one the event store uses. */
  path: string;
  keyring: Keyring;
  clock?: Clock;
  ids?: IdGenerator;
  busyTimeoutMs?: number;
}

const DEFAULT_BUSY_TIMEOUT_MS = 3000;

/**
 * Opens the account tables of an Alliance SQLite database (migrating it if needed). It has its own
 * connection to the file the event store uses; every transaction takes the write lock up front.
 * @example const accounts = await openSqliteAccountStore({ path: 'data/alliance.db', keyring })
 */
export async function openSqliteAccountStore(
  options: SqliteAccountStoreOptions,
): Promise<AccountStore> {
  const { path, keyring } = options;
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const clock = options.clock ?? systemClock;
  return openSqliteDatabase<AccountDatabase, AccountStore>(path, { busyTimeoutMs }, async (db) => {
    await migrateSqliteStore(db);
    await checkKeyId(db, keyring, path);
    return new SqlAccountStore(
      db,
      { where: path, keyring, clock, ids: options.ids ?? randomIds(clock) },
      // Under the one write lock, max + 1 numbers audit records without gaps.
      { ...sqliteBackend(path), numbersAuditRecords: false },
    );
  });
}

/** The event store proves the key in full at open; here a foreign key id is enough to refuse. */
async function checkKeyId(
  db: Kysely<AccountDatabase>,
  keyring: Keyring,
  path: string,
): Promise<void> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'key_check')
    .executeTakeFirst();
  const keyId = row?.value.split('.')[0];
  if (keyId && !keyring.keyIds.includes(keyId)) {
    throw new AllianceError(
      'key_wrong',
      `Database ${path} needs key id ${keyId}, but the keyring has ${keyring.keyIds.join(', ')}.`,
      'Set ALLIANCE_KEY to the key this database was written with, or restore its alliance.key.',
    );
  }
}
