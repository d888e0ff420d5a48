import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ConversationEngine } from '../agent/index.ts';
import type { AccountRole, AccountStore, EventStore } from '../core/index.ts';
import { loadCrisisResources } from '../safety/index.ts';
import { generateKey, openSqliteServerStores, parseKeys } from '../store/index.ts';
import { createServer, type ServerOptions } from './create-server.ts';
import { argon2Hasher } from './credentials.ts';
import { createServerLogger } from './logger.ts';
import { createTurnRuntime } from './turn-runtime.ts';

/** A clock tests can move. */
export interface TestClock {
  now(): number;
  advance(ms: number): void;
}

/** A server over a throwaway SQLite database, with helpers to make accounts and call the API. */
export interface ServerFixture {
  app: FastifyInstance;
  /** The conversation engine behind the routes. */
  engine: ConversationEngine;
  store: EventStore;
  accounts: AccountStore;
  clock: TestClock;
  /** Every log line written so far. */
  logs: string[];
  /** A client account with consent, logged in. */
  client(options?: { research?: boolean; displayName?: string }): Promise<Caller>;
  /** An account of any role made directly in the store, logged in. */
  staff(role: AccountRole, displayName?: string): Promise<Caller>;
  /** Calls the API; `token` sets the Authorization header. */
  call(
    method: 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH',
    url: string,
    options?: {
      token?: string;
      body?: unknown;
      headers?: Record<string, string>;
      payload?: string;
    },
  ): Promise<{ status: number; json: any; text: string; headers: Record<string, unknown> }>;
  close(): Promise<void>;
}

/** A logged-in account. */
export interface Caller {
  id: string;
  email: string;
  password: string;
  token: string;
}

let counter = 0;

/**
 * Starts a server for one test file (cheap Argon2 settings; everything else as in production).
 * @example const f = await serverFixture(); const sam = await f.client();
 */
export async function serverFixture(
  overrides: Partial<ServerOptions> = {},
): Promise<ServerFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-server-'));
  const path = join(dir, 'alliance.db');
  const keyring = parseKeys(generateKey());
  let now = Date.parse('2026-03-02T09:00:00.000Z');
  const clock: TestClock = {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
  };
  const stores = await openSqliteServerStores({ path, keyring, clock });
  const { events: store, accounts, auditedAppend } = stores;
  const resources = loadCrisisResources();
  const runtime = createTurnRuntime({ store, resources, defaultLocale: 'en-US', clock });
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const passwords = argon2Hasher({ memoryCost: 1024, timeCost: 1 });
  const app = await createServer({
    store,
    accounts,
    ...(auditedAppend ? { auditedAppend } : {}),
    runtime,
    resources,
    defaultLocale: 'en-US',
    passwords,
    clock,
    logger: createServerLogger({ level: 'debug', destination }),
    throttle: { perAddress: 10_000, registrationsPerAddress: 10_000 },
    ...overrides,
  });

  const call: ServerFixture['call'] = async (method, url, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    let payload: string | undefined = options.payload;
    if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await app.inject({
      method,
      url,
      headers,
      ...(payload !== undefined ? { payload } : {}),
    });
    let json: unknown;
    try {
      json = response.body ? JSON.parse(response.body) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.statusCode, json, text: response.body, headers: response.headers };
  };

  async function login(email: string, password: string): Promise<string> {
    const response = await call('POST', '/api/auth/login', { body: { email, password } });
    assert.equal(response.status, 200, response.text);
    return response.json.token as string;
  }

  return {
    app,
    engine: runtime.engine,
    store,
    accounts,
    clock,
    logs,
    async client(options = {}) {
      counter += 1;
      const email = `client${counter}.${Date.now().toString(36)}@example.org`;
      const password = `client password ${counter}`;
      const response = await call('POST', '/api/auth/register', {
        body: {
          email,
          password,
          displayName: options.displayName ?? `Client ${counter}`,
          consent: { version: 'privacy-1', research: options.research ?? false },
        },
      });
      assert.equal(response.status, 201, response.text);
      return { id: response.json.id, email, password, token: await login(email, password) };
    },
    async staff(role, displayName) {
      counter += 1;
      const email = `${role}${counter}.${Date.now().toString(36)}@example.org`;
      const password = `${role} password ${counter}`;
      const account = await accounts.createAccount({
        email,
        passwordHash: await passwords.hash(password),
        role,
        displayName: displayName ?? `${role} ${counter}`,
      });
      return { id: account.id, email, password, token: await login(email, password) };
    },
    call,
    async close() {
      await app.close();
      await stores.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A server fixture with one logged-in client and a conversation of theirs. */
export interface ClientConversation {
  f: ServerFixture;
  sam: Caller;
  conversationId: string;
}

/**
 * Starts a server fixture with one client who has consented, logged in and opened a conversation.
 * @example const { f, sam, conversationId } = await clientWithConversation();
 */
export async function clientWithConversation(
  overrides: Partial<ServerOptions> = {},
): Promise<ClientConversation> {
  const f = await serverFixture(overrides);
  const sam = await f.client();
  const conversationId = (await f.call('POST', '/api/conversations', { token: sam.token })).json
    .id as string;
  return { f, sam, conversationId };
}
