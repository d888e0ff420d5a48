import { AllianceError, isAllianceError } from '../core/index.ts';
import { redactSecrets, type PostgresTarget } from './postgres-url.ts';

// Node socket errors meaning the server was never reached.
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'ENOENT',
]);
// Node socket errors meaning an open connection broke.
const CONNECTION_LOST = new Set(['ECONNRESET', 'EPIPE']);

/**
 * True for PostgreSQL's unique_violation (a primary key or unique value already present).
 * @example if (isPostgresDuplicateKey(error)) throw conflict()
 */
export function isPostgresDuplicateKey(error: unknown): boolean {
  return errorCode(error) === '23505';
}

/**
 * Turns anything `pg` throws into an AllianceError that names the server as `host:port/database`
 * (never the password, which is also scrubbed from the driver's own text). AllianceErrors pass
 * through unchanged.
 * @example try { ... } catch (error) { throw postgresError(error, target) }
 */
export function postgresError(error: unknown, target: PostgresTarget): AllianceError {
  if (isAllianceError(error)) return error;
  const code = errorCode(error);
  const server = `PostgreSQL at ${target.host}:${target.port}`;
  const database = `${target.redacted}`;
  const detail = redactSecrets(firstLine(error), target);
  const make = (
    kind: ConstructorParameters<typeof AllianceError>[0],
    message: string,
    hint: string,
  ) => new AllianceError(kind, message, hint, { cause: error });

  if (/timeout exceeded when trying to connect/i.test(detail)) {
    // The pool's own queue: every connection stayed in use for the whole connect timeout.
    return make(
      'store_locked',
      `Every connection to ${server} stayed busy for the whole connect timeout.`,
      'Try again shortly; if it persists, give the store a larger pool or look for stuck requests.',
    );
  }
  if (UNREACHABLE.has(code) || /timeout expired|connection timeout/i.test(detail)) {
    return make(
      'store_missing',
      `${server} cannot be reached (${code || 'connection timed out'}).`,
      'Check that the server is running and that --db names the right host and port.',
    );
  }
  if (CONNECTION_LOST.has(code) || code.startsWith('08') || /connection terminated/i.test(detail)) {
    return make(
      'store_failure',
      `The connection to ${server} was lost (${code || detail}).`,
      'Try again; if it keeps failing, check the server and the network.',
    );
  }
  if (code === '3D000') {
    return make(
      'store_missing',
      `${server} has no database "${target.database}".`,
      'Create it (createdb), or name an existing database in --db.',
    );
  }
  if (code.startsWith('28')) {
    return make(
      'store_read_only',
      `${server} refused ${target.user ? `user ${target.user}` : 'the connection'}: ${detail}.`,
      'Check the user name and password in --db, and the server’s pg_hba.conf.',
    );
  }
  if (code === '42501' || code === '25006') {
    return make(
      'store_read_only',
      `Database ${database} cannot be written: ${detail}.`,
      'Grant the user rights on the schema, or point --db at the primary rather than a replica.',
    );
  }
  if (code === '55P03' || code === '40001' || code === '40P01' || code === '53300') {
    return make(
      'store_locked',
      `Database ${database} is busy: ${detail}.`,
      'Try again shortly; if it persists, look for a stuck Alliance instance or raise max_connections.',
    );
  }
  if (code.startsWith('57P')) {
    return make(
      'store_failure',
      `${server} is shutting down or starting up (${code}).`,
      'Try again once the server is running.',
    );
  }
  if (code === '42P01' || code === '42703') {
    return make(
      'store_corrupt',
      `Database ${database} lacks Alliance tables or columns: ${detail}.`,
      'Restore it from a backup or point --db at another database; Alliance has not changed it.',
    );
  }
  if (code === '53100') {
    return make(
      'store_failure',
      `Database ${database} cannot grow: the server's disk is full.`,
      'Free some disk space on the server, then try again.',
    );
  }
  return make(
    'store_failure',
    `Database ${database} failed: ${code ? `${code}: ` : ''}${detail}`,
    'Try again; if it keeps failing, report the problem with the server log.',
  );
}

/** The SQLSTATE of a server error or the errno code of a socket error ('' when neither). */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string') return code;
  // Connecting to a name with several addresses fails with an AggregateError of socket errors.
  const inner = (error as { errors?: unknown })?.errors;
  if (Array.isArray(inner)) return errorCode(inner[0]);
  return '';
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? '';
}
