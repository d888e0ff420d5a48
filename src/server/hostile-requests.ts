import type { InjectOptions } from 'fastify';
import { newToken } from './credentials.ts';

/** A small seeded PRNG (mulberry32), so a failing run can be replayed from its seed. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` generated hostile requests (random methods, routes, tokens, bodies, media types) for
 * fastify's inject, from a seed. `token`, `conversationId` and `accountId` point some of them at
 * real data so that they get past authentication.
 * @example for (const request of hostileRequests(42, 1000, { token, conversationId, accountId })) await app.inject(request)
 */
export function* hostileRequests(
  seed: number,
  count: number,
  real: { token: string; conversationId: string; accountId: string },
): Generator<InjectOptions> {
  const { token, conversationId } = real;
  const sam = { id: real.accountId, token };
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const paths = [
    '/api/auth/register',
    '/api/auth/login',
    '/api/auth/logout',
    '/api/me',
    '/api/me/consent',
    '/api/me/export',
    '/api/conversations',
    `/api/conversations/${conversationId}`,
    `/api/conversations/${conversationId}/messages`,
    `/api/conversations/${conversationId}/sessions`,
    '/api/conversations/conv_x/messages',
    '/api/clinician/clients',
    `/api/clinician/clients/${sam.id}`,
    '/api/research/conversations',
    '/api/research/conversations/p_zzz/events',
    '/api/admin/accounts',
    '/api/admin/assignments',
    '/api/openapi.json',
    '/api/%ff%fe',
    '/api/conversations/%2e%2e%2f',
  ];
  const strings = [
    '',
    ' ',
    'hello',
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '\u0000\u0007',
    '\uD800',
    'a'.repeat(9_000),
    '🙂'.repeat(100),
    'I want to kill myself',
    '{"nested":',
    'null',
  ];
  const values = (): unknown => {
    switch (Math.floor(random() * 8)) {
      case 0:
        return pick(strings);
      case 1:
        return Math.floor(random() * 1e9) * (random() < 0.5 ? -1 : 1);
      case 2:
        return random() < 0.5;
      case 3:
        return null;
      case 4:
        return [pick(strings), pick(strings)];
      case 5:
        return { text: pick(strings) };
      default:
        return pick(strings);
    }
  };
  const keys = [
    'text',
    'email',
    'password',
    'displayName',
    'consent',
    'version',
    'role',
    'clinicianId',
    'clientId',
    'locale',
    '__proto__',
    'extra',
  ];
  for (let i = 0; i < count; i++) {
    const method = pick(['GET', 'POST', 'DELETE', 'PUT', 'PATCH'] as const);
    const headers: Record<string, string> = {};
    const tokenKind = random();
    if (tokenKind < 0.5) headers.authorization = `Bearer ${sam.token}`;
    else if (tokenKind < 0.7) headers.authorization = `Bearer ${newToken()}`;
    else if (tokenKind < 0.8) headers.authorization = pick(strings).slice(0, 200) || 'x';
    if (random() < 0.2) headers.accept = 'text/event-stream';
    let payload: string | undefined;
    const bodyKind = random();
    if (bodyKind < 0.5) {
      const body: Record<string, unknown> = {};
      for (let k = 0; k < 1 + Math.floor(random() * 3); k++) body[pick(keys)] = values();
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    } else if (bodyKind < 0.65) {
      payload = pick(strings);
      headers['content-type'] = pick([
        'application/json',
        'text/plain',
        'application/json; charset=latin1',
      ]);
    }
    // Never delete the account or revoke the real token: the run must keep reaching the
    // authenticated routes.
    const path = pick(paths);
    if (method === 'DELETE' && path === '/api/me') continue;
    if (path === '/api/auth/logout' && headers.authorization === `Bearer ${token}`) continue;
    yield { method, url: path, headers, ...(payload !== undefined ? { payload } : {}) };
  }
}
