import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AccountRole } from '../core/index.ts';
import { serverFixture, type Caller, type ServerFixture } from './server-fixture.ts';

let f: ServerFixture;
let callers: Record<AccountRole, Caller>;
let otherClient: Caller;
let conversationId: string;
let otherConversationId: string;
let otherClinician: Caller;

before(async () => {
  f = await serverFixture();
  callers = {
    client: await f.client({ research: true, displayName: 'Casey Client' }),
    clinician: await f.staff('clinician'),
    researcher: await f.staff('researcher'),
    admin: await f.staff('admin'),
  };
  otherClient = await f.client({ displayName: 'Olive Other' });
  otherClinician = await f.staff('clinician');
  conversationId = (await f.call('POST', '/api/conversations', { token: callers.client.token }))
    .json.id;
  otherConversationId = (await f.call('POST', '/api/conversations', { token: otherClient.token }))
    .json.id;
  await f.call('POST', `/api/conversations/${otherConversationId}/messages`, {
    token: otherClient.token,
    body: { text: 'something only Olive should read' },
  });
  await f.accounts.assign(callers.clinician.id, callers.client.id);
});
after(async () => f.close());

/** The newest audit record about a resource (or of an actor). */
async function lastAudit(filter: { resourceId?: string; actorId?: string }) {
  return (await f.accounts.listAudit({ ...filter, limit: 1 }))[0];
}

interface Probe {
  method: 'GET' | 'POST' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly AccountRole[];
  audited: boolean;
}

// Every route that needs a token, with who may call it. Deletion is probed last, separately.
const PROBES: Probe[] = [
  {
    method: 'POST',
    url: () => '/api/auth/logout',
    allowed: ['client', 'clinician', 'researcher', 'admin'],
    audited: true,
  },
  {
    method: 'GET',
    url: () => '/api/me',
    allowed: ['client', 'clinician', 'researcher', 'admin'],
    audited: true,
  },
  {
    method: 'POST',
    url: () => '/api/me/consent',
    body: () => ({ version: 'privacy-1', research: true }),
    allowed: ['client', 'clinician', 'researcher', 'admin'],
    audited: true,
  },
  {
    method: 'GET',
    url: () => '/api/me/export',
    allowed: ['client', 'clinician', 'researcher', 'admin'],
    audited: true,
  },
  { method: 'GET', url: () => '/api/conversations', allowed: ['client'], audited: true },
  { method: 'POST', url: () => '/api/conversations', allowed: ['client'], audited: true },
  {
    method: 'POST',
    url: () => `/api/conversations/${conversationId}/messages`,
    body: () => ({ text: 'hello there' }),
    allowed: ['client'],
    audited: true,
  },
  {
    method: 'GET',
    url: () => `/api/conversations/${conversationId}`,
    allowed: ['client'],
    audited: true,
  },
  {
    method: 'POST',
    url: () => `/api/conversations/${conversationId}/sessions`,
    allowed: ['client'],
    audited: true,
  },
  { method: 'GET', url: () => '/api/clinician/clients', allowed: ['clinician'], audited: true },
  {
    method: 'GET',
    url: () => `/api/clinician/clients/${callers.client.id}`,
    allowed: ['clinician'],
    audited: true,
  },
  {
    method: 'GET',
    url: () => '/api/research/conversations',
    allowed: ['researcher'],
    audited: true,
  },
  { method: 'GET', url: () => '/api/admin/accounts', allowed: ['admin'], audited: true },
  {
    method: 'POST',
    url: () => '/api/admin/accounts',
    body: () => ({
      email: `new.${Math.random().toString(36).slice(2)}@example.org`,
      password: 'a fine password',
      role: 'researcher',
    }),
    allowed: ['admin'],
    audited: true,
  },
  {
    method: 'POST',
    url: () => '/api/admin/assignments',
    body: () => ({ clinicianId: callers.clinician.id, clientId: callers.client.id }),
    allowed: ['admin'],
    audited: true,
  },
  {
    method: 'DELETE',
    url: () => `/api/admin/assignments/${otherClinician.id}/${otherClient.id}`,
    allowed: ['admin'],
    audited: true,
  },
];

describe('every route and role', () => {
  it('refuses every protected route without a token: 401, audited as denied', async () => {
    for (const probe of [
      ...PROBES,
      { method: 'DELETE', url: () => '/api/me', allowed: [], audited: true } as Probe,
    ]) {
      const response = await f.call(
        probe.method,
        probe.url(),
        probe.body ? { body: probe.body() } : {},
      );
      assert.equal(response.status, 401, `${probe.method} ${probe.url()}: ${response.text}`);
      assert.equal(response.json.error.code, 'auth_required');
      assert.equal(response.headers['www-authenticate'], 'Bearer');
      const record = (await f.accounts.listAudit({ limit: 1 }))[0];
      assert.equal(record?.actorId, null);
      assert.equal(record?.outcome, 'denied');
      assert.equal(record?.reason, 'auth_required');
    }
  });

  for (const role of ['client', 'clinician', 'researcher', 'admin'] as const) {
    it(`lets a ${role} through only where the role is allowed, and audits each refusal`, async () => {
      for (const probe of PROBES) {
        // Logout revokes the token: probe it with a throwaway login.
        const token =
          probe.url() === '/api/auth/logout'
            ? (
                await f.call('POST', '/api/auth/login', {
                  body: { email: callers[role].email, password: callers[role].password },
                })
              ).json.token
            : callers[role].token;
        const response = await f.call(probe.method, probe.url(), {
          token,
          ...(probe.body ? { body: probe.body() } : {}),
        });
        const where = `${role} ${probe.method} ${probe.url()}: ${response.status} ${response.text.slice(0, 200)}`;
        if (probe.allowed.includes(role)) {
          assert.ok(response.status < 300, where);
        } else {
          assert.equal(response.status, 403, where);
          assert.equal(response.json.error.code, 'forbidden', where);
          const record = await lastAudit({ actorId: callers[role].id });
          assert.equal(record?.outcome, 'denied', where);
          assert.equal(record?.reason, 'wrong_role', where);
          assert.equal(record?.actorRole, role, where);
        }
      }
    });
  }
});

describe('ownership and assignment', () => {
  it('refuses a client another client’s conversation, for every conversation route, and audits it', async () => {
    for (const [method, url, body] of [
      ['GET', `/api/conversations/${otherConversationId}`, undefined],
      ['POST', `/api/conversations/${otherConversationId}/messages`, { text: 'let me in' }],
      ['POST', `/api/conversations/${otherConversationId}/sessions`, undefined],
      ['POST', `/api/conversations/${otherConversationId}/end`, undefined],
    ] as const) {
      const response = await f.call(method, url, {
        token: callers.client.token,
        ...(body ? { body } : {}),
      });
      assert.equal(response.status, 403, `${method} ${url}: ${response.text}`);
      assert.doesNotMatch(response.text, /Olive/);
      const record = await lastAudit({ resourceId: otherConversationId });
      assert.equal(record?.actorId, callers.client.id);
      assert.equal(record?.outcome, 'denied');
      assert.equal(record?.reason, 'not_owner');
    }
    // Nothing was added to Olive's conversation.
    const olive = await f.call('GET', `/api/conversations/${otherConversationId}`, {
      token: otherClient.token,
    });
    assert.ok(!olive.text.includes('let me in'));
  });

  it('answers 404 for a conversation that does not exist', async () => {
    const response = await f.call('GET', '/api/conversations/conv_doesnotexist', {
      token: callers.client.token,
    });
    assert.equal(response.status, 404);
    assert.equal((await lastAudit({ resourceId: 'conv_doesnotexist' }))?.outcome, 'failed');
  });

  it('refuses a clinician a client not assigned to them, and unknown ids alike, audited', async () => {
    for (const id of [otherClient.id, 'acct_doesnotexist', callers.admin.id]) {
      const response = await f.call('GET', `/api/clinician/clients/${id}`, {
        token: callers.clinician.token,
      });
      assert.equal(response.status, 403, response.text);
      assert.doesNotMatch(response.text, /Olive/);
      const record = await lastAudit({ resourceId: id });
      assert.equal(record?.actorId, callers.clinician.id);
      assert.equal(record?.outcome, 'denied');
      assert.equal(record?.reason, 'not_assigned');
    }
    // Another clinician does not see this clinician's client either.
    const other = await f.call('GET', `/api/clinician/clients/${callers.client.id}`, {
      token: otherClinician.token,
    });
    assert.equal(other.status, 403);
    const caseload = await f.call('GET', '/api/clinician/clients', { token: otherClinician.token });
    assert.deepEqual(caseload.json.clients, []);
  });

  it('refuses an admin any conversation, and audits the attempt', async () => {
    const response = await f.call('GET', `/api/conversations/${otherConversationId}`, {
      token: callers.admin.token,
    });
    assert.equal(response.status, 403);
    assert.doesNotMatch(response.text, /Olive|only Olive/);
    const record = await lastAudit({ resourceId: otherConversationId });
    assert.equal(record?.actorId, callers.admin.id);
    assert.equal(record?.reason, 'wrong_role');
    const accounts = await f.call('GET', '/api/admin/accounts', { token: callers.admin.token });
    assert.doesNotMatch(accounts.text, /only Olive should read/);
  });

  it('gives a researcher no names and no text', async () => {
    const response = await f.call('GET', '/api/research/conversations', {
      token: callers.researcher.token,
    });
    assert.equal(response.status, 200);
    for (const secret of ['Casey', 'Olive', 'hello there', '@example.org'])
      assert.ok(!response.text.includes(secret), secret);
    const direct = await f.call('GET', `/api/conversations/${conversationId}`, {
      token: callers.researcher.token,
    });
    assert.equal(direct.status, 403);
  });

  it('audits every successful clinical read with who, what and when', async () => {
    await f.call('GET', `/api/conversations/${conversationId}`, { token: callers.client.token });
    const record = await lastAudit({ resourceId: conversationId });
    assert.equal(record?.actorId, callers.client.id);
    assert.equal(record?.action, 'read');
    assert.equal(record?.resourceType, 'conversation');
    assert.equal(record?.outcome, 'success');
    assert.ok(record?.at);
  });
});
