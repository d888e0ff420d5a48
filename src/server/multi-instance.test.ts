import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { generateKey } from '../store/index.ts';
import { serveEnv, startServe } from './serve-process.ts';

// Two real `alliance serve` processes on one PostgreSQL database (in a schema of their own,
// named in --db), as behind a load balancer. Runs when ALLIANCE_TEST_PG_URL names a database;
// .ci/run starts a throwaway cluster and sets it.
const PG_URL = process.env.ALLIANCE_TEST_PG_URL;

/** One running instance. */
interface Instance {
  name: string;
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

/** One posted message and what became of it. */
interface Sent {
  text: string;
  instance: string;
  sentAt: number;
  /** When the 200 arrived; undefined when the request failed or was refused. */
  ackAt?: number;
  reply?: string;
  status?: number;
}

interface Message {
  from: 'client' | 'agent';
  text: string;
}

async function call(
  base: string,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  options: { body?: unknown; token?: string } = {},
): Promise<{ status: number; json: any }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

/**
 * Checks the stored conversation against what the client saw: every acknowledged message is
 * there exactly once, followed by the reply it was answered with; a message sent but never
 * acknowledged (its instance died) is there at most once; messages and replies alternate; and a
 * message acknowledged before another was sent comes first.
 */
function assertConsistent(messages: readonly Message[], sent: readonly Sent[]): void {
  const firstClient = messages.findIndex((message) => message.from === 'client');
  assert.ok(firstClient > 0, 'the conversation opens with the agent');
  const turns = messages.slice(firstClient);
  assert.equal(turns.length % 2, 0, 'every stored message has its reply');
  const position = new Map<string, number>();
  for (let i = 0; i < turns.length; i += 2) {
    const message = turns[i]!;
    const reply = turns[i + 1]!;
    assert.equal(message.from, 'client', `turn ${i / 2}: a message, then its reply`);
    assert.equal(reply.from, 'agent', `turn ${i / 2}: a message, then its reply`);
    assert.ok(!position.has(message.text), `"${message.text}" is stored once`);
    position.set(message.text, i / 2);
    const record = sent.find((entry) => entry.text === message.text);
    assert.ok(record, `"${message.text}" was sent by this test`);
    if (record.ackAt !== undefined) {
      assert.equal(reply.text, record.reply, `"${message.text}" is followed by its own reply`);
    }
  }
  const acknowledged = sent.filter((entry) => entry.ackAt !== undefined);
  for (const entry of acknowledged) {
    assert.ok(position.has(entry.text), `acknowledged "${entry.text}" is stored`);
  }
  for (const earlier of acknowledged) {
    for (const later of sent) {
      if (!position.has(later.text) || earlier.ackAt! >= later.sentAt) continue;
      assert.ok(
        position.get(earlier.text)! < position.get(later.text)!,
        `"${earlier.text}" was acknowledged before "${later.text}" was sent, so it comes first`,
      );
    }
  }
}

if (!PG_URL) {
  it(
    'two server instances on one PostgreSQL database',
    {
      skip: 'ALLIANCE_TEST_PG_URL not set: point it at a PostgreSQL 15 database (e.g. postgres://alliance@127.0.0.1:5432/alliance) to run these tests; .ci/run does',
    },
    () => {},
  );
} else {
  const pgUrl = PG_URL;
  describe('two alliance serve instances on one PostgreSQL database', () => {
    const schema = `alliance_multi_${randomBytes(6).toString('hex')}`;
    const db = `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}schema=${schema}`;
    const key = generateKey();
    const started: Instance[] = [];
    let home: string;
    let a: Instance;
    let b: Instance;

    /** Starts `alliance serve --port 0` on the shared database and resolves with its URL. */
    async function start(name: string): Promise<Instance> {
      const { url, child, exited } = await startServe({
        db,
        name,
        env: serveEnv(home, {
          ALLIANCE_KEY: key,
          // Both instances make sure of the same first admin as they start.
          ALLIANCE_ADMIN_EMAIL: 'admin@example.org',
          ALLIANCE_ADMIN_PASSWORD: 'an admin password',
        }),
      });
      const instance = { name, url, child, exited };
      started.push(instance);
      return instance;
    }

    /** Registers a client with consent and logs in on `loginOn`; returns the token. */
    async function client(registerOn: Instance, loginOn: Instance): Promise<string> {
      const credentials = {
        email: `multi.${randomBytes(4).toString('hex')}@example.org`,
        password: 'a password for two instances',
      };
      const registered = await call(registerOn.url, 'POST', '/api/auth/register', {
        body: { ...credentials, consent: { version: 'privacy-1' } },
      });
      assert.equal(registered.status, 201, JSON.stringify(registered.json));
      const login = await call(loginOn.url, 'POST', '/api/auth/login', { body: credentials });
      assert.equal(login.status, 200, JSON.stringify(login.json));
      return login.json.token as string;
    }

    /** Posts one message and records when it was sent and acknowledged. */
    async function post(
      instance: Instance,
      conversationId: string,
      token: string,
      text: string,
      sent: Sent[],
    ): Promise<void> {
      const entry: Sent = { text, instance: instance.name, sentAt: performance.now() };
      sent.push(entry);
      try {
        const response = await call(
          instance.url,
          'POST',
          `/api/conversations/${conversationId}/messages`,
          { body: { text }, token },
        );
        entry.status = response.status;
        if (response.status === 200) {
          entry.ackAt = performance.now();
          entry.reply = response.json.reply.text as string;
        }
      } catch {
        // The connection died with the instance: not acknowledged.
      }
    }

    async function conversation(instance: Instance, id: string, token: string) {
      const response = await call(instance.url, 'GET', `/api/conversations/${id}`, { token });
      assert.equal(response.status, 200, JSON.stringify(response.json));
      return (response.json.messages as (Message & { seq: number })[]).map(({ from, text }) => ({
        from,
        text,
      }));
    }

    before(async () => {
      home = mkdtempSync(join(tmpdir(), 'alliance-multi-'));
      // Started together: both migrate the new schema and create the admin at the same moment.
      [a, b] = await Promise.all([start('A'), start('B')]);
    });

    after(async () => {
      for (const instance of started) {
        if (instance.child.exitCode === null && instance.child.signalCode === null) {
          instance.child.kill('SIGTERM');
          await instance.exited;
        }
      }
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      try {
        await admin.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await admin.end();
      }
      rmSync(home, { recursive: true, force: true });
    });

    it('a token from one instance works on the other; one admin was made', async () => {
      const token = await client(a, b);
      const onA = await call(a.url, 'GET', '/api/me', { token });
      const onB = await call(b.url, 'GET', '/api/me', { token });
      assert.equal(onA.status, 200);
      assert.deepEqual(onB, onA);
      const admin = await call(b.url, 'POST', '/api/auth/login', {
        body: { email: 'admin@example.org', password: 'an admin password' },
      });
      assert.equal(admin.status, 200);
      const admins = await call(a.url, 'GET', '/api/admin/accounts?role=admin', {
        token: admin.json.token,
      });
      assert.equal(admins.status, 200);
      assert.equal(JSON.stringify(admins.json).match(/admin@example\.org/g)?.length, 1);
      assert.equal((await call(a.url, 'POST', '/api/auth/logout', { token })).status, 204);
      assert.equal((await call(b.url, 'GET', '/api/me', { token })).status, 401);
    });

    it('concurrent posts alternating instances: each stored once, with its reply, in order', async () => {
      const token = await client(b, a);
      const created = await call(a.url, 'POST', '/api/conversations', { body: {}, token });
      assert.equal(created.status, 201);
      const id = created.json.id as string;
      const sent: Sent[] = [];
      // Four senders at once, each alternating instances message by message.
      const senders = 4;
      const perSender = 8;
      await Promise.all(
        Array.from({ length: senders }, async (_, sender) => {
          for (let n = 0; n < perSender; n++) {
            const instance = (sender + n) % 2 === 0 ? a : b;
            await post(instance, id, token, `sender ${sender} note ${n} about my week`, sent);
          }
        }),
      );
      assert.deepEqual(
        sent.filter((entry) => entry.status !== 200).map((entry) => [entry.text, entry.status]),
        [],
        'every message was acknowledged',
      );
      const fromA = await conversation(a, id, token);
      assert.deepEqual(await conversation(b, id, token), fromA, 'both instances see one log');
      assertConsistent(fromA, sent);
      assert.equal(
        fromA.filter((message) => message.from === 'client').length,
        senders * perSender,
      );
    });

    it('SIGKILL of one instance mid-load loses no acknowledged message', async () => {
      const token = await client(a, b);
      const created = await call(b.url, 'POST', '/api/conversations', { body: {}, token });
      assert.equal(created.status, 201);
      const id = created.json.id as string;
      const sent: Sent[] = [];
      let killedAt: number | undefined;
      let stop = false;
      const load = Array.from({ length: 4 }, async (_, sender) => {
        for (let n = 0; !stop; n++) {
          // After the kill the load balancer sends everything to the instance left.
          const instance = killedAt === undefined && (sender + n) % 2 === 1 ? b : a;
          await post(instance, id, token, `sender ${sender} line ${n} about my day`, sent);
        }
      });
      // Each step waits for what it needs, not for a fixed time (fixed sleeps failed on a loaded
      // machine in another crash test): B has acknowledged some messages before it is killed, and
      // A has acknowledged one sent after the kill before the load stops.
      const until = async (done: () => boolean) => {
        const deadline = Date.now() + 120_000;
        while (!done() && Date.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 20));
      };
      await until(
        () => sent.filter((e) => e.instance === 'B' && e.ackAt !== undefined).length >= 4,
      );
      b.child.kill('SIGKILL');
      killedAt = performance.now();
      await b.exited;
      await until(() =>
        sent.some((e) => e.instance === 'A' && e.ackAt !== undefined && e.sentAt > killedAt!),
      );
      stop = true;
      await Promise.all(load);

      const fromB = sent.filter((entry) => entry.instance === 'B');
      assert.ok(
        fromB.some((entry) => entry.ackAt !== undefined),
        'B acknowledged messages before it died',
      );
      assert.deepEqual(
        sent
          .filter((entry) => entry.instance === 'A' && entry.status !== 200)
          .map((entry) => [entry.text, entry.status]),
        [],
        'A refused nothing, before or after the kill',
      );
      assert.ok(
        sent.some(
          (entry) =>
            entry.instance === 'A' && entry.ackAt !== undefined && entry.sentAt > killedAt!,
        ),
        'A went on with the conversation after B died holding its locks',
      );
      assert.deepEqual(
        fromB.filter((entry) => entry.status !== undefined && entry.status !== 200),
        [],
        'B refused nothing before it died',
      );

      const restarted = await start('B2');
      const fromA = await conversation(a, id, token);
      assert.deepEqual(await conversation(restarted, id, token), fromA);
      assertConsistent(fromA, sent);
      // Besides the acknowledged ones, only messages in flight to B when it died may be stored.
      const stored = fromA.filter((message) => message.from === 'client').length;
      const acknowledged = sent.filter((entry) => entry.ackAt !== undefined).length;
      const inFlight = fromB.filter((entry) => entry.status === undefined).length;
      assert.ok(stored >= acknowledged && stored <= acknowledged + inFlight);
    });

    it('DELETE /api/me on one instance erases the account everywhere, in the database', async () => {
      const instances = started.filter(
        (instance) => instance.child.exitCode === null && instance.child.signalCode === null,
      );
      const [one, two] = [instances[0]!, instances[instances.length - 1]!];
      const token = await client(one, two);
      const created = await call(two.url, 'POST', '/api/conversations', { body: {}, token });
      const id = created.json.id as string;
      const said = await call(two.url, 'POST', `/api/conversations/${id}/messages`, {
        body: { text: 'something only I should ever read' },
        token,
      });
      assert.equal(said.status, 200);
      const me = await call(two.url, 'GET', '/api/me', { token });
      const deleted = await call(one.url, 'DELETE', '/api/me', { token });
      assert.equal(deleted.status, 200, JSON.stringify(deleted.json));
      assert.equal(deleted.json.erased.conversations, 1);
      assert.equal((await call(two.url, 'GET', `/api/conversations/${id}`, { token })).status, 401);
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      try {
        const count = async (query: string, value: string) =>
          Number((await admin.query(query, [value])).rows[0].count);
        assert.equal(
          await count(`select count(*) from ${schema}.events where conversation_id = $1`, id),
          0,
        );
        assert.equal(
          await count(`select count(*) from ${schema}.conversations where id = $1`, id),
          0,
        );
        assert.equal(
          await count(
            `select count(*) from ${schema}.account_sessions where account_id = $1`,
            me.json.id,
          ),
          0,
        );
        const tombstone = await admin.query(
          `select email_sealed, password_hash, deleted_at from ${schema}.accounts where id = $1`,
          [me.json.id],
        );
        assert.equal(tombstone.rows[0].email_sealed, null);
        assert.equal(tombstone.rows[0].password_hash, null);
        assert.ok(tombstone.rows[0].deleted_at);
      } finally {
        await admin.end();
      }
    });
  });
}
