import Database from 'better-sqlite3';
import { Kysely, Migrator, type Transaction } from 'kysely';
import {
  ACCOUNT_ROLES,
  AllianceError,
  isAllianceError,
  isoTime,
  randomIds,
  systemClock,
  type Account,
  type AccountErasure,
  type AccountRole,
  type AccountSession,
  type AccountStore,
  type AccountWithSecret,
  type AuditAction,
  type AuditOutcome,
  type AuditRecord,
  type Clock,
  type IdGenerator,
  type NewAuditRecord,
} from '../core/index.ts';
import type { AccountRow, AccountSchema, AuditRow } from './account-schema.ts';
import { ImmediateSqliteDialect } from './immediate-sqlite-dialect.ts';
import { storeMigrationProvider } from './migrations/index.ts';
import { sqliteError } from './sqlite-error.ts';
import type { StoreSchema } from './store-schema.ts';
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

type Schema = StoreSchema & AccountSchema;
type Db = Kysely<Schema> | Transaction<Schema>;

const MIGRATION_TABLE = 'kysely_migration';
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
  let raw: Database.Database;
  try {
    raw = new Database(path, { timeout: busyTimeoutMs });
  } catch (error) {
    throw sqliteError(error, path);
  }
  let db: Kysely<Schema> | undefined;
  try {
    raw.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    raw.pragma('foreign_keys = ON');
    raw.pragma('journal_mode = WAL');
    db = new Kysely<Schema>({ dialect: new ImmediateSqliteDialect({ database: raw }) });
    const { error } = await new Migrator({
      db,
      provider: storeMigrationProvider(),
      migrationTableName: MIGRATION_TABLE,
    }).migrateToLatest();
    if (error) throw error;
    await checkKeyId(db, keyring, path);
    return new SqliteAccountStore(db, {
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

/** The event store proves the key in full at open; here a foreign key id is enough to refuse. */
async function checkKeyId(db: Kysely<Schema>, keyring: Keyring, path: string): Promise<void> {
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

interface Deps {
  path: string;
  keyring: Keyring;
  clock: Clock;
  ids: IdGenerator;
}

/** AccountStore over one SQLite file. */
class SqliteAccountStore implements AccountStore {
  readonly #db: Kysely<Schema>;
  readonly #deps: Deps;
  #closed = false;

  constructor(db: Kysely<Schema>, deps: Deps) {
    this.#db = db;
    this.#deps = deps;
  }

  createAccount(input: {
    email: string;
    passwordHash: string;
    role: AccountRole;
    displayName?: string;
    consent?: { version: string; research?: boolean };
  }): Promise<Account> {
    const { keyring, clock, ids } = this.#deps;
    if (!ACCOUNT_ROLES.includes(input.role)) {
      throw new AllianceError('request_invalid', `Unknown role ${String(input.role)}.`);
    }
    const email = normalizeEmail(input.email);
    return this.#write(async (trx) => {
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
      await trx.insertInto('accounts').values(row).execute();
      return this.#toAccount(row);
    });
  }

  findByEmail(email: string): Promise<AccountWithSecret | undefined> {
    const indexes = this.#deps.keyring.blindIndex(emailKey(normalizeEmail(email)));
    return this.#read(async () => {
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
    return this.#read(async () => {
      const row = await this.#db
        .selectFrom('accounts')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && this.#toAccount(row);
    });
  }

  listAccounts(options?: { role?: AccountRole }): Promise<Account[]> {
    return this.#read(async () => {
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
    return this.#write(async (trx) => {
      const row = await this.#liveRow(trx, accountId);
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
    return this.#write(async (trx) => {
      await this.#liveRow(trx, accountId);
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
    return this.#write(async (trx) => {
      await this.#liveRow(trx, session.accountId);
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
    return this.#read(async () => {
      const row = await this.#db
        .selectFrom('account_sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return (
        row && {
          tokenHash: row.token_hash,
          accountId: row.account_id,
          createdAt: row.created_at,
          expiresAt: row.expires_at,
          revokedAt: row.revoked_at,
        }
      );
    });
  }

  revokeSession(tokenHash: string): Promise<void> {
    return this.#write(async (trx) => {
      await trx
        .updateTable('account_sessions')
        .set({ revoked_at: isoTime(this.#deps.clock) })
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .execute();
    });
  }

  addConversation(accountId: string, conversationId: string): Promise<void> {
    return this.#write(async (trx) => {
      await this.#liveRow(trx, accountId);
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
    return this.#read(async () => {
      const row = await this.#db
        .selectFrom('account_conversations')
        .select('account_id')
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return row?.account_id;
    });
  }

  listConversations(accountId: string): Promise<string[]> {
    return this.#read(async () => {
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
    return this.#write(async (trx) => {
      const clinician = await this.#liveRow(trx, clinicianId);
      const client = await this.#liveRow(trx, clientId);
      if (clinician.role !== 'clinician' || client.role !== 'client') {
        throw new AllianceError(
          'request_invalid',
          'Only a client can be assigned, and only to a clinician.',
          'Check the two account ids and their roles.',
        );
      }
      const existing = await trx
        .selectFrom('assignments')
        .select('client_id')
        .where('clinician_id', '=', clinicianId)
        .where('client_id', '=', clientId)
        .executeTakeFirst();
      if (existing) return;
      await trx
        .insertInto('assignments')
        .values({
          clinician_id: clinicianId,
          client_id: clientId,
          created_at: isoTime(this.#deps.clock),
        })
        .execute();
    });
  }

  unassign(clinicianId: string, clientId: string): Promise<void> {
    return this.#write(async (trx) => {
      await trx
        .deleteFrom('assignments')
        .where('clinician_id', '=', clinicianId)
        .where('client_id', '=', clientId)
        .execute();
    });
  }

  isAssigned(clinicianId: string, clientId: string): Promise<boolean> {
    return this.#read(async () => {
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
    return this.#read(async () => {
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
    return this.#write(async (trx) => {
      const row = await trx
        .selectFrom('login_throttle')
        .selectAll()
        .where('key_index', '=', index)
        .executeTakeFirst();
      if (!row || Date.parse(row.window_start) + windowMs <= now) {
        const values = { window_start: new Date(now).toISOString(), failures: 1 };
        if (row) {
          await trx
            .updateTable('login_throttle')
            .set(values)
            .where('key_index', '=', index)
            .execute();
        } else {
          await trx
            .insertInto('login_throttle')
            .values({ key_index: index, ...values })
            .execute();
        }
        return 1;
      }
      const failures = Number(row.failures) + 1;
      await trx
        .updateTable('login_throttle')
        .set({ failures })
        .where('key_index', '=', index)
        .execute();
      return failures;
    });
  }

  loginFailures(key: string, windowMs: number): Promise<number> {
    const index = this.#throttleIndex(key);
    return this.#read(async () => {
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
    return this.#write(async (trx) => {
      await trx.deleteFrom('login_throttle').where('key_index', '=', index).execute();
    });
  }

  audit(record: NewAuditRecord): Promise<AuditRecord> {
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
    return this.#write(async (trx) => {
      // The write transaction holds the lock, so max + 1 cannot be taken twice.
      const last = await trx
        .selectFrom('audit_log')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirst();
      const stored: AuditRow = { ...row, seq: Number(last?.seq ?? 0) + 1 };
      await trx.insertInto('audit_log').values(stored).execute();
      return toAuditRecord(stored);
    });
  }

  listAudit(options?: {
    actorId?: string;
    resourceId?: string;
    limit?: number;
  }): Promise<AuditRecord[]> {
    return this.#read(async () => {
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
    return this.#write(async (trx) => {
      const row = await this.#liveRow(trx, accountId);
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
      ];
      let events = 0;
      for (const conversationId of conversationIds) {
        const deleted = await trx
          .deleteFrom('events')
          .where('conversation_id', '=', conversationId)
          .executeTakeFirst();
        events += Number(deleted.numDeletedRows);
        await trx.deleteFrom('conversations').where('id', '=', conversationId).execute();
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

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      await this.#db.destroy();
    } catch (error) {
      throw sqliteError(error, this.#deps.path);
    }
  }

  async #liveRow(db: Db, accountId: string): Promise<AccountRow> {
    const row = await db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', accountId)
      .where('deleted_at', 'is', null)
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
    return this.#deps.keyring.blindIndex(
      `throttle:${key.trim().normalize('NFC').toLowerCase()}`,
    )[0] as string;
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

  async #read<T>(work: () => Promise<T>): Promise<T> {
    this.#assertOpen();
    try {
      return await work();
    } catch (error) {
      throw this.#mapError(error);
    }
  }

  async #write<T>(work: (trx: Transaction<Schema>) => Promise<T>): Promise<T> {
    this.#assertOpen();
    try {
      return await this.#db.transaction().execute(work);
    } catch (error) {
      throw this.#mapError(error);
    }
  }

  #mapError(error: unknown): AllianceError {
    if (isAllianceError(error)) return error;
    const code = (error as { code?: unknown })?.code;
    if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') {
      return new AllianceError(
        'store_conflict',
        `Database ${this.#deps.path} already holds a row with the same key; nothing was written.`,
        'Try again.',
        { cause: error },
      );
    }
    return sqliteError(error, this.#deps.path);
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

/** The form emails are matched in: trimmed, NFC, lower-cased. */
function normalizeEmail(email: string): string {
  const normalized = email.trim().normalize('NFC').toLowerCase();
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
