import { AllianceError, isAllianceError } from '../core/index.ts';

/** The message of a corrupt or foreign database file, shared by the header check and SQLite errors. */
export function corruptStoreError(path: string, cause?: unknown): AllianceError {
  return new AllianceError(
    'store_corrupt',
    `Database ${path} is damaged or is not an Alliance database.`,
    'Restore it from a backup or choose another --db; Alliance has left the file untouched.',
    { cause },
  );
}

/**
 * Turns anything better-sqlite3 throws into an AllianceError naming the file, so callers never see
 * a raw SqliteError or stack. AllianceErrors pass through unchanged.
 * @example try { ... } catch (error) { throw sqliteError(error, path) }
 */
export function sqliteError(error: unknown, path: string): AllianceError {
  if (isAllianceError(error)) return error;
  const code =
    typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '';
  const is = (prefix: string) => code === prefix || code.startsWith(`${prefix}_`);
  if (is('SQLITE_BUSY') || is('SQLITE_LOCKED')) {
    return new AllianceError(
      'store_locked',
      `Database ${path} is locked by another process.`,
      'Close the other Alliance process using it (or wait for it to finish), then try again.',
      { cause: error },
    );
  }
  if (is('SQLITE_NOTADB') || is('SQLITE_CORRUPT')) return corruptStoreError(path, error);
  if (is('SQLITE_READONLY')) {
    return new AllianceError(
      'store_read_only',
      `Database ${path} cannot be written (read-only file, directory or disk).`,
      'Check the permissions of the file and its directory, or choose another --db.',
      { cause: error },
    );
  }
  if (is('SQLITE_CANTOPEN')) {
    return new AllianceError(
      'store_missing',
      `Database ${path} cannot be opened: it or its directory is missing or inaccessible.`,
      'Check the path and its permissions, or choose another --db.',
      { cause: error },
    );
  }
  if (is('SQLITE_FULL')) {
    return new AllianceError(
      'store_failure',
      `Database ${path} cannot grow: the disk is full.`,
      'Free some disk space, then try again.',
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new AllianceError(
    'store_failure',
    `Database ${path} failed: ${code ? `${code}: ` : ''}${detail}`,
    'Try again; if it keeps failing, back up the file and report the problem.',
    { cause: error },
  );
}
