import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
  type SqliteStatement,
} from 'kysely';

/** Prepared statements kept per connection; kysely asks for one per query, by its SQL text. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * The database with its prepared statements reused: kysely prepares every query anew, and
 * compiling the SQL was a tenth of the server's time per turn. Least recently used statements
 * are dropped past the limit (queries with IN lists or multi-row inserts vary in their text).
 */
function reusingStatements(database: SqliteDatabase): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close() {
      statements.clear();
      database.close();
    },
    prepare(sql) {
      const cached = statements.get(sql);
      // A statement still being iterated (a streamed query) cannot run again until it is done.
      if (cached && !(cached as { busy?: boolean }).busy) {
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (!cached) {
        statements.set(sql, statement);
        if (statements.size > STATEMENT_CACHE_SIZE)
          statements.delete(statements.keys().next().value as string);
      }
      return statement;
    },
  };
}

/** A SQLite driver whose transactions start with BEGIN IMMEDIATE: the write lock is taken up front. */
class ImmediateDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // A deferred BEGIN that reads then writes can fail with SQLITE_BUSY without waiting.
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * Kysely's SQLite dialect with BEGIN IMMEDIATE transactions, for stores that share a file with
 * other connections, and prepared statements reused across queries.
 * @example new Kysely<Schema>({ dialect: new ImmediateSqliteDialect({ database: raw }) })
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    const given = config.database;
    const database =
      typeof given === 'function'
        ? async () => reusingStatements(await given())
        : reusingStatements(given);
    super({ ...config, database });
    this.#config = { ...config, database };
  }
  override createDriver(): Driver {
    return new ImmediateDriver(this.#config);
  }
}
