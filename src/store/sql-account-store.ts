import { sql, type Kysely, type Transaction } from 'kysely';
import {
  ACCOUNT_ROLES,
  AllianceError,
  isAllianceError,
  isoTime,
  type Account,
  type AccountErasure,
  type AccountRole,
  type AccountSession,
  type AccountStore,
  type AccountWithSecret,
  type AuditAction,
  type AuditOutcome,
  type AuditRecord,
  type NewAccount,
  type NewAuditRecord,
} from '../core/index.ts';
import type { AccountRow, AccountSchema, AuditRow } from './account-schema.ts';
import { preparedQuery, type PreparedQuery } from './prepared-query.ts';
import { RecentReads } from './recent-reads.ts';
import { matchingForm, SqlConnection } from './sql-connection.ts';
import type { SqlBackend, SqlStoreDeps } from './sql-event-store.ts';
import type { StoreSchema } from './store-schema.ts';

/** What an engine declares to the account store, beyond what it declares to the event store. */
export interface SqlAccountBackend extends SqlBackend {
  /**
   * Whether the database numbers audit records itself (an identity column, PostgreSQL), so
   * appends from many connections never wait for each other; else the insert takes max + 1 itself,
   * under the one write lock (SQLite), and positions have no gaps.
   */
  readonly numbersAuditRecords: boolean;
}

/** The tables the account store reads and writes: its own, and the event store's for deletion. */
export type AccountDatabase = StoreSchema & AccountSchema;
type Db = Kysely<AccountDatabase> | Transaction<AccountDatabase>;

// Well under SQLite's bound-parameter limit (and PostgreSQL's).
const DELETE_CHUNK = 100;

/**
 * How long sessions, accounts and conversation owners read by a store that is its database's
 * only writer are kept: every authenticated request reads the first two (and a turn the third),
 * so a person talking hits them a few times a second. Changes made through the store are seen at
 * once; the bound matters only for a second process on the same file, which is not supported.
 */
const RECENT_READS = { ttlMs: 5_000, maxEntries: 10_000 };

/** The columns of an audit row but its position, in the order the prepared insert takes them. */
const AUDIT_COLUMNS = [
  'id',
  'at',
  'actor_id',
  'actor_role',
  'action',
  'resource_type',
  'resource_id',
  'outcome',
  'reason',
] as const satisfies readonly (keyof AuditRow)[];

/** The reads kept by a store that is the only writer of its database. */
interface Recent {
  sessions: RecentReads<AccountSession>;
  accounts: RecentReads<Account>;
  owners: RecentReads<string>;
}

/**
 * The AccountStore over Kysely shared by the SQLite and PostgreSQL account stores: one schema
 * (`AccountSchema`), one row ↔ account mapping, one sealing of email and display name. What the
 * engines differ in comes from `SqlAccountBackend`, as for `SqlEventStore`: where `rowLocks` is
 * set, transactions run side by side (PostgreSQL), so a write locks the rows it checks before
 * writing (an account cannot gain a session, a consent or a conversation while it is being
 * deleted, and a deletion waits for a turn's append). SQLite needs none of it: `begin immediate`
 * already runs one writer at a time. Where the store is the only writer (`concurrentWriters`
 * false), sessions, accounts and conversation owners it has read are kept for a few seconds
 * (`RECENT_READS`) and forgotten when it changes them.
 * @example new SqlAccountStore(db, { where, keyring, clock, ids }, { ...sqliteBackend(path), numbersAuditRecords: false })
 */
export class SqlAccountStore implements AccountStore {
  readonly #db: Kysely<AccountDatabase>;
  readonly #deps: SqlStoreDeps;
  readonly #backend: SqlAccountBackend;
  readonly #sql: SqlConnection<AccountDatabase>;
  readonly #recent: Recent | undefined;
  readonly #auditInsert: PreparedQuery<unknown[], { seq: number }>;

  constructor(db: Kysely<AccountDatabase>, deps: SqlStoreDeps, backend: SqlAccountBackend) {
    this.#db = db;
    this.#deps = deps;
    this.#backend = backend;
    this.#sql = new SqlConnection(db, deps.where, backend, (error) => this.#mapError(error));
    // Another instance could revoke a session or delete an account unseen by this one.
    this.#recent = backend.capabilities.concurrentWriters
      ? undefined
      : {
          sessions: new RecentReads(deps.clock, RECENT_READS),
          accounts: new RecentReads(deps.clock, RECENT_READS),
          owners: new RecentReads(deps.clock, RECENT_READS),
        };
    this.#auditInsert = this.#prepareAuditInsert();
  }

  /** How messages name the database (a file path, or a URL without its password). */
  get where(): string {
    return this.#deps.where;
  }

  createAccount(input: NewAccount): Promise<Account> {
    const { keyring, clock, ids } = this.#deps;
    if (!ACCOUNT_ROLES.includes(input.role)) {
      throw new AllianceError('request_invalid', `Unknown role ${String(input.role)}.`);
    }
    const email = normalizeEmail(input.email);
    return this.#sql.write(async (trx) => {
      const taken = await trx
        .selectFrom('accounts')
        .select('id')
        .where('email_index', 'in', keyring.blindIndex(emailKey(email)))
        .executeTakeFirst();
      if (taken) throw accountExists();
      const id = ids.next('acct');
      const now = isoTime(clock);
      const row: AccountRow = {
        id,
        role: input.role,
        email_index: keyring.blindIndex(emailKey(email))[0] as string,
        email_sealed: this.#seal(email, id, 'email'),
        display_name_sealed:
          input.displayName === undefined ? null : this.#seal(input.displayName, id, 'name'),
        key_id: keyring.currentKeyId,
        password_hash: input.passwordHash,
        person_id: null,
        created_at: now,
        consent_version: input.consent?.version ?? null,
        consent_at: input.consent ? now : null,
        consent_research: input.consent?.research ? 1 : 0,
        deleted_at: null,
      };
      try {
        await trx.insertInto('accounts').values(row).execute();
      } catch (error) {
        // Another writer registered the address since the look-up (only where writers overlap).
        if (this.#backend.isDuplicateKey(error)) throw accountExists();
        throw error;
      }
      return this.#toAccount(row);
    });
  }

  findByEmail(email: string): Promise<AccountWithSecret | undefined> {
    const indexes = this.#deps.keyring.blindIndex(emailKey(normalizeEmail(email)));
    return this.#sql.read(async () => {
      const row = await this.#db
        .selectFrom('accounts')
        .selectAll()
        .where('email_index', 'in', indexes)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (!row || row.password_hash === null) return undefined;
      return { ...this.#toAccount(row), passwordHash: row.password_hash };
    });
  }

  getAccount(id: string): Promise<Account | undefined> {
    return this.#readThrough(this.#recent?.accounts, id, async () => {
      const row = await this.#db
        .selectFrom('accounts')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const account = this.#toAccount(row);
      if (!this.#recent) return account;
      if (account.consent) Object.freeze(account.consent);
      return Object.freeze(account);
    });
  }

  listAccounts(options?: { role?: AccountRole }): Promise<Account[]> {
    return this.#sql.read(async () => {
      let query = this.#db.selectFrom('accounts').selectAll().where('deleted_at', 'is', null);
      if (options?.role) query = query.where('role', '=', options.role);
      const rows = await query.orderBy('created_at', 'asc').orderBy('id', 'asc').execute();
      return rows.map((row) => this.#toAccount(row));
    });
  }

  recordConsent(
    accountId: string,
    consent: { version: string; research?: boolean },
  ): Promise<Account> {
    return this.#writeForgetting(this.#forgetAccount(accountId), async (trx) => {
      const row = await this.#liveRow(trx, accountId, 'update');
      const updated: AccountRow = {
        ...row,
        consent_version: consent.version,
        consent_at: isoTime(this.#deps.clock),
        consent_research: consent.research ? 1 : 0,
      };
      await trx
        .updateTable('accounts')
        .set({
          consent_version: updated.consent_version,
          consent_at: updated.consent_at,
          consent_research: updated.consent_research,
        })
        .where('id', '=', accountId)
        .execute();
      return this.#toAccount(updated);
    });
  }

  linkPerson(accountId: string, personId: string): Promise<void> {
    return this.#writeForgetting(this.#forgetAccount(accountId), async (trx) => {
      await this.#liveRow(trx, accountId, 'update');
      await trx
        .updateTable('accounts')
        .set({ person_id: personId })
        .where('id', '=', accountId)
        .execute();
    });
  }

  createSession(session: {
    tokenHash: string;
    accountId: string;
    expiresAt: string;
  }): Promise<void> {
    return this.#sql.write(async (trx) => {
      await this.#liveRow(trx, session.accountId, 'share');
      await trx
        .insertInto('account_sessions')
        .values({
          token_hash: session.tokenHash,
          account_id: session.accountId,
          created_at: isoTime(this.#deps.clock),
          expires_at: session.expiresAt,
          revoked_at: null,
        })
        .execute();
    });
  }

  findSession(tokenHash: string): Promise<AccountSession | undefined> {
    return this.#readThrough(this.#recent?.sessions, tokenHash, async () => {
      const row = await this.#db
        .selectFrom('account_sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!row) return undefined;
      const session: AccountSession = {
        tokenHash: row.token_hash,
        accountId: row.account_id,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        revokedAt: row.revoked_at,
      };
      return this.#recent ? Object.freeze(session) : session;
    });
  }

  revokeSession(tokenHash: string): Promise<void> {
    const forget = () => this.#recent?.sessions.forget(tokenHash);
    return this.#writeForgetting(forget, async (trx) => {
      await trx
        .updateTable('account_sessions')
        .set({ revoked_at: isoTime(this.#deps.clock) })
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .execute();
    });
  }

  addConversation(accountId: string, conversationId: string): Promise<void> {
    return this.#sql.write(async (trx) => {
      await this.#liveRow(trx, accountId, 'share');
      await trx
        .insertInto('account_conversations')
        .values({
          conversation_id: conversationId,
          account_id: accountId,
          created_at: isoTime(this.#deps.clock),
        })
        .execute();
    });
  }

  conversationOwner(conversationId: string): Promise<string | undefined> {
    return this.#readThrough(this.#recent?.owners, conversationId, async () => {
      const row = await this.#db
        .selectFrom('account_conversations')
        .select('account_id')
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return row?.account_id;
    });
  }

  /**
   * A read that goes through `reads` when this store keeps recent reads: the kept value if there
   * is one, else `load` inside a read, kept unless a change started meanwhile.
   */
  async #readThrough<V>(
    reads: RecentReads<V> | undefined,
    key: string,
    load: () => Promise<V | undefined>,
  ): Promise<V | undefined> {
    this.#sql.assertOpen();
    const kept = reads?.get(key);
    if (kept !== undefined) return kept;
    const generation = reads?.generation ?? 0;
    return this.#sql.read(async () => {
      const value = await load();
      return value === undefined || !reads ? value : reads.keep(key, generation, value);
    });
  }

  listConversations(accountId: string): Promise<string[]> {
    return this.#sql.read(async () => {
      const rows = await this.#db
        .selectFrom('account_conversations')
        .select('conversation_id')
        .where('account_id', '=', accountId)
        .orderBy('created_at', 'asc')
        .orderBy('conversation_id', 'asc')
        .execute();
      return rows.map((row) => row.conversation_id);
    });
  }

  assign(clinicianId: string, clientId: string): Promise<void> {
    return this.#sql.write(async (trx) => {
      const clinician = await this.#liveRow(trx, clinicianId, 'share');
      const client = await this.#liveRow(trx, clientId, 'share');
      if (clinician.role !== 'clinician' || client.role !== 'client') {
        throw new AllianceError(
          'request_invalid',
          'Only a client can be assigned, and only to a clinician.',
          'Check the two account ids and their roles.',
        );
      }
      // Idempotent even when the same assignment is made twice at once.
      await trx
        .insertInto('assignments')
        .values({
          clinician_id: clinicianId,
          client_id: clientId,
          created_at: isoTime(this.#deps.clock),
        })
        .onConflict((conflict) => conflict.columns(['clinician_id', 'client_id']).doNothing())
        .execute();
    });
  }

  unassign(clinicianId: string, clientId: string): Promise<void> {
    return this.#sql.write(async (trx) => {
      await trx
        .deleteFrom('assignments')
        .where('clinician_id', '=', clinicianId)
        .where('client_id', '=', clientId)
        .execute();
    });
  }

  isAssigned(clinicianId: string, clientId: string): Promise<boolean> {
    return this.#sql.read(async () => {
      const row = await this.#db
        .selectFrom('assignments')
        .select('client_id')
        .where('clinician_id', '=', clinicianId)
        .where('client_id', '=', clientId)
        .executeTakeFirst();
      return row !== undefined;
    });
  }

  listClients(clinicianId: string): Promise<string[]> {
    return this.#sql.read(async () => {
      const rows = await this.#db
        .selectFrom('assignments')
        .select('client_id')
        .where('clinician_id', '=', clinicianId)
        .orderBy('created_at', 'asc')
        .orderBy('client_id', 'asc')
        .execute();
      return rows.map((row) => row.client_id);
    });
  }

  recordLoginFailure(key: string, windowMs: number): Promise<number> {
    const index = this.#throttleIndex(key);
    const now = this.#deps.clock.now();
    const nowIso = new Date(now).toISOString();
    // A window that started at or before this moment has passed (ISO times sort as text).
    const expiredBefore = new Date(now - windowMs).toISOString();
    return this.#sql.write(async (trx) => {
      // One statement, so failures counted at the same moment by several instances all count.
      const row = await trx
        .insertInto('login_throttle')
        .values({ key_index: index, window_start: nowIso, failures: 1 })
        .onConflict((conflict) =>
          conflict.column('key_index').doUpdateSet((eb) => {
            const expired = eb('login_throttle.window_start', '<=', expiredBefore);
            return {
              failures: eb
                .case()
                .when(expired)
                .then(1)
                .else(eb('login_throttle.failures', '+', 1))
                .end(),
              window_start: eb
                .case()
                .when(expired)
                .then(eb.ref('excluded.window_start'))
                .else(eb.ref('login_throttle.window_start'))
                .end(),
            };
          }),
        )
        .returning('failures')
        .executeTakeFirstOrThrow();
      return Number(row.failures);
    });
  }

  loginFailures(key: string, windowMs: number): Promise<number> {
    const index = this.#throttleIndex(key);
    return this.#sql.read(async () => {
      const row = await this.#db
        .selectFrom('login_throttle')
        .selectAll()
        .where('key_index', '=', index)
        .executeTakeFirst();
      if (!row || Date.parse(row.window_start) + windowMs <= this.#deps.clock.now()) return 0;
      return Number(row.failures);
    });
  }

  clearLoginFailures(key: string): Promise<void> {
    const index = this.#throttleIndex(key);
    return this.#sql.write(async (trx) => {
      await trx.deleteFrom('login_throttle').where('key_index', '=', index).execute();
    });
  }

  audit(record: NewAuditRecord): Promise<AuditRecord> {
    // One statement, atomic on its own (SQLite's takes the write lock before it reads max(seq)):
    // no transaction around it.
    return this.#sql.read(() => this.#insertAudit(this.#db, record));
  }

  /**
   * Appends one audit record inside a transaction the caller holds on the same database (a
   * turn's append, so that the turn and its record are one commit), numbered as `audit` numbers
   * them.
   * @example await events.append(id, newEvents, options, (trx) => accounts.auditIn(trx, record))
   */
  auditIn(trx: Transaction<StoreSchema>, record: NewAuditRecord): Promise<AuditRecord> {
    // The event store's transaction runs on the same database, whose schema has both sets of tables.
    return this.#insertAudit(trx as unknown as Transaction<AccountDatabase>, record);
  }

  async #insertAudit(db: Db, record: NewAuditRecord): Promise<AuditRecord> {
    const row: Omit<AuditRow, 'seq'> = {
      id: this.#deps.ids.next('audit'),
      at: isoTime(this.#deps.clock),
      actor_id: record.actorId,
      actor_role: record.actorRole,
      action: record.action,
      resource_type: record.resourceType,
      resource_id: record.resourceId,
      outcome: record.outcome,
      reason: record.reason,
    };
    const { rows } = await this.#auditInsert.run(db, ...AUDIT_COLUMNS.map((column) => row[column]));
    return toAuditRecord({ ...row, seq: Number(rows[0]!.seq) });
  }

  /** The insert of one audit record (its values in AUDIT_COLUMNS order), returning its position. */
  #prepareAuditInsert(): PreparedQuery<unknown[], { seq: number }> {
    return preparedQuery((...values: unknown[]) => {
      const row = Object.fromEntries(
        AUDIT_COLUMNS.map((column, index) => [column, values[index]]),
      ) as Omit<AuditRow, 'seq'>;
      if (this.#backend.numbersAuditRecords) {
        // An identity column: appends from many connections never wait for one another.
        return this.#db
          .insertInto('audit_log')
          .values({ ...row, seq: sql<number>`default` })
          .returning('seq');
      }
      // max + 1 in the statement that inserts: it holds the one write lock from before it reads,
      // so no two records get the same position and there are no gaps.
      return this.#db
        .insertInto('audit_log')
        .columns([...AUDIT_COLUMNS, 'seq'])
        .expression((eb) =>
          eb
            .selectFrom('audit_log')
            .select([
              ...AUDIT_COLUMNS.map((column) => eb.val(row[column]).as(column)),
              sql<number>`coalesce(max(${eb.ref('seq')}), 0) + 1`.as('seq'),
            ]),
        )
        .returning('seq');
    }, AUDIT_COLUMNS.length);
  }

  listAudit(options?: {
    actorId?: string;
    resourceId?: string;
    limit?: number;
  }): Promise<AuditRecord[]> {
    return this.#sql.read(async () => {
      let query = this.#db.selectFrom('audit_log').selectAll();
      if (options?.actorId !== undefined) query = query.where('actor_id', '=', options.actorId);
      if (options?.resourceId !== undefined)
        query = query.where('resource_id', '=', options.resourceId);
      const rows = await query
        .orderBy('seq', 'desc')
        .limit(Math.max(1, Math.min(options?.limit ?? 1000, 10_000)))
        .execute();
      return rows.map(toAuditRecord);
    });
  }

  deleteAccount(accountId: string): Promise<AccountErasure> {
    const { rowLocks } = this.#backend;
    // Its sessions, its account and its conversations' owner all go: everything kept is dropped.
    const forget = () => {
      this.#recent?.sessions.forget();
      this.#recent?.accounts.forget();
      this.#recent?.owners.forget();
    };
    return this.#writeForgetting(forget, async (trx) => {
      // Locks, where writers overlap, in one order: the account, its person, its conversations.
      // A conversation created for the person meanwhile waits and then finds no person; a turn
      // appending meanwhile waits and then finds no conversation.
      const row = await this.#liveRow(trx, accountId, 'update');
      if (row.person_id && rowLocks) {
        await trx
          .selectFrom('people')
          .select('id')
          .where('id', '=', row.person_id)
          .forUpdate()
          .execute();
      }
      const linked = await trx
        .selectFrom('account_conversations')
        .select('conversation_id')
        .where('account_id', '=', accountId)
        .execute();
      const owned = row.person_id
        ? await trx
            .selectFrom('conversations')
            .select('id')
            .where('person_id', '=', row.person_id)
            .execute()
        : [];
      const conversationIds = [
        ...new Set([...linked.map((r) => r.conversation_id), ...owned.map((r) => r.id)]),
      ].sort();
      let events = 0;
      for (let i = 0; i < conversationIds.length; i += DELETE_CHUNK) {
        const chunk = conversationIds.slice(i, i + DELETE_CHUNK);
        if (rowLocks) {
          await trx
            .selectFrom('conversations')
            .select('id')
            .where('id', 'in', chunk)
            .orderBy('id')
            .forUpdate()
            .execute();
        }
        const deleted = await trx
          .deleteFrom('events')
          .where('conversation_id', 'in', chunk)
          .executeTakeFirst();
        events += Number(deleted.numDeletedRows);
        await trx.deleteFrom('conversations').where('id', 'in', chunk).execute();
      }
      if (row.person_id) await trx.deleteFrom('people').where('id', '=', row.person_id).execute();
      await trx.deleteFrom('account_conversations').where('account_id', '=', accountId).execute();
      await trx
        .deleteFrom('assignments')
        .where((eb) => eb.or([eb('clinician_id', '=', accountId), eb('client_id', '=', accountId)]))
        .execute();
      const sessions = await trx
        .deleteFrom('account_sessions')
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      await trx
        .updateTable('accounts')
        .set({
          email_index: null,
          email_sealed: null,
          display_name_sealed: null,
          key_id: null,
          password_hash: null,
          person_id: null,
          consent_version: null,
          consent_at: null,
          consent_research: 0,
          deleted_at: isoTime(this.#deps.clock),
        })
        .where('id', '=', accountId)
        .execute();
      return {
        conversations: conversationIds.length,
        events,
        sessions: Number(sessions.numDeletedRows),
      };
    });
  }

  close(): Promise<void> {
    return this.#sql.close();
  }

  /**
   * A write transaction that changes what `forget` drops from the kept reads: dropped before it
   * starts (a read under way then keeps nothing) and again once it has ended.
   */
  async #writeForgetting<T>(
    forget: () => void,
    work: (trx: Transaction<AccountDatabase>) => Promise<T>,
  ): Promise<T> {
    forget();
    try {
      return await this.#sql.write(work);
    } finally {
      forget();
    }
  }

  #forgetAccount(accountId: string): () => void {
    return () => this.#recent?.accounts.forget(accountId);
  }

  /**
   * The account's row, failing with account_not_found unless it is live. Where writers overlap
   * the row is locked: 'update' before the row is changed, 'share' before something is added that
   * must not outlive a deletion running at the same time (which then waits, or is waited for).
   */
  async #liveRow(db: Db, accountId: string, lock: 'update' | 'share'): Promise<AccountRow> {
    const row = await db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', accountId)
      .where('deleted_at', 'is', null)
      .$if(this.#backend.rowLocks, (query) =>
        lock === 'update' ? query.forUpdate() : query.forShare(),
      )
      .executeTakeFirst();
    if (!row) {
      throw new AllianceError(
        'account_not_found',
        `No account ${accountId}.`,
        'Check the account id.',
      );
    }
    return row;
  }

  #throttleIndex(key: string): string {
    return this.#deps.keyring.blindIndex(`throttle:${matchingForm(key)}`)[0] as string;
  }

  #seal(text: string, accountId: string, field: 'email' | 'name'): string {
    const sealed = this.#deps.keyring.seal(text, accountAad(accountId, field));
    return sealed.blob.toString('base64');
  }

  #open(blob: string | null, row: AccountRow, field: 'email' | 'name'): string | null {
    if (blob === null) return null;
    return this.#deps.keyring.open(
      row.key_id ?? '',
      Buffer.from(blob, 'base64'),
      accountAad(row.id, field),
    );
  }

  #toAccount(row: AccountRow): Account {
    return {
      id: row.id,
      role: row.role as AccountRole,
      email: this.#open(row.email_sealed, row, 'email'),
      displayName: this.#open(row.display_name_sealed, row, 'name'),
      createdAt: row.created_at,
      consent:
        row.consent_version !== null && row.consent_at !== null
          ? {
              version: row.consent_version,
              at: row.consent_at,
              research: Number(row.consent_research) === 1,
            }
          : null,
      personId: row.person_id,
      deletedAt: row.deleted_at,
    };
  }

  #mapError(error: unknown): AllianceError {
    if (isAllianceError(error)) return error;
    return this.#sql.conflict(error, 'key', 'Try again.') ?? this.#backend.mapError(error);
  }
}

/** The form emails are matched in: trimmed, NFC, lower-cased. */
function normalizeEmail(email: string): string {
  const normalized = matchingForm(email);
  if (normalized.length === 0) {
    throw new AllianceError('request_invalid', 'The email is empty.', 'Give an email address.');
  }
  return normalized;
}

// Domain-separated from person handles, which use the same blind index.
function emailKey(normalizedEmail: string): string {
  return `email:${normalizedEmail}`;
}

function accountExists(): AllianceError {
  return new AllianceError(
    'account_exists',
    'An account with this email already exists.',
    'Log in instead, or use another address.',
  );
}

// Binds a sealed field to its account and column, so a blob copied elsewhere fails to decrypt.
function accountAad(accountId: string, field: 'email' | 'name'): string {
  return `account:${accountId}:${field}`;
}

function toAuditRecord(row: AuditRow): AuditRecord {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    actorRole: row.actor_role as AccountRole | null,
    action: row.action as AuditAction,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    outcome: row.outcome as AuditOutcome,
    reason: row.reason,
  };
}
