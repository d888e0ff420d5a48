import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import {
  AllianceError,
  isAllianceError,
  randomIds,
  systemClock,
  type Clock,
  type EventStore,
  type IdGenerator,
} from '../core/index.ts';
import { checkKey } from './key-check.ts';
import { assertKnownMigrations, MIGRATION_TABLE } from './known-migrations.ts';
import { STORE_MIGRATIONS } from './migrations/index.ts';
import { SqlEventStore, type SqlBackend } from './sql-event-store.ts';
import { migrateSqliteStore, openSqliteDatabase } from './sqlite-database.ts';
import { corruptStoreError, sqliteError } from './sqlite-error.ts';
import type { StoreSchema } from './store-schema.ts';
import type { Keyring } from './text-cipher.ts';

/** Options of openSqliteStore. */
export interface SqliteStoreOptions {
  /** Path of the database file. */
  path: string;
  keyring: Keyring;
  /** Source of created-at times; defaults to the system clock. */
  clock?: Clock;
  /** Source of person and conversation ids; defaults to random time-ordered ids. */
  ids?: IdGenerator;
  /** 'create' (default) makes the file and its directory if needed; 'existing' requires the file. */
  mode?: 'create' | 'existing';
  /** How long to wait for another process's write lock before failing with store_locked. */
  busyTimeoutMs?: number;
}

const DEFAULT_BUSY_TIMEOUT_MS = 3000;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Opens (and migrates) an encrypted SQLite event store. Fails with a mapped AllianceError, never a
 * raw SQLite error; a corrupt or foreign file is reported and left untouched.
 * @example const store = await openSqliteStore({ path: 'data/alliance.db', keyring, mode: 'existing' })
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<EventStore> {
  const { path, keyring } = options;
  const mode = options.mode ?? 'create';
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const clock = options.clock ?? systemClock;

  checkFileBeforeOpen(path, mode);
  let tables: string[] = [];
  return openSqliteDatabase<StoreSchema, EventStore>(
    path,
    {
      busyTimeoutMs,
      fileMustExist: mode === 'existing',
      // Read before anything can write, so a damaged or foreign file is refused untouched.
      beforeWrite: (raw) => {
        tables = assertAllianceDatabase(raw, path);
      },
    },
    async (db) => {
      if (tables.includes(MIGRATION_TABLE)) await assertKnownMigrations(db, STORE_MIGRATIONS, path);
      await migrateSqliteStore(db);
      await checkKey(db, keyring, path, () => corruptStoreError(path));
      return new SqlEventStore(
        db,
        { where: path, keyring, clock, ids: options.ids ?? randomIds(clock) },
        sqliteBackend(path),
      );
    },
  );
}

function checkFileBeforeOpen(path: string, mode: 'create' | 'existing'): void {
  let size: number | undefined;
  try {
    const stat = statSync(path);
    size = stat.isFile() ? stat.size : undefined;
    if (!stat.isFile()) {
      throw new AllianceError(
        'store_missing',
        `Database ${path} is not a file.`,
        'Choose a file path with --db.',
      );
    }
  } catch (error) {
    if (isAllianceError(error)) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw inaccessible(path, error);
  }
  if (size === undefined) {
    if (mode === 'existing') {
      throw new AllianceError(
        'store_missing',
        `Database ${path} does not exist.`,
        'Start a chat first to create it, or check --db.',
      );
    }
    try {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    } catch (error) {
      throw inaccessible(dirname(path), error);
    }
    // Created owner-only up front: SQLite gives the -wal and -shm files the same mode.
    try {
      closeSync(openSync(path, 'wx', 0o600));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw inaccessible(path, error);
    }
    return;
  }
  // An empty file is a new database to SQLite; anything else must carry SQLite's header.
  if (size > 0 && !hasSqliteHeader(path)) throw corruptStoreError(path);
}

function hasSqliteHeader(path: string): boolean {
  const header = Buffer.alloc(SQLITE_MAGIC.length);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw inaccessible(path, error);
  }
  try {
    const read = readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.equals(SQLITE_MAGIC);
  } finally {
    closeSync(fd);
  }
}

function inaccessible(path: string, error: unknown): AllianceError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AllianceError(
      'store_read_only',
      `Database path ${path} is not accessible (${code}).`,
      'Check the permissions of the file and its directory, or choose another --db.',
      { cause: error },
    );
  }
  return new AllianceError(
    'store_failure',
    `Database path ${path} cannot be used (${code}).`,
    'Check the path, or choose another --db.',
    { cause: error },
  );
}

/** Refuses a SQLite file that holds tables but was never migrated by Alliance (another app's data). */
function assertAllianceDatabase(raw: Database.Database, path: string): string[] {
  const tables = (
    raw.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]
  ).map((row) => row.name);
  const userTables = tables.filter((name) => !name.startsWith('sqlite_'));
  if (userTables.length > 0 && !userTables.includes(MIGRATION_TABLE)) throw corruptStoreError(path);
  return tables;
}

/**
 * One process owns the file: the engine's queue orders turns inside it, and a second process
 * appending to the same conversation meets `expectedLastSeq` (store_conflict), never an
 * interleaved turn. So the inherited plain-call `withConversationLock` is enough here.
 */
export function sqliteBackend(path: string): SqlBackend {
  return {
    capabilities: { concurrentWriters: false, embedded: true },
    // begin immediate takes the one write lock up front: transactions never overlap.
    rowLocks: false,
    isDuplicateKey(error) {
      const code = (error as { code?: unknown })?.code;
      return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
    },
    mapError: (error) => sqliteError(error, path),
  };
}
