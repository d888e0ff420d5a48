import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The first PostgreSQL schema: the same tables and row shapes as SQLite's `0001-initial`, so both
 * stores share one row mapping. Differences, each on purpose: every text column uses the "C"
 * collation, so ids and ISO times order byte by byte whatever the database's locale; positions
 * and counts are bigint; JSON stays text (jsonb would reorder keys and refuse some strings the
 * log must keep). Tables land in the connection's search_path, which the store sets to its schema.
 */
export const postgresInitialMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const statements = [
      sql`create table meta (
        key text collate "C" primary key,
        value text not null
      )`,
      sql`create table people (
        id text collate "C" primary key,
        handle_index text collate "C" not null unique,
        handle_sealed text not null,
        key_id text collate "C" not null,
        created_at text collate "C" not null
      )`,
      sql`create table conversations (
        id text collate "C" primary key,
        person_id text collate "C" not null references people (id),
        created_at text collate "C" not null,
        updated_at text collate "C" not null,
        last_seq bigint not null default 0,
        event_count bigint not null default 0
      )`,
      // latestConversation and listConversations order by recency.
      sql`create index conversations_person_updated on conversations (person_id, updated_at)`,
      sql`create index conversations_updated on conversations (updated_at)`,
      sql`create table events (
        id text collate "C" primary key,
        conversation_id text collate "C" not null references conversations (id),
        seq bigint not null,
        session_id text collate "C",
        type text collate "C" not null,
        at text collate "C" not null,
        data text not null,
        sealed text,
        key_id text collate "C",
        constraint events_conversation_seq unique (conversation_id, seq)
      )`,
      // The unique (conversation_id, seq) index serves reads in log order; this one the type filter.
      sql`create index events_conversation_type on events (conversation_id, type)`,
    ];
    for (const statement of statements) await statement.execute(db);
  },

  async down(db: Kysely<unknown>) {
    for (const table of ['events', 'conversations', 'people', 'meta']) {
      await sql`drop table ${sql.table(table)}`.execute(db);
    }
  },
};
