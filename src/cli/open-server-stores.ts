import type { AccountStore, EventStore } from '../core/index.ts';
import {
  auditedAppend,
  isPostgresUrl,
  openPostgresAccountStore,
  openSqliteServerStores,
  parsePostgresUrl,
  resolveServerKeyring,
  type AuditedAppend,
  type Keyring,
} from '../store/index.ts';
import { openStoreAt, openWithFileKey } from './open-store.ts';

/** The two stores of `alliance serve` over one database, with the key that opened them. */
export interface ServerStores {
  events: EventStore;
  accounts: AccountStore;
  /** A turn's events and its audit record in one transaction (see auditedAppend). */
  auditedAppend: AuditedAppend | undefined;
  keyring: Keyring;
  /** Closes both stores (accounts first); safe to call once. */
  close(): Promise<void>;
}

/**
 * Opens the event store and the account store of the server over one database, creating it if
 * needed: a SQLite file (key from ALLIANCE_KEY or `alliance.key` beside it, the two stores' calls
 * queued one at a time, a turn's events and audit record committed together: see
 * openSqliteServerStores), or a
 * `postgres://` URL (key only from ALLIANCE_KEY; each store has its own pool, and several
 * instances may share the database).
 * @example const stores = await openServerStores('./data/alliance.db', process.env, console.error)
 */
export async function openServerStores(
  db: string,
  env: Readonly<Record<string, string | undefined>>,
  notice: (line: string) => void,
): Promise<ServerStores> {
  if (!isPostgresUrl(db)) {
    // Both stores opened together (openSqliteServerStores), with the key as openStoreAt finds it.
    return openWithFileKey(db, env, notice, async (keyring) => ({
      ...(await openSqliteServerStores({ path: db, keyring, mode: 'create' })),
      keyring,
    }));
  }
  const events = await openStoreAt(db, 'create', env, notice);
  let accounts: AccountStore;
  let keyring: Keyring;
  try {
    ({ keyring } = resolveServerKeyring({ where: parsePostgresUrl(db).redacted, env }));
    accounts = await openPostgresAccountStore({ url: db.trim(), keyring });
  } catch (error) {
    await events.close().catch(() => {});
    throw error;
  }
  const close = async () => {
    try {
      await accounts.close();
    } finally {
      await events.close();
    }
  };
  return { events, accounts, auditedAppend: auditedAppend(events, accounts), keyring, close };
}
