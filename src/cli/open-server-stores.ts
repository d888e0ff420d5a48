import type { AccountStore, EventStore } from '../core/index.ts';
import {
  isPostgresUrl,
  oneWriterAtATime,
  openPostgresAccountStore,
  openSqliteAccountStore,
  parsePostgresUrl,
  resolveKeyring,
  resolveServerKeyring,
  type Keyring,
} from '../store/index.ts';
import { openStoreAt } from './open-store.ts';

/** The two stores of `alliance serve` over one database, with the key that opened them. */
export interface ServerStores {
  events: EventStore;
  accounts: AccountStore;
  keyring: Keyring;
  /** Closes both stores (accounts first); safe to call once. */
  close(): Promise<void>;
}

/**
 * Opens the event store and the account store of the server over one database, creating it if
 * needed: a SQLite file (key from ALLIANCE_KEY or `alliance.key` beside it, the two stores' calls
 * queued one at a time), or a `postgres://` URL (key only from ALLIANCE_KEY; each store has its
 * own pool, and several instances may share the database).
 * @example const stores = await openServerStores('./data/alliance.db', process.env, console.error)
 */
export async function openServerStores(
  db: string,
  env: Readonly<Record<string, string | undefined>>,
  notice: (line: string) => void,
): Promise<ServerStores> {
  const events = await openStoreAt(db, 'create', env, notice);
  let accounts: AccountStore;
  let keyring: Keyring;
  try {
    if (isPostgresUrl(db)) {
      ({ keyring } = resolveServerKeyring({ where: parsePostgresUrl(db).redacted, env }));
      accounts = await openPostgresAccountStore({ url: db.trim(), keyring });
    } else {
      // The key file exists now (openStoreAt made it if needed), so this reads the same keys.
      ({ keyring } = resolveKeyring({ dbPath: db, env }));
      accounts = await openSqliteAccountStore({ path: db, keyring });
    }
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
  if (isPostgresUrl(db)) return { events, accounts, keyring, close };
  return { ...oneWriterAtATime(events, accounts), keyring, close };
}
