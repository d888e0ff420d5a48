import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { StepAppend } from '../agent/index.ts';
import type { Account, AccountRole, AuditAction } from '../core/index.ts';

/** Who is calling: the account behind a valid bearer token, and that token's hash. */
export interface Principal {
  account: Account;
  tokenHash: string;
}

/** What a handler gets: the checked inputs, the caller, and a slot for the audited resource id. */
export interface RouteContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** The caller; present on every route that is not public. */
  principal: Principal | undefined;
  request: FastifyRequest;
  reply: FastifyReply;
  /** Sets the id written to the audit record when it is only known inside the handler. */
  auditResource(id: string | null): void;
  /**
   * For the engine's `append`: writes a turn's events and this request's success record in one
   * transaction, so a turn costs one commit. Undefined where the stores cannot do that (or the
   * route is not audited); the record is then written after the handler, as on other routes.
   * Should the handler fail after the turn was stored, a `failed` record follows the success.
   */
  appendAudited(conversationId: string): StepAppend | undefined;
}

/** One route of the API: its shapes, who may call it, how it is audited, and its handler. */
export interface RouteSpec<P = unknown, Q = unknown, B = unknown, R = unknown> {
  method: 'GET' | 'POST' | 'DELETE';
  /** fastify path, e.g. `/api/conversations/:id`. */
  url: string;
  summary: string;
  tag: string;
  /** The roles allowed, or `public` for routes that need no token. */
  roles: readonly AccountRole[] | 'public';
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  response: z.ZodType<R> | null;
  /** Success status: 200 by default, 201 for creations, 204 with `response: null`. */
  status?: 200 | 201 | 204;
  /** Errors this route can answer with, for the document. */
  errors: readonly number[];
  /** Media type of a success that is not JSON (e.g. `text/csv`); the handler sets it on the reply. */
  contentType?: string;
  /** Whether `Accept: text/event-stream` streams the answer (documented as SSE). */
  streams?: boolean;
  /** When set, every call writes an audit record, denials and failures included. */
  audit?: {
    action: AuditAction;
    resourceType: string;
    /** The audited id from the path, when there is one. */
    resourceParam?: string;
  };
  handler(context: RouteContext<P, Q, B>): Promise<R>;
}

/**
 * Declares a route with its types inferred from its schemas.
 * @example defineRoute({ method: 'GET', url: '/api/me', roles: ['client'], response: accountView, … })
 */
export function defineRoute<P = undefined, Q = undefined, B = undefined, R = unknown>(
  spec: RouteSpec<P, Q, B, R>,
): RouteSpec {
  return spec as unknown as RouteSpec;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No content',
  400: 'The request is malformed or fails validation',
  401: 'No token, or a token that is invalid, expired or revoked',
  403: 'The role may not do this, or the resource is not the caller’s',
  404: 'No such resource',
  409: 'Conflicts with the current state',
  413: 'The body is too large',
  415: 'The body is not application/json',
  429: 'Too many attempts; try again later (see Retry-After)',
};

/**
 * The OpenAPI 3.1 document of the routes, generated from the same zod schemas that check every
 * request, so the document cannot drift from what is enforced.
 * @example openApiDocument(routes, { title: 'Alliance', version: '0.1.0' })
 */
export function openApiDocument(
  routes: readonly RouteSpec[],
  info: { title: string; version: string; description?: string },
): Record<string, unknown> {
  const json = (schema: z.ZodType, io: 'input' | 'output') => {
    const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
      io,
      unrepresentable: 'any',
    }) as Record<string, unknown>;
    return rest;
  };
  const errorSchema = json(
    z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
    'output',
  );
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/gu, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ['path', route.params],
      ['query', route.query],
    ] as const) {
      if (!schema) continue;
      const shape = json(schema, 'input') as {
        properties?: Record<string, unknown>;
        required?: string[];
      };
      for (const [name, property] of Object.entries(shape.properties ?? {})) {
        parameters.push({
          name,
          in: where,
          required: where === 'path' || (shape.required ?? []).includes(name),
          schema: property,
        });
      }
    }
    const status = route.status ?? 200;
    const responses: Record<string, unknown> = {};
    if (route.response === null) {
      responses[String(status)] = { description: STATUS_TEXT[status] };
    } else {
      const content: Record<string, unknown> = {
        [route.contentType ?? 'application/json']: { schema: json(route.response, 'output') },
      };
      if (route.streams) {
        content['text/event-stream'] = {
          schema: {
            type: 'string',
            description:
              'Server-sent events: `safety` (the safety status, first), `delta` ({text}) pieces of the reply, then `done` with the JSON answer.',
          },
        };
      }
      responses[String(status)] = { description: STATUS_TEXT[status], content };
    }
    for (const code of route.errors) {
      responses[String(code)] = {
        description: STATUS_TEXT[code] ?? 'Error',
        content: { 'application/json': { schema: errorSchema } },
      };
    }
    const operation: Record<string, unknown> = {
      summary: route.summary,
      tags: [route.tag],
      ...(route.roles === 'public'
        ? { security: [] }
        : { description: `Roles: ${route.roles.join(', ')}.` }),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: !route.body.safeParse(undefined).success,
              content: { 'application/json': { schema: json(route.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
    security: [{ bearer: [] }],
    paths,
  };
}
