/** Row shapes of the store's tables, for typed Kysely queries (snake_case as in SQL). */
export interface StoreSchema {
  meta: MetaRow;
  people: PersonRow;
  conversations: ConversationRow;
  events: EventRow;
}

/** Store-wide settings, e.g. the `key_check` canary that proves the keyring fits the data. */
export interface MetaRow {
  key: string;
  value: string;
}

/** A person; the handle is only kept sealed and as a keyed hash for lookups. */
export interface PersonRow {
  id: string;
  handle_index: string;
  handle_sealed: string;
  key_id: string;
  created_at: string;
}

/** A conversation with figures kept in step with its log by every append. */
export interface ConversationRow {
  id: string;
  person_id: string;
  created_at: string;
  updated_at: string;
  last_seq: number;
  event_count: number;
}

/** One logged event: queryable payload keys in `data`, the person's words sealed in `sealed`. */
export interface EventRow {
  id: string;
  conversation_id: string;
  seq: number;
  session_id: string | null;
  type: string;
  at: string;
  data: string;
  sealed: string | null;
  key_id: string | null;
}
