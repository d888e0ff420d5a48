/**
 * Test-only: throwaway schemas on the PostgreSQL server named by ALLIANCE_TEST_PG_URL, for the
 * PostgreSQL store suites. Each test works in a schema of its own; every schema handed out is
 * dropped, and the admin pool ended, after the file's tests.
 */
import { randomBytes } from 'node:crypto';
import { after, it } from 'node:test';
import pg from 'pg';

/**
 * Runs `suite` with the database URL when ALLIANCE_TEST_PG_URL names one (.ci/run starts a
 * throwaway cluster and sets it); otherwise registers one skipped test named `name` that says how
 * to run it.
 */
export function ifPostgres(name: string, suite: (url: string) => void): void {
  const url = process.env.ALLIANCE_TEST_PG_URL;
  if (url) {
    suite(url);
    return;
  }
  it(
    name,
    {
      skip: 'ALLIANCE_TEST_PG_URL not set: point it at a PostgreSQL 15 database (e.g. postgres://alliance@127.0.0.1:5432/alliance) to run these tests; .ci/run does',
    },
    () => {},
  );
}

/** An admin pool, fresh schemas dropped after the file, and a look behind a store's back. */
export interface PostgresTestSchemas {
  /** One plain pool for the tests' own look-ups and for dropping schemas. */
  admin: pg.Pool;
  /** A new schema name, dropped after the file's tests. */
  freshSchema(): string;
  dropSchema(name: string): Promise<void>;
  /** Rows of a query run in `schema`, read behind the store's back. */
  rows<T>(schema: string, query: string): Promise<T[]>;
}

/** Opens the admin pool on `url` and registers the clean-up with `after`. */
export function postgresTestSchemas(url: string): PostgresTestSchemas {
  const admin = new pg.Pool({ connectionString: url, max: 2 });
  admin.on('error', () => {});
  const schemas: string[] = [];
  const dropSchema = async (name: string) => {
    await admin.query(`drop schema if exists ${name} cascade`);
  };
  after(async () => {
    for (const name of schemas.splice(0)) await dropSchema(name);
    await admin.end();
  });
  return {
    admin,
    freshSchema() {
      const name = `alliance_test_${randomBytes(6).toString('hex')}`;
      schemas.push(name);
      return name;
    },
    dropSchema,
    async rows<T>(schema: string, query: string): Promise<T[]> {
      const client = await admin.connect();
      try {
        await client.query(`set search_path to ${schema}`);
        return (await client.query(query)).rows as T[];
      } finally {
        await client.query('reset search_path');
        client.release();
      }
    },
  };
}
