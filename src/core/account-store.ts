/** The roles an account can have; each sees a different slice of the data (see docs/server.md). */
export const ACCOUNT_ROLES = ['client', 'clinician', 'researcher', 'admin'] as const;
/** One role: client (chats), clinician (supervises assigned clients), researcher (de-identified reads), admin (accounts only). */
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** Consent to the processing of one's data, with the version of the text that was agreed to. */
export interface Consent {
  version: string;
  /** ISO-8601 UTC time the consent was given. */
  at: string;
  /** Whether de-identified data may be used for research. */
  research: boolean;
}

/** An account as the store gives it back: email and display name decrypted, no password hash. */
export interface Account {
  id: string;
  role: AccountRole;
  /** Null once the account is deleted. */
  email: string | null;
  displayName: string | null;
  createdAt: string;
  consent: Consent | null;
  /** The event-store person whose conversations are this account's (clients only). */
  personId: string | null;
  /** Set when the account was deleted; a deleted account keeps only its id, role and dates. */
  deletedAt: string | null;
}

/** An account with its password hash, for login only. */
export type AccountWithSecret = Account & { passwordHash: string };

/** A login session: only the SHA-256 hash of its bearer token is ever stored. */
export interface AccountSession {
  tokenHash: string;
  accountId: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** The closed vocabulary of audited actions (after FHIR AuditEvent.action). */
export type AuditAction = 'create' | 'read' | 'update' | 'delete' | 'execute';
/** Whether the audited request was carried out, refused, or failed. */
export type AuditOutcome = 'success' | 'denied' | 'failed';

/** One entry of the append-only audit log. It names resources by id and never holds content. */
export interface AuditRecord {
  id: string;
  at: string;
  /** The account that acted; null when the request carried no valid token. */
  actorId: string | null;
  actorRole: AccountRole | null;
  action: AuditAction;
  /** What was touched, e.g. `conversation`, `account`, `caseload`, `export`. */
  resourceType: string;
  resourceId: string | null;
  outcome: AuditOutcome;
  /** A short machine-readable reason (e.g. `not_assigned`), never free text from a person. */
  reason: string | null;
}

/** An audit entry as the caller gives it; the store assigns id and time. */
export type NewAuditRecord = Omit<AuditRecord, 'id' | 'at'>;

/** An account as the caller gives it; the store assigns id and creation time. */
export interface NewAccount {
  email: string;
  passwordHash: string;
  role: AccountRole;
  displayName?: string;
  consent?: { version: string; research?: boolean };
}

/** What deleting an account erased, for the person's confirmation and the audit trail. */
export interface AccountErasure {
  conversations: number;
  events: number;
  sessions: number;
}

/**
 * Accounts, login sessions, clinician assignments, login throttling and the audit log. Lives in
 * the same database as the EventStore, so that deleting an account erases its conversations in
 * the same transaction. SQLite and PostgreSQL implement it (`src/store`); every backend must
 * pass `src/store/account-store-contract.ts`.
 */
export interface AccountStore {
  /** Creates an account; `account_exists` when the email (case-insensitive) is taken. */
  createAccount(input: NewAccount): Promise<Account>;
  /** A live (not deleted) account by email, case-insensitive, with its password hash. */
  findByEmail(email: string): Promise<AccountWithSecret | undefined>;
  /** An account by id, deleted ones included (as tombstones). */
  getAccount(id: string): Promise<Account | undefined>;
  /** Live accounts, optionally of one role, oldest first. */
  listAccounts(options?: { role?: AccountRole }): Promise<Account[]>;
  /** Records (or replaces) the account's consent with its version, at the store's time. */
  recordConsent(
    accountId: string,
    consent: { version: string; research?: boolean },
  ): Promise<Account>;
  /** Links the account to its event-store person. */
  linkPerson(accountId: string, personId: string): Promise<void>;

  /** Stores a new login session under the hash of its token. */
  createSession(session: {
    tokenHash: string;
    accountId: string;
    expiresAt: string;
  }): Promise<void>;
  /** The session with this token hash, revoked or expired ones included (the caller decides). */
  findSession(tokenHash: string): Promise<AccountSession | undefined>;
  /** Revokes one session (logout); revoking twice is harmless. */
  revokeSession(tokenHash: string): Promise<void>;

  /** Records that the account owns a conversation of the event store. */
  addConversation(accountId: string, conversationId: string): Promise<void>;
  /** The account owning a conversation, if the conversation is known. */
  conversationOwner(conversationId: string): Promise<string | undefined>;
  /** The account's conversation ids, oldest first. */
  listConversations(accountId: string): Promise<string[]>;

  /** Assigns a client to a clinician (idempotent). */
  assign(clinicianId: string, clientId: string): Promise<void>;
  /** Ends an assignment (idempotent). */
  unassign(clinicianId: string, clientId: string): Promise<void>;
  /** Whether the client is assigned to the clinician. */
  isAssigned(clinicianId: string, clientId: string): Promise<boolean>;
  /** Ids of the clinician's clients, oldest assignment first. */
  listClients(clinicianId: string): Promise<string[]>;

  /**
   * Counts one failed login for `key` (e.g. an email or an IP address, stored only as a keyed
   * hash) within a fixed window of `windowMs`, and returns the failures in the current window.
   */
  recordLoginFailure(key: string, windowMs: number): Promise<number>;
  /** Failures of `key` in its current window (0 once the window has passed). */
  loginFailures(key: string, windowMs: number): Promise<number>;
  /** Forgets the failures of `key` (after a successful login). */
  clearLoginFailures(key: string): Promise<void>;

  /** Appends one audit record; the log has no update and no delete. */
  audit(record: NewAuditRecord): Promise<AuditRecord>;
  /** Audit records, newest first, optionally of one actor or resource. */
  listAudit(options?: {
    actorId?: string;
    resourceId?: string;
    limit?: number;
  }): Promise<AuditRecord[]>;

  /**
   * Deletes an account for good: its email, name, password hash, consent, sessions, assignments,
   * conversation links, and its person with every conversation and event, in one transaction. The
   * account row stays as a tombstone (id, role, dates) so audit records keep pointing at an id.
   */
  deleteAccount(accountId: string): Promise<AccountErasure>;
  /** Releases the connection. */
  close(): Promise<void>;
}
