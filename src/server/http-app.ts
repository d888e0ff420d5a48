import { createHmac, randomBytes } from 'node:crypto';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { StepAppend } from '../agent/index.ts';
import { engagementEstimator } from '../alliance/index.ts';
import {
  AllianceError,
  isAllianceError,
  jsonProblem,
  systemClock,
  type AuditOutcome,
  type NewAuditRecord,
} from '../core/index.ts';
import { countWords, defaultSignals } from '../nlu/index.ts';
import { accountRoutes } from './account-routes.ts';
import { conversationRoutes } from './conversation-routes.ts';
import { dashboardRoutes } from './dashboard-routes.ts';
import { argon2Hasher, bearerToken, hashToken } from './credentials.ts';
import { errorBody, statusOf } from './http-errors.ts';
import { openApiDocument, type Principal, type RouteSpec } from './route.ts';
import { denialReason, denied, type ServerDeps, type ThrottleSettings } from './server-deps.ts';
import { serveStaticFiles } from './static-files.ts';
import { staffRoutes } from './staff-routes.ts';
import { supportRoutes } from './support-routes.ts';
import type { ServerOptions } from './create-server.ts';

const DEFAULT_THROTTLE: ThrottleSettings = {
  windowMs: 15 * 60_000,
  perEmail: 5,
  perAddress: 50,
  registrationsPerAddress: 30,
};

/**
 * Builds the fastify instance behind createServer (which loads this module on demand).
 * @example const app = await buildHttpApp(options)
 */
export async function buildHttpApp(options: ServerOptions): Promise<FastifyInstance> {
  const clock = options.clock ?? systemClock;
  const throttle = { ...DEFAULT_THROTTLE, ...options.throttle };
  const pseudonymKey = options.pseudonymKey ?? randomBytes(32);
  const deps: ServerDeps = {
    store: options.store,
    accounts: options.accounts,
    auditedAppend: options.auditedAppend,
    engine: options.runtime.engine,
    resources: options.resources,
    defaultLocale: options.defaultLocale ?? '',
    passwords: options.passwords ?? argon2Hasher(),
    clock,
    tokenTtlMs: options.tokenTtlMs ?? 12 * 60 * 60_000,
    throttle,
    estimator: options.estimator ?? engagementEstimator(countWords, defaultSignals()),
    pseudonym: (id) =>
      `p_${createHmac('sha256', pseudonymKey).update(`research:${id}`).digest('hex').slice(0, 24)}`,
  };
  const bodyLimit = options.bodyLimit ?? 256 * 1024;
  const app: FastifyInstance = Fastify({
    ...(options.logger
      ? { loggerInstance: options.logger as unknown as FastifyBaseLogger }
      : { logger: false }),
    bodyLimit,
    logController: new OneLinePerRequest(options.logger),
    trustProxy: options.trustProxy ?? false,
    // Ids are at most 53 characters; a longer segment matches no route.
    routerOptions: { maxParamLength: 100 },
    return503OnClosing: true,
    // Errors the router raises before any handler (a malformed URL) get the same JSON shape.
    frameworkErrors: (_error, _request, reply) => {
      void (reply as FastifyReply)
        .code(400)
        .type('application/json; charset=utf-8')
        .send({ error: { code: 'request_invalid', message: 'The URL is malformed.' } });
    },
  });

  // One JSON parser of our own: an empty body is no body (for POSTs that need none), and keys
  // that could poison prototypes are refused.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit },
    (_request, text, done) => {
      const source = String(text);
      if (source.trim() === '') {
        done(null, undefined);
        return;
      }
      try {
        done(
          null,
          JSON.parse(source, (key, value: unknown) => {
            if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
              throw new AllianceError(
                'request_invalid',
                'The body uses a reserved key (__proto__, constructor or prototype).',
              );
            }
            return value;
          }),
        );
      } catch (error) {
        done(
          isAllianceError(error)
            ? error
            : new AllianceError('request_invalid', `The body is ${jsonProblem(error)}.`),
          undefined,
        );
      }
    },
  );

  app.addHook('onSend', async (_request, reply, payload) => {
    // Static files of the web app set their own caching; everything else is never cached.
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });

  app.setNotFoundHandler((_request, reply) => {
    void reply.code(404).send({
      error: { code: 'not_found', message: 'There is nothing at this address.' },
    });
  });

  app.setErrorHandler((error, request, reply) => {
    const status = statusOf(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (status === 401) reply.header('www-authenticate', 'Bearer');
    if (status === 429) reply.header('retry-after', String(Math.ceil(throttle.windowMs / 1000)));
    void reply.code(status).send(errorBody(error));
  });

  const routes = [
    ...accountRoutes(deps),
    ...conversationRoutes(deps),
    ...staffRoutes(deps),
    ...supportRoutes(deps),
    ...dashboardRoutes(deps),
  ];
  for (const route of routes) register(app, route, deps);

  const document = openApiDocument(routes, {
    title: 'Alliance API',
    version: '0.1.0',
    description:
      'The HTTP API of Alliance, a supportive conversational agent (an AI, not a therapist or an emergency service). Errors are always {error: {code, message}}.',
  });
  app.get('/api/openapi.json', async () => document);
  app.get('/api/health', async () => ({ status: 'ok' }));
  if (options.webRoot) serveStaticFiles(app, { root: options.webRoot });
  return app;
}

/**
 * fastify's request logging in one line per request instead of two: its "incoming request" line
 * is dropped and the request (method and path) goes into the "request completed" line with the
 * status and time. That line holds only what the serializers make of the request and the reply
 * (id, method, path without its query, status), so it is written without the redaction of
 * REDACTED_PATHS, whose wildcard paths are tried on every field of every line: with it, a line
 * allocated about 12 KB. Everything else (errors included) goes through the redacting logger.
 */
class OneLinePerRequest extends LogController {
  readonly #completed: Logger | undefined;

  constructor(logger: Logger | undefined) {
    super();
    this.#completed = logger?.child({}, { redact: [] });
  }

  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = { reqId: request.id, req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else (this.#completed ?? reply.log).info(line, 'request completed');
  }
}

/** Adds one route: authentication, role check, zod checks, the handler, audit, and SSE when asked. */
function register(app: FastifyInstance, route: RouteSpec, deps: ServerDeps): void {
  app.route({
    method: route.method,
    url: route.url,
    handler: async (request, reply) => {
      let principal: Principal | undefined;
      let resourceId: string | null = null;
      if (route.audit?.resourceParam) {
        const raw = (request.params as Record<string, unknown>)[route.audit.resourceParam];
        // Only a well-formed id is recorded; anything else was an attack or a typo.
        resourceId =
          typeof raw === 'string' && /^[a-z]{1,12}_[0-9a-z]{1,40}$/u.test(raw) ? raw : null;
      }
      const recordOf = (
        spec: NonNullable<RouteSpec['audit']>,
        outcome: AuditOutcome,
        reason: string | null,
      ): NewAuditRecord => ({
        actorId: principal?.account.id ?? null,
        actorRole: principal?.account.role ?? null,
        action: spec.action,
        resourceType: spec.resourceType,
        resourceId,
        outcome,
        reason,
      });
      const audit = async (outcome: AuditOutcome, reason: string | null) => {
        if (!route.audit) return;
        await deps.accounts.audit(recordOf(route.audit, outcome, reason));
      };
      // Set once the success record went into the same transaction as a turn's events.
      let auditedWithTurn = false;
      const appendAudited = (conversationId: string): StepAppend | undefined => {
        const spec = route.audit;
        const appendWith = deps.auditedAppend;
        if (!spec || !appendWith) return undefined;
        return async (events, options) => {
          // One record per request: a second append (none today) is a plain one.
          if (auditedWithTurn) return deps.store.append(conversationId, events, options);
          const stored = await appendWith(
            conversationId,
            events,
            options,
            recordOf(spec, 'success', null),
          );
          auditedWithTurn = true;
          return stored;
        };
      };
      let result: unknown;
      try {
        if (route.roles !== 'public') {
          principal = await authenticate(request, deps);
          if (!route.roles.includes(principal.account.role)) {
            throw denied(
              'wrong_role',
              `This is not available to the ${principal.account.role} role.`,
            );
          }
        }
        const params = check(route.params, request.params, 'path');
        const query = check(route.query, request.query, 'query');
        const body = route.body ? check(route.body, request.body, 'body') : undefined;
        result = await route.handler({
          params,
          query,
          body,
          principal,
          request,
          reply,
          auditResource: (id) => {
            resourceId = id;
          },
          appendAudited,
        });
        if (route.response) result = route.response.parse(result);
      } catch (error) {
        try {
          await audit(...auditOutcomeOf(error));
        } catch (auditError) {
          request.log.error({ err: auditError }, 'audit record could not be written');
        }
        throw error;
      }
      // No success is reported that was not audited first (with the turn's events, or here).
      if (!auditedWithTurn) await audit('success', null);
      if (route.streams && wantsEventStream(request)) {
        streamAnswer(reply, result as StreamedAnswer);
        return reply;
      }
      if (route.response === null) return reply.code(204).send();
      return reply.code(route.status ?? 200).send(result);
    },
  });
}

/** The account behind the request's bearer token; 401 when absent, malformed, unknown, expired or revoked. */
async function authenticate(request: FastifyRequest, deps: ServerDeps): Promise<Principal> {
  const header = request.headers.authorization;
  if (header === undefined || header.trim() === '') {
    throw new AllianceError(
      'auth_required',
      'This needs a token.',
      'Log in with POST /api/auth/login and send Authorization: Bearer <token>.',
    );
  }
  // Made only when needed: an error captures a stack trace, a cost every request paid.
  const invalid = () =>
    new AllianceError('auth_invalid', 'The token is invalid, expired or revoked.', 'Log in again.');
  const token = bearerToken(header);
  if (!token) throw invalid();
  const tokenHash = hashToken(token);
  const session = await deps.accounts.findSession(tokenHash);
  if (!session || session.revokedAt !== null || Date.parse(session.expiresAt) <= deps.clock.now())
    throw invalid();
  const account = await deps.accounts.getAccount(session.accountId);
  if (!account || account.deletedAt) throw invalid();
  return { account, tokenHash };
}

/** Parses one part of the request; a failure names the fields, never their values. */
function check<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 3).map((issue) => {
    const field = issue.path.map(String).join('.');
    return field ? `${field}: ${issue.message}` : issue.message;
  });
  throw new AllianceError(
    'request_invalid',
    `The ${where} is invalid: ${problems.join('; ')}.`.slice(0, 500),
    'See /api/openapi.json for the expected shape.',
  );
}

/** How a failed request is audited: refusals as denied (with why), everything else as failed. */
function auditOutcomeOf(error: unknown): [AuditOutcome, string] {
  if (!isAllianceError(error))
    return ['failed', statusOf(error) >= 500 ? 'internal' : 'request_invalid'];
  if (error.code === 'forbidden') return ['denied', denialReason(error) ?? 'forbidden'];
  if (['auth_required', 'auth_invalid', 'consent_required', 'throttled'].includes(error.code))
    return ['denied', error.code];
  return ['failed', statusOf(error) >= 500 ? 'internal' : error.code];
}

function wantsEventStream(request: FastifyRequest): boolean {
  return /\btext\/event-stream\b/iu.test(String(request.headers.accept ?? ''));
}

interface StreamedAnswer {
  reply: { text: string };
  safety: unknown;
  move: string;
}

/**
 * Writes a turn's answer as server-sent events: the safety status first (so a client can show
 * crisis resources before anything else), the reply in pieces of a few words, then the whole answer.
 */
function streamAnswer(reply: FastifyReply, answer: StreamedAnswer): void {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-accel-buffering': 'no',
  });
  const send = (event: string, data: unknown) =>
    raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  send('safety', { move: answer.move, safety: answer.safety });
  const words = answer.reply.text.split(/(?<=\s)/u);
  for (let i = 0; i < words.length; i += 6) send('delta', { text: words.slice(i, i + 6).join('') });
  send('done', answer);
  raw.end();
}
