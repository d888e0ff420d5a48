import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { steppingClock } from '../core/index.ts';
import { runAccountStoreContract } from './account-store-contract.ts';
import { oneWriterAtATime } from './one-writer-at-a-time.ts';
import { openSqliteAccountStore } from './sqlite-account-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { generateKey, parseKeys } from './text-cipher.ts';

const START = Date.parse('2026-01-05T09:00:00.000Z');
const KEY = generateKey();

async function openBoth(dir: string, key = KEY) {
  const path = join(dir, 'alliance.db');
  const keyring = parseKeys(key);
  const events = await openSqliteStore({ path, keyring, clock: steppingClock(START, 1000) });
  const accounts = await openSqliteAccountStore({
    path,
    keyring,
    clock: steppingClock(START, 1000),
  });
  return { path, events, accounts };
}

runAccountStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-accounts-'));
  const opened = await openBoth(dir);
  const { events, accounts } = oneWriterAtATime(opened.events, opened.accounts);
  return { accounts, events, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

describe('sqlite account store on disk', () => {
  it('keeps email and display name only encrypted, with a keyed hash for lookup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alliance-accounts-'));
    try {
      const { path, events, accounts } = await openBoth(dir);
      await accounts.createAccount({
        email: 'Private.Person@Example.org',
        passwordHash: '$argon2id$fake',
        role: 'client',
        displayName: 'Zelda Quixote',
      });
      await accounts.recordLoginFailure('ip:203.0.113.77', 60_000);
      await accounts.close();
      await events.close();
      const bytes = Buffer.concat(
        [path, `${path}-wal`].flatMap((file) => {
          try {
            return [readFileSync(file)];
          } catch {
            return [];
          }
        }),
      ).toString('latin1');
      for (const secret of ['private.person', 'Private.Person', 'Zelda', 'Quixote', '203.0.113.77'])
        assert.ok(!bytes.includes(secret), `${secret} is in the file`);
      const raw = new Database(path, { readonly: true });
      const row = raw.prepare('select email_index from accounts').get() as { email_index: string };
      raw.close();
      assert.match(row.email_index, /^[0-9a-f]{64}$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a database sealed with another key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alliance-accounts-'));
    try {
      const { path, events, accounts } = await openBoth(dir);
      await accounts.close();
      await events.close();
      await assert.rejects(
        openSqliteAccountStore({ path, keyring: parseKeys(generateKey()) }),
        (error: Error & { code?: string }) => error.code === 'key_wrong',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
