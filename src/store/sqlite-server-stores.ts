import type { AccountStore, Clock, EventStore, IdGenerator } from '../core/index.ts';
import type { AuditedAppend } from './audited-append.ts';
import { oneWriterAtATime } from './one-writer-at-a-time.ts';
import { openSqliteAccountStore } from './sqlite-account-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { Keyring } from './text-cipher.ts';

/** The stores of a server on one SQLite file. */
export interface SqliteServerStores {
  events: EventStore;
  accounts: AccountStore;
  /** A turn's events and its audit record in one transaction (see auditedAppend). */
  auditedAppend: AuditedAppend | undefined;
  /** Closes both stores (accounts first); call it once. */
  close(): Promise<void>;
}

/**
 * Opens the event store and the account store of a server on one SQLite file (creating and
 * migrating it in 'create' mode), their calls queued one at a time (`oneWriterAtATime`), the
 * turns asked for in one turn of the event loop committed together (see auditedAppend).
 * @example const { events, accounts, auditedAppend, close } = await openSqliteServerStores({ path, keyring })
 */
export async function openSqliteServerStores(options: {
  path: string;
  keyring: Keyring;
  clock?: Clock;
  ids?: IdGenerator;
  mode?: 'create' | 'existing';
}): Promise<SqliteServerStores> {
  const { path, keyring } = options;
  const common = {
    path,
    keyring,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.ids ? { ids: options.ids } : {}),
  };
  const events = await openSqliteStore({
    ...common,
    ...(options.mode ? { mode: options.mode } : {}),
  });
  let accounts: AccountStore;
  try {
    accounts = await openSqliteAccountStore(common);
  } catch (error) {
    await events.close().catch(() => {});
    throw error;
  }
  return {
    ...oneWriterAtATime(events, accounts),
    async close() {
      try {
        await accounts.close();
      } finally {
        await events.close();
      }
    },
  };
}
