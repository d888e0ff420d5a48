import type { Kysely, Transaction } from 'kysely';
import { AllianceError } from '../core/index.ts';
import type { SqlBackend } from './sql-event-store.ts';

/**
 * A Kysely database as the SQL stores use it: refused once closed, closed once, and every read
 * and write transaction failing with an AllianceError (mapped by the store's `mapError`).
 * @example const connection = new SqlConnection(db, path, backend, (error) => backend.mapError(error))
 */
export class SqlConnection<DB> {
  readonly #db: Kysely<DB>;
  readonly #where: string;
  readonly #backend: SqlBackend;
  readonly #mapError: (error: unknown) => AllianceError;
  #closed = false;

  constructor(
    db: Kysely<DB>,
    where: string,
    backend: SqlBackend,
    mapError: (error: unknown) => AllianceError,
  ) {
    this.#db = db;
    this.#where = where;
    this.#backend = backend;
    this.#mapError = mapError;
  }

  /** Runs `work` on the open database, its failures mapped. */
  async read<T>(work: () => Promise<T>): Promise<T> {
    this.assertOpen();
    try {
      return await work();
    } catch (error) {
      throw this.#mapError(error);
    }
  }

  /** Runs `work` in one transaction on the open database, its failures mapped. */
  async write<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    this.assertOpen();
    try {
      return await this.#db.transaction().execute(work);
    } catch (error) {
      throw this.#mapError(error);
    }
  }

  /** Closes the database; a second call does nothing. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      await this.#db.destroy();
    } catch (error) {
      throw this.#backend.mapError(error);
    }
  }

  /** Fails with store_failure once the database is closed. */
  assertOpen(): void {
    if (this.#closed) {
      throw new AllianceError(
        'store_failure',
        `Database ${this.#where} is already closed.`,
        'Open the store again.',
      );
    }
  }

  /** The engine's duplicate-key error as store_conflict (`what` names the key), else undefined. */
  conflict(error: unknown, what: string, hint: string): AllianceError | undefined {
    if (!this.#backend.isDuplicateKey(error)) return undefined;
    return new AllianceError(
      'store_conflict',
      `Database ${this.#where} already holds a row with the same ${what}; nothing was written.`,
      hint,
      { cause: error },
    );
  }
}

/** The form handles and emails are matched in: trimmed, NFC, lower-cased. */
export function matchingForm(text: string): string {
  return text.trim().normalize('NFC').toLowerCase();
}
