import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  Migrator,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
  type Transaction,
} from 'kysely';
import {
  AllianceError,
  isAllianceError,
  isoTime,
  randomIds,
  systemClock,
  type Clock,
  type ConversationSummary,
  type EventStore,
  type EventType,
  type IdGenerator,
  type NewEvent,
  type Person,
  type StoreCapabilities,
  type StoredEvent,
} from '../core/index.ts';
import { STORE_MIGRATIONS, storeMigrationProvider } from './migrations/index.ts';
import { joinPayload, splitPayload } from './split-payload.ts';
import { corruptStoreError, sqliteError } from './sqlite-error.ts';
import type { ConversationRow, EventRow, PersonRow, StoreSchema } from './store-schema.ts';
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
const KEY_CHECK = 'key_check';
const KEY_CHECK_AAD = 'meta:key_check';
const KEY_CHECK_TEXT = 'alliance key check v1';
const MIGRATION_TABLE = 'kysely_migration';
// Well under SQLite's bound-parameter limit, with 9 columns per event row.
const INSERT_CHUNK = 100;
const KEY_HINT =
  'Set ALLIANCE_KEY to the key this database was written with (older keys after the current one, comma-separated), or restore its alliance.key.';

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
  let raw: Database.Database;
  try {
    raw = new Database(path, { fileMustExist: mode === 'existing', timeout: busyTimeoutMs });
  } catch (error) {
    throw sqliteError(error, path);
  }

  let db: Kysely<StoreSchema> | undefined;
  try {
    raw.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    raw.pragma('foreign_keys = ON');
    // Read before anything can write, so a damaged or foreign file is refused untouched.
    const tables = assertAllianceDatabase(raw, path);
    raw.pragma('journal_mode = WAL');
    db = new Kysely<StoreSchema>({ dialect: new ImmediateSqliteDialect({ database: raw }) });
    if (tables.includes(MIGRATION_TABLE)) await assertKnownMigrations(db, path);
    const { error } = await new Migrator({
      db,
      provider: storeMigrationProvider(),
      migrationTableName: MIGRATION_TABLE,
    }).migrateToLatest();
    if (error) throw error;
    await checkKey(db, keyring, path);
    return new SqliteEventStore(db, {
      path,
      keyring,
      clock,
      ids: options.ids ?? randomIds(clock),
    });
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

/** Every transaction starts with BEGIN IMMEDIATE: the write lock is taken (or waited for) up front. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // A deferred BEGIN that reads then writes can fail with SQLITE_BUSY without waiting.
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** The stock SQLite dialect with ImmediateSqliteDriver. */
class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
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

async function assertKnownMigrations(db: Kysely<StoreSchema>, path: string): Promise<void> {
  const applied = await db
    .withTables<{ [MIGRATION_TABLE]: { name: string } }>()
    .selectFrom(MIGRATION_TABLE)
    .select('name')
    .execute();
  const unknown = applied.find((row) => !Object.hasOwn(STORE_MIGRATIONS, row.name));
  if (unknown) {
    throw new AllianceError(
      'store_failure',
      `Database ${path} was written by a newer version of Alliance (schema ${unknown.name}).`,
      'Upgrade Alliance to open it; this version leaves it untouched.',
    );
  }
}

/**
 * Proves the keyring fits the data before anything is read or written: a wrong key fails at open,
 * even with no events yet. After a rotation the check is re-sealed under the new current key, so
 * the old key alone no longer opens a database that now holds data sealed with the new one.
 */
async function checkKey(db: Kysely<StoreSchema>, keyring: Keyring, path: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('meta')
      .select('value')
      .where('key', '=', KEY_CHECK)
      .executeTakeFirst();
    const seal = () => {
      const sealed = keyring.seal(KEY_CHECK_TEXT, KEY_CHECK_AAD);
      return `${sealed.keyId}.${sealed.blob.toString('base64')}`;
    };
    if (!row) {
      await trx.insertInto('meta').values({ key: KEY_CHECK, value: seal() }).execute();
      return;
    }
    const [keyId = '', blob = ''] = row.value.split('.');
    if (!keyring.keyIds.includes(keyId)) {
      throw new AllianceError(
        'key_wrong',
        `Database ${path} needs key id ${keyId}, but the keyring has ${keyring.keyIds.join(', ')}.`,
        KEY_HINT,
      );
    }
    let text: string;
    try {
      text = keyring.open(keyId, Buffer.from(blob, 'base64'), KEY_CHECK_AAD);
    } catch (error) {
      throw new AllianceError(
        'key_wrong',
        `Database ${path} does not accept key id ${keyId}: the key is wrong or the file was altered.`,
        KEY_HINT,
        { cause: error },
      );
    }
    if (text !== KEY_CHECK_TEXT) throw corruptStoreError(path);
    if (keyId !== keyring.currentKeyId) {
      await trx.updateTable('meta').set({ value: seal() }).where('key', '=', KEY_CHECK).execute();
    }
  });
}

interface StoreDeps {
  path: string;
  keyring: Keyring;
  clock: Clock;
  ids: IdGenerator;
}

/** EventStore over one SQLite file; every method maps failures to AllianceErrors naming the file. */
class SqliteEventStore implements EventStore {
  readonly capabilities: StoreCapabilities = { concurrentWriters: false, embedded: true };
  readonly #db: Kysely<StoreSchema>;
  readonly #deps: StoreDeps;
  #closed = false;

  constructor(db: Kysely<StoreSchema>, deps: StoreDeps) {
    this.#db = db;
    this.#deps = deps;
  }

  async ensurePerson(handle: string): Promise<Person> {
    const { keyring, clock, ids } = this.#deps;
    const given = handle.trim();
    const indexes = keyring.blindIndex(normalizeHandle(handle));
    return this.#write(async (trx) => {
      const row = await findPersonRow(trx, indexes);
      if (row) {
        const person = this.#toPerson(row);
        // Move people sealed under an older key to the current one, so the old key can retire.
        if (row.key_id !== keyring.currentKeyId || row.handle_index !== indexes[0]) {
          await trx
            .updateTable('people')
            .set(this.#sealHandle(row.id, person.handle))
            .where('id', '=', row.id)
            .execute();
        }
        return person;
      }
      const id = ids.next('person');
      const createdAt = isoTime(clock);
      await trx
        .insertInto('people')
        .values({ id, created_at: createdAt, ...this.#sealHandle(id, given) })
        .execute();
      return { id, handle: given, createdAt };
    });
  }

  async findPerson(handle: string): Promise<Person | undefined> {
    const indexes = this.#deps.keyring.blindIndex(normalizeHandle(handle));
    return this.#read(async () => {
      const row = await findPersonRow(this.#db, indexes);
      return row && this.#toPerson(row);
    });
  }

  createConversation(personId: string): Promise<ConversationSummary> {
    return this.#write(async (trx) => {
      const person = await trx
        .selectFrom('people')
        .select('id')
        .where('id', '=', personId)
        .executeTakeFirst();
      if (!person) {
        throw new AllianceError(
          'person_not_found',
          `No person ${personId} in database ${this.#deps.path}.`,
          'Look the person up by handle first.',
        );
      }
      const now = isoTime(this.#deps.clock);
      const row: ConversationRow = {
        id: this.#deps.ids.next('conv'),
        person_id: personId,
        created_at: now,
        updated_at: now,
        last_seq: 0,
        event_count: 0,
      };
      await trx.insertInto('conversations').values(row).execute();
      return toSummary(row);
    });
  }

  latestConversation(personId: string): Promise<ConversationSummary | undefined> {
    return this.#read(async () => {
      const row = await this.#db
        .selectFrom('conversations')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && toSummary(row);
    });
  }

  getConversation(conversationId: string): Promise<ConversationSummary | undefined> {
    return this.#read(async () => {
      const row = await this.#db
        .selectFrom('conversations')
        .selectAll()
        .where('id', '=', conversationId)
        .executeTakeFirst();
      return row && toSummary(row);
    });
  }

  listConversations(): Promise<ConversationSummary[]> {
    return this.#read(async () => {
      const rows = await this.#db
        .selectFrom('conversations')
        .selectAll()
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toSummary);
    });
  }

  append(
    conversationId: string,
    events: readonly NewEvent[],
    options?: { expectedLastSeq?: number },
  ): Promise<StoredEvent[]> {
    return this.#write(async (trx) => {
      const conversation = await trx
        .selectFrom('conversations')
        .select(['last_seq', 'updated_at'])
        .where('id', '=', conversationId)
        .executeTakeFirst();
      if (!conversation) throw this.#notFound(conversationId);
      const lastSeq = Number(conversation.last_seq);
      const expected = options?.expectedLastSeq;
      if (expected !== undefined && expected !== lastSeq) {
        throw new AllianceError(
          'store_conflict',
          `Conversation ${conversationId} has moved on: expected it to end at event ${expected}, but it ends at ${lastSeq}.`,
          'Reload the conversation and try again.',
        );
      }
      if (events.length === 0) return [];
      this.#checkBatch(conversationId, events);
      await this.#rejectKnownIds(trx, events);

      const stored = events.map((event, index) => ({ ...event, seq: lastSeq + 1 + index }));
      const rows = stored.map((event) => this.#toRow(event));
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await trx
          .insertInto('events')
          .values(rows.slice(i, i + INSERT_CHUNK))
          .execute();
      }
      const newest = stored.reduce(
        (latest, event) => (event.at > latest ? event.at : latest),
        conversation.updated_at,
      );
      await trx
        .updateTable('conversations')
        .set((eb) => ({
          last_seq: lastSeq + stored.length,
          event_count: eb('event_count', '+', stored.length),
          updated_at: newest,
        }))
        .where('id', '=', conversationId)
        .execute();
      return stored as StoredEvent[];
    });
  }

  readEvents(
    conversationId: string,
    options?: { afterSeq?: number; types?: readonly EventType[] },
  ): Promise<StoredEvent[]> {
    return this.#read(async () => {
      const conversation = await this.#db
        .selectFrom('conversations')
        .select('id')
        .where('id', '=', conversationId)
        .executeTakeFirst();
      if (!conversation) throw this.#notFound(conversationId);
      const types = options?.types;
      if (types && types.length === 0) return [];
      let query = this.#db
        .selectFrom('events')
        .selectAll()
        .where('conversation_id', '=', conversationId);
      if (options?.afterSeq !== undefined) query = query.where('seq', '>', options.afterSeq);
      if (types) query = query.where('type', 'in', [...types]);
      const rows = await query.orderBy('seq', 'asc').execute();
      return rows.map((row) => this.#fromRow(row));
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      await this.#db.destroy();
    } catch (error) {
      throw sqliteError(error, this.#deps.path);
    }
  }

  #checkBatch(conversationId: string, events: readonly NewEvent[]): void {
    const seen = new Set<string>();
    for (const event of events) {
      if (event.conversationId !== conversationId) {
        throw new AllianceError(
          'store_failure',
          `Event ${event.id} belongs to conversation ${event.conversationId}, not ${conversationId}; nothing was appended.`,
          'Create events for the conversation they are appended to.',
        );
      }
      if (seen.has(event.id)) throw duplicateEvent(event.id);
      seen.add(event.id);
    }
  }

  async #rejectKnownIds(trx: Transaction<StoreSchema>, events: readonly NewEvent[]): Promise<void> {
    const ids = events.map((event) => event.id);
    for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
      const known = await trx
        .selectFrom('events')
        .select('id')
        .where('id', 'in', ids.slice(i, i + INSERT_CHUNK))
        .executeTakeFirst();
      if (known) throw duplicateEvent(known.id);
    }
  }

  #toRow(event: StoredEvent): EventRow {
    const { open, sensitive } = splitPayload(event.type, event.payload);
    const sealed =
      sensitive &&
      this.#deps.keyring.seal(JSON.stringify(sensitive), eventAad(event.conversationId, event.id));
    return {
      id: event.id,
      conversation_id: event.conversationId,
      seq: event.seq,
      session_id: event.sessionId,
      type: event.type,
      at: event.at,
      data: JSON.stringify(open),
      sealed: sealed ? sealed.blob.toString('base64') : null,
      key_id: sealed ? sealed.keyId : null,
    };
  }

  #fromRow(row: EventRow): StoredEvent {
    let sensitive: Record<string, unknown> | undefined;
    if (row.sealed !== null) {
      const text = this.#deps.keyring.open(
        row.key_id ?? '',
        Buffer.from(row.sealed, 'base64'),
        eventAad(row.conversation_id, row.id),
      );
      sensitive = this.#parse(text, row.id);
    }
    return {
      id: row.id,
      conversationId: row.conversation_id,
      sessionId: row.session_id,
      type: row.type,
      at: row.at,
      payload: joinPayload(this.#parse(row.data, row.id), sensitive),
      seq: Number(row.seq),
    } as StoredEvent;
  }

  #parse(json: string, eventId: string): Record<string, unknown> {
    try {
      return JSON.parse(json) as Record<string, unknown>;
    } catch (error) {
      throw new AllianceError(
        'store_corrupt',
        `Event ${eventId} in database ${this.#deps.path} is damaged.`,
        'Restore the database from a backup.',
        { cause: error },
      );
    }
  }

  #sealHandle(personId: string, handle: string) {
    const { keyring } = this.#deps;
    const sealed = keyring.seal(handle, personAad(personId));
    return {
      handle_index: keyring.blindIndex(normalizeHandle(handle))[0] as string,
      handle_sealed: sealed.blob.toString('base64'),
      key_id: sealed.keyId,
    };
  }

  #toPerson(row: PersonRow): Person {
    const handle = this.#deps.keyring.open(
      row.key_id,
      Buffer.from(row.handle_sealed, 'base64'),
      personAad(row.id),
    );
    return { id: row.id, handle, createdAt: row.created_at };
  }

  #notFound(conversationId: string): AllianceError {
    return new AllianceError(
      'conversation_not_found',
      `No conversation ${conversationId} in database ${this.#deps.path}.`,
      'List the conversations to find its id.',
    );
  }

  async #read<T>(work: () => Promise<T>): Promise<T> {
    this.#assertOpen();
    try {
      return await work();
    } catch (error) {
      throw this.#mapError(error);
    }
  }

  async #write<T>(work: (trx: Transaction<StoreSchema>) => Promise<T>): Promise<T> {
    this.#assertOpen();
    try {
      return await this.#db.transaction().execute(work);
    } catch (error) {
      throw this.#mapError(error);
    }
  }

  #mapError(error: unknown): AllianceError {
    const { path } = this.#deps;
    // Keyring errors do not know the file; name it so the line is self-contained.
    if (isAllianceError(error, 'key_wrong') && !error.message.includes(path)) {
      return new AllianceError('key_wrong', `Database ${path}: ${error.message}`, error.hint, {
        cause: error,
      });
    }
    const code = (error as { code?: unknown })?.code;
    if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') {
      return new AllianceError(
        'store_conflict',
        `Database ${path} already holds a row with the same id or position; nothing was written.`,
        'Reload the conversation and try again.',
        { cause: error },
      );
    }
    return sqliteError(error, path);
  }

  #assertOpen(): void {
    if (this.#closed) {
      throw new AllianceError(
        'store_failure',
        `Database ${this.#deps.path} is already closed.`,
        'Open the store again.',
      );
    }
  }
}

function findPersonRow(
  db: Kysely<StoreSchema>,
  indexes: readonly string[],
): Promise<PersonRow | undefined> {
  return db
    .selectFrom('people')
    .selectAll()
    .where('handle_index', 'in', [...indexes])
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .executeTakeFirst();
}

/** The form handles are matched in: trimmed, NFC, lowercased. */
function normalizeHandle(handle: string): string {
  const normalized = handle.trim().normalize('NFC').toLowerCase();
  if (normalized.length === 0) {
    throw new AllianceError('usage', 'The handle is empty.', 'Give a name, e.g. --name Sam.');
  }
  return normalized;
}

function duplicateEvent(eventId: string): AllianceError {
  return new AllianceError(
    'store_conflict',
    `Event ${eventId} is already in the log; nothing of the batch was appended.`,
    'Give every event a new id; a retried append must not reuse stored events.',
  );
}

// Binds sealed text to its row so a blob copied to another row fails to decrypt.
function eventAad(conversationId: string, eventId: string): string {
  return `event:${conversationId}:${eventId}`;
}

function personAad(personId: string): string {
  return `person:${personId}`;
}

function toSummary(row: ConversationRow): ConversationSummary {
  return {
    id: row.id,
    personId: row.person_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    eventCount: Number(row.event_count),
  };
}
