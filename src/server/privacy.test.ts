import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadCrisisResources } from '../safety/index.ts';
import { serverFixture, type ServerFixture } from './server-fixture.ts';
import { createTurnRuntime } from './turn-runtime.ts';

let f: ServerFixture;
before(async () => {
  f = await serverFixture();
});
after(async () => f.close());

describe('export of one’s own data', () => {
  it('gives the account, every conversation with its events, and the audit trail', async () => {
    const sam = await f.client({ displayName: 'Sam Export' });
    const first = (await f.call('POST', '/api/conversations', { token: sam.token })).json.id;
    const second = (await f.call('POST', '/api/conversations', { token: sam.token })).json.id;
    await f.call('POST', `/api/conversations/${first}/messages`, {
      token: sam.token,
      body: { text: 'my sister Juniper visits on Sundays' },
    });
    const exported = await f.call('GET', '/api/me/export', { token: sam.token });
    assert.equal(exported.status, 200, exported.text);
    assert.equal(exported.json.account.email, sam.email);
    assert.equal(exported.json.account.displayName, 'Sam Export');
    assert.equal(exported.json.account.consent.version, 'privacy-1');
    assert.deepEqual(
      exported.json.conversations.map((c: { id: string }) => c.id).sort(),
      [first, second].sort(),
    );
    const events = exported.json.conversations.find((c: { id: string }) => c.id === first).events;
    assert.ok(
      events.some((e: any) => e.type === 'message.received' && e.payload.text.includes('Juniper')),
    );
    assert.ok(events.every((e: any, i: number) => e.seq === i + 1));
    assert.ok(
      exported.json.auditTrail.some((r: any) => r.resourceId === first && r.action === 'create'),
    );
    // The export itself is audited.
    const record = (await f.accounts.listAudit({ actorId: sam.id, limit: 1 }))[0];
    assert.equal(record?.resourceType, 'export');
    assert.equal(record?.outcome, 'success');
  });
});

describe('deletion of one’s account', () => {
  it('refuses to delete the only admin account, with a 409 that says what to do', async () => {
    const g = await serverFixture();
    try {
      const only = await g.staff('admin');
      const refused = await g.call('DELETE', '/api/me', { token: only.token });
      assert.equal(refused.status, 409, refused.text);
      assert.equal(refused.json.error.code, 'last_admin');
      assert.match(refused.json.error.message, /only admin/u);
      assert.ok(await g.accounts.getAccount(only.id), 'the account is still there');
      const record = (await g.accounts.listAudit({ actorId: only.id, limit: 1 }))[0];
      assert.equal(record?.outcome, 'failed');
      // With a second admin, either may go.
      await g.staff('admin');
      assert.equal((await g.call('DELETE', '/api/me', { token: only.token })).status, 200);
    } finally {
      await g.close();
    }
  });

  it('really deletes the account, its conversations and events, says what it kept, and ends every session', async () => {
    const ana = await f.client({ displayName: 'Ana Deleted', research: true });
    const clinician = await f.staff('clinician');
    await f.accounts.assign(clinician.id, ana.id);
    const conversation = (await f.call('POST', '/api/conversations', { token: ana.token })).json.id;
    await f.call('POST', `/api/conversations/${conversation}/messages`, {
      token: ana.token,
      body: { text: 'the name of my dog is Biscuit' },
    });
    const otherLogin = (
      await f.call('POST', '/api/auth/login', {
        body: { email: ana.email, password: ana.password },
      })
    ).json.token;

    const deleted = await f.call('DELETE', '/api/me', { token: ana.token });
    assert.equal(deleted.status, 200, deleted.text);
    assert.equal(deleted.json.deleted, true);
    assert.equal(deleted.json.erased.conversations, 1);
    assert.ok(deleted.json.erased.events > 3);
    assert.equal(deleted.json.erased.sessions, 2);
    assert.ok(deleted.json.kept.length >= 1);

    // Every token of the account is dead, and the email can no longer log in.
    for (const token of [ana.token, otherLogin])
      assert.equal((await f.call('GET', '/api/me', { token })).status, 401);
    assert.equal(
      (
        await f.call('POST', '/api/auth/login', {
          body: { email: ana.email, password: ana.password },
        })
      ).status,
      401,
    );
    // The conversation and its events are gone from the event store.
    assert.equal(await f.store.getConversation(conversation), undefined);
    // The clinician no longer sees the client.
    const caseload = await f.call('GET', '/api/clinician/clients', { token: clinician.token });
    assert.deepEqual(caseload.json.clients, []);
    // What is kept: a tombstone with no personal data, and the audit trail without content.
    const tombstone = await f.accounts.getAccount(ana.id);
    assert.ok(tombstone?.deletedAt);
    assert.equal(tombstone?.email, null);
    assert.equal(tombstone?.displayName, null);
    const trail = await f.accounts.listAudit({ actorId: ana.id });
    assert.equal(trail[0]?.action, 'delete');
    assert.equal(trail[0]?.resourceType, 'account');
    assert.equal(trail[0]?.outcome, 'success');
    assert.ok(!JSON.stringify(trail).includes('Biscuit'));
    // The address can register again, as a new account with nothing of the old one.
    const again = await f.call('POST', '/api/auth/register', {
      body: {
        email: ana.email,
        password: 'a brand new password',
        consent: { version: 'privacy-1' },
      },
    });
    assert.equal(again.status, 201, again.text);
    assert.notEqual(again.json.id, ana.id);
  });

  it('makes a deleted conversation unreadable through the event store', async () => {
    const bo = await f.client({ displayName: 'Bo Vanish' });
    const conversation = (await f.call('POST', '/api/conversations', { token: bo.token })).json.id;
    await f.call('POST', `/api/conversations/${conversation}/messages`, {
      token: bo.token,
      body: { text: 'xylophone zeppelin secret' },
    });
    await f.call('DELETE', '/api/me', { token: bo.token });
    const events = await f.store
      .readEvents(conversation)
      .catch((error: { code?: string }) => error.code);
    assert.equal(events, 'conversation_not_found');
  });

  it('drops the deleted conversations from the engine’s memory as well', async () => {
    const cy = await f.client({ displayName: 'Cy Forgotten' });
    const first = (await f.call('POST', '/api/conversations', { token: cy.token })).json.id;
    const second = (await f.call('POST', '/api/conversations', { token: cy.token })).json.id;
    for (const id of [first, second]) {
      await f.call('POST', `/api/conversations/${id}/messages`, {
        token: cy.token,
        body: { text: 'my neighbour Quillon keeps me awake' },
      });
      assert.equal(f.engine.holds(id), true);
    }
    await f.call('DELETE', '/api/me', { token: cy.token });
    for (const id of [first, second]) {
      // Nothing is left in memory: the state would have to be rebuilt, and the store has none.
      assert.equal(f.engine.holds(id), false);
      await assert.rejects(f.engine.state(id), { code: 'conversation_not_found' });
      assert.equal(f.engine.holds(id), false);
    }
  });

  it('lets another engine on the same database drop a deleted conversation when it next looks', async () => {
    // A second instance's engine, which has the conversation in memory from an earlier turn.
    const other = createTurnRuntime({
      store: f.store,
      resources: loadCrisisResources(),
      defaultLocale: 'en-US',
    }).engine;
    const di = await f.client({ displayName: 'Di Elsewhere' });
    const id = (await f.call('POST', '/api/conversations', { token: di.token })).json.id;
    await other.handleMessage(id, 'yes');
    assert.equal(other.holds(id), true);
    await f.call('DELETE', '/api/me', { token: di.token });
    await assert.rejects(other.handleMessage(id, 'are you still there?'), {
      code: 'conversation_not_found',
    });
    assert.equal(other.holds(id), false);
  });
});
