import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, it } from 'node:test';
import {
  isAllianceError,
  randomIds,
  steppingClock,
  systemClock,
  type AccountStore,
  type AllianceErrorCode,
  type EventStore,
  type NewEvent,
} from '../core/index.ts';
import { runAccountStoreContract } from './account-store-contract.ts';
import {
  openPostgresAccountStore,
  type PostgresAccountStoreOptions,
} from './postgres-account-store.ts';
import { openPostgresStore } from './postgres-store.ts';
import { ifPostgres, postgresTestSchemas } from './postgres-test-schemas.ts';
import { parsePostgresUrl } from './postgres-url.ts';
import { generateKey, parseKeys } from './text-cipher.ts';

// Runs against a real PostgreSQL server when ALLIANCE_TEST_PG_URL names one (.ci/run starts a
// throwaway cluster and sets it); every test works in a schema of its own, dropped afterwards.
const START = Date.parse('2026-01-05T09:00:00.000Z');
const KEY = generateKey();

const SUITE = 'PostgreSQL account store: contract, encryption at rest, several instances at once';

ifPostgres(SUITE, (url) => {
  const { freshSchema, dropSchema, ...schemas } = postgresTestSchemas(url);

  runAccountStoreContract('postgres', async () => {
    const schema = freshSchema();
    const keyring = parseKeys(KEY);
    const events = await openPostgresStore({
      url,
      schema,
      keyring,
      clock: steppingClock(START, 1000),
      poolSize: 2,
      lockPoolSize: 1,
    });
    const accounts = await openPostgresAccountStore({
      url,
      schema,
      keyring,
      clock: steppingClock(START, 1000),
      poolSize: 2,
    });
    return { accounts, events, cleanup: () => dropSchema(schema) };
  });

  describe('postgres account store on a server', () => {
    let schema: string;
    const open: (AccountStore | EventStore)[] = [];

    afterEach(async () => {
      for (const store of open.splice(0)) await store.close();
    });

    async function openAccounts(
      extra: Partial<PostgresAccountStoreOptions> = {},
    ): Promise<AccountStore> {
      const store = await openPostgresAccountStore({
        url,
        schema,
        keyring: parseKeys(KEY),
        poolSize: 4,
        ...extra,
      });
      open.push(store);
      return store;
    }

    async function openEvents(): Promise<EventStore> {
      const store = await openPostgresStore({
        url,
        schema,
        keyring: parseKeys(KEY),
        poolSize: 4,
        lockPoolSize: 2,
      });
      open.push(store);
      return store;
    }

    /** Rows of a query run in the test's schema, read behind the store's back. */
    const rows = <T>(query: string) => schemas.rows<T>(schema, query);

    async function expectCode(promise: Promise<unknown>, code: AllianceErrorCode): Promise<void> {
      await assert.rejects(promise, (error: unknown) => {
        assert.ok(isAllianceError(error), `expected AllianceError ${code}, got ${String(error)}`);
        assert.equal(error.code, code, error.toLine());
        for (const secret of parsePostgresUrl(url).secrets) {
          assert.ok(!error.toLine().includes(secret), 'the password never appears');
        }
        return true;
      });
    }

    const freshTest = () => {
      schema = freshSchema();
    };
    const email = () => `sam.${randomBytes(4).toString('hex')}@example.org`;

    it('keeps email, display name and throttled addresses only sealed or hashed', async () => {
      freshTest();
      const accounts = await openAccounts();
      await accounts.createAccount({
        email: 'Private.Person@Example.org',
        passwordHash: '$argon2id$fake',
        role: 'client',
        displayName: 'Zelda Quixote',
      });
      await accounts.recordLoginFailure('ip:203.0.113.77', 60_000);
      const dump = JSON.stringify([
        ...(await rows('select * from accounts')),
        ...(await rows('select * from login_throttle')),
      ]);
      for (const secret of ['private.person', 'Private.Person', 'Zelda', 'Quixote', '203.0.113.77'])
        assert.ok(!dump.includes(secret), `${secret} is in the database`);
      const [row] = await rows<{ email_index: string }>('select email_index from accounts');
      assert.match(row!.email_index, /^[0-9a-f]{64}$/);
    });

    it('refuses a database sealed with another key', async () => {
      freshTest();
      await openAccounts();
      await expectCode(openAccounts({ keyring: parseKeys(generateKey()) }), 'key_wrong');
    });

    it("finds its schema in the URL's schema parameter", async () => {
      freshTest();
      const separator = url.includes('?') ? '&' : '?';
      const accounts = await openAccounts({ url: `${url}${separator}schema=${schema}` });
      const made = await accounts.createAccount({
        email: email(),
        passwordHash: 'h',
        role: 'client',
      });
      assert.deepEqual(await rows('select id from accounts'), [{ id: made.id }]);
    });

    it('two instances registering one address at once make one account', async () => {
      freshTest();
      const one = await openAccounts();
      const two = await openAccounts();
      const address = email();
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, index) =>
          (index % 2 ? one : two).createAccount({
            email: address,
            passwordHash: 'h',
            role: 'client',
          }),
        ),
      );
      assert.equal(results.filter((result) => result.status === 'fulfilled').length, 1);
      for (const result of results) {
        if (result.status === 'rejected') {
          assert.ok(isAllianceError(result.reason, 'account_exists'), String(result.reason));
        }
      }
      assert.equal((await rows('select id from accounts')).length, 1);
    });

    it('counts every failed login recorded by two instances at once', async () => {
      freshTest();
      const one = await openAccounts();
      const two = await openAccounts();
      const key = `email:${email()}`;
      const counts = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          (index % 2 ? one : two).recordLoginFailure(key, 60_000),
        ),
      );
      assert.deepEqual(
        [...counts].sort((a, b) => a - b),
        Array.from({ length: 20 }, (_, index) => index + 1),
      );
      assert.equal(await one.loginFailures(key, 60_000), 20);
    });

    it('audit records appended by two instances at once each get a position of their own', async () => {
      freshTest();
      const one = await openAccounts();
      const two = await openAccounts();
      await Promise.all(
        Array.from({ length: 30 }, (_, index) =>
          (index % 2 ? one : two).audit({
            actorId: null,
            actorRole: null,
            action: 'read',
            resourceType: 'conversation',
            resourceId: `conv_${index}`,
            outcome: 'success',
            reason: null,
          }),
        ),
      );
      const positions = await rows<{ seq: string }>('select seq from audit_log order by seq');
      assert.deepEqual(
        positions.map((row) => Number(row.seq)),
        Array.from({ length: 30 }, (_, index) => index + 1),
      );
      assert.equal((await two.listAudit()).length, 30);
    });

    it('an assignment made by two instances at once is stored once', async () => {
      freshTest();
      const one = await openAccounts();
      const two = await openAccounts();
      const clinician = await one.createAccount({
        email: email(),
        passwordHash: 'h',
        role: 'clinician',
      });
      const client = await one.createAccount({ email: email(), passwordHash: 'h', role: 'client' });
      await Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          (index % 2 ? one : two).assign(clinician.id, client.id),
        ),
      );
      assert.deepEqual(await two.listClients(clinician.id), [client.id]);
    });

    it('deleting an account while another instance writes to it leaves nothing behind', async () => {
      freshTest();
      const events = await openEvents();
      const here = await openAccounts();
      const there = await openAccounts();
      const account = await here.createAccount({
        email: email(),
        passwordHash: 'h',
        role: 'client',
        consent: { version: 'privacy-1' },
      });
      const person = await events.ensurePerson(`account:${account.id}`);
      await here.linkPerson(account.id, person.id);
      const conversation = await events.createConversation(person.id);
      await here.addConversation(account.id, conversation.id);
      const ids = randomIds(systemClock);
      const message = (text: string): NewEvent => ({
        id: ids.next('evt'),
        conversationId: conversation.id,
        sessionId: null,
        type: 'message.received',
        at: conversation.createdAt,
        payload: { text },
      });
      await events.append(conversation.id, [message('before the deletion')]);

      // Appends, new sessions and a new conversation race the deletion from the other side.
      let deleted = false;
      const writers = [
        (async () => {
          for (let n = 0; !deleted || n < 5; n++) {
            try {
              await events.append(conversation.id, [message(`message ${n}`)]);
            } catch (error) {
              assert.ok(isAllianceError(error, 'conversation_not_found'), String(error));
              return;
            }
          }
        })(),
        (async () => {
          for (let n = 0; !deleted || n < 5; n++) {
            try {
              await there.createSession({
                tokenHash: randomBytes(32).toString('hex'),
                accountId: account.id,
                expiresAt: '2099-01-01T00:00:00.000Z',
              });
            } catch (error) {
              assert.ok(isAllianceError(error, 'account_not_found'), String(error));
              return;
            }
          }
        })(),
      ];
      await new Promise((resolve) => setTimeout(resolve, 50));
      const erased = await here.deleteAccount(account.id);
      deleted = true;
      await Promise.all(writers);
      assert.equal(erased.conversations, 1);
      assert.ok(erased.events >= 1);
      await expectCode(events.createConversation(person.id), 'person_not_found');
      for (const table of ['events', 'conversations', 'people', 'account_sessions']) {
        assert.deepEqual(await rows(`select * from ${table}`), [], `${table} is empty`);
      }
      const [tombstone] = await rows<Record<string, unknown>>('select * from accounts');
      assert.equal(tombstone?.email_sealed, null);
      assert.equal(tombstone?.person_id, null);
      assert.ok(tombstone?.deleted_at);
    });
  });
});
