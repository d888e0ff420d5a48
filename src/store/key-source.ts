import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { AllianceError } from '../core/index.ts';
import { generateKey, parseKeys, type Keyring } from './text-cipher.ts';

/** Name of the key file kept beside the database. */
export const KEY_FILE_NAME = 'alliance.key';

/** Where the keyring came from, so the CLI can tell the person (e.g. "a new key was written to …"). */
export interface ResolvedKeyring {
  keyring: Keyring;
  source: 'env' | 'file' | 'generated';
  /** The key file read or written; absent when the key came from the environment. */
  keyFile?: string;
}

/**
 * Finds the encryption keys for a database: `ALLIANCE_KEY`, else `alliance.key` beside the database,
 * else (only for a database that does not exist yet) a newly generated key file.
 * @example const { keyring } = resolveKeyring({ dbPath: 'data/alliance.db', env: process.env })
 */
export function resolveKeyring(options: {
  dbPath: string;
  env: Readonly<Record<string, string | undefined>>;
}): ResolvedKeyring {
  const fromEnv = options.env.ALLIANCE_KEY;
  if (fromEnv !== undefined) return { keyring: parseKeys(fromEnv, 'ALLIANCE_KEY'), source: 'env' };

  const keyFile = join(dirname(options.dbPath), KEY_FILE_NAME);
  const keyStat = statIfExists(keyFile);
  if (keyStat) return { keyring: readKeyFile(keyFile, keyStat.mode), source: 'file', keyFile };

  if (holdsData(options.dbPath)) {
    throw new AllianceError(
      'key_missing',
      `Database ${options.dbPath} is encrypted, but neither ALLIANCE_KEY nor ${keyFile} gives its key.`,
      `Set ALLIANCE_KEY to the database's key, or restore ${keyFile} from your backup.`,
    );
  }
  return createKeyFile(keyFile);
}

function readKeyFile(keyFile: string, mode: number): Keyring {
  // Windows has no POSIX modes; there the file's ACL is the person's business.
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new AllianceError(
      'key_file_insecure',
      `Key file ${keyFile} can be read by other users (mode ${(mode & 0o777).toString(8)}).`,
      `Run: chmod 600 ${keyFile}`,
    );
  }
  let text: string;
  try {
    text = readFileSync(keyFile, 'utf8');
  } catch (error) {
    throw new AllianceError(
      'key_missing',
      `Key file ${keyFile} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      'Check its owner and permissions, or set ALLIANCE_KEY.',
      { cause: error },
    );
  }
  return parseKeys(text, `key file ${keyFile}`);
}

function createKeyFile(keyFile: string): ResolvedKeyring {
  const key = generateKey();
  try {
    mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
    // 'wx' never overwrites: if another process won the race, use its key instead.
    const fd = openSync(keyFile, 'wx', 0o600);
    try {
      writeSync(fd, `${key}\n`);
      fsyncSync(fd);
    } catch (error) {
      // A half-written key file would block every later start with key_invalid.
      closeSync(fd);
      rmSync(keyFile, { force: true });
      throw error;
    }
    closeSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      return { keyring: readKeyFile(keyFile, statSync(keyFile).mode), source: 'file', keyFile };
    }
    throw new AllianceError(
      'store_read_only',
      `Cannot write a new key file ${keyFile} (${code ?? 'error'}).`,
      'Make its directory writable, choose another --db, or set ALLIANCE_KEY.',
      { cause: error },
    );
  }
  return { keyring: parseKeys(key, `key file ${keyFile}`), source: 'generated', keyFile };
}

/** A database with any bytes in it (or in its WAL) is encrypted data a new key could never read. */
function holdsData(dbPath: string): boolean {
  return [dbPath, `${dbPath}-wal`].some((path) => (statIfExists(path)?.size ?? 0) > 0);
}

function statIfExists(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new AllianceError(
      'store_failure',
      `Cannot inspect ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      'Check that the path and its directory are accessible.',
      { cause: error },
    );
  }
}

/**
 * Finds the encryption keys for a database on a server (PostgreSQL): only `ALLIANCE_KEY`. There is
 * no directory beside such a database to keep a key file in, and every app instance must hold the
 * same key, so a key is never read from or written to a local file, and a missing one is an error
 * rather than a freshly generated key that the other instances would not have.
 * @example const { keyring } = resolveServerKeyring({ where: 'postgres://alliance@db:5432/alliance', env: process.env })
 */
export function resolveServerKeyring(options: {
  where: string;
  env: Readonly<Record<string, string | undefined>>;
}): ResolvedKeyring {
  const fromEnv = options.env.ALLIANCE_KEY;
  if (fromEnv !== undefined) return { keyring: parseKeys(fromEnv, 'ALLIANCE_KEY'), source: 'env' };
  throw new AllianceError(
    'key_missing',
    `Database ${options.where} is on a server, so its key must come from ALLIANCE_KEY, which is not set.`,
    'Give every instance the same ALLIANCE_KEY (current key first, older keys after a comma); make a new one with: openssl rand -base64 32',
  );
}
