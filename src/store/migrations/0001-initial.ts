import type { Kysely, Migration } from 'kysely';

/**
 * The first schema. Only portable types (text, integer) so PostgreSQL runs it unchanged; sealed
 * blobs are base64 text for the same reason.
 */
export const initialMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('meta')
      .addColumn('key', 'text', (col) => col.primaryKey())
      .addColumn('value', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('people')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('handle_index', 'text', (col) => col.notNull().unique())
      .addColumn('handle_sealed', 'text', (col) => col.notNull())
      .addColumn('key_id', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('conversations')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('person_id', 'text', (col) => col.notNull().references('people.id'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('last_seq', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('event_count', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    // latestConversation and listConversations order by recency.
    await db.schema
      .createIndex('conversations_person_updated')
      .on('conversations')
      .columns(['person_id', 'updated_at'])
      .execute();
    await db.schema
      .createIndex('conversations_updated')
      .on('conversations')
      .column('updated_at')
      .execute();

    await db.schema
      .createTable('events')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('conversation_id', 'text', (col) => col.notNull().references('conversations.id'))
      .addColumn('seq', 'integer', (col) => col.notNull())
      .addColumn('session_id', 'text')
      .addColumn('type', 'text', (col) => col.notNull())
      .addColumn('at', 'text', (col) => col.notNull())
      .addColumn('data', 'text', (col) => col.notNull())
      .addColumn('sealed', 'text')
      .addColumn('key_id', 'text')
      .addUniqueConstraint('events_conversation_seq', ['conversation_id', 'seq'])
      .execute();
    // Leads with conversation_id for per-conversation reads; type serves the `types` filter.
    await db.schema
      .createIndex('events_conversation_type')
      .on('events')
      .columns(['conversation_id', 'type'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('events').execute();
    await db.schema.dropTable('conversations').execute();
    await db.schema.dropTable('people').execute();
    await db.schema.dropTable('meta').execute();
  },
};
