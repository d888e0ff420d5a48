import type { EventType, NewEvent, StoredEvent } from './events.ts';

/** A person known to the store. `name` is decrypted on read. */
export interface Person {
  id: string;
  /** The handle the person is looked up by (e.g. the `--name` of the terminal chat), decrypted. */
  handle: string;
  createdAt: string;
}

/** A conversation with figures derived from its log. */
export interface ConversationSummary {
  id: string;
  personId: string;
  createdAt: string;
  /** Timestamp of the newest event, or createdAt when the log is empty. */
  updatedAt: string;
  eventCount: number;
}

/** What a store backend can do, so callers branch on capabilities, never on engine names. */
export interface StoreCapabilities {
  /** Several processes may append to one conversation at once (turns are serialized by the store). */
  concurrentWriters: boolean;
  /** The database lives in one local file (backups are a file copy). */
  embedded: boolean;
}

/**
 * The append-only conversation log. Every view (state, estimates, exports) is derived from it.
 * SQLite and PostgreSQL implement it and pass the same contract suite (`src/store/store-contract.ts`).
 */
export interface EventStore {
  readonly capabilities: StoreCapabilities;
  /** Finds the person with this handle (exact, case-insensitive), creating them if absent. */
  ensurePerson(handle: string): Promise<Person>;
  /** Finds a person by handle without creating one. */
  findPerson(handle: string): Promise<Person | undefined>;
  /** Starts a new, empty conversation for a person. */
  createConversation(personId: string): Promise<ConversationSummary>;
  /** The person's most recently active conversation, if any. */
  latestConversation(personId: string): Promise<ConversationSummary | undefined>;
  /** One conversation, or undefined. */
  getConversation(conversationId: string): Promise<ConversationSummary | undefined>;
  /** Every conversation, most recently active first. */
  listConversations(): Promise<ConversationSummary[]>;
  /**
   * Appends events atomically (all or none) after the current end of the log and returns them
   * with their positions. With `expectedLastSeq`, fails with `store_conflict` if another writer
   * appended first.
   */
  append(
    conversationId: string,
    events: readonly NewEvent[],
    options?: { expectedLastSeq?: number },
  ): Promise<StoredEvent[]>;
  /** Events of a conversation in log order, decrypted; optionally only those after `afterSeq` or of some types. */
  readEvents(
    conversationId: string,
    options?: { afterSeq?: number; types?: readonly EventType[] },
  ): Promise<StoredEvent[]>;
  /**
   * Runs `work` while holding this conversation's turn lock, so turns of one conversation never
   * interleave, also across processes sharing the database (`concurrentWriters`). The lock is
   * released when `work` settles, whether it resolves or throws; nested calls for the same
   * conversation inside `work` do not wait for themselves.
   * @example await store.withConversationLock(conversationId, () => engineTurn(conversationId))
   */
  withConversationLock<T>(conversationId: string, work: () => Promise<T>): Promise<T>;
  /** Releases the connection. */
  close(): Promise<void>;
}
