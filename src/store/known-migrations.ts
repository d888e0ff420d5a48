import type { Kysely, Migration } from 'kysely';
import { AllianceError } from '../core/index.ts';
import type { StoreSchema } from './store-schema.ts';

/** The table in which Kysely's Migrator records applied migrations, in both engines. */
export const MIGRATION_TABLE = 'kysely_migration';

/**
 * Refuses a database that records a migration this build does not know: it was written by a newer
 * Alliance, and guessing at its schema could damage it. Call before migrating, when the migration
 * table exists.
 * @example await assertKnownMigrations(db, STORE_MIGRATIONS, 'data/alliance.db')
 */
export async function assertKnownMigrations(
  db: Kysely<StoreSchema>,
  known: Readonly<Record<string, Migration>>,
  where: string,
): Promise<void> {
  const applied = await db
    .withTables<{ [MIGRATION_TABLE]: { name: string } }>()
    .selectFrom(MIGRATION_TABLE)
    .select('name')
    .execute();
  const unknown = applied.find((row) => !Object.hasOwn(known, row.name));
  if (unknown) {
    throw new AllianceError(
      'store_failure',
      `Database ${where} was written by a newer version of Alliance (schema ${unknown.name}).`,
      'Upgrade Alliance to open it; this version leaves it untouched.',
    );
  }
}
