import {
  AllianceError,
  type AccountStore,
  type Clock,
  type ConversationSummary,
  type EventStore,
} from '../core/index.ts';
import type { ConversationEngine } from '../agent/index.ts';
import type { Estimator } from '../alliance/index.ts';
import type { CrisisResourceDirectory } from '../safety/index.ts';
import type { AuditedAppend } from '../store/index.ts';
import type { PasswordHasher } from './credentials.ts';
import type { Principal } from './route.ts';

/** Login throttling: failures allowed per email and per client address in one window. */
export interface ThrottleSettings {
  windowMs: number;
  perEmail: number;
  perAddress: number;
  /** Registrations allowed per client address in one window (each costs an Argon2 hash). */
  registrationsPerAddress: number;
}

/** Everything the route handlers use, built once by createServer. */
export interface ServerDeps {
  store: EventStore;
  accounts: AccountStore;
  /** A turn's events and the request's audit record in one transaction, when the stores can. */
  auditedAppend: AuditedAppend | undefined;
  engine: ConversationEngine;
  resources: CrisisResourceDirectory;
  defaultLocale: string;
  passwords: PasswordHasher;
  clock: Clock;
  tokenTtlMs: number;
  throttle: ThrottleSettings;
  estimator: Estimator;
  /** The research pseudonym of a conversation id: stable, keyed, not reversible. */
  pseudonym(conversationId: string): string;
}

const denialReasons = new WeakMap<AllianceError, string>();

/**
 * A 403 whose audit record names why it was refused (`wrong_role`, `not_owner`, `not_assigned`…).
 * @example throw denied('not_owner', 'This conversation is not yours.')
 */
export function denied(reason: string, message: string): AllianceError {
  const error = new AllianceError('forbidden', message);
  denialReasons.set(error, reason);
  return error;
}

/** The reason recorded for a denial, when one was given. */
export function denialReason(error: AllianceError): string | undefined {
  return denialReasons.get(error);
}

/** A 404 that says only that nothing is there. */
export function notFound(what: string): AllianceError {
  return new AllianceError('not_found', `No ${what} with this id.`);
}

/**
 * The conversation, if it exists and is the caller's: 404 when unknown, 403 when another's.
 * @example const summary = await ownConversation(deps, principal, params.id)
 */
export async function ownConversation(
  deps: Pick<ServerDeps, 'accounts' | 'store'>,
  principal: Principal | undefined,
  id: string,
): Promise<ConversationSummary> {
  const owner = await deps.accounts.conversationOwner(id);
  const summary = owner ? await deps.store.getConversation(id) : undefined;
  if (!owner || !summary) throw notFound('conversation');
  if (owner !== principal!.account.id) throw denied('not_owner', 'This conversation is not yours.');
  return summary;
}

/**
 * The same check without reading the conversation, for routes that go on to the engine, which
 * reads it anyway: a conversation and the link to its owner are deleted in one transaction, so
 * a known owner means the conversation is there (and if not, the engine answers 404 too).
 * @example await assertOwnConversation(deps, principal, params.id)
 */
export async function assertOwnConversation(
  deps: Pick<ServerDeps, 'accounts'>,
  principal: Principal | undefined,
  id: string,
): Promise<void> {
  const owner = await deps.accounts.conversationOwner(id);
  if (!owner) throw notFound('conversation');
  if (owner !== principal!.account.id) throw denied('not_owner', 'This conversation is not yours.');
}

/** What deletion keeps, said to the person in the answer and in docs/server.md. */
export const KEPT_AFTER_DELETION = [
  'A tombstone of the account: its random id, role, creation and deletion times (no email, name, password or consent), so the audit log still points at a known id.',
  'The audit log entries about the account: who did what to which id, when, and the outcome, never any content. They are the record that the data was handled and deleted as required.',
];
