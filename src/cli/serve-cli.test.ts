import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { postJson, serveEnv, startServe } from '../server/serve-process.ts';
import { generateKey } from '../store/index.ts';
import { heapGrowingPercent } from './serve-command.ts';

const BIN = new URL('../../bin/alliance.mjs', import.meta.url).pathname;
let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'alliance-serve-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const env = () => serveEnv(dir);

describe('alliance serve', () => {
  it('serves on loopback, prints its URL, holds a conversation, and stops on SIGTERM', async () => {
    const server = await startServe({ db: join(dir, 'serve', 'alliance.db'), env: env() });
    try {
      const post = (path: string, body: unknown, token?: string) =>
        postJson(`${server.url}${path}`, body, token);
      const credentials = { email: 'cli@example.org', password: 'a password for the cli' };
      assert.equal(
        (await post('/api/auth/register', { ...credentials, consent: { version: 'privacy-1' } }))
          .status,
        201,
      );
      const { json: login } = await post('/api/auth/login', credentials);
      const created = await post('/api/conversations', {}, login.token);
      assert.equal(created.status, 201);
      assert.match(created.json.reply.text, /I'm an AI/);
      const reply = await post(
        `/api/conversations/${created.json.id}/messages`,
        { text: 'I want to kill myself' },
        login.token,
      );
      assert.equal(reply.status, 200);
      assert.equal(reply.json.safety.crisisProtocolActive, true);
    } finally {
      server.child.kill('SIGTERM');
    }
    assert.equal(await server.exited, 0, server.stderr());
    assert.match(server.stdout(), /server stopped/);
  });

  it('refuses a bad port with one line and exit code 2', () => {
    const result = spawnSync(process.execPath, [BIN, 'serve', '--port', 'eighty'], {
      env: env(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /^alliance: /);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  });

  it('asks V8 for 30% heap growth unless ALLIANCE_HEAP_GROWING_PERCENT says otherwise', () => {
    assert.equal(heapGrowingPercent({}), 30);
    assert.equal(heapGrowingPercent({ ALLIANCE_HEAP_GROWING_PERCENT: '' }), 30);
    assert.equal(heapGrowingPercent({ ALLIANCE_HEAP_GROWING_PERCENT: '0' }), 0);
    assert.equal(heapGrowingPercent({ ALLIANCE_HEAP_GROWING_PERCENT: '150' }), 150);
    for (const bad of ['-5', '401', '3.5', '30%', 'lots', '1'.repeat(100_000), '30 --expose-gc'])
      assert.throws(() => heapGrowingPercent({ ALLIANCE_HEAP_GROWING_PERCENT: bad }), {
        code: 'usage',
      });
    const result = spawnSync(process.execPath, [BIN, 'serve', '--port', '0'], {
      env: { ...env(), ALLIANCE_HEAP_GROWING_PERCENT: 'a lot' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /^alliance: ALLIANCE_HEAP_GROWING_PERCENT=a lot is not/);
  });

  it('refuses a PostgreSQL URL without ALLIANCE_KEY, in one line, before connecting', () => {
    const result = spawnSync(
      process.execPath,
      [BIN, 'serve', '--port', '0', '--db', 'postgres://alliance:hunter2@127.0.0.1:1/alliance'],
      { env: env(), encoding: 'utf8', timeout: 60_000 },
    );
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /^alliance: .*ALLIANCE_KEY/);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.ok(!result.stderr.includes('hunter2'), 'the password is not printed');
  });

  const pgUrl = process.env.ALLIANCE_TEST_PG_URL;
  it(
    'serves on PostgreSQL: accounts and conversations land in the schema named in --db',
    pgUrl
      ? {}
      : {
          skip: 'ALLIANCE_TEST_PG_URL not set: point it at a PostgreSQL 15 database to run this test; .ci/run does',
        },
    async () => {
      const schema = `alliance_serve_${randomBytes(6).toString('hex')}`;
      const db = `${pgUrl!}${pgUrl!.includes('?') ? '&' : '?'}schema=${schema}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      const dropSchemaAndEnd = async () => {
        await admin.query(`drop schema if exists ${schema} cascade`);
        await admin.end();
      };
      const server = await startServe({
        db,
        env: { ...env(), ALLIANCE_KEY: generateKey() },
      }).catch(async (error: unknown) => {
        await dropSchemaAndEnd();
        throw error;
      });
      try {
        const post = (path: string, body: unknown, token?: string) =>
          postJson(`${server.url}${path}`, body, token);
        const credentials = { email: 'pg@example.org', password: 'a password for postgres' };
        const registered = await post('/api/auth/register', {
          ...credentials,
          consent: { version: 'privacy-1' },
        });
        assert.equal(registered.status, 201);
        const { json: login } = await post('/api/auth/login', credentials);
        const created = await post('/api/conversations', {}, login.token);
        assert.equal(created.status, 201);
        const reply = await post(
          `/api/conversations/${created.json.id}/messages`,
          { text: 'I have been anxious about work' },
          login.token,
        );
        assert.equal(reply.status, 200);
        const accounts = await admin.query(`select id from ${schema}.accounts`);
        assert.deepEqual(
          accounts.rows.map((row) => row.id),
          [registered.json.id],
        );
        const conversations = await admin.query(`select id from ${schema}.conversations`);
        assert.deepEqual(
          conversations.rows.map((row) => row.id),
          [created.json.id],
        );
      } finally {
        server.child.kill('SIGTERM');
        try {
          assert.equal(await server.exited, 0, server.stderr());
          assert.match(server.stdout(), /server stopped/);
          assert.ok(
            !server.stdout().includes(new URL(pgUrl!).password || '\0'),
            'no password printed',
          );
        } finally {
          await dropSchemaAndEnd();
        }
      }
    },
  );
});
