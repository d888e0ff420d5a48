import { existsSync } from 'node:fs';
import { AllianceError, type EventStore } from '../core/index.ts';
import {
  isPostgresUrl,
  openPostgresStore,
  openSqliteStore,
  parsePostgresUrl,
  resolveKeyring,
  resolveServerKeyring,
  type Keyring,
} from '../store/index.ts';

/** Where the terminal keeps its data unless `--db` says otherwise. */
export const DEFAULT_DB_PATH = './data/alliance.db';

/**
 * Opens the store at `dbPath` with its key. In 'existing' mode a missing database is an error
 * (and no key file is created for it); in 'create' mode a new database and key are made, and the
 * person is told where the key is, since without it the data cannot be read.
 * A `postgres://` or `postgresql://` URL opens the PostgreSQL store instead; its key comes only
 * from ALLIANCE_KEY (see resolveServerKeyring), and errors name host and port, never the password.
 * @example const store = await openStoreAt('./data/alliance.db', 'existing', process.env, console.error)
 */
export async function openStoreAt(
  dbPath: string,
  mode: 'create' | 'existing',
  env: Readonly<Record<string, string | undefined>>,
  notice: (line: string) => void,
): Promise<EventStore> {
  if (isPostgresUrl(dbPath)) {
    const { keyring } = resolveServerKeyring({ where: parsePostgresUrl(dbPath).redacted, env });
    return openPostgresStore({ url: dbPath.trim(), keyring, mode });
  }
  if (mode === 'existing' && !existsSync(dbPath)) {
    throw new AllianceError(
      'store_missing',
      `There is no database at ${dbPath}.`,
      'Start a conversation with `alliance chat` first, or pass --db with the right path.',
    );
  }
  return openWithFileKey(dbPath, env, notice, (keyring) =>
    openSqliteStore({ path: dbPath, keyring, mode }),
  );
}

/**
 * Opens what lives in the SQLite file `dbPath` with its key (ALLIANCE_KEY or the key file beside
 * it, made if missing), telling the person where a new key was put: without it the data cannot
 * be read.
 * @example await openWithFileKey(path, process.env, console.error, (keyring) => openSqliteStore({ path, keyring, mode: 'create' }))
 */
export async function openWithFileKey<T>(
  dbPath: string,
  env: Readonly<Record<string, string | undefined>>,
  notice: (line: string) => void,
  open: (keyring: Keyring) => Promise<T>,
): Promise<T> {
  const { keyring, source, keyFile } = resolveKeyring({ dbPath, env });
  const opened = await open(keyring);
  if (source === 'generated' && keyFile) {
    notice(
      `alliance: created a new encryption key in ${keyFile} (readable only by you). Back it up: without it these conversations cannot be read.`,
    );
  }
  return opened;
}
