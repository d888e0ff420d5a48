import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hashToken, newToken } from './credentials.ts';
import { hostileRequests } from './hostile-requests.ts';
import {
  clientWithConversation,
  serverFixture,
  type Caller,
  type ServerFixture,
} from './server-fixture.ts';

let f: ServerFixture;
let sam: Caller;
let conversationId: string;

before(async () => ({ f, sam, conversationId } = await clientWithConversation()));
after(async () => f.close());

/** Every error is JSON `{error: {code, message}}`, with nothing else in it. */
function assertErrorShape(response: { status: number; json: any; text: string }, status: number) {
  assert.equal(response.status, status, response.text.slice(0, 300));
  assert.deepEqual(Object.keys(response.json ?? {}), ['error'], response.text.slice(0, 300));
  assert.equal(typeof response.json.error.code, 'string');
  assert.equal(typeof response.json.error.message, 'string');
}

const messages = () => `/api/conversations/${conversationId}/messages`;

describe('malformed bodies', () => {
  it('answers bad JSON, wrong types and missing fields with 400', async () => {
    const raw = async (payload: string) =>
      f.call('POST', messages(), {
        token: sam.token,
        payload,
        headers: { 'content-type': 'application/json' },
      });
    for (const payload of ['{', '{"text": }', 'nul', '"text"', '[1,2', '{"text":"a"}}', '\u0000'])
      assertErrorShape(await raw(payload), 400);
    for (const body of [
      {},
      { text: 42 },
      { text: null },
      { text: ['a'] },
      { text: 'ok', extra: 1 },
      [],
      'text',
      7,
    ])
      assertErrorShape(await f.call('POST', messages(), { token: sam.token, body }), 400);
  });

  it('refuses prototype-poisoning keys', async () => {
    const response = await f.call('POST', messages(), {
      token: sam.token,
      payload: '{"text":"hi","__proto__":{"admin":true}}',
      headers: { 'content-type': 'application/json' },
    });
    assertErrorShape(response, 400);
    const nested = await f.call('POST', '/api/auth/login', {
      payload: '{"email":"a@b.co","password":"x","constructor":{"prototype":{"x":1}}}',
      headers: { 'content-type': 'application/json' },
    });
    assertErrorShape(nested, 400);
  });

  it('answers other media types with 415', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
    ])
      assertErrorShape(
        await f.call('POST', messages(), {
          token: sam.token,
          payload: 'text=hello',
          headers: { 'content-type': type },
        }),
        415,
      );
  });

  it('answers a body over the limit (1 MB and more) with 413', async () => {
    for (const size of [300 * 1024, 1024 * 1024 + 1, 5 * 1024 * 1024]) {
      const response = await f.call('POST', messages(), {
        token: sam.token,
        body: { text: 'a'.repeat(size) },
      });
      assertErrorShape(response, 413);
    }
    const register = await f.call('POST', '/api/auth/register', {
      body: { email: 'big@example.org', password: 'p'.repeat(2 * 1024 * 1024) },
    });
    assertErrorShape(register, 413);
  });

  it('answers over-long fields within the body limit with 400', async () => {
    assertErrorShape(
      await f.call('POST', messages(), { token: sam.token, body: { text: 'a'.repeat(70_000) } }),
      400,
    );
    assertErrorShape(
      await f.call('POST', '/api/auth/register', {
        body: { email: `${'a'.repeat(300)}@example.org`, password: 'long enough password' },
      }),
      400,
    );
    assertErrorShape(
      await f.call('POST', '/api/auth/register', {
        body: { email: 'short@example.org', password: 'short' },
      }),
      400,
    );
  });
});

describe('hostile strings', () => {
  const HOSTILE = [
    "' OR '1'='1",
    "'; DROP TABLE accounts; --",
    '" OR 1=1 --',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '${7*7}{{7*7}}',
    '../../../../etc/passwd',
    '%00%2e%2e%2f',
    '\u202Eevil',
    "Robert'); DELETE FROM events;--",
  ];

  it('stores injection strings as plain text and never echoes them in errors', async () => {
    for (const text of HOSTILE) {
      const response = await f.call('POST', messages(), { token: sam.token, body: { text } });
      assert.ok(response.status === 200 || response.status === 400, response.text);
      if (response.status === 400) assert.ok(!response.text.includes(text));
    }
    const read = await f.call('GET', `/api/conversations/${conversationId}`, { token: sam.token });
    assert.ok(
      read.json.messages.some((m: { text: string }) => m.text === "'; DROP TABLE accounts; --"),
    );
    // The tables are all still there: a login still works.
    assert.equal(
      (
        await f.call('POST', '/api/auth/login', {
          body: { email: sam.email, password: sam.password },
        })
      ).status,
      200,
    );
  });

  it('treats injection strings as wrong credentials at login, never as a 5xx', async () => {
    for (const value of HOSTILE) {
      const response = await f.call('POST', '/api/auth/login', {
        body: { email: value, password: value },
      });
      assertErrorShape(response, 401);
    }
    for (const value of HOSTILE) {
      const response = await f.call('POST', '/api/auth/register', {
        body: { email: value, password: 'long enough password', displayName: value },
      });
      assertErrorShape(response, 400);
    }
  });

  it('refuses path tricks in ids with 400 or 404, never a file or another row', async () => {
    const tricks = [
      '..%2F..%2Fetc%2Fpasswd',
      '%2e%2e',
      'conv_1%27%20OR%20%271%27%3D%271',
      'conv_1;DROP',
      'CONV_ABC',
      '%00',
      'conv_' + 'a'.repeat(200),
      '%E0%A4%A',
      encodeURIComponent('<script>'),
    ];
    for (const trick of tricks) {
      const response = await f.call('GET', `/api/conversations/${trick}`, { token: sam.token });
      assert.ok(
        [400, 404].includes(response.status),
        `${trick}: ${response.status} ${response.text}`,
      );
      assertErrorShape(response, response.status);
    }
    const dotted = await f.call('GET', '/api/conversations/../../etc/passwd', { token: sam.token });
    assertErrorShape(dotted, 404);
  });
});

describe('tokens', () => {
  it('refuses missing, malformed, forged, expired and revoked tokens with 401', async () => {
    const url = `/api/conversations/${conversationId}`;
    const noToken = await f.call('GET', url);
    assertErrorShape(noToken, 401);
    assert.equal(noToken.json.error.code, 'auth_required');
    for (const header of [
      'Bearer',
      'Bearer ',
      'Basic dXNlcjpwYXNz',
      `Bearer ${sam.token}x`,
      `bearer${sam.token}`,
      'Bearer ' + 'A'.repeat(43),
      `Bearer ${newToken()}`,
      `Token ${sam.token}`,
      'Bearer ../../etc/passwd',
    ])
      assertErrorShape(await f.call('GET', url, { headers: { authorization: header } }), 401);
    // A token whose hash was stored but which has expired.
    const login = await f.call('POST', '/api/auth/login', {
      body: { email: sam.email, password: sam.password },
    });
    const session = await f.accounts.findSession(hashToken(login.json.token));
    assert.ok(session);
    f.clock.advance(Date.parse(session.expiresAt) - f.clock.now() + 1);
    assertErrorShape(await f.call('GET', url, { token: login.json.token }), 401);
    // The fixture's own token expired too: log in again.
    sam.token = (
      await f.call('POST', '/api/auth/login', {
        body: { email: sam.email, password: sam.password },
      })
    ).json.token;
    assert.equal((await f.call('GET', url, { token: sam.token })).status, 200);
    // Revoked by logout.
    const second = (
      await f.call('POST', '/api/auth/login', {
        body: { email: sam.email, password: sam.password },
      })
    ).json.token;
    assert.equal((await f.call('POST', '/api/auth/logout', { token: second })).status, 204);
    assertErrorShape(await f.call('GET', url, { token: second }), 401);
    assertErrorShape(await f.call('POST', '/api/auth/logout', { token: second }), 401);
    // The other session is untouched.
    assert.equal((await f.call('GET', url, { token: sam.token })).status, 200);
  });

  it('stores only a hash of each token', async () => {
    assert.equal(await f.accounts.findSession(sam.token), undefined);
    assert.ok(await f.accounts.findSession(hashToken(sam.token)));
  });
});

describe('login throttling', () => {
  it('throttles one email after five failures with 429 and Retry-After, even with the right password', async () => {
    const target = await f.client();
    for (let i = 0; i < 5; i++) {
      const wrong = await f.call('POST', '/api/auth/login', {
        body: { email: target.email, password: `wrong password ${i}` },
      });
      assertErrorShape(wrong, 401);
    }
    const throttled = await f.call('POST', '/api/auth/login', {
      body: { email: target.email, password: target.password },
    });
    assertErrorShape(throttled, 429);
    assert.equal(throttled.json.error.code, 'throttled');
    assert.ok(Number(throttled.headers['retry-after']) > 0);
    const record = (await f.accounts.listAudit({ limit: 1 }))[0];
    assert.equal(record?.outcome, 'denied');
    assert.equal(record?.reason, 'throttled');
    // Another email from the same address is not affected by this email's failures.
    const other = await f.client();
    assert.equal(
      (
        await f.call('POST', '/api/auth/login', {
          body: { email: other.email, password: other.password },
        })
      ).status,
      200,
    );
    // After the window, the right password works again.
    f.clock.advance(15 * 60_000 + 1);
    const later = await f.call('POST', '/api/auth/login', {
      body: { email: target.email, password: target.password },
    });
    assert.equal(later.status, 200, later.text);
  });

  it('throttles one address across many emails', async () => {
    const g = await serverFixture({ throttle: { perAddress: 8, perEmail: 100 } });
    try {
      for (let i = 0; i < 8; i++) {
        const response = await g.call('POST', '/api/auth/login', {
          body: { email: `nobody${i}@example.org`, password: 'not the password' },
        });
        assertErrorShape(response, 401);
      }
      const blocked = await g.call('POST', '/api/auth/login', {
        body: { email: 'someone.else@example.org', password: 'not the password' },
      });
      assertErrorShape(blocked, 429);
    } finally {
      await g.close();
    }
  });
});

describe('generated hostile requests', () => {
  it('answers 3,000 seeded random requests without a 5xx, always as JSON', async () => {
    const statuses = new Map<number, number>();
    let i = 0;
    for (const request of hostileRequests(20_261_126, 3000, {
      token: sam.token,
      conversationId,
      accountId: sam.id,
    })) {
      i += 1;
      const response = await f.app.inject(request);
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      assert.ok(
        response.statusCode < 500,
        `request ${i}: ${request.method} ${request.url} → ${response.statusCode} ${response.body.slice(0, 300)}`,
      );
      if (
        !String(response.headers['content-type']).startsWith('text/event-stream') &&
        response.statusCode !== 204
      ) {
        const parsed = JSON.parse(response.body);
        if (response.statusCode >= 400) assert.deepEqual(Object.keys(parsed), ['error']);
      }
    }
    assert.ok(
      (statuses.get(200) ?? 0) > 0 && (statuses.get(400) ?? 0) > 0 && (statuses.get(401) ?? 0) > 0,
      JSON.stringify([...statuses]),
    );
  });
});
