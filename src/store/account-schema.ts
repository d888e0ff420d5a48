/** Row shapes of the account tables (migration 0002), for typed Kysely queries. */
export interface AccountSchema {
  accounts: AccountRow;
  account_sessions: AccountSessionRow;
  account_conversations: AccountConversationRow;
  assignments: AssignmentRow;
  login_throttle: LoginThrottleRow;
  audit_log: AuditRow;
}

/** An account; email and display name only sealed, the email also as a keyed hash. */
export interface AccountRow {
  id: string;
  role: string;
  email_index: string | null;
  email_sealed: string | null;
  display_name_sealed: string | null;
  key_id: string | null;
  password_hash: string | null;
  person_id: string | null;
  created_at: string;
  consent_version: string | null;
  consent_at: string | null;
  consent_research: number;
  deleted_at: string | null;
}

/** A login session, keyed by the SHA-256 of its bearer token. */
export interface AccountSessionRow {
  token_hash: string;
  account_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** Which account owns a conversation of the event store. */
export interface AccountConversationRow {
  conversation_id: string;
  account_id: string;
  created_at: string;
}

/** A client assigned to a clinician. */
export interface AssignmentRow {
  clinician_id: string;
  client_id: string;
  created_at: string;
}

/** Failed logins of one key (email or address, as a keyed hash) in a fixed window. */
export interface LoginThrottleRow {
  key_index: string;
  window_start: string;
  failures: number;
}

/** One audit record. */
export interface AuditRow {
  id: string;
  seq: number;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  outcome: string;
  reason: string | null;
}
