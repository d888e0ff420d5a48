import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAllianceError, type AllianceErrorCode } from '../core/index.ts';
import { closedPort } from './closed-port.ts';
import { postgresError } from './postgres-error.ts';
import { openPostgresStore } from './postgres-store.ts';
import { connectionUrl, isPostgresUrl, parsePostgresUrl, redactSecrets } from './postgres-url.ts';
import { generateKey, parseKeys } from './text-cipher.ts';

const PASSWORD = 'S3cr3t-p@ss/word';
const ENCODED = encodeURIComponent(PASSWORD);

function expectCode(error: unknown, code: AllianceErrorCode): string {
  assert.ok(isAllianceError(error), `expected AllianceError ${code}, got ${String(error)}`);
  assert.equal(error.code, code, error.toLine());
  return error.toLine();
}

function assertNoPassword(text: string): void {
  assert.ok(!text.includes(PASSWORD), text);
  assert.ok(!text.includes(ENCODED), text);
}

describe('PostgreSQL URLs', () => {
  it('tells server URLs from file paths', () => {
    assert.equal(isPostgresUrl('postgres://db/alliance'), true);
    assert.equal(isPostgresUrl('postgresql://alliance@db:5433/alliance'), true);
    assert.equal(isPostgresUrl(' POSTGRES://db '), true);
    assert.equal(isPostgresUrl('./data/alliance.db'), false);
    assert.equal(isPostgresUrl('postgres.db'), false);
    assert.equal(isPostgresUrl('data/postgres://x'), false);
  });

  it('reads host, port, database and user, and prints the URL without its password', () => {
    const target = parsePostgresUrl(`postgresql://sam:${ENCODED}@db.internal:6543/alliance_prod`);
    assert.equal(target.host, 'db.internal');
    assert.equal(target.port, 6543);
    assert.equal(target.database, 'alliance_prod');
    assert.equal(target.user, 'sam');
    assert.equal(target.redacted, 'postgres://sam@db.internal:6543/alliance_prod');
    assert.deepEqual([...target.secrets].sort(), [ENCODED, PASSWORD].sort());
  });

  it("fills in the driver's defaults: localhost, 5432, database named after the user", () => {
    const target = parsePostgresUrl('postgres://alliance@');
    assert.equal(target.host, 'localhost');
    assert.equal(target.port, 5432);
    assert.equal(target.database, 'alliance');
    assert.deepEqual(target.secrets, []);
    assert.equal(parsePostgresUrl('postgres://127.0.0.1/x').user, undefined);
    assert.equal(
      parsePostgresUrl('postgres://127.0.0.1/x').redacted,
      'postgres://127.0.0.1:5432/x',
    );
  });

  it('reads the schema from ?schema= and keeps it from the driver', () => {
    const url = `postgres://sam:${ENCODED}@db:5432/alliance?sslmode=disable&schema=clinic_a`;
    assert.equal(parsePostgresUrl(url).schema, 'clinic_a');
    assert.equal(parsePostgresUrl('postgres://db/alliance').schema, undefined);
    assert.equal(connectionUrl(url), `postgres://sam:${ENCODED}@db:5432/alliance?sslmode=disable`);
    assert.equal(
      connectionUrl('postgres://db/a?schema=s&sslmode=require'),
      'postgres://db/a?sslmode=require',
    );
    assert.equal(connectionUrl('postgres://db/a?x=1&schema=s&y=2'), 'postgres://db/a?x=1&y=2');
    assert.equal(connectionUrl('postgres://db/a?myschema=s'), 'postgres://db/a?myschema=s');
  });

  it('shows a socket directory given as ?host= and brackets IPv6 hosts', () => {
    assert.equal(
      parsePostgresUrl('postgres://alliance@/alliance?host=/var/run/postgresql').host,
      '/var/run/postgresql',
    );
    const v6 = parsePostgresUrl('postgres://alliance@[::1]:5433/alliance');
    assert.equal(v6.port, 5433);
    assert.equal(v6.redacted, 'postgres://alliance@[::1]:5433/alliance');
  });

  it('refuses an unreadable URL without repeating it', () => {
    for (const url of [`postgres://sam:${ENCODED}@db:notaport/x`, 'mysql://x', '']) {
      let caught: unknown;
      try {
        parsePostgresUrl(url);
      } catch (error) {
        caught = error;
      }
      const line = expectCode(caught, 'config_invalid');
      assertNoPassword(line);
    }
  });

  it('scrubs every spelling of the password from a text', () => {
    const target = parsePostgresUrl(`postgres://sam:${ENCODED}@db/alliance`);
    assert.equal(redactSecrets(`a ${PASSWORD} b ${ENCODED} c`, target), 'a *** b *** c');
    assert.equal(
      redactSecrets('nothing to hide', parsePostgresUrl('postgres://db/x')),
      'nothing to hide',
    );
  });
});

describe('PostgreSQL errors', () => {
  const target = parsePostgresUrl(`postgres://sam:${ENCODED}@db.internal:6543/alliance`);
  const driverError = (code: string, message: string) =>
    Object.assign(new Error(message), { code });

  it('maps server and socket errors to AllianceError codes naming host and port', () => {
    const cases: [code: string, message: string, expected: AllianceErrorCode][] = [
      ['ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:6543', 'store_missing'],
      ['ENOTFOUND', 'getaddrinfo ENOTFOUND db.internal', 'store_missing'],
      ['3D000', 'database "alliance" does not exist', 'store_missing'],
      ['28P01', 'password authentication failed for user "sam"', 'store_read_only'],
      ['42501', 'permission denied for schema public', 'store_read_only'],
      ['55P03', 'canceling statement due to lock timeout', 'store_locked'],
      ['40P01', 'deadlock detected', 'store_locked'],
      ['ECONNRESET', 'read ECONNRESET', 'store_failure'],
      ['57P01', 'terminating connection due to administrator command', 'store_failure'],
      ['42P01', 'relation "events" does not exist', 'store_corrupt'],
      ['', 'timeout exceeded when trying to connect', 'store_locked'],
      ['', 'Connection terminated due to connection timeout', 'store_missing'],
      ['XX000', 'internal error', 'store_failure'],
    ];
    for (const [code, message, expected] of cases) {
      const line = expectCode(postgresError(driverError(code, message), target), expected);
      assert.ok(line.includes('db.internal:6543'), line);
      assertNoPassword(line);
    }
  });

  it('never repeats a password that the driver quoted', () => {
    const line = expectCode(
      postgresError(driverError('XX000', `bad setting near ${PASSWORD} and ${ENCODED}`), target),
      'store_failure',
    );
    assertNoPassword(line);
    assert.match(line, /\*\*\*/);
  });

  it('finds the socket error inside an AggregateError (a name with several addresses)', () => {
    const aggregate = new AggregateError([driverError('ECONNREFUSED', 'refused')], 'failed');
    expectCode(postgresError(aggregate, target), 'store_missing');
  });
});

describe('opening a PostgreSQL store that cannot be reached', () => {
  it('fails with store_missing naming host and port, never the password', async () => {
    const port = await closedPort();
    await assert.rejects(
      openPostgresStore({
        url: `postgres://sam:${ENCODED}@127.0.0.1:${port}/alliance`,
        keyring: parseKeys(generateKey()),
        connectTimeoutMs: 2000,
      }),
      (error: unknown) => {
        const line = expectCode(error, 'store_missing');
        assert.ok(line.includes(`127.0.0.1:${port}`), line);
        assertNoPassword(line);
        assertNoPassword(String((error as Error).stack));
        return true;
      },
    );
  });

  it('refuses a schema name that would need quoting', async () => {
    await assert.rejects(
      openPostgresStore({
        url: 'postgres://127.0.0.1:1/alliance',
        keyring: parseKeys(generateKey()),
        schema: 'Robert"); drop table',
      }),
      (error: unknown) => (expectCode(error, 'config_invalid'), true),
    );
  });
});
