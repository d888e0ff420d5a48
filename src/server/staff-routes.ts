import type { Account } from '../core/index.ts';
import { createAccountOf } from './account-creation.ts';
import { defineRoute, type RouteSpec } from './route.ts';
import {
  accountListView,
  accountView,
  adminCreateAccountBody,
  adminListQuery,
  assignmentBody,
  assignmentParams,
  assignmentView,
  caseloadView,
  clientDetailView,
  idParams,
  pseudonymParams,
  researchEventsView,
  researchListView,
} from './schemas.ts';
import {
  assertAssigned,
  caseloadEntryWithAlerts,
  conversationsOf,
  liveClientsOf,
  researchClientsOf,
} from './caseload-reads.ts';
import { instrumentScales } from './dashboard-views.ts';
import { notFound, type ServerDeps } from './server-deps.ts';
import {
  accountOut,
  clinicalConversationOf,
  researchConversationOf,
  researchEventsOf,
  type ConversationFigures,
} from './views.ts';

/**
 * What clinicians, researchers and admins may read or do. Clinicians see only clients assigned to
 * them; researchers only de-identified figures of clients who agreed to research; admins manage
 * accounts and assignments and read no conversation.
 * @example for (const route of staffRoutes(deps)) register(route)
 */
export function staffRoutes(deps: ServerDeps): RouteSpec[] {
  const { accounts, store } = deps;

  async function figuresOfAccount(accountId: string): Promise<ConversationFigures[]> {
    return (await conversationsOf(deps, accountId)).map(({ figures }) => figures);
  }

  /** Clients who agreed to research use, with their conversation ids. */
  async function researchConversations(): Promise<{ pid: string; id: string }[]> {
    const list: { pid: string; id: string }[] = [];
    for (const client of await researchClientsOf(accounts)) {
      for (const id of await accounts.listConversations(client.id))
        list.push({ pid: deps.pseudonym(id), id });
    }
    return list;
  }

  return [
    defineRoute({
      method: 'GET',
      url: '/api/clinician/clients',
      summary:
        'The caseload: assigned clients with their latest alliance figures, risk flags, unacknowledged alerts, open ruptures and PHQ-9/GAD-7 trend',
      tag: 'clinician',
      roles: ['clinician'],
      response: caseloadView,
      errors: [401, 403],
      audit: { action: 'read', resourceType: 'caseload' },
      async handler({ principal, auditResource }) {
        auditResource(principal!.account.id);
        const clients = [];
        for (const client of await liveClientsOf(accounts, principal!.account.id)) {
          const figures = await figuresOfAccount(client.id);
          clients.push((await caseloadEntryWithAlerts(accounts, client, figures)).entry);
        }
        return { clients };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/clinician/clients/:id',
      summary:
        'One assigned client: sessions with engagement and the DTA index, alerts (and who acknowledged them), ruptures with their times, measures with reliable change, goals and tasks per conversation',
      tag: 'clinician',
      roles: ['clinician'],
      params: idParams,
      response: clientDetailView,
      errors: [400, 401, 403],
      audit: { action: 'read', resourceType: 'client', resourceParam: 'id' },
      async handler({ principal, params }) {
        await assertAssigned(accounts, principal!.account.id, params.id);
        const client = (await accounts.getAccount(params.id)) as Account;
        const figures = await figuresOfAccount(params.id);
        const { entry, acknowledged } = await caseloadEntryWithAlerts(accounts, client, figures);
        return {
          client: entry,
          conversations: figures.map((conversation) => {
            const view = clinicalConversationOf(conversation);
            return {
              ...view,
              alerts: view.alerts.map((alert) => ({
                ...alert,
                acknowledged: acknowledged.get(alert.alertId) ?? null,
              })),
            };
          }),
          instruments: instrumentScales(),
        };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/research/conversations',
      summary:
        'De-identified conversations of clients who agreed to research: pseudonyms, figures and counts, no names, no text, no dates',
      tag: 'research',
      roles: ['researcher'],
      response: researchListView,
      errors: [401, 403],
      audit: { action: 'read', resourceType: 'research_dataset' },
      async handler() {
        const conversations = [];
        for (const client of await researchClientsOf(accounts)) {
          for (const { figures } of await conversationsOf(deps, client.id))
            conversations.push(researchConversationOf(deps.pseudonym(figures.id), figures));
        }
        return { conversations };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/research/conversations/:pid/events',
      summary:
        'The event sequence of one de-identified conversation: types, seconds from the start, and fields that hold no words',
      tag: 'research',
      roles: ['researcher'],
      params: pseudonymParams,
      response: researchEventsView,
      errors: [400, 401, 403, 404],
      audit: { action: 'read', resourceType: 'research_conversation', resourceParam: 'pid' },
      async handler({ params }) {
        const match = (await researchConversations()).find(({ pid }) => pid === params.pid);
        if (!match) throw notFound('research conversation');
        return { pid: params.pid, events: researchEventsOf(await store.readEvents(match.id)) };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/admin/accounts',
      summary: 'Accounts, optionally of one role (no conversations)',
      tag: 'admin',
      roles: ['admin'],
      query: adminListQuery,
      response: accountListView,
      errors: [400, 401, 403],
      audit: { action: 'read', resourceType: 'account_list' },
      async handler({ query }) {
        const list = await accounts.listAccounts(query.role ? { role: query.role } : {});
        return { accounts: list.map(accountOut) };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/admin/accounts',
      summary: 'Create an account of any role (clinicians, researchers and admins are made here)',
      tag: 'admin',
      roles: ['admin'],
      body: adminCreateAccountBody,
      response: accountView,
      status: 201,
      errors: [400, 401, 403, 409, 413, 415],
      audit: { action: 'create', resourceType: 'account' },
      async handler({ body, auditResource }) {
        const account = await createAccountOf(deps, {
          email: body.email,
          password: body.password,
          role: body.role,
          displayName: body.displayName,
        });
        auditResource(account.id);
        return accountOut(account);
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/admin/assignments',
      summary: 'Assign a client to a clinician',
      tag: 'admin',
      roles: ['admin'],
      body: assignmentBody,
      response: assignmentView,
      status: 201,
      errors: [400, 401, 403, 404, 413, 415],
      audit: { action: 'create', resourceType: 'assignment' },
      async handler({ body, auditResource }) {
        auditResource(body.clientId);
        await accounts.assign(body.clinicianId, body.clientId);
        return { clinicianId: body.clinicianId, clientId: body.clientId };
      },
    }),

    defineRoute({
      method: 'DELETE',
      url: '/api/admin/assignments/:clinicianId/:clientId',
      summary: 'End an assignment',
      tag: 'admin',
      roles: ['admin'],
      params: assignmentParams,
      response: null,
      status: 204,
      errors: [400, 401, 403],
      audit: { action: 'delete', resourceType: 'assignment', resourceParam: 'clientId' },
      async handler({ params }) {
        await accounts.unassign(params.clinicianId, params.clientId);
        return undefined;
      },
    }),
  ];
}
