import Database from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { ImmediateSqliteDialect } from './immediate-sqlite-dialect.ts';
import { MIGRATION_TABLE } from './known-migrations.ts';
import { storeMigrationProvider } from './migrations/index.ts';
import { sqliteError } from './sqlite-error.ts';

/** How openSqliteDatabase opens the file. */
export interface SqliteOpenOptions {
  /** How long to wait for another process's write lock before failing with store_locked. */
  busyTimeoutMs: number;
  /** Fail instead of creating the file. */
  fileMustExist?: boolean;
  /** Runs after the read-only pragmas and before WAL mode, i.e. before anything can write. */
  beforeWrite?: (raw: Database.Database) => void;
}

/**
 * Opens an Alliance SQLite file with the pragmas every store uses (busy timeout, foreign keys,
 * WAL), every transaction taking the write lock up front, then migrates it and hands it to `use`.
 * On any failure the connection is closed and the error mapped, never a raw SQLite error.
 * @example const store = await openSqliteDatabase(path, { busyTimeoutMs: 3000 }, async (db) => new SqlEventStore(db, deps, sqliteBackend(path)))
 */
export async function openSqliteDatabase<DB, T>(
  path: string,
  options: SqliteOpenOptions,
  use: (db: Kysely<DB>) => Promise<T>,
): Promise<T> {
  const { busyTimeoutMs } = options;
  let raw: Database.Database;
  try {
    raw = new Database(path, {
      fileMustExist: options.fileMustExist ?? false,
      timeout: busyTimeoutMs,
    });
  } catch (error) {
    throw sqliteError(error, path);
  }
  let db: Kysely<DB> | undefined;
  try {
    raw.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    raw.pragma('foreign_keys = ON');
    options.beforeWrite?.(raw);
    raw.pragma('journal_mode = WAL');
    db = new Kysely<DB>({ dialect: new ImmediateSqliteDialect({ database: raw }) });
    return await use(db);
  } catch (error) {
    try {
      if (db) await db.destroy();
      else raw.close();
    } catch {
      // The open already failed; that error is the one worth reporting.
    }
    throw sqliteError(error, path);
  }
}

/** Brings an Alliance SQLite database to the latest schema; throws the migration's error. */
export async function migrateSqliteStore<DB>(db: Kysely<DB>): Promise<void> {
  const { error } = await new Migrator({
    db,
    provider: storeMigrationProvider(),
    migrationTableName: MIGRATION_TABLE,
  }).migrateToLatest();
  if (error) throw error;
}
