import { AllianceError, ACCOUNT_ROLES, isoTime } from '../core/index.ts';
import { createAccountOf } from './account-creation.ts';
import { hashToken, newToken } from './credentials.ts';
import { defineRoute, type RouteSpec } from './route.ts';
import {
  accountView,
  consentBody,
  deletionView,
  exportView,
  loginBody,
  registerBody,
  tokenView,
} from './schemas.ts';
import { KEPT_AFTER_DELETION, type ServerDeps } from './server-deps.ts';
import { accountOut } from './views.ts';

/**
 * Registration, login, logout, and the person's own account: consent, export and deletion.
 * @example for (const route of accountRoutes(deps)) register(route)
 */
export function accountRoutes(deps: ServerDeps): RouteSpec[] {
  const { accounts, passwords, throttle } = deps;
  let dummyHash: Promise<string> | undefined;

  /** Refuses when a key has used up its failures in the current window. */
  async function checkThrottle(key: string, limit: number): Promise<void> {
    if ((await accounts.loginFailures(key, throttle.windowMs)) >= limit) {
      throw new AllianceError(
        'throttled',
        'Too many attempts.',
        `Wait ${Math.ceil(throttle.windowMs / 60_000)} minutes and try again.`,
      );
    }
  }

  return [
    defineRoute({
      method: 'POST',
      url: '/api/auth/register',
      summary: 'Create a client account (consent may be given here, with its version)',
      tag: 'auth',
      roles: 'public',
      body: registerBody,
      response: accountView,
      status: 201,
      errors: [400, 409, 413, 415, 429],
      audit: { action: 'create', resourceType: 'account' },
      async handler({ body, request, auditResource }) {
        // Each registration costs an Argon2 hash, so they are counted per address like failures.
        const addressKey = `register-address:${request.ip}`;
        await checkThrottle(addressKey, throttle.registrationsPerAddress);
        await accounts.recordLoginFailure(addressKey, throttle.windowMs);
        const account = await createAccountOf(
          deps,
          { ...body, role: 'client' },
          'Log in instead, or use another address.',
        );
        auditResource(account.id);
        return accountOut(account);
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/auth/login',
      summary: 'Exchange email and password for a bearer token',
      tag: 'auth',
      roles: 'public',
      body: loginBody,
      response: tokenView,
      errors: [400, 401, 413, 415, 429],
      audit: { action: 'execute', resourceType: 'session' },
      async handler({ body, request, reply, auditResource }) {
        const emailKey = `login-email:${body.email}`;
        const addressKey = `login-address:${request.ip}`;
        try {
          await checkThrottle(emailKey, throttle.perEmail);
          await checkThrottle(addressKey, throttle.perAddress);
        } catch (error) {
          reply.header('retry-after', String(Math.ceil(throttle.windowMs / 1000)));
          throw error;
        }
        const account = body.email.length > 0 ? await accounts.findByEmail(body.email) : undefined;
        // An unknown email costs the same hash check, so timing does not tell which emails exist.
        dummyHash ??= passwords.hash('not a real password, only for timing');
        let valid = false;
        if (account) valid = await passwords.verify(account.passwordHash, body.password);
        else await passwords.verify(await dummyHash, body.password);
        if (!account || !valid) {
          await accounts.recordLoginFailure(emailKey, throttle.windowMs);
          await accounts.recordLoginFailure(addressKey, throttle.windowMs);
          throw new AllianceError(
            'auth_invalid',
            'The email or password is wrong.',
            'Check them and try again.',
          );
        }
        await accounts.clearLoginFailures(emailKey);
        const token = newToken();
        const expiresAt = new Date(deps.clock.now() + deps.tokenTtlMs).toISOString();
        await accounts.createSession({
          tokenHash: hashToken(token),
          accountId: account.id,
          expiresAt,
        });
        auditResource(account.id);
        return { token, expiresAt };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/auth/logout',
      summary: 'Revoke the token this request carries',
      tag: 'auth',
      roles: ACCOUNT_ROLES,
      response: null,
      status: 204,
      errors: [401],
      audit: { action: 'delete', resourceType: 'session' },
      async handler({ principal }) {
        await accounts.revokeSession(principal!.tokenHash);
        return undefined;
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/me',
      summary: 'The caller’s own account',
      tag: 'me',
      roles: ACCOUNT_ROLES,
      response: accountView,
      errors: [401],
      audit: { action: 'read', resourceType: 'account' },
      async handler({ principal, auditResource }) {
        auditResource(principal!.account.id);
        return accountOut(principal!.account);
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/me/consent',
      summary: 'Record consent (with the version of the text agreed to) at this time',
      tag: 'me',
      roles: ACCOUNT_ROLES,
      body: consentBody,
      response: accountView,
      errors: [400, 401, 413, 415],
      audit: { action: 'update', resourceType: 'consent' },
      async handler({ principal, body, auditResource }) {
        auditResource(principal!.account.id);
        return accountOut(await accounts.recordConsent(principal!.account.id, body));
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/me/export',
      summary: 'Everything held about the caller, decrypted, as one JSON document',
      tag: 'me',
      roles: ACCOUNT_ROLES,
      response: exportView,
      errors: [401],
      audit: { action: 'read', resourceType: 'export' },
      async handler({ principal, auditResource }) {
        const account = principal!.account;
        auditResource(account.id);
        const conversations = [];
        for (const id of await accounts.listConversations(account.id)) {
          const summary = await deps.store.getConversation(id);
          if (!summary) continue;
          conversations.push({
            id,
            createdAt: summary.createdAt,
            updatedAt: summary.updatedAt,
            events: (await deps.store.readEvents(id)) as unknown as Record<string, unknown>[],
          });
        }
        return {
          exportedAt: isoTime(deps.clock),
          account: accountOut(account),
          conversations,
          auditTrail: await accounts.listAudit({ actorId: account.id, limit: 10_000 }),
        };
      },
    }),

    defineRoute({
      method: 'DELETE',
      url: '/api/me',
      summary: 'Delete the caller’s account and every conversation and event of it, for good',
      tag: 'me',
      roles: ACCOUNT_ROLES,
      response: deletionView,
      errors: [401, 409],
      audit: { action: 'delete', resourceType: 'account' },
      async handler({ principal, auditResource }) {
        auditResource(principal!.account.id);
        // The last admin cannot go: no one would be left to create or manage accounts.
        if (
          principal!.account.role === 'admin' &&
          (await accounts.listAccounts({ role: 'admin' })).length <= 1
        ) {
          throw new AllianceError(
            'last_admin',
            'This is the only admin account; deleting it would leave no one to manage accounts.',
            'Create another admin account first, then delete this one.',
          );
        }
        const conversations = await accounts.listConversations(principal!.account.id);
        const erased = await accounts.deleteAccount(principal!.account.id);
        // The engine's cached states hold the person's words too: they go with the account.
        for (const id of conversations) await deps.engine.forget(id);
        return { deleted: true as const, erased, kept: KEPT_AFTER_DELETION };
      },
    }),
  ];
}
