import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Estimator } from '../alliance/index.ts';
import type { AccountStore, Clock, EventStore } from '../core/index.ts';
import type { CrisisResourceDirectory } from '../safety/index.ts';
import type { AuditedAppend } from '../store/index.ts';
import type { PasswordHasher } from './credentials.ts';
import type { ThrottleSettings } from './server-deps.ts';
import type { TurnRuntime } from './turn-runtime.ts';

/** Options of createServer; everything but the stores, the runtime and the resources has a default. */
export interface ServerOptions {
  store: EventStore;
  accounts: AccountStore;
  /**
   * Appends a turn's events with the request's audit record in one transaction (from
   * `auditedAppend` or `oneWriterAtATime` of src/store); without it they are two commits.
   */
  auditedAppend?: AuditedAppend;
  runtime: TurnRuntime;
  resources: CrisisResourceDirectory;
  /** Locale for crisis resources when a conversation has none. */
  defaultLocale?: string;
  /** A pino logger (with redaction: see createServerLogger); none when omitted. */
  logger?: Logger;
  passwords?: PasswordHasher;
  clock?: Clock;
  /** How long a login token lives; default 12 hours. */
  tokenTtlMs?: number;
  throttle?: Partial<ThrottleSettings>;
  /** Largest request body in bytes; default 256 KiB. */
  bodyLimit?: number;
  /** Key of the research pseudonyms; random per process when omitted (then they change on restart). */
  pseudonymKey?: Buffer;
  /** Trust X-Forwarded-For (behind a reverse proxy) for the client address used by throttling. */
  trustProxy?: boolean;
  estimator?: Estimator;
  /** The built web app (web/dist) to serve at `/`; the API alone when omitted. */
  webRoot?: string;
}

/**
 * The HTTP API as a fastify instance (not yet listening): every route's input checked by zod,
 * every error answered as `{error: {code, message}}`, every clinical read or write audited.
 * @example const app = await createServer({ store, accounts, runtime, resources }); await app.listen({ port: 8080 })
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  // fastify, zod and the routes load only when a server is made, so the terminal chat, which
  // shares the turn wiring of this module, starts without them.
  const { buildHttpApp } = await import('./http-app.ts');
  return buildHttpApp(options);
}
