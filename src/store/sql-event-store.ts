import type { Kysely, Transaction } from 'kysely';
import {
  AllianceError,
  isAllianceError,
  isoTime,
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
import { joinPayload, splitPayload } from './split-payload.ts';
import { matchingForm, SqlConnection } from './sql-connection.ts';
import type { ConversationRow, EventRow, PersonRow, StoreSchema } from './store-schema.ts';
import type { Keyring } from './text-cipher.ts';

// Well under SQLite's bound-parameter limit (and PostgreSQL's), with 9 columns per event row.
const INSERT_CHUNK = 100;

/** What one SQL engine adds to the shared store: its capabilities, row locks and error mapping. */
export interface SqlBackend {
  readonly capabilities: StoreCapabilities;
  /**
   * Whether appends lock the conversation row (`select … for update`). Needed where transactions
   * run side by side (PostgreSQL); SQLite's `begin immediate` already serializes every writer.
   */
  readonly rowLocks: boolean;
  /** True for the engine's "this primary key or unique value is already there" error. */
  isDuplicateKey(error: unknown): boolean;
  /** Any other failure as an AllianceError naming the database (AllianceErrors pass through). */
  mapError(error: unknown): AllianceError;
}

/** What the shared store needs besides the database: where it is (for messages), keys, time, ids. */
export interface SqlStoreDeps {
  /** How messages name the database: a file path, or a URL without its password. */
  where: string;
  keyring: Keyring;
  clock: Clock;
  ids: IdGenerator;
}

/**
 * The EventStore over Kysely shared by the SQLite and PostgreSQL stores: one schema
 * (`StoreSchema`), one row ↔ event mapping, one encryption scheme. The engines differ only in what
 * `SqlBackend` says and in how the database is opened and migrated.
 * `withConversationLock` here is a plain call: right for one process, where the engine's own
 * queue already orders turns; a multi-process backend overrides it.
 * @example new SqlEventStore(db, { where: path, keyring, clock, ids }, sqliteBackend(path))
 */
export class SqlEventStore implements EventStore {
  readonly capabilities: StoreCapabilities;
  readonly #db: Kysely<StoreSchema>;
  readonly #deps: SqlStoreDeps;
  readonly #backend: SqlBackend;
  readonly #sql: SqlConnection<StoreSchema>;

  constructor(db: Kysely<StoreSchema>, deps: SqlStoreDeps, backend: SqlBackend) {
    this.#db = db;
    this.#deps = deps;
    this.#backend = backend;
    this.#sql = new SqlConnection(db, deps.where, backend, (error) => this.#mapError(error));
    this.capabilities = backend.capabilities;
  }

  async ensurePerson(handle: string): Promise<Person> {
    const { keyring, clock, ids } = this.#deps;
    const given = handle.trim();
    const indexes = keyring.blindIndex(normalizeHandle(handle));
    return this.#sql.write(async (trx) => {
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
      const inserted = await trx
        .insertInto('people')
        .values({ id, created_at: createdAt, ...this.#sealHandle(id, given) })
        .onConflict((conflict) => conflict.column('handle_index').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
        // Another writer created this person since our lookup (only where writers run side by
        // side); its row is committed and visible to this new statement.
        const winner = await findPersonRow(trx, indexes);
        if (winner) return this.#toPerson(winner);
      }
      return { id, handle: given, createdAt };
    });
  }

  async findPerson(handle: string): Promise<Person | undefined> {
    const indexes = this.#deps.keyring.blindIndex(normalizeHandle(handle));
    return this.#sql.read(async () => {
      const row = await findPersonRow(this.#db, indexes);
      return row && this.#toPerson(row);
    });
  }

  createConversation(personId: string): Promise<ConversationSummary> {
    return this.#sql.write(async (trx) => {
      const person = await trx
        .selectFrom('people')
        .select('id')
        .where('id', '=', personId)
        .executeTakeFirst();
      if (!person) {
        throw new AllianceError(
          'person_not_found',
          `No person ${personId} in database ${this.#deps.where}.`,
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
    return this.#sql.read(async () => {
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
    return this.#sql.read(async () => {
      const row = await this.#db
        .selectFrom('conversations')
        .selectAll()
        .where('id', '=', conversationId)
        .executeTakeFirst();
      return row && toSummary(row);
    });
  }

  listConversations(): Promise<ConversationSummary[]> {
    return this.#sql.read(async () => {
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
    return this.#sql.write(async (trx) => {
      // The row lock makes a concurrent append wait here and then see the new last_seq, so
      // expectedLastSeq is checked against the true end of the log.
      const conversation = await trx
        .selectFrom('conversations')
        .select(['last_seq', 'updated_at'])
        .where('id', '=', conversationId)
        .$if(this.#backend.rowLocks, (query) => query.forUpdate())
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
    return this.#sql.read(async () => {
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

  async withConversationLock<T>(_conversationId: string, work: () => Promise<T>): Promise<T> {
    this.assertOpen();
    return work();
  }

  close(): Promise<void> {
    return this.#sql.close();
  }

  /** Fails with store_failure once the store is closed. */
  protected assertOpen(): void {
    this.#sql.assertOpen();
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
        `Event ${eventId} in database ${this.#deps.where} is damaged.`,
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
      `No conversation ${conversationId} in database ${this.#deps.where}.`,
      'List the conversations to find its id.',
    );
  }

  #mapError(error: unknown): AllianceError {
    const { where } = this.#deps;
    // Keyring errors do not know the database; name it so the line is self-contained.
    if (isAllianceError(error, 'key_wrong') && !error.message.includes(where)) {
      return new AllianceError('key_wrong', `Database ${where}: ${error.message}`, error.hint, {
        cause: error,
      });
    }
    return (
      this.#sql.conflict(error, 'id or position', 'Reload the conversation and try again.') ??
      this.#backend.mapError(error)
    );
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
  const normalized = matchingForm(handle);
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
