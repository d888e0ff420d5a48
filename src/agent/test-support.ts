import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { EventStore } from '../core/index.ts';
import { generateKey, openSqliteStore, parseKeys } from '../store/index.ts';
import type { ConversationEngine } from './conversation-engine.ts';

/**
 * A throwaway encrypted SQLite store for one test file: opened before its tests, closed and
 * removed after them. Read `.store` inside tests.
 * @example const db = temporaryStore('alliance-policy-'); … db.store
 */
export function temporaryStore(prefix: string): { readonly store: EventStore } {
  let dir: string;
  let store: EventStore | undefined;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    store = await openSqliteStore({ path: join(dir, 'a.db'), keyring: parseKeys(generateKey()) });
  });
  after(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get store() {
      if (!store) throw new Error('the temporary store is open only inside tests');
      return store;
    },
  };
}

/** Opens a first session and says yes to the first-contact disclosure, as a person would. */
export async function consented(
  agent: {
    startSession: ConversationEngine['startSession'];
    handleMessage: ConversationEngine['handleMessage'];
  },
  id: string,
  options: Parameters<ConversationEngine['startSession']>[1],
) {
  const opening = await agent.startSession(id, options);
  await agent.handleMessage(id, 'yes');
  return opening;
}
