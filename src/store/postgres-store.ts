import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import {
  AllianceError,
  randomIds,
  systemClock,
  type Clock,
  type EventStore,
  type IdGenerator,
} from '../core/index.ts';
import {
  newPostgresPool,
  openPostgresDatabase,
  postgresBackend,
  type PostgresConnectionOptions,
} from './postgres-database.ts';
import { postgresError } from './postgres-error.ts';
import type { PostgresTarget } from './postgres-url.ts';
import { SqlEventStore, type SqlBackend, type SqlStoreDeps } from './sql-event-store.ts';
import type { StoreSchema } from './store-schema.ts';

/** Options of openPostgresStore. */
export interface PostgresStoreOptions extends PostgresConnectionOptions {
  /** Source of created-at times; defaults to the system clock. */
  clock?: Clock;
  /** Source of person and conversation ids; defaults to random time-ordered ids. */
  ids?: IdGenerator;
  /** Connections that hold conversation locks during turns (default: poolSize). */
  lockPoolSize?: number;
  /** How long a turn waits for another instance's turn on the same conversation (default 60 s). */
  lockTimeoutMs?: number;
}

const DEFAULT_POOL_SIZE = 10;
const DEFAULT_LOCK_TIMEOUT_MS = 60_000;
const LOCK_KEY_PREFIX = 'alliance/conversation-lock/v1\0';

/**
 * Opens (and migrates) an encrypted PostgreSQL event store: the same tables, encryption, errors
 * and contract as the SQLite store, for several app instances on one database. Turns of one
 * conversation are serialized across instances by `withConversationLock` (an advisory lock).
 * Errors name the server as host:port/database and never carry the password.
 * @example const store = await openPostgresStore({ url: 'postgres://alliance@127.0.0.1/alliance', keyring })
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<EventStore> {
  const lockTimeoutMs = Math.max(1, Math.floor(options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS));
  const clock = options.clock ?? systemClock;
  const { db, target, where, url, connectTimeoutMs } =
    await openPostgresDatabase<StoreSchema>(options);
  // Locks live on their own connections: a turn holding one still needs query connections, and
  // taking both from one pool could leave every connection waiting for a lock while the holders
  // wait for a connection. lock_timeout bounds the wait for another instance's turn.
  const locks = newPostgresPool(
    url,
    options.lockPoolSize ?? options.poolSize ?? DEFAULT_POOL_SIZE,
    connectTimeoutMs,
    { lock_timeout: lockTimeoutMs },
  );
  return new PostgresEventStore(
    db,
    { where, keyring: options.keyring, clock, ids: options.ids ?? randomIds(clock) },
    postgresBackend(target),
    { locks, lockTimeoutMs, target },
  );
}

/**
 * The advisory-lock key of a conversation: 64 bits of a prefixed SHA-256 of its id, as a signed
 * bigint in text. A collision between two conversations only makes their turns wait for each other.
 */
function conversationLockKey(conversationId: string): string {
  const digest = createHash('sha256').update(LOCK_KEY_PREFIX).update(conversationId).digest();
  return digest.readBigInt64BE(0).toString();
}

/** Which conversation locks the current async call chain holds; cleared when each is released. */
type HeldLocks = ReadonlyMap<string, { active: boolean }>;

/** The shared SQL store plus cross-instance turn locks on a second pool. */
class PostgresEventStore extends SqlEventStore {
  readonly #locks: pg.Pool;
  readonly #lockTimeoutMs: number;
  readonly #target: PostgresTarget;
  readonly #held = new AsyncLocalStorage<HeldLocks>();
  #locksEnded = false;

  constructor(
    db: Kysely<StoreSchema>,
    deps: SqlStoreDeps,
    backend: SqlBackend,
    locking: { locks: pg.Pool; lockTimeoutMs: number; target: PostgresTarget },
  ) {
    super(db, deps, backend);
    this.#locks = locking.locks;
    this.#lockTimeoutMs = locking.lockTimeoutMs;
    this.#target = locking.target;
  }

  /**
   * Holds the session-level advisory lock of the conversation on a dedicated connection while
   * `work` runs, so one conversation's turns run one at a time across every instance. The lock is
   * released in all cases; if releasing fails the connection is closed, which ends its session and
   * frees the lock on the server. A nested call for a conversation already held runs directly
   * (a second connection would wait for the first forever).
   */
  override async withConversationLock<T>(
    conversationId: string,
    work: () => Promise<T>,
  ): Promise<T> {
    this.assertOpen();
    const held = this.#held.getStore();
    if (held?.get(conversationId)?.active) return work();

    const key = conversationLockKey(conversationId);
    let client: pg.PoolClient;
    try {
      client = await this.#locks.connect();
    } catch (error) {
      throw postgresError(error, this.#target);
    }
    try {
      await client.query('select pg_advisory_lock($1::bigint)', [key]);
    } catch (error) {
      client.release(true);
      if ((error as { code?: unknown }).code === '55P03') {
        throw new AllianceError(
          'store_locked',
          `Conversation ${conversationId} has been busy in another Alliance instance for over ${this.#lockTimeoutMs} ms.`,
          'Try again shortly; if it persists, look for a stuck instance.',
          { cause: error },
        );
      }
      throw postgresError(error, this.#target);
    }

    const mark = { active: true };
    const inner = new Map(held ?? []);
    inner.set(conversationId, mark);
    // A checked-out client has no error listener; an idle connection that breaks while `work` runs
    // would otherwise end the process. The server has then dropped the lock with the session, and
    // the turn's append still meets expectedLastSeq, so the log cannot interleave.
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on('error', onError);
    try {
      return await this.#held.run(inner, work);
    } finally {
      mark.active = false;
      if (!broken) {
        try {
          const result = await client.query<{ released: boolean }>(
            'select pg_advisory_unlock($1::bigint) as released',
            [key],
          );
          if (result.rows[0]?.released !== true) broken = new Error('the lock was not held');
        } catch (error) {
          broken = error instanceof Error ? error : new Error(String(error));
        }
      }
      client.off('error', onError);
      // Passing an error makes the pool close the connection instead of reusing it.
      client.release(broken);
    }
  }

  override async close(): Promise<void> {
    try {
      await super.close();
    } finally {
      if (!this.#locksEnded) {
        this.#locksEnded = true;
        // Waits for locks still held by running turns to be released.
        await this.#locks.end().catch(() => {});
      }
    }
  }
}
