import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The account tables of the HTTP server, as SQLite's `0002-accounts`: the same tables, columns and
 * row shapes, so both account stores share one row mapping. As in `0001-initial`, every text
 * column uses the "C" collation (ids and ISO times order byte by byte), and the audit position is
 * a bigint identity: instances appending at once are numbered by the database instead of taking
 * max + 1 under a lock (a failed append may leave a gap). Email and display name are kept sealed,
 * with a keyed hash of the lower-cased email for look-ups; tokens only as SHA-256.
 */
export const postgresAccountsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const statements = [
      sql`create table accounts (
        id text collate "C" primary key,
        role text collate "C" not null,
        email_index text collate "C" unique,
        email_sealed text,
        display_name_sealed text,
        key_id text collate "C",
        password_hash text,
        person_id text collate "C",
        created_at text collate "C" not null,
        consent_version text collate "C",
        consent_at text collate "C",
        consent_research integer not null default 0,
        deleted_at text collate "C"
      )`,
      sql`create index accounts_role on accounts (role)`,
      sql`create table account_sessions (
        token_hash text collate "C" primary key,
        account_id text collate "C" not null references accounts (id),
        created_at text collate "C" not null,
        expires_at text collate "C" not null,
        revoked_at text collate "C"
      )`,
      sql`create index account_sessions_account on account_sessions (account_id)`,
      sql`create table account_conversations (
        conversation_id text collate "C" primary key,
        account_id text collate "C" not null references accounts (id),
        created_at text collate "C" not null
      )`,
      sql`create index account_conversations_account on account_conversations (account_id)`,
      sql`create table assignments (
        clinician_id text collate "C" not null references accounts (id),
        client_id text collate "C" not null references accounts (id),
        created_at text collate "C" not null,
        constraint assignments_pk primary key (clinician_id, client_id)
      )`,
      sql`create index assignments_client on assignments (client_id)`,
      sql`create table login_throttle (
        key_index text collate "C" primary key,
        window_start text collate "C" not null,
        failures integer not null
      )`,
      sql`create table audit_log (
        id text collate "C" primary key,
        seq bigint generated always as identity unique,
        at text collate "C" not null,
        actor_id text collate "C",
        actor_role text collate "C",
        action text collate "C" not null,
        resource_type text collate "C" not null,
        resource_id text collate "C",
        outcome text collate "C" not null,
        reason text collate "C"
      )`,
      sql`create index audit_log_actor on audit_log (actor_id)`,
      sql`create index audit_log_resource on audit_log (resource_id)`,
    ];
    for (const statement of statements) await statement.execute(db);
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'audit_log',
      'login_throttle',
      'assignments',
      'account_conversations',
      'account_sessions',
      'accounts',
    ]) {
      await sql`drop table ${sql.table(table)}`.execute(db);
    }
  },
};
