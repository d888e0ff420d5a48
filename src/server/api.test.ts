import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serverFixture, type Caller, type ServerFixture } from './server-fixture.ts';

let f: ServerFixture;
before(async () => {
  f = await serverFixture();
});
after(async () => f.close());

/** Parses a server-sent event stream into its events. */
function parseEvents(text: string): { event: string; data: any }[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const event = /^event: (.*)$/mu.exec(block)?.[1] ?? '';
      const data = JSON.parse(/^data: (.*)$/mu.exec(block)?.[1] ?? 'null');
      return { event, data };
    });
}

describe('auth routes', () => {
  it('registers a client with consent, logs in, reads itself and logs out', async () => {
    const registered = await f.call('POST', '/api/auth/register', {
      body: {
        email: 'Ana.Lopez@Example.org',
        password: 'a long enough password',
        displayName: 'Ana',
        consent: { version: 'privacy-1' },
      },
    });
    assert.equal(registered.status, 201, registered.text);
    assert.equal(registered.json.role, 'client');
    assert.equal(registered.json.email, 'ana.lopez@example.org');
    assert.equal(registered.json.consent.version, 'privacy-1');
    assert.equal(registered.json.consent.at, '2026-03-02T09:00:00.000Z');
    assert.equal('passwordHash' in registered.json, false);

    const login = await f.call('POST', '/api/auth/login', {
      body: { email: 'ana.lopez@example.org', password: 'a long enough password' },
    });
    assert.equal(login.status, 200, login.text);
    assert.match(login.json.token, /^[A-Za-z0-9_-]{43}$/);
    assert.ok(Date.parse(login.json.expiresAt) > f.clock.now());

    const me = await f.call('GET', '/api/me', { token: login.json.token });
    assert.equal(me.status, 200);
    assert.equal(me.json.displayName, 'Ana');

    const logout = await f.call('POST', '/api/auth/logout', { token: login.json.token });
    assert.equal(logout.status, 204);
    assert.equal((await f.call('GET', '/api/me', { token: login.json.token })).status, 401);
  });

  it('records consent given after registration, with its version and time', async () => {
    const response = await f.call('POST', '/api/auth/register', {
      body: { email: 'later@example.org', password: 'another password!' },
    });
    assert.equal(response.json.consent, null);
    const token = (
      await f.call('POST', '/api/auth/login', {
        body: { email: 'later@example.org', password: 'another password!' },
      })
    ).json.token;
    // No conversation before consent.
    const refused = await f.call('POST', '/api/conversations', { token });
    assert.equal(refused.status, 403);
    assert.equal(refused.json.error.code, 'consent_required');
    f.clock.advance(60_000);
    const consent = await f.call('POST', '/api/me/consent', {
      token,
      body: { version: 'privacy-2', research: true },
    });
    assert.equal(consent.status, 200, consent.text);
    assert.deepEqual(consent.json.consent, {
      version: 'privacy-2',
      at: new Date(f.clock.now()).toISOString(),
      research: true,
    });
    assert.equal((await f.call('POST', '/api/conversations', { token })).status, 201);
  });

  it('refuses a second registration of the same email with 409', async () => {
    const sam = await f.client();
    const again = await f.call('POST', '/api/auth/register', {
      body: { email: sam.email.toUpperCase(), password: 'whatever password' },
    });
    assert.equal(again.status, 409);
    assert.equal(again.json.error.code, 'account_exists');
  });
});

describe('conversation routes', () => {
  let sam: Caller;
  let id: string;

  before(async () => {
    sam = await f.client({ displayName: 'Sam' });
  });

  it('starts a conversation with the AI disclosure', async () => {
    const created = await f.call('POST', '/api/conversations', {
      token: sam.token,
      body: { locale: 'en-GB' },
    });
    assert.equal(created.status, 201, created.text);
    id = created.json.id;
    assert.match(id, /^conv_/);
    assert.match(created.json.reply.text, /I'm an AI/);
    assert.equal(created.json.sessionNumber, 1);
    assert.equal(created.json.safety.crisisProtocolActive, false);
  });

  it('answers a message with the reply, the move and the safety status', async () => {
    const reply = await f.call('POST', `/api/conversations/${id}/messages`, {
      token: sam.token,
      body: { text: 'yes' },
    });
    assert.equal(reply.status, 200, reply.text);
    assert.equal(typeof reply.json.reply.text, 'string');
    assert.equal(typeof reply.json.move, 'string');
    assert.deepEqual(reply.json.safety.risk, { level: 'none', categories: [] });
    assert.equal(reply.json.safety.crisisResources, null);
    assert.equal(reply.json.stored, true);
  });

  it('answers a crisis message with the crisis protocol and the resources of the locale', async () => {
    const reply = await f.call('POST', `/api/conversations/${id}/messages`, {
      token: sam.token,
      body: { text: 'I want to kill myself tonight' },
    });
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.json.move, 'crisis_response');
    assert.equal(reply.json.safety.crisisProtocolActive, true);
    assert.ok(['high', 'imminent'].includes(reply.json.safety.risk.level));
    assert.ok(reply.json.safety.risk.categories.includes('suicide'));
    // en-GB: the UK emergency number and Samaritans.
    assert.equal(reply.json.safety.crisisResources.emergency, '999');
    assert.match(reply.text, /116 123/);
    assert.match(reply.json.reply.text, /999/);
  });

  it('streams a reply as server-sent events, safety first', async () => {
    const response = await f.call('POST', `/api/conversations/${id}/messages`, {
      token: sam.token,
      body: { text: 'I am still here' },
      headers: { accept: 'text/event-stream' },
    });
    assert.equal(response.status, 200);
    assert.match(String(response.headers['content-type']), /^text\/event-stream/);
    const events = parseEvents(response.text);
    assert.equal(events[0]?.event, 'safety');
    assert.equal(events[0]?.data.safety.crisisProtocolActive, true);
    assert.ok(events.filter((event) => event.event === 'delta').length >= 1);
    const done = events.at(-1);
    assert.equal(done?.event, 'done');
    const joined = events
      .filter((event) => event.event === 'delta')
      .map((event) => event.data.text)
      .join('');
    assert.equal(joined, done?.data.reply.text);
  });

  it('reads the conversation back: messages in order and the state', async () => {
    const read = await f.call('GET', `/api/conversations/${id}`, { token: sam.token });
    assert.equal(read.status, 200, read.text);
    const texts = read.json.messages.map((message: { text: string }) => message.text);
    assert.ok(texts.includes('I want to kill myself tonight'));
    assert.equal(read.json.messages[0].from, 'agent');
    const seqs = read.json.messages.map((message: { seq: number }) => message.seq);
    assert.deepEqual(
      seqs,
      [...seqs].sort((a: number, b: number) => a - b),
    );
    assert.equal(read.json.state.crisisProtocolActive, true);
    assert.equal(read.json.state.sessionOpen, true);
  });

  it('lists, ends and reopens sessions', async () => {
    const list = await f.call('GET', '/api/conversations', { token: sam.token });
    assert.equal(list.status, 200);
    assert.deepEqual(
      list.json.conversations.map((c: { id: string }) => c.id),
      [id],
    );
    const ended = await f.call('POST', `/api/conversations/${id}/end`, { token: sam.token });
    assert.equal(ended.status, 200, ended.text);
    const afterEnd = await f.call('POST', `/api/conversations/${id}/messages`, {
      token: sam.token,
      body: { text: 'hello?' },
    });
    assert.equal(afterEnd.status, 409);
    const reopened = await f.call('POST', `/api/conversations/${id}/sessions`, {
      token: sam.token,
    });
    assert.equal(reopened.status, 201, reopened.text);
    assert.equal(reopened.json.sessionNumber, 2);
  });

  it('rejects an empty or over-long message with 400, storing nothing', async () => {
    const before = (await f.call('GET', `/api/conversations/${id}`, { token: sam.token })).json;
    for (const text of ['   ', 'x'.repeat(9000)]) {
      const response = await f.call('POST', `/api/conversations/${id}/messages`, {
        token: sam.token,
        body: { text },
      });
      assert.equal(response.status, 400, response.text);
      assert.match(response.json.error.code, /^message_/);
    }
    const afterwards = (await f.call('GET', `/api/conversations/${id}`, { token: sam.token })).json;
    assert.equal(afterwards.messages.length, before.messages.length);
  });

  it('audits each turn once, written with its events; a refused message only as failed', async () => {
    const fresh = await f.client();
    const created = await f.call('POST', '/api/conversations', { token: fresh.token });
    const conversation = created.json.id as string;
    for (const text of ['yes', 'work keeps me awake']) {
      const reply = await f.call('POST', `/api/conversations/${conversation}/messages`, {
        token: fresh.token,
        body: { text },
      });
      assert.equal(reply.status, 200, reply.text);
    }
    const refused = await f.call('POST', `/api/conversations/${conversation}/messages`, {
      token: fresh.token,
      body: { text: '   ' },
    });
    assert.equal(refused.status, 400);
    const trail = (await f.accounts.listAudit({ resourceId: conversation })).reverse();
    assert.deepEqual(
      trail.map((entry) => `${entry.resourceType} ${entry.outcome} ${entry.reason ?? ''}`.trim()),
      [
        'conversation success',
        'message success',
        'message success',
        'message failed message_empty',
      ],
    );
  });

  it('still answers an over-long message that shows risk, with the crisis protocol', async () => {
    const fresh = await f.client();
    const created = await f.call('POST', '/api/conversations', { token: fresh.token });
    const text = `${'I keep thinking about it. '.repeat(400)} I am going to kill myself tonight`;
    const reply = await f.call('POST', `/api/conversations/${created.json.id}/messages`, {
      token: fresh.token,
      body: { text },
    });
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.json.safety.crisisProtocolActive, true);
    assert.ok(reply.json.safety.crisisResources);
  });
});

describe('clinician, researcher and admin routes', () => {
  it('lets an admin create staff and assign clients; clinicians read their caseload', async () => {
    const admin = await f.staff('admin');
    const created = await f.call('POST', '/api/admin/accounts', {
      token: admin.token,
      body: {
        email: 'dr.who@clinic.example',
        password: 'clinician password',
        role: 'clinician',
        displayName: 'Dr Who',
      },
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.role, 'clinician');
    const clinicianToken = (
      await f.call('POST', '/api/auth/login', {
        body: { email: 'dr.who@clinic.example', password: 'clinician password' },
      })
    ).json.token;

    const client = await f.client({ displayName: 'Robin' });
    const conversation = await f.call('POST', '/api/conversations', { token: client.token });
    for (const text of ['yes', 'I am Robin', 'I want to end my life'])
      await f.call('POST', `/api/conversations/${conversation.json.id}/messages`, {
        token: client.token,
        body: { text },
      });

    const listed = await f.call('GET', '/api/admin/accounts?role=clinician', {
      token: admin.token,
    });
    assert.equal(listed.status, 200);
    assert.ok(listed.json.accounts.some((a: { id: string }) => a.id === created.json.id));

    const assigned = await f.call('POST', '/api/admin/assignments', {
      token: admin.token,
      body: { clinicianId: created.json.id, clientId: client.id },
    });
    assert.equal(assigned.status, 201, assigned.text);

    const caseload = await f.call('GET', '/api/clinician/clients', { token: clinicianToken });
    assert.equal(caseload.status, 200, caseload.text);
    assert.equal(caseload.json.clients.length, 1);
    const entry = caseload.json.clients[0];
    assert.equal(entry.id, client.id);
    assert.equal(entry.displayName, 'Robin');
    assert.equal(entry.crisisProtocolActive, true);
    assert.equal(entry.alerts, 1);
    assert.ok(['high', 'imminent'].includes(entry.highestRisk));
    assert.equal(typeof entry.openRuptures, 'number');
    assert.ok(entry.latestDta === null || typeof entry.latestDta.overall === 'number');

    const detail = await f.call('GET', `/api/clinician/clients/${client.id}`, {
      token: clinicianToken,
    });
    assert.equal(detail.status, 200, detail.text);
    assert.equal(detail.json.conversations.length, 1);
    assert.equal(detail.json.conversations[0].alerts.length, 1);
    assert.equal(detail.json.conversations[0].sessions.length, 1);
    // The clinician sees figures, not the transcript.
    assert.doesNotMatch(detail.text, /end my life/);

    const unassigned = await f.call(
      'DELETE',
      `/api/admin/assignments/${created.json.id}/${client.id}`,
      { token: admin.token },
    );
    assert.equal(unassigned.status, 204);
    const after = await f.call('GET', '/api/clinician/clients', { token: clinicianToken });
    assert.deepEqual(after.json.clients, []);
  });

  it('gives researchers de-identified figures of consenting clients only', async () => {
    const researcher = await f.staff('researcher');
    const earlier = await f.call('GET', '/api/research/conversations', { token: researcher.token });
    const known = new Set(earlier.json.conversations.map((c: { pid: string }) => c.pid));
    const consenting = await f.client({ research: true, displayName: 'Quentin Zebedee' });
    const declining = await f.client({ research: false });
    const mine = await f.call('POST', '/api/conversations', { token: consenting.token });
    const theirs = await f.call('POST', '/api/conversations', { token: declining.token });
    for (const text of ['yes', 'My name is Quentin', 'my cat Marmaduke died last week']) {
      await f.call('POST', `/api/conversations/${mine.json.id}/messages`, {
        token: consenting.token,
        body: { text },
      });
    }
    const list = await f.call('GET', '/api/research/conversations', { token: researcher.token });
    assert.equal(list.status, 200, list.text);
    for (const secret of ['Quentin', 'Zebedee', 'Marmaduke', mine.json.id, theirs.json.id, '@'])
      assert.ok(!list.text.includes(secret), `${secret} leaked`);
    // Only the consenting client's conversation is new to the researcher.
    const pids = list.json.conversations
      .map((c: { pid: string }) => c.pid)
      .filter((pid: string) => !known.has(pid));
    assert.equal(pids.length, 1);
    assert.match(pids[0], /^p_[0-9a-f]{24}$/);
    const events = await f.call('GET', `/api/research/conversations/${pids[0]}/events`, {
      token: researcher.token,
    });
    assert.equal(events.status, 200, events.text);
    assert.ok(events.json.events.length > 5);
    for (const secret of ['Quentin', 'Marmaduke', 'cat', mine.json.id, '2026-'])
      assert.ok(!events.text.includes(secret), `${secret} leaked`);
    const unknown = await f.call('GET', `/api/research/conversations/p_${'0'.repeat(24)}/events`, {
      token: researcher.token,
    });
    assert.equal(unknown.status, 404);
  });
});

describe('concurrent conversations', () => {
  it('answers 16 people talking at once without an error, each conversation in order', async () => {
    const people = await Promise.all(Array.from({ length: 16 }, () => f.client()));
    const ids: string[] = await Promise.all(
      people.map(
        async (person) =>
          (await f.call('POST', '/api/conversations', { token: person.token })).json.id,
      ),
    );
    await Promise.all(
      people.map(async (person, index) => {
        for (let n = 0; n < 8; n++) {
          const response = await f.call('POST', `/api/conversations/${ids[index]}/messages`, {
            token: person.token,
            body: { text: `note ${n} from person ${index}` },
          });
          assert.equal(response.status, 200, response.text);
        }
      }),
    );
    for (const [index, person] of people.entries()) {
      const read = await f.call('GET', `/api/conversations/${ids[index]}`, { token: person.token });
      const mine = read.json.messages
        .filter((m: { from: string }) => m.from === 'client')
        .map((m: { text: string }) => m.text);
      assert.deepEqual(
        mine,
        Array.from({ length: 8 }, (_, n) => `note ${n} from person ${index}`),
      );
    }
  });
});

describe('service routes', () => {
  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const response = await f.call('GET', '/api/openapi.json');
    assert.equal(response.status, 200);
    const document = response.json;
    assert.equal(document.openapi, '3.1.0');
    const register = document.paths['/api/auth/register'].post;
    assert.deepEqual(register.requestBody.content['application/json'].schema.required, [
      'email',
      'password',
    ]);
    const message = document.paths['/api/conversations/{id}/messages'].post;
    assert.ok(message.responses['200'].content['text/event-stream']);
    assert.equal(message.parameters[0].name, 'id');
    assert.ok(message.responses['403']);
    for (const path of [
      '/api/auth/login',
      '/api/auth/logout',
      '/api/conversations',
      '/api/conversations/{id}',
      '/api/me/export',
      '/api/me',
      '/api/clinician/clients',
      '/api/clinician/clients/{id}',
      '/api/research/conversations',
      '/api/admin/accounts',
    ])
      assert.ok(document.paths[path], path);
  });

  it('answers unknown addresses with a JSON 404', async () => {
    const response = await f.call('GET', '/api/nothing-here');
    assert.equal(response.status, 404);
    assert.deepEqual(Object.keys(response.json.error).sort(), ['code', 'message']);
  });
});
