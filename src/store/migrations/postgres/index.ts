import type { Migration, MigrationProvider } from 'kysely';
import { postgresInitialMigration } from './0001-initial.ts';
import { postgresAccountsMigration } from './0002-accounts.ts';

/**
 * Every PostgreSQL schema migration, by name; names sort in the order they must run. Kept apart
 * from the SQLite list because DDL differs between engines; a change to the schema adds a
 * migration to both lists under the same name. Never edit a released one.
 */
export const POSTGRES_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': postgresInitialMigration,
  '0002-accounts': postgresAccountsMigration,
};

/**
 * Feeds the PostgreSQL migrations compiled into the program to Kysely's `Migrator`.
 * @example new Migrator({ db, provider: postgresMigrationProvider() }).migrateToLatest()
 */
export function postgresMigrationProvider(): MigrationProvider {
  return { getMigrations: async () => ({ ...POSTGRES_MIGRATIONS }) };
}
