import assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'node:test';
import {
  createConversationEngine,
  defaultStages,
  type ConversationEngine,
} from '../agent/index.ts';
import {
  isAllianceError,
  randomIds,
  SENSITIVE_FIELDS,
  sequentialIds,
  steppingClock,
  systemClock,
  type AllianceErrorCode,
  type EventStore,
  type EventType,
  type StoredEvent,
} from '../core/index.ts';
import { loadCrisisResources } from '../safety/index.ts';
import { openPostgresStore, type PostgresStoreOptions } from './postgres-store.ts';
import { ifPostgres, postgresTestSchemas } from './postgres-test-schemas.ts';
import { parsePostgresUrl } from './postgres-url.ts';
import { storeSampleConversation } from './sample-conversation.ts';
import { runStoreContract } from './store-contract.ts';
import { generateKey, parseKeys } from './text-cipher.ts';

// Runs against a real PostgreSQL server when ALLIANCE_TEST_PG_URL names one (.ci/run starts a
// throwaway cluster and sets it); every test works in a schema of its own, dropped afterwards.
const START = Date.parse('2026-01-05T09:00:00.000Z');
const KEY_A = generateKey();
const KEY_B = generateKey();

/** A promise and the function that resolves it, for holding work inside a lock. */
function signal(): [Promise<void>, () => void] {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return [promise, resolve];
}

ifPostgres('PostgreSQL store: contract, migrations, keys, locks and two instances', (url) => {
  const { admin, freshSchema, dropSchema, ...schemas } = postgresTestSchemas(url);

  runStoreContract('postgres', async () => {
    const schema = freshSchema();
    const store = await openPostgresStore({
      url,
      schema,
      keyring: parseKeys(KEY_A),
      clock: steppingClock(START, 1000),
      poolSize: 3,
      lockPoolSize: 2,
    });
    return { store, cleanup: () => dropSchema(schema) };
  });

  describe('postgres store on a server', () => {
    let schema: string;
    const open: EventStore[] = [];

    afterEach(async () => {
      for (const store of open.splice(0)) await store.close();
    });

    async function openStore(extra: Partial<PostgresStoreOptions> = {}): Promise<EventStore> {
      const store = await openPostgresStore({
        url,
        schema,
        keyring: parseKeys(KEY_A),
        poolSize: 4,
        lockPoolSize: 4,
        ...extra,
      });
      open.push(store);
      return store;
    }

    async function closeAll(): Promise<void> {
      for (const store of open.splice(0)) await store.close();
    }

    /** Rows of a query run in the test's schema, read behind the store's back. */
    const rows = <T>(query: string) => schemas.rows<T>(schema, query);

    async function expectCode(promise: Promise<unknown>, code: AllianceErrorCode): Promise<string> {
      let line = '';
      await assert.rejects(promise, (error: unknown) => {
        assert.ok(isAllianceError(error), `expected AllianceError ${code}, got ${String(error)}`);
        assert.equal(error.code, code, error.toLine());
        line = error.toLine();
        assert.ok(!line.includes('\n'), 'one line');
        for (const secret of parsePostgresUrl(url).secrets) {
          assert.ok(!line.includes(secret), 'the password never appears');
        }
        return true;
      });
      return line;
    }

    const freshTest = () => {
      schema = freshSchema();
    };

    it('runs its migrations once: reopening finds them applied and the data intact', async () => {
      freshTest();
      const store = await openStore({ ids: sequentialIds() });
      const { person, conversation, events } = await storeSampleConversation(store);
      await closeAll();
      const read = () =>
        rows<{ name: string; timestamp: string }>(
          'select name, timestamp from kysely_migration order by name',
        );
      const first = await read();
      assert.deepEqual(
        first.map((row) => row.name),
        ['0001-initial', '0002-accounts'],
      );
      const reopened = await openStore();
      await openStore();
      assert.deepEqual(await read(), first);
      assert.deepEqual(
        await reopened.readEvents(conversation.id),
        events.map((event, index) => ({ ...event, seq: index + 1 })),
      );
      assert.equal((await reopened.findPerson('marguerite okafor'))?.id, person.id);
    });

    it('creates its schema once when several instances open a new database at the same time', async () => {
      freshTest();
      const stores = await Promise.all(Array.from({ length: 4 }, () => openStore()));
      assert.equal(stores.length, 4);
      const checks = await rows<{ key: string }>(`select key from meta`);
      assert.deepEqual(checks, [{ key: 'key_check' }]);
    });

    it('refuses a different key at open with key_wrong, naming the server but no secret', async () => {
      freshTest();
      await openStore();
      await closeAll();
      const line = await expectCode(openStore({ keyring: parseKeys(KEY_B) }), 'key_wrong');
      const target = parsePostgresUrl(url);
      assert.ok(line.includes(`${target.host}:${target.port}`), line);
      assert.ok(line.includes(parseKeys(KEY_A).currentKeyId), line);
      assert.ok(!line.includes(KEY_A) && !line.includes(KEY_B), line);
      assert.ok(!/alliance\.key/.test(line), 'no key file is suggested for a server database');
      // After a rotation the new key opens it, and then the old key alone no longer does.
      await openStore({ keyring: parseKeys(`${KEY_B},${KEY_A}`) });
      await closeAll();
      await expectCode(openStore({ keyring: parseKeys(KEY_A) }), 'key_wrong');
    });

    it("keeps the person's words out of every column", async () => {
      freshTest();
      const store = await openStore();
      const { words } = await storeSampleConversation(store);
      const dump = JSON.stringify([
        await rows('select * from people'),
        await rows('select * from events'),
        await rows('select * from meta'),
      ]);
      assert.ok(dump.includes('templates-v1'), 'non-sensitive values are there in clear');
      for (const text of words) assert.equal(dump.includes(text), false, text);
      for (const row of await rows<{ type: string; data: string }>(
        'select type, data from events',
      )) {
        const data = JSON.parse(row.data) as Record<string, unknown>;
        for (const key of SENSITIVE_FIELDS[row.type as EventType] as readonly string[]) {
          assert.equal(key in data, false, `${row.type} keeps ${key} in clear`);
        }
      }
    });

    it('refuses a schema written by a newer version instead of guessing', async () => {
      freshTest();
      await openStore();
      await closeAll();
      await admin.query(
        `insert into ${schema}.kysely_migration (name, timestamp) values ('9999-future', '2030-01-01T00:00:00.000Z')`,
      );
      assert.match(await expectCode(openStore(), 'store_failure'), /newer version/);
    });

    it("refuses another application's tables, and an empty schema in 'existing' mode", async () => {
      freshTest();
      await expectCode(openStore({ mode: 'existing' }), 'store_missing');
      await admin.query(`create schema ${schema}`);
      await admin.query(`create table ${schema}.events (id integer primary key, body text)`);
      await expectCode(openStore(), 'store_corrupt');
      const tables = await rows<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = '${schema}'`,
      );
      assert.deepEqual(tables, [{ table_name: 'events' }], 'nothing was added');
    });

    it('reports use after close as store_failure', async () => {
      freshTest();
      const store = await openStore();
      await store.close();
      await store.close();
      await expectCode(store.listConversations(), 'store_failure');
      await expectCode(
        store.withConversationLock('conv_x', async () => 1),
        'store_failure',
      );
    });

    it('lets concurrent appends from two instances interleave into one gapless log', async () => {
      freshTest();
      const one = await openStore();
      const two = await openStore();
      const person = await one.ensurePerson('Ana');
      const conversation = await one.createConversation(person.id);
      const ids = randomIds(systemClock);
      const batch = (text: string) => [
        {
          id: ids.next('evt'),
          conversationId: conversation.id,
          sessionId: null,
          type: 'message.received' as const,
          at: conversation.createdAt,
          payload: { text },
        },
      ];
      await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          (index % 2 ? one : two).append(conversation.id, batch(`message ${index}`)),
        ),
      );
      const log = await two.readEvents(conversation.id);
      assert.deepEqual(
        log.map((event) => event.seq),
        Array.from({ length: 20 }, (_, index) => index + 1),
      );
      assert.equal((await one.getConversation(conversation.id))?.eventCount, 20);
    });

    it('creates a person once when two instances ask for the same new handle at once', async () => {
      freshTest();
      const one = await openStore();
      const two = await openStore();
      const people = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          (index % 2 ? one : two).ensurePerson('Bo Lindqvist'),
        ),
      );
      assert.equal(new Set(people.map((person) => person.id)).size, 1);
      assert.equal((await rows('select id from people')).length, 1);
    });

    it('the conversation lock makes the other instance wait, and is released when work throws', async () => {
      freshTest();
      const one = await openStore();
      const two = await openStore();
      const order: string[] = [];
      const [held, release] = signal();
      const [inside, entered] = signal();
      const first = one.withConversationLock('conv_shared', async () => {
        order.push('one:start');
        entered();
        await held;
        order.push('one:end');
        throw new Error('work failed');
      });
      await inside;
      const second = two.withConversationLock('conv_shared', async () => {
        order.push('two');
        return 'done';
      });
      // Another conversation is not held up.
      assert.equal(await two.withConversationLock('conv_other', async () => 'free'), 'free');
      await new Promise((resolve) => setTimeout(resolve, 150));
      assert.deepEqual(order, ['one:start'], 'the second instance waits for the first');
      release();
      await assert.rejects(first, /work failed/);
      assert.equal(await second, 'done');
      assert.deepEqual(order, ['one:start', 'one:end', 'two']);
      const locks = await admin.query(
        `select count(*)::int as n from pg_locks where locktype = 'advisory' and granted`,
      );
      assert.equal(locks.rows[0].n, 0, 'no advisory lock is left behind');
    });

    it('survives the lock connection dying mid-turn: the turn finishes, the lock is free again', async () => {
      freshTest();
      const store = await openStore({ lockPoolSize: 1 });
      const result = await store.withConversationLock('conv_cut', async () => {
        // The server ends the session holding the lock (a restart or an admin would).
        const killed = await admin.query(
          `select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted
             and database = (select oid from pg_database where datname = current_database())`,
        );
        assert.equal(killed.rowCount, 1);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return 'finished';
      });
      assert.equal(result, 'finished');
      assert.equal(await store.withConversationLock('conv_cut', async () => 'again'), 'again');
    });

    it('a nested lock on the same conversation does not wait for itself', async () => {
      freshTest();
      const store = await openStore({ lockPoolSize: 1 });
      const result = await store.withConversationLock('conv_nested', () =>
        store.withConversationLock('conv_nested', async () => 'inner'),
      );
      assert.equal(result, 'inner');
    });

    it('gives up with store_locked when another instance holds a conversation too long', async () => {
      freshTest();
      const one = await openStore();
      const two = await openStore({ lockTimeoutMs: 200 });
      const [held, release] = signal();
      const [inside, entered] = signal();
      const holder = one.withConversationLock('conv_busy', async () => {
        entered();
        await held;
      });
      await inside;
      const line = await expectCode(
        two.withConversationLock('conv_busy', async () => 'never'),
        'store_locked',
      );
      assert.match(line, /conv_busy/);
      release();
      await holder;
      assert.equal(await two.withConversationLock('conv_busy', async () => 'now'), 'now');
    });

    it('two app instances posting to one conversation at once: every message once, turns in order', async () => {
      freshTest();
      const resources = loadCrisisResources();
      const instance = (store: EventStore): ConversationEngine =>
        createConversationEngine({
          store,
          ...defaultStages(),
          resources,
          clock: systemClock,
          ids: randomIds(systemClock),
          defaultLocale: 'en-US',
        });
      // Two stores = two pools, as two processes behind a load balancer would have.
      const storeA = await openStore({ poolSize: 3, lockPoolSize: 2 });
      const storeB = await openStore({ poolSize: 3, lockPoolSize: 2 });
      const engineA = instance(storeA);
      const engineB = instance(storeB);
      const person = await storeA.ensurePerson('Kai Moreno');
      const { id } = await storeA.createConversation(person.id);
      await engineA.startSession(id, { channel: 'web', name: 'Kai' });
      await engineB.handleMessage(id, 'yes');

      const topics = ['work', 'sleep', 'money', 'school', 'family', 'friends', 'health', 'home'];
      const fromA = topics.map((topic, index) => `A${index}: ${topic} has been hard this week`);
      const fromB = topics.map((topic, index) => `B${index}: I keep thinking about ${topic}`);
      const results = await Promise.all([
        ...fromA.map((text) => engineA.handleMessage(id, text)),
        ...fromB.map((text) => engineB.handleMessage(id, text)),
      ]);
      assert.ok(
        results.every((result) => result.stored),
        'every turn was stored, none failed with store_conflict',
      );

      const log = await storeB.readEvents(id);
      assert.deepEqual(
        log.map((event) => event.seq),
        log.map((_, index) => index + 1),
        'the log has no gaps',
      );
      const texts = log.flatMap((event) =>
        event.type === 'message.received' ? [event.payload.text] : [],
      );
      assert.deepEqual([...texts].sort(), ['yes', ...fromA, ...fromB].sort(), 'each message once');
      // Each instance's own messages keep their arrival order.
      assert.deepEqual(
        texts.filter((text) => text.startsWith('A')),
        fromA,
      );
      assert.deepEqual(
        texts.filter((text) => text.startsWith('B')),
        fromB,
      );
      // After the opening, the log alternates: a message, then the reply to that message.
      const turns = log.filter(
        (event): event is Extract<StoredEvent, { type: 'message.received' | 'agent.move' }> =>
          event.type === 'message.received' || event.type === 'agent.move',
      );
      const firstMessage = turns.findIndex((event) => event.type === 'message.received');
      const exchanged = turns.slice(firstMessage);
      assert.equal(exchanged.length, 2 * texts.length);
      for (let index = 0; index < exchanged.length; index += 2) {
        const message = exchanged[index];
        const reply = exchanged[index + 1];
        assert.equal(message?.type, 'message.received', `event ${index} is a message`);
        assert.equal(reply?.type, 'agent.move', `event ${index + 1} is a reply`);
        if (reply?.type === 'agent.move') assert.equal(reply.payload.respondsTo, message?.id);
      }
    });
  });
});
