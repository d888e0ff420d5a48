import type { Account, AccountStore, StoredEvent } from '../core/index.ts';
import { acknowledgementsOf } from './dashboard-views.ts';
import { denied, type ServerDeps } from './server-deps.ts';
import { caseloadEntryOf, figuresOf, type ConversationFigures } from './views.ts';

// What the clinician and research routes read the same way: clients, their conversations, alerts.

/** One conversation of an account: its dashboard figures and the events they come from. */
export interface ConversationRecord {
  figures: ConversationFigures;
  events: StoredEvent[];
}

/**
 * The account's conversations with their figures and events (ids the store no longer holds are
 * skipped).
 * @example const figures = (await conversationsOf(deps, clientId)).map((c) => c.figures)
 */
export async function conversationsOf(
  deps: Pick<ServerDeps, 'accounts' | 'store' | 'estimator'>,
  accountId: string,
): Promise<ConversationRecord[]> {
  const list: ConversationRecord[] = [];
  for (const id of await deps.accounts.listConversations(accountId)) {
    const summary = await deps.store.getConversation(id);
    if (!summary) continue;
    const events = await deps.store.readEvents(id);
    list.push({ figures: figuresOf(summary, events, deps.estimator), events });
  }
  return list;
}

/** The clinician's clients whose accounts are live (not deleted). */
export async function liveClientsOf(
  accounts: AccountStore,
  clinicianId: string,
): Promise<Account[]> {
  const clients: Account[] = [];
  for (const clientId of await accounts.listClients(clinicianId)) {
    const client = await accounts.getAccount(clientId);
    if (client && !client.deletedAt) clients.push(client);
  }
  return clients;
}

/** Client accounts that agreed to research use. */
export async function researchClientsOf(accounts: AccountStore): Promise<Account[]> {
  return (await accounts.listAccounts({ role: 'client' })).filter(
    (client) => client.consent?.research,
  );
}

/**
 * Fails with a not_assigned 403 unless the client is assigned to the clinician; unknown ids are
 * refused like unassigned ones, so probing reveals nothing.
 */
export async function assertAssigned(
  accounts: AccountStore,
  clinicianId: string,
  clientId: string,
): Promise<void> {
  if (!(await accounts.isAssigned(clinicianId, clientId))) {
    throw denied('not_assigned', 'This client is not assigned to you.');
  }
}

/** The client's caseload entry counting unacknowledged alerts, and the acknowledgements. */
export async function caseloadEntryWithAlerts(
  accounts: AccountStore,
  client: Account,
  figures: readonly ConversationFigures[],
) {
  const acknowledged = await acknowledgementsOf(
    accounts,
    figures.flatMap((conversation) => conversation.alerts.map((alert) => alert.alertId)),
  );
  const entry = caseloadEntryOf(client, figures);
  return {
    entry: { ...entry, unacknowledgedAlerts: entry.alerts - acknowledged.size },
    acknowledged,
  };
}
