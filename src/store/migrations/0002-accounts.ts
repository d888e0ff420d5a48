import type { Kysely, Migration } from 'kysely';

/**
 * Accounts, login sessions, assignments, login throttling and the audit log of the HTTP server.
 * Portable types only, as in 0001, so PostgreSQL runs it unchanged. Email and display name are
 * kept sealed, with a keyed hash of the lower-cased email for lookups; tokens only as SHA-256.
 */
export const accountsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('accounts')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('role', 'text', (col) => col.notNull())
      // Null once the account is deleted, so the address can be registered again.
      .addColumn('email_index', 'text', (col) => col.unique())
      .addColumn('email_sealed', 'text')
      .addColumn('display_name_sealed', 'text')
      .addColumn('key_id', 'text')
      .addColumn('password_hash', 'text')
      .addColumn('person_id', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('consent_version', 'text')
      .addColumn('consent_at', 'text')
      .addColumn('consent_research', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('deleted_at', 'text')
      .execute();
    await db.schema.createIndex('accounts_role').on('accounts').column('role').execute();

    await db.schema
      .createTable('account_sessions')
      .addColumn('token_hash', 'text', (col) => col.primaryKey())
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema
      .createIndex('account_sessions_account')
      .on('account_sessions')
      .column('account_id')
      .execute();

    await db.schema
      .createTable('account_conversations')
      .addColumn('conversation_id', 'text', (col) => col.primaryKey())
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('account_conversations_account')
      .on('account_conversations')
      .column('account_id')
      .execute();

    await db.schema
      .createTable('assignments')
      .addColumn('clinician_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('client_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('assignments_pk', ['clinician_id', 'client_id'])
      .execute();
    await db.schema
      .createIndex('assignments_client')
      .on('assignments')
      .column('client_id')
      .execute();

    await db.schema
      .createTable('login_throttle')
      .addColumn('key_index', 'text', (col) => col.primaryKey())
      .addColumn('window_start', 'text', (col) => col.notNull())
      .addColumn('failures', 'integer', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (col) => col.primaryKey())
      // Gap-free append order, independent of clock resolution.
      .addColumn('seq', 'integer', (col) => col.notNull().unique())
      .addColumn('at', 'text', (col) => col.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('actor_role', 'text')
      .addColumn('action', 'text', (col) => col.notNull())
      .addColumn('resource_type', 'text', (col) => col.notNull())
      .addColumn('resource_id', 'text')
      .addColumn('outcome', 'text', (col) => col.notNull())
      .addColumn('reason', 'text')
      .execute();
    await db.schema.createIndex('audit_log_actor').on('audit_log').column('actor_id').execute();
    await db.schema
      .createIndex('audit_log_resource')
      .on('audit_log')
      .column('resource_id')
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('audit_log').execute();
    await db.schema.dropTable('login_throttle').execute();
    await db.schema.dropTable('assignments').execute();
    await db.schema.dropTable('account_conversations').execute();
    await db.schema.dropTable('account_sessions').execute();
    await db.schema.dropTable('accounts').execute();
  },
};
