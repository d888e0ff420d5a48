import type { TurnResult } from '../agent/index.ts';
import { AllianceError, compareRisk } from '../core/index.ts';
import { resourcesForLocale } from '../safety/index.ts';
import { personIdOf } from './account-creation.ts';
import { defineRoute, type RouteSpec } from './route.ts';
import {
  conversationListView,
  conversationView,
  createConversationBody,
  createdConversationView,
  idParams,
  messageBody,
  replyView,
} from './schemas.ts';
import { assertOwnConversation, ownConversation, type ServerDeps } from './server-deps.ts';
import { messagesOf, stateOut } from './views.ts';

const CONVERSATION_ERRORS = [400, 401, 403, 404, 409, 413, 415] as const;

/**
 * A client's own conversations: create, talk (JSON or server-sent events), read. Every turn goes
 * through the conversation engine, so safety runs first exactly as in the terminal chat.
 * @example for (const route of conversationRoutes(deps)) register(route)
 */
export function conversationRoutes(deps: ServerDeps): RouteSpec[] {
  const { accounts, engine, store } = deps;

  /** The answer to a turn: the reply, its move, and the safety status with resources when due. */
  function answer(result: TurnResult) {
    // The state after the turn comes with it: reading it again would cost another pass
    // through the conversation's queue and two queries.
    const state = result.state;
    const risky = result.risk !== undefined && compareRisk(result.risk.level, 'moderate') >= 0;
    const crisis = state.safety.active || risky || result.move === 'crisis_response';
    return {
      reply: { text: result.reply },
      move: result.move,
      safety: {
        crisisProtocolActive: state.safety.active,
        risk: result.risk
          ? { level: result.risk.level, categories: [...result.risk.categories] }
          : null,
        crisisResources: crisis
          ? resourcesForLocale(deps.resources, state.locale ?? deps.defaultLocale)
          : null,
      },
      sessionNumber: state.sessionNumber,
      stored: result.stored,
    };
  }

  return [
    defineRoute({
      method: 'GET',
      url: '/api/conversations',
      summary: 'The caller’s conversations',
      tag: 'conversations',
      roles: ['client'],
      response: conversationListView,
      errors: [401, 403],
      audit: { action: 'read', resourceType: 'conversation_list' },
      async handler({ principal, auditResource }) {
        auditResource(principal!.account.id);
        const conversations = [];
        for (const id of await accounts.listConversations(principal!.account.id)) {
          const summary = await store.getConversation(id);
          if (summary) {
            conversations.push({
              id,
              createdAt: summary.createdAt,
              updatedAt: summary.updatedAt,
              events: summary.eventCount,
            });
          }
        }
        return { conversations };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/conversations',
      summary: 'Start a conversation; the answer carries the agent’s opening',
      tag: 'conversations',
      roles: ['client'],
      body: createConversationBody,
      response: createdConversationView,
      status: 201,
      errors: [400, 401, 403, 413, 415],
      audit: { action: 'create', resourceType: 'conversation' },
      async handler({ principal, body, auditResource, appendAudited }) {
        const account = principal!.account;
        if (!account.consent) {
          throw new AllianceError(
            'consent_required',
            'Consent to store your conversations has not been recorded.',
            'Give it with POST /api/me/consent, then start the conversation.',
          );
        }
        const personId = await personIdOf(deps, account);
        const conversation = await store.createConversation(personId);
        await accounts.addConversation(account.id, conversation.id);
        auditResource(conversation.id);
        const opening = await engine.startSession(conversation.id, {
          channel: 'web',
          ...(body?.locale ? { locale: body.locale } : {}),
          ...(account.displayName ? { name: account.displayName } : {}),
          append: appendAudited(conversation.id),
        });
        return { id: conversation.id, ...answer(opening) };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/conversations/:id/messages',
      summary:
        'Send a message; the answer is the agent’s reply with the safety status (or, with Accept: text/event-stream, the same as server-sent events)',
      tag: 'conversations',
      roles: ['client'],
      params: idParams,
      body: messageBody,
      response: replyView,
      streams: true,
      errors: CONVERSATION_ERRORS,
      audit: { action: 'create', resourceType: 'message', resourceParam: 'id' },
      async handler({ principal, params, body, appendAudited }) {
        await assertOwnConversation(deps, principal, params.id);
        return answer(
          await engine.handleMessage(params.id, body.text, { append: appendAudited(params.id) }),
        );
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/conversations/:id/sessions',
      summary: 'Open a new session in a conversation (a welcome back); an open one is closed first',
      tag: 'conversations',
      roles: ['client'],
      params: idParams,
      response: replyView,
      status: 201,
      errors: [401, 403, 404],
      audit: { action: 'create', resourceType: 'session_of_conversation', resourceParam: 'id' },
      async handler({ principal, params, appendAudited }) {
        await assertOwnConversation(deps, principal, params.id);
        return answer(
          await engine.startSession(params.id, {
            channel: 'web',
            append: appendAudited(params.id),
          }),
        );
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/conversations/:id/end',
      summary: 'Close the open session with a goodbye',
      tag: 'conversations',
      roles: ['client'],
      params: idParams,
      response: replyView,
      errors: [401, 403, 404, 409],
      audit: { action: 'update', resourceType: 'session_of_conversation', resourceParam: 'id' },
      async handler({ principal, params, appendAudited }) {
        await assertOwnConversation(deps, principal, params.id);
        return answer(
          await engine.endSession(params.id, 'closed', { append: appendAudited(params.id) }),
        );
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/conversations/:id',
      summary: 'The messages and state of one of the caller’s conversations',
      tag: 'conversations',
      roles: ['client'],
      params: idParams,
      response: conversationView,
      errors: [400, 401, 403, 404],
      audit: { action: 'read', resourceType: 'conversation', resourceParam: 'id' },
      async handler({ principal, params }) {
        const summary = await ownConversation(deps, principal, params.id);
        const events = await store.readEvents(params.id);
        return {
          id: summary.id,
          createdAt: summary.createdAt,
          updatedAt: summary.updatedAt,
          messages: messagesOf(events),
          state: stateOut(await engine.state(params.id)),
        };
      },
    }),
  ];
}
