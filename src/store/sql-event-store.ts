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
import { preparedQuery, type PreparedQuery } from './prepared-query.ts';
import { joinPayload, splitPayload } from './split-payload.ts';
import { matchingForm, SqlConnection } from './sql-connection.ts';
import type { ConversationRow, EventRow, PersonRow, StoreSchema } from './store-schema.ts';
import type { Keyring } from './text-cipher.ts';

// Well under SQLite's bound-parameter limit (and PostgreSQL's), with 9 columns per event row.
const INSERT_CHUNK = 100;

/** The columns of an event row, in the order prepared inserts take their values. */
const EVENT_COLUMNS = [
  'id',
  'conversation_id',
  'seq',
  'session_id',
  'type',
  'at',
  'data',
  'sealed',
  'key_id',
] as const satisfies readonly (keyof EventRow)[];

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

/** One conversation's step for `appendMany`: what `append` takes, as one object. */
export interface AppendStep {
  conversationId: string;
  events: readonly NewEvent[];
  expectedLastSeq?: number | undefined;
  /** Runs in the same transaction after the step's events are written (see `append`). */
  alongside?: ((trx: Transaction<StoreSchema>) => Promise<void>) | undefined;
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
  /** The statements of every turn, compiled once (see preparedQuery); inserts by row count. */
  readonly #prepared: {
    readAfter: PreparedQuery<[string, number], EventRow>;
    moveOn: PreparedQuery<[string, number, string], { last_seq: number }>;
    moveOnFrom: PreparedQuery<[string, number, string, number], { last_seq: number }>;
    inserts: Map<number, PreparedQuery<unknown[], unknown>>;
  };

  constructor(db: Kysely<StoreSchema>, deps: SqlStoreDeps, backend: SqlBackend) {
    this.#db = db;
    this.#deps = deps;
    this.#backend = backend;
    this.#sql = new SqlConnection(db, deps.where, backend, (error) => this.#mapError(error));
    this.capabilities = backend.capabilities;
    this.#prepared = {
      readAfter: preparedQuery((id: string, afterSeq: number) => this.#eventsOf(id, { afterSeq })),
      moveOn: preparedQuery((id: string, count: number, newest: string) =>
        this.#moveOn(id, count, newest),
      ),
      moveOnFrom: preparedQuery((id: string, count: number, newest: string, expected: number) =>
        this.#moveOn(id, count, newest).where('last_seq', '=', expected),
      ),
      inserts: new Map(),
    };
  }

  /** How messages name the database (a file path, or a URL without its password). */
  get where(): string {
    return this.#deps.where;
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

  /**
   * Appends events to the log of a conversation. `alongside`, when given, runs in the same
   * transaction after the events are written (the server writes a turn's audit record there, so
   * the turn costs one commit); if it fails, nothing is appended.
   */
  append(
    conversationId: string,
    events: readonly NewEvent[],
    options?: { expectedLastSeq?: number },
    alongside?: (trx: Transaction<StoreSchema>) => Promise<void>,
  ): Promise<StoredEvent[]> {
    return this.#sql.write((trx) =>
      this.#appendIn(trx, { conversationId, events, ...options, alongside }, { any: false }),
    );
  }

  /**
   * Appends the steps of several conversations in one transaction, each as `append` would (with
   * its `alongside`), and settles each on its own. A step refused before it wrote anything (its
   * conversation unknown, or not at `expectedLastSeq`) fails alone and the others go on; any
   * other failure undoes the transaction, and the steps are then appended one by one, so that
   * only the step at fault fails.
   * @example const [first, second] = await store.appendMany([{ conversationId: a, events }, { conversationId: b, events: more }])
   */
  async appendMany(steps: readonly AppendStep[]): Promise<PromiseSettledResult<StoredEvent[]>[]> {
    if (steps.length > 1) {
      try {
        return await this.#sql.write(async (trx) => {
          const results: PromiseSettledResult<StoredEvent[]>[] = [];
          for (const step of steps) {
            const written = { any: false };
            try {
              results.push({
                status: 'fulfilled',
                value: await this.#appendIn(trx, step, written),
              });
            } catch (error) {
              if (written.any) throw error;
              results.push({ status: 'rejected', reason: this.#mapError(error) });
            }
          }
          return results;
        });
      } catch {
        // Appended one by one below: each gets its own outcome and error.
      }
    }
    return Promise.allSettled(
      steps.map((step) => this.append(step.conversationId, step.events, step, step.alongside)),
    );
  }

  /** One step's append inside `trx`; `written.any` is set once it has changed something. */
  async #appendIn(
    trx: Transaction<StoreSchema>,
    step: AppendStep,
    written: { any: boolean },
  ): Promise<StoredEvent[]> {
    const { conversationId, events, alongside } = step;
    const expected = step.expectedLastSeq;
    if (events.length === 0) {
      const conversation = await trx
        .selectFrom('conversations')
        .select('last_seq')
        .where('id', '=', conversationId)
        .$if(this.#backend.rowLocks, (query) => query.forUpdate())
        .executeTakeFirst();
      if (!conversation) throw this.#notFound(conversationId);
      this.#checkExpected(conversationId, expected, Number(conversation.last_seq));
      written.any = true;
      if (alongside) await alongside(trx);
      return [];
    }
    const count = events.length;
    const newest = events.reduce((latest, event) => (event.at > latest ? event.at : latest), '');
    // One statement moves the conversation on and, where writers overlap, holds its row until
    // the commit: a concurrent append waits here, then finds last_seq moved and matches nothing.
    // A conversation that is gone, or not at expectedLastSeq, is left as it was.
    const moved = (
      expected === undefined
        ? await this.#prepared.moveOn.run(trx, conversationId, count, newest)
        : await this.#prepared.moveOnFrom.run(trx, conversationId, count, newest, expected)
    ).rows[0];
    if (!moved) {
      const conversation = await trx
        .selectFrom('conversations')
        .select('last_seq')
        .where('id', '=', conversationId)
        .executeTakeFirst();
      if (!conversation) throw this.#notFound(conversationId);
      this.#checkExpected(conversationId, expected, Number(conversation.last_seq));
      throw new AllianceError(
        'store_conflict',
        `Conversation ${conversationId} changed while appending; nothing was appended.`,
        'Reload the conversation and try again.',
      );
    }
    written.any = true;
    this.#checkBatch(conversationId, events);
    const lastSeq = Number(moved.last_seq) - count;
    const stored = events.map((event, index) => ({ ...event, seq: lastSeq + 1 + index }));
    const rows = stored.map((event) => this.#toRow(event));
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK);
      const inserted = await this.#insertEvents(chunk.length).run(
        trx,
        ...chunk.flatMap((row) => EVENT_COLUMNS.map((column) => row[column])),
      );
      if (Number(inserted.numAffectedRows ?? 0) !== chunk.length)
        await this.#rejectKnownIds(trx, chunk);
    }
    if (alongside) await alongside(trx);
    return stored as StoredEvent[];
  }

  readEvents(
    conversationId: string,
    options?: { afterSeq?: number; types?: readonly EventType[] },
  ): Promise<StoredEvent[]> {
    const afterSeq = options?.afterSeq;
    const types = options?.types;
    return this.#sql.read(async () => {
      if (types && types.length === 0) {
        const conversation = await this.#db
          .selectFrom('conversations')
          .select('id')
          .where('id', '=', conversationId)
          .executeTakeFirst();
        if (!conversation) throw this.#notFound(conversationId);
        return [];
      }
      // One statement: the conversation's row (none when it is unknown) joined to its events, so
      // a catch-up that finds nothing new, the common case, is one lookup.
      const { rows } =
        afterSeq !== undefined && !types
          ? await this.#prepared.readAfter.run(this.#db, conversationId, afterSeq)
          : await this.#db.executeQuery(this.#eventsOf(conversationId, options ?? {}));
      if (rows.length === 0) throw this.#notFound(conversationId);
      const events: StoredEvent[] = [];
      for (const row of rows) if (row.id !== null) events.push(this.#fromRow(row));
      return events;
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

  /**
   * The conversation's row joined to its events in log order: one row with null event columns
   * when it has none (after `afterSeq`, of `types`), none when the conversation is unknown.
   */
  #eventsOf(conversationId: string, options: { afterSeq?: number; types?: readonly EventType[] }) {
    const { afterSeq, types } = options;
    return this.#db
      .selectFrom('conversations')
      .leftJoin('events', (join) => {
        let on = join.onRef('events.conversation_id', '=', 'conversations.id');
        if (afterSeq !== undefined) on = on.on('events.seq', '>', afterSeq);
        if (types) on = on.on('events.type', 'in', [...types]);
        return on;
      })
      .select(EVENT_COLUMNS.map((column) => `events.${column}` as const))
      .where('conversations.id', '=', conversationId)
      .orderBy('events.seq', 'asc')
      .$castTo<EventRow>();
  }

  /** Moves a conversation on by `count` events at most as new as `newest`, returning its last_seq. */
  #moveOn(conversationId: string, count: number, newest: string) {
    return this.#db
      .updateTable('conversations')
      .set((eb) => ({
        last_seq: eb('last_seq', '+', count),
        event_count: eb('event_count', '+', count),
        // Text comparison (collate "C" on PostgreSQL), as ISO times sort.
        updated_at: eb
          .case()
          .when('updated_at', '<', newest)
          .then(newest)
          .else(eb.ref('updated_at'))
          .end(),
      }))
      .where('id', '=', conversationId)
      .returning('last_seq');
  }

  /** The insert of `count` event rows (their columns' values in EVENT_COLUMNS order, row after row). */
  #insertEvents(count: number): PreparedQuery<unknown[], unknown> {
    let prepared = this.#prepared.inserts.get(count);
    if (!prepared) {
      prepared = preparedQuery((...values: unknown[]) => {
        const rows = Array.from({ length: count }, (_, row) =>
          Object.fromEntries(
            EVENT_COLUMNS.map((column, index) => [
              column,
              values[row * EVENT_COLUMNS.length + index],
            ]),
          ),
        ) as unknown as EventRow[];
        // An id already in the log is skipped rather than failing the statement (which would
        // end a PostgreSQL transaction), then reported; the whole append is rolled back.
        return this.#db
          .insertInto('events')
          .values(rows)
          .onConflict((conflict) => conflict.column('id').doNothing());
      }, count * EVENT_COLUMNS.length);
      this.#prepared.inserts.set(count, prepared);
    }
    return prepared;
  }

  /** Throws store_conflict naming an event of `chunk` whose id was already in the log. */
  async #rejectKnownIds(trx: Transaction<StoreSchema>, chunk: readonly EventRow[]): Promise<never> {
    const found = await trx
      .selectFrom('events')
      .select(['id', 'conversation_id', 'seq'])
      .where(
        'id',
        'in',
        chunk.map((row) => row.id),
      )
      .execute();
    // The rows this append inserted are there too, at their own positions.
    const mine = new Map(chunk.map((row) => [row.id, row]));
    const known = found.find((row) => {
      const ours = mine.get(row.id);
      return !ours || row.conversation_id !== ours.conversation_id || Number(row.seq) !== ours.seq;
    });
    if (known) throw duplicateEvent(known.id);
    throw new AllianceError(
      'store_conflict',
      'Some events of the batch could not be stored; nothing of the batch was appended.',
      'Reload the conversation and try again.',
    );
  }

  #checkExpected(conversationId: string, expected: number | undefined, lastSeq: number): void {
    if (expected !== undefined && expected !== lastSeq) {
      throw new AllianceError(
        'store_conflict',
        `Conversation ${conversationId} has moved on: expected it to end at event ${expected}, but it ends at ${lastSeq}.`,
        'Reload the conversation and try again.',
      );
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
