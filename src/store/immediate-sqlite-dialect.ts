import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

/** A SQLite driver whose transactions start with BEGIN IMMEDIATE: the write lock is taken up front. */
class ImmediateDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // A deferred BEGIN that reads then writes can fail with SQLITE_BUSY without waiting.
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * Kysely's SQLite dialect with BEGIN IMMEDIATE transactions, for stores that share a file with
 * other connections.
 * @example new Kysely<Schema>({ dialect: new ImmediateSqliteDialect({ database: raw }) })
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateDriver(this.#config);
  }
}
