import type { Migration, MigrationProvider } from 'kysely';
import { initialMigration } from './0001-initial.ts';
import { accountsMigration } from './0002-accounts.ts';

/** Every schema migration, by name; names sort in the order they must run. Never edit a released one. */
export const STORE_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initialMigration,
  '0002-accounts': accountsMigration,
};

/**
 * Feeds the migrations compiled into the program to Kysely's `Migrator`, so no migration files
 * are read from disk at run time.
 * @example new Migrator({ db, provider: storeMigrationProvider() }).migrateToLatest()
 */
export function storeMigrationProvider(): MigrationProvider {
  return { getMigrations: async () => ({ ...STORE_MIGRATIONS }) };
}
