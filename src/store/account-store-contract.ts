import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import {
  isAllianceError,
  type AccountStore,
  type AllianceErrorCode,
  type EventStore,
} from '../core/index.ts';
import { auditedAppend } from './audited-append.ts';

/**
 * Opens a fresh account store and an event store over the same database for one contract test;
 * `cleanup` runs after the suite has closed both.
 */
export type OpenAccountStoreForContract = () => Promise<{
  accounts: AccountStore;
  events: EventStore;
  cleanup?: () => Promise<void>;
}>;

/**
 * Registers the node:test suite every AccountStore backend must pass. Tests use unique emails and
 * only look at what they created, so a backend may share one database across tests.
 * @example runAccountStoreContract('sqlite', async () => ({ accounts, events }))
 */
export function runAccountStoreContract(name: string, open: OpenAccountStoreForContract): void {
  describe(`${name}: AccountStore contract`, () => {
    let accounts: AccountStore;
    let events: EventStore;
    let cleanup: (() => Promise<void>) | undefined;
    const email = (base = 'sam') => `${base}.${randomBytes(4).toString('hex')}@example.org`;

    beforeEach(async () => {
      ({ accounts, events, cleanup } = await open());
    });

    afterEach(async () => {
      await accounts.close();
      await events.close();
      await cleanup?.();
    });

    async function expectCode(promise: Promise<unknown>, code: AllianceErrorCode): Promise<void> {
      await assert.rejects(promise, (error: unknown) => {
        assert.ok(isAllianceError(error), `expected AllianceError ${code}, got ${String(error)}`);
        assert.equal(error.code, code, error.toLine());
        return true;
      });
    }

    it('creates an account and finds it by email whatever its case', async () => {
      const address = email('Ana');
      const created = await accounts.createAccount({
        email: address,
        passwordHash: 'hash-1',
        role: 'client',
        displayName: 'Ana',
      });
      assert.equal(created.role, 'client');
      assert.equal(created.email, address.toLowerCase());
      assert.equal(created.displayName, 'Ana');
      assert.equal(created.consent, null);
      assert.equal(created.deletedAt, null);
      const found = await accounts.findByEmail(`  ${address.toUpperCase()} `);
      assert.equal(found?.id, created.id);
      assert.equal(found?.passwordHash, 'hash-1');
      assert.deepEqual(await accounts.getAccount(created.id), created);
      assert.equal(await accounts.findByEmail(email('nobody')), undefined);
    });

    it('refuses a second account with the same email', async () => {
      const address = email();
      await accounts.createAccount({ email: address, passwordHash: 'h', role: 'client' });
      await expectCode(
        accounts.createAccount({ email: address.toUpperCase(), passwordHash: 'h', role: 'admin' }),
        'account_exists',
      );
    });

    it('records consent with its version, at registration or later', async () => {
      const early = await accounts.createAccount({
        email: email(),
        passwordHash: 'h',
        role: 'client',
        consent: { version: 'privacy-1', research: true },
      });
      assert.equal(early.consent?.version, 'privacy-1');
      assert.equal(early.consent?.research, true);
      assert.ok(early.consent?.at);
      const late = await accounts.createAccount({
        email: email(),
        passwordHash: 'h',
        role: 'client',
      });
      const updated = await accounts.recordConsent(late.id, { version: 'privacy-2' });
      assert.equal(updated.consent?.version, 'privacy-2');
      assert.equal(updated.consent?.research, false);
      assert.deepEqual((await accounts.getAccount(late.id))?.consent, updated.consent);
    });

    it('lists live accounts by role', async () => {
      const clinician = await accounts.createAccount({
        email: email('doc'),
        passwordHash: 'h',
        role: 'clinician',
      });
      const listed = await accounts.listAccounts({ role: 'clinician' });
      assert.ok(listed.some((account) => account.id === clinician.id));
      assert.ok(listed.every((account) => account.role === 'clinician'));
    });

    /** A client account with a session that lasts, for the session and cache tests. */
    const clientWithSession = async () => {
      const account = await accounts.createAccount({
        email: email(),
        passwordHash: 'h',
        role: 'client',
      });
      const tokenHash = randomBytes(32).toString('hex');
      await accounts.createSession({
        tokenHash,
        accountId: account.id,
        expiresAt: '2099-01-01T00:00:00.000Z',
      });
      return { account, tokenHash };
    };

    it('keeps sessions by token hash, with expiry and revocation', async () => {
      const { account, tokenHash } = await clientWithSession();
      const session = await accounts.findSession(tokenHash);
      assert.equal(session?.accountId, account.id);
      assert.equal(session?.expiresAt, '2099-01-01T00:00:00.000Z');
      assert.equal(session?.revokedAt, null);
      await accounts.revokeSession(tokenHash);
      await accounts.revokeSession(tokenHash);
      assert.ok((await accounts.findSession(tokenHash))?.revokedAt);
      assert.equal(await accounts.findSession(randomBytes(32).toString('hex')), undefined);
    });

    it('links conversations to their account', async () => {
      const account = await accounts.createAccount({
        email: email(),
        passwordHash: 'h',
        role: 'client',
      });
      const person = await events.ensurePerson(`account:${account.id}`);
      await accounts.linkPerson(account.id, person.id);
      const first = await events.createConversation(person.id);
      const second = await events.createConversation(person.id);
      await accounts.addConversation(account.id, first.id);
      await accounts.addConversation(account.id, second.id);
      assert.equal(await accounts.conversationOwner(first.id), account.id);
      assert.equal(await accounts.conversationOwner('conv_unknown'), undefined);
      assert.deepEqual(
        new Set(await accounts.listConversations(account.id)),
        new Set([first.id, second.id]),
      );
      assert.equal((await accounts.getAccount(account.id))?.personId, person.id);
    });

    it('reads right after a change see it: consent, person, logout and deletion', async () => {
      const { account, tokenHash } = await clientWithSession();
      // Each read comes before the change it must not hide (a store may keep what it read).
      assert.equal((await accounts.getAccount(account.id))?.consent, null);
      await accounts.recordConsent(account.id, { version: 'privacy-3' });
      assert.equal((await accounts.getAccount(account.id))?.consent?.version, 'privacy-3');
      const person = await events.ensurePerson(`account:${account.id}`);
      await accounts.linkPerson(account.id, person.id);
      assert.equal((await accounts.getAccount(account.id))?.personId, person.id);
      const conversation = await events.createConversation(person.id);
      await accounts.addConversation(account.id, conversation.id);
      assert.equal(await accounts.conversationOwner(conversation.id), account.id);
      assert.equal((await accounts.findSession(tokenHash))?.revokedAt, null);
      await accounts.revokeSession(tokenHash);
      assert.ok((await accounts.findSession(tokenHash))?.revokedAt);

      const other = randomBytes(32).toString('hex');
      await accounts.createSession({
        tokenHash: other,
        accountId: account.id,
        expiresAt: '2099-01-01T00:00:00.000Z',
      });
      assert.equal((await accounts.findSession(other))?.accountId, account.id);
      await accounts.deleteAccount(account.id);
      assert.equal(await accounts.findSession(other), undefined);
      assert.equal(await accounts.conversationOwner(conversation.id), undefined);
      const tombstone = await accounts.getAccount(account.id);
      assert.ok(tombstone?.deletedAt);
      assert.equal(tombstone?.email, null);
    });

    it('appends a turn and its audit record in one transaction, or neither', async () => {
      const appendAudited = auditedAppend(events, accounts);
      assert.ok(appendAudited, 'both stores are SQL stores over one database');
      const account = await accounts.createAccount({
        email: email(),
        passwordHash: 'h',
        role: 'client',
      });
      const person = await events.ensurePerson(`account:${account.id}`);
      const conversation = await events.createConversation(person.id);
      const event = (id: string) => ({
        id: `evt_${id}_${randomBytes(6).toString('hex')}`,
        conversationId: conversation.id,
        sessionId: null,
        type: 'message.received' as const,
        at: conversation.createdAt,
        payload: { text: `words ${id}` },
      });
      const record = (outcome: 'success' | 'failed') => ({
        actorId: account.id,
        actorRole: 'client' as const,
        action: 'create' as const,
        resourceType: 'message',
        resourceId: conversation.id,
        outcome,
        reason: null,
      });
      const stored = await appendAudited(
        conversation.id,
        [event('a'), event('b')],
        { expectedLastSeq: 0 },
        record('success'),
      );
      assert.deepEqual(
        stored.map((e) => e.seq),
        [1, 2],
      );
      // A conflict stores neither the events nor the record.
      await expectCode(
        appendAudited(conversation.id, [event('c')], { expectedLastSeq: 0 }, record('failed')),
        'store_conflict',
      );
      assert.equal((await events.readEvents(conversation.id)).length, 2);
      const trail = await accounts.listAudit({ resourceId: conversation.id });
      assert.deepEqual(
        trail.map((entry) => entry.outcome),
        ['success'],
      );
      // Records written with turns and on their own share one numbering.
      await accounts.audit(record('failed'));
      assert.equal((await accounts.listAudit({ resourceId: conversation.id })).length, 2);
    });

    it('assigns clients to clinicians, idempotently, and only those roles', async () => {
      const clinician = await accounts.createAccount({
        email: email('doc'),
        passwordHash: 'h',
        role: 'clinician',
      });
      const client = await accounts.createAccount({
        email: email(),
        passwordHash: 'h',
        role: 'client',
      });
      const other = await accounts.createAccount({
        email: email(),
        passwordHash: 'h',
        role: 'client',
      });
      await accounts.assign(clinician.id, client.id);
      await accounts.assign(clinician.id, client.id);
      assert.deepEqual(await accounts.listClients(clinician.id), [client.id]);
      assert.equal(await accounts.isAssigned(clinician.id, client.id), true);
      assert.equal(await accounts.isAssigned(clinician.id, other.id), false);
      await expectCode(accounts.assign(client.id, other.id), 'request_invalid');
      await expectCode(accounts.assign(clinician.id, 'acct_missing'), 'account_not_found');
      await accounts.unassign(clinician.id, client.id);
      assert.deepEqual(await accounts.listClients(clinician.id), []);
    });

    it('counts failed logins per key within a window and forgets them on request', async () => {
      const key = `email:${email()}`;
      assert.equal(await accounts.loginFailures(key, 60_000), 0);
      assert.equal(await accounts.recordLoginFailure(key, 60_000), 1);
      assert.equal(await accounts.recordLoginFailure(key.toUpperCase(), 60_000), 2);
      assert.equal(await accounts.loginFailures(key, 60_000), 2);
      // A window that has already passed starts counting again.
      assert.equal(await accounts.loginFailures(key, 0), 0);
      assert.equal(await accounts.recordLoginFailure(key, 0), 1);
      await accounts.clearLoginFailures(key);
      assert.equal(await accounts.loginFailures(key, 60_000), 0);
    });

    it('appends audit records and lists them newest first by actor or resource', async () => {
      const actor = await accounts.createAccount({
        email: email(),
        passwordHash: 'h',
        role: 'client',
      });
      const resource = `conv_${randomBytes(6).toString('hex')}`;
      const first = await accounts.audit({
        actorId: actor.id,
        actorRole: 'client',
        action: 'read',
        resourceType: 'conversation',
        resourceId: resource,
        outcome: 'success',
        reason: null,
      });
      await accounts.audit({
        actorId: null,
        actorRole: null,
        action: 'read',
        resourceType: 'conversation',
        resourceId: resource,
        outcome: 'denied',
        reason: 'auth_required',
      });
      assert.ok(first.id && first.at);
      const byResource = await accounts.listAudit({ resourceId: resource });
      assert.equal(byResource.length, 2);
      assert.deepEqual(byResource.map((record) => record.outcome).sort(), ['denied', 'success']);
      const byActor = await accounts.listAudit({ actorId: actor.id });
      assert.deepEqual(byActor, [first]);
    });

    it('deleting an account erases its data and conversations but keeps a tombstone', async () => {
      const address = email();
      const account = await accounts.createAccount({
        email: address,
        passwordHash: 'h',
        role: 'client',
        displayName: 'Ana',
        consent: { version: 'privacy-1' },
      });
      const clinician = await accounts.createAccount({
        email: email('doc'),
        passwordHash: 'h',
        role: 'clinician',
      });
      await accounts.assign(clinician.id, account.id);
      const person = await events.ensurePerson(`account:${account.id}`);
      await accounts.linkPerson(account.id, person.id);
      const conversation = await events.createConversation(person.id);
      await accounts.addConversation(account.id, conversation.id);
      await events.append(conversation.id, [
        {
          id: `evt_${randomBytes(6).toString('hex')}`,
          conversationId: conversation.id,
          sessionId: null,
          type: 'message.received',
          at: conversation.createdAt,
          payload: { text: 'something private' },
        },
      ]);
      const tokenHash = randomBytes(32).toString('hex');
      await accounts.createSession({
        tokenHash,
        accountId: account.id,
        expiresAt: '2099-01-01T00:00:00.000Z',
      });

      const erased = await accounts.deleteAccount(account.id);
      assert.deepEqual(erased, { conversations: 1, events: 1, sessions: 1 });
      const tombstone = await accounts.getAccount(account.id);
      assert.ok(tombstone?.deletedAt);
      assert.equal(tombstone?.email, null);
      assert.equal(tombstone?.displayName, null);
      assert.equal(tombstone?.consent, null);
      assert.equal(tombstone?.personId, null);
      assert.equal(await accounts.findByEmail(address), undefined);
      assert.equal(await accounts.findSession(tokenHash), undefined);
      assert.deepEqual(await accounts.listClients(clinician.id), []);
      assert.deepEqual(await accounts.listConversations(account.id), []);
      assert.equal(await events.getConversation(conversation.id), undefined);
      assert.equal(await events.findPerson(`account:${account.id}`), undefined);
      await expectCode(accounts.deleteAccount(account.id), 'account_not_found');
      // The address can be used again.
      const again = await accounts.createAccount({
        email: address,
        passwordHash: 'h',
        role: 'client',
      });
      assert.notEqual(again.id, account.id);
    });
  });
}
