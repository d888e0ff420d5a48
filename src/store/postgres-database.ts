import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { AllianceError } from '../core/index.ts';
import { checkKey } from './key-check.ts';
import { assertKnownMigrations, MIGRATION_TABLE } from './known-migrations.ts';
import { POSTGRES_MIGRATIONS, postgresMigrationProvider } from './migrations/postgres/index.ts';
import { isPostgresDuplicateKey, postgresError } from './postgres-error.ts';
import { connectionUrl, parsePostgresUrl, type PostgresTarget } from './postgres-url.ts';
import type { SqlBackend } from './sql-event-store.ts';
import type { StoreSchema } from './store-schema.ts';
import type { Keyring } from './text-cipher.ts';

/** What the PostgreSQL event and account stores both need to reach their tables. */
export interface PostgresConnectionOptions {
  /** `postgres://user:password@host:port/database`, optionally with `?schema=NAME`. */
  url: string;
  keyring: Keyring;
  /** The schema holding Alliance's tables; else the URL's `schema` parameter; else `public`. */
  schema?: string;
  /** 'create' (default) makes the tables if needed; 'existing' requires an Alliance schema. */
  mode?: 'create' | 'existing';
  /** Connections for queries (default 10). */
  poolSize?: number;
  /** How long to wait for a new connection before failing with store_missing (default 10 s). */
  connectTimeoutMs?: number;
}

/** An open, migrated, key-checked PostgreSQL database. */
export interface PostgresDatabase<Schema> {
  db: Kysely<Schema>;
  target: PostgresTarget;
  /** How messages name the database: the URL without its password, and the schema unless public. */
  where: string;
  /** The URL to hand to `pg`, without the parameters only Alliance reads. */
  url: string;
  connectTimeoutMs: number;
}

const DEFAULT_POOL_SIZE = 10;
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
// Tables of the migrations: finding any of them without a migration record means another
// application's data, which is left alone.
const OWN_TABLES = [
  'meta',
  'people',
  'conversations',
  'events',
  'accounts',
  'account_sessions',
  'account_conversations',
  'assignments',
  'login_throttle',
  'audit_log',
];

/**
 * Connects a query pool to the schema named by the options or the URL, migrates it (Kysely's
 * migration lock keeps concurrent openers safe) and checks the key against the sealed canary.
 * Fails with a mapped AllianceError that never carries the password; nothing is left open then.
 * @example const { db, where } = await openPostgresDatabase<StoreSchema>({ url, keyring })
 */
export async function openPostgresDatabase<Schema extends StoreSchema>(
  options: PostgresConnectionOptions,
): Promise<PostgresDatabase<Schema>> {
  const target = parsePostgresUrl(options.url);
  const schema = options.schema ?? target.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) {
    throw new AllianceError(
      'config_invalid',
      `The PostgreSQL schema name "${schema}" is not allowed.`,
      'Use lowercase letters, digits and underscores, starting with a letter or underscore.',
    );
  }
  const where = schema === 'public' ? target.redacted : `${target.redacted} (schema ${schema})`;
  const url = connectionUrl(options.url);
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const pool = newPostgresPool(url, options.poolSize ?? DEFAULT_POOL_SIZE, connectTimeoutMs, {
    options: `-c search_path=${schema}`,
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  try {
    const base = db as unknown as Kysely<StoreSchema>;
    await migrate(base, schema, options.mode ?? 'create', where, target);
    await checkKey(base, options.keyring, where, () => foreignDatabase(where));
    return { db, target, where, url, connectTimeoutMs };
  } catch (error) {
    await db.destroy().catch(() => {});
    throw postgresError(error, target);
  }
}

/**
 * A `pg` pool that survives broken idle connections and bounds the wait for a connection.
 * @example const locks = newPostgresPool(url, 10, 10_000, { lock_timeout: 60_000 })
 */
export function newPostgresPool(
  url: string,
  max: number,
  connectTimeoutMs: number,
  settings: pg.PoolConfig,
): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    // Also bounds the wait for a free connection when all `max` are in use.
    connectionTimeoutMillis: connectTimeoutMs,
    application_name: 'alliance',
    ...settings,
  });
  // An idle connection that breaks (server restart) is dropped by the pool; without a listener
  // the 'error' event would end the process. The next query reports the failure instead.
  pool.on('error', () => {});
  return pool;
}

/**
 * What PostgreSQL declares to the shared SQL stores: writers run side by side, so they take row
 * locks; driver errors name the server without the password.
 * @example new SqlEventStore(db, deps, postgresBackend(target))
 */
export function postgresBackend(target: PostgresTarget): SqlBackend {
  return {
    capabilities: { concurrentWriters: true, embedded: false },
    // Transactions run side by side: appends lock the conversation row.
    rowLocks: true,
    isDuplicateKey: isPostgresDuplicateKey,
    mapError: (error) => postgresError(error, target),
  };
}

async function migrate(
  db: Kysely<StoreSchema>,
  schema: string,
  mode: 'create' | 'existing',
  where: string,
  target: PostgresTarget,
): Promise<void> {
  const tables = (
    await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = ${schema}
    `.execute(db)
  ).rows.map((row) => row.table_name);
  if (tables.includes(MIGRATION_TABLE)) {
    await assertKnownMigrations(db, POSTGRES_MIGRATIONS, where);
  } else if (tables.some((name) => OWN_TABLES.includes(name))) {
    // Tables with our names but no migration record: another application's data.
    throw foreignDatabase(where);
  } else if (mode === 'existing') {
    throw new AllianceError(
      'store_missing',
      `Database ${where} holds no Alliance data yet.`,
      `Start a conversation with \`alliance chat --db ${target.redacted}\` first, or check --db.`,
    );
  }
  const { error } = await new Migrator({
    db,
    provider: postgresMigrationProvider(),
    migrationTableName: MIGRATION_TABLE,
    // Named explicitly: Kysely otherwise looks for its table in every schema of the database.
    migrationTableSchema: schema,
  }).migrateToLatest();
  if (error) throw error;
}

function foreignDatabase(where: string): AllianceError {
  return new AllianceError(
    'store_corrupt',
    `Database ${where} holds tables that Alliance did not create, or is damaged.`,
    'Choose another database or schema in --db; Alliance has left these tables untouched.',
  );
}
