import { AllianceError } from '../core/index.ts';

/** Where a PostgreSQL URL points, in a form safe to print: it never holds the password. */
export interface PostgresTarget {
  host: string;
  port: number;
  database: string;
  /** The user named in the URL; undefined when the driver's default (PGUSER, the OS user) applies. */
  user: string | undefined;
  /** `postgres://user@host:port/database`, for messages and logs. */
  redacted: string;
  /** Every spelling of the password in the URL (as written and decoded), for scrubbing driver text. */
  secrets: readonly string[];
  /** The `schema` query parameter (Alliance's own, not the driver's), when the URL has one. */
  schema: string | undefined;
}

const DEFAULT_PORT = 5432;
const EMPTY_HOST = /^(postgres(?:ql)?:\/\/(?:[^/?#]*@)?)(?=[/?#]|$)/i;
const STAND_IN_HOST = 'host.invalid';
// `?schema=NAME` (as in Prisma's URLs): the one query parameter Alliance reads itself.
const SCHEMA_PARAMETER = /([?&])schema=[^&#]*(&?)/;

/**
 * True when `--db` names a PostgreSQL server rather than a SQLite file.
 * @example isPostgresUrl('postgresql://alliance@db.internal/alliance') // true
 */
export function isPostgresUrl(text: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(text.trim());
}

/**
 * Reads host, port, database and user from a PostgreSQL URL, with the driver's defaults (host
 * `localhost`, port 5432, database named after the user). A `host` query parameter (a socket
 * directory) wins over the URL's host, as it does for the driver. A `schema` parameter names the
 * schema holding Alliance's tables (several deployments can share one database that way). Fails with config_invalid,
 * without echoing the URL (it may hold a password), when it cannot be read.
 * @example parsePostgresUrl('postgres://sam:secret@10.0.0.5/alliance').redacted // 'postgres://sam@10.0.0.5:5432/alliance'
 */
export function parsePostgresUrl(url: string): PostgresTarget {
  let parsed: URL;
  let text = url.trim();
  // `postgres://user@/db?host=/run/postgresql` is fine to the driver but not to WHATWG URL,
  // which wants a host after a user: parse with a stand-in host and drop it again.
  const hostless = EMPTY_HOST.test(text);
  if (hostless) text = text.replace(EMPTY_HOST, `$1${STAND_IN_HOST}`);
  try {
    if (!isPostgresUrl(text)) throw new Error('not a postgres URL');
    parsed = new URL(text);
  } catch (error) {
    throw new AllianceError(
      'config_invalid',
      'The PostgreSQL URL is not valid (it is not repeated here, as it may hold a password).',
      'Write it as postgres://USER:PASSWORD@HOST:PORT/DATABASE, with special characters in the password percent-encoded.',
      { cause: error },
    );
  }
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  const user = parsed.username ? decode(parsed.username) : undefined;
  const socketHost = parsed.searchParams.get('host');
  const host = socketHost || (hostless ? '' : decode(parsed.hostname)) || 'localhost';
  const port = parsed.port ? Number(parsed.port) : DEFAULT_PORT;
  const database = decode(parsed.pathname.replace(/^\//, '')) || user || '';
  const secrets = [parsed.password, decode(parsed.password)].filter(
    (secret, index, all) => secret.length > 0 && all.indexOf(secret) === index,
  );
  const shownHost = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  const redacted = `postgres://${user ? `${encodeURIComponent(user)}@` : ''}${shownHost}:${port}/${encodeURIComponent(database)}`;
  const schema = parsed.searchParams.get('schema') ?? undefined;
  return { host, port, database, user, redacted, secrets, schema };
}

/**
 * The URL for the driver: without the `schema` parameter, which only Alliance reads (the store
 * sets the schema as the connection's search_path).
 * @example connectionUrl('postgres://db/alliance?schema=clinic_a') // 'postgres://db/alliance'
 */
export function connectionUrl(url: string): string {
  let text = url.trim();
  while (SCHEMA_PARAMETER.test(text)) {
    text = text.replace(SCHEMA_PARAMETER, (_match, lead: string, tail: string) =>
      tail ? lead : '',
    );
  }
  return text;
}

/**
 * Removes every spelling of the URL's password from a text (driver messages can quote settings).
 * @example redactSecrets('failed for secret', target) // 'failed for ***'
 */
export function redactSecrets(text: string, target: PostgresTarget): string {
  let clean = text;
  for (const secret of target.secrets) clean = clean.split(secret).join('***');
  return clean;
}
