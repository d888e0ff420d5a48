import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import {
  isAllianceError,
  SENSITIVE_FIELDS,
  sequentialIds,
  steppingClock,
  type AllianceErrorCode,
  type EventStore,
  type EventType,
  type NewEvent,
} from '../core/index.ts';
import { storeSampleConversation } from './sample-conversation.ts';
import { sampleEvents } from './sample-events.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { runStoreContract } from './store-contract.ts';
import { generateKey, parseKeys, type Keyring } from './text-cipher.ts';

const START = Date.parse('2026-01-05T09:00:00.000Z');
const KEY_A = generateKey();
const KEY_B = generateKey();

runStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-contract-'));
  const store = await openSqliteStore({
    path: join(dir, 'alliance.db'),
    keyring: parseKeys(KEY_A),
    clock: steppingClock(START, 1000),
  });
  return { store, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

async function expectCode(promise: Promise<unknown>, code: AllianceErrorCode): Promise<string> {
  let line = '';
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isAllianceError(error), `expected AllianceError ${code}, got ${String(error)}`);
    assert.equal(error.code, code, error.toLine());
    line = error.toLine();
    assert.ok(!line.includes('\n'), 'one line');
    assert.ok(!/SqliteError|at .*\.ts:\d+/.test(line), line);
    return true;
  });
  return line;
}

describe('sqlite store on disk', () => {
  let dir: string;
  let path: string;
  const open: EventStore[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'alliance-sqlite-'));
    path = join(dir, 'alliance.db');
  });

  afterEach(async () => {
    for (const db of rawConnections.splice(0)) if (db.open) db.close();
    for (const store of open.splice(0)) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function openStore(keyring: Keyring = parseKeys(KEY_A), extra = {}): Promise<EventStore> {
    const store = await openSqliteStore({
      path,
      keyring,
      clock: steppingClock(START, 1000),
      ids: sequentialIds(),
      ...extra,
    });
    open.push(store);
    return store;
  }

  async function closeAll(): Promise<void> {
    for (const store of open.splice(0)) await store.close();
  }

  /** A closed database with one person ("Marguerite Okafor") and one event of every type. */
  async function seeded(
    keyring?: Keyring,
  ): Promise<{ conversationId: string; events: NewEvent[] }> {
    const { conversation, events } = await storeSampleConversation(await openStore(keyring));
    await closeAll();
    return { conversationId: conversation.id, events };
  }

  const rawConnections: Database.Database[] = [];
  /** A plain better-sqlite3 connection for inspecting or disturbing the file; closed after each test. */
  function raw(options: Database.Options = {}): Database.Database {
    const db = new Database(path, options);
    rawConnections.push(db);
    return db;
  }

  it("keeps the person's words out of the database file and its WAL, also after a checkpoint", async () => {
    const store = await openStore();
    const { words } = await storeSampleConversation(store);
    assert.ok(words.length >= 12);
    const assertAbsent = (file: string) => {
      const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
      for (const text of words) assert.equal(bytes.includes(text), false, `${file}: "${text}"`);
      return bytes;
    };
    const wal = assertAbsent(`${path}-wal`);
    assertAbsent(path);
    assert.ok(wal.length > 0, 'writes went to the WAL');
    // The search itself works: a non-sensitive payload value is there in clear.
    assert.ok(Buffer.concat([wal, readFileSync(path)]).includes('templates-v1'));

    const checkpointer = raw();
    checkpointer.pragma('wal_checkpoint(TRUNCATE)');
    checkpointer.close();
    assert.ok(readFileSync(path).includes('templates-v1'), 'checkpoint moved rows into the file');
    assertAbsent(path);
    assertAbsent(`${path}-wal`);
    await closeAll();
    assertAbsent(path);
  });

  it('refuses a different key at open with key_wrong on one line, even with no events', async () => {
    await openStore();
    await closeAll();
    const line = await expectCode(openStore(parseKeys(KEY_B)), 'key_wrong');
    assert.ok(line.includes(path), line);
    assert.ok(line.includes(parseKeys(KEY_A).currentKeyId), line);
    assert.ok(!line.includes(KEY_A) && !line.includes(KEY_B));
  });

  it('rotates keys: "B,A" reads old rows, seals new ones with B and still finds people', async () => {
    const { conversationId, events } = await seeded(parseKeys(KEY_A));
    const a = parseKeys(KEY_A).currentKeyId;
    const b = parseKeys(KEY_B).currentKeyId;

    const store = await openStore(parseKeys(`${KEY_B},${KEY_A}`));
    const stored = await store.readEvents(conversationId);
    assert.deepEqual(
      stored,
      events.map((event, index) => ({ ...event, seq: index + 1 })),
    );
    const found = await store.findPerson('MARGUERITE okafor ');
    assert.equal(found?.handle, 'Marguerite Okafor');
    const [extra] = sampleEvents({
      conversationId,
      ids: sequentialIds(),
      startAt: '2026-02-01T10:00:00.000Z',
    }).filter((event) => event.type === 'message.received');
    assert.ok(extra);
    const renamed = { ...extra, id: 'evt_after_rotation' };
    await store.append(conversationId, [renamed]);
    assert.deepEqual(await store.ensurePerson('marguerite okafor'), found);
    await closeAll();

    const inspect = raw({ readonly: true });
    const keyIds = inspect
      .prepare(`select id, key_id from events where key_id is not null order by seq`)
      .all() as { id: string; key_id: string }[];
    assert.equal(keyIds.at(-1)?.key_id, b);
    assert.ok(keyIds.slice(0, -1).every((row) => row.key_id === a));
    const personKey = inspect.prepare(`select key_id from people`).get() as { key_id: string };
    assert.equal(personKey.key_id, b, 'ensurePerson moved the person to the current key');
    inspect.close();

    const reopened = await openStore(parseKeys(`${KEY_B},${KEY_A}`));
    assert.equal((await reopened.readEvents(conversationId)).length, events.length + 1);
    assert.equal((await reopened.findPerson('Marguerite Okafor'))?.id, found?.id);
    await closeAll();
    // The database now holds data sealed with B: the old key alone no longer opens it.
    await expectCode(openStore(parseKeys(KEY_A)), 'key_wrong');
  });

  it('reports a database locked by another writer as store_locked and leaves it intact', async () => {
    const { conversationId, events } = await seeded();
    const holder = raw();
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const line = await expectCode(openStore(undefined, { busyTimeoutMs: 50 }), 'store_locked');
      assert.ok(line.includes(path) && /another process/.test(line), line);
    } finally {
      holder.exec('ROLLBACK');
    }

    const store = await openStore(undefined, { busyTimeoutMs: 50 });
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const [more] = events;
      assert.ok(more);
      await expectCode(
        store.append(conversationId, [{ ...more, id: 'evt_while_locked' }]),
        'store_locked',
      );
      await expectCode(store.ensurePerson('Someone New'), 'store_locked');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    assert.deepEqual(
      await store.readEvents(conversationId),
      events.map((event, index) => ({ ...event, seq: index + 1 })),
    );
    assert.equal((await store.getConversation(conversationId))?.eventCount, events.length);
  });

  it('refuses a file of random bytes as store_corrupt without touching it', async () => {
    writeFileSync(path, randomBytes(8192));
    await expectUntouchedCorrupt();
  });

  it('refuses a database with a garbage header or cut short as store_corrupt without touching it', async () => {
    await seeded();
    const good = join(dir, 'good.db');
    copyFileSync(path, good);
    const size = statSync(good).size;
    assert.ok(size > 3 * 4096);

    const header = readFileSync(good);
    header.write('NotSQLite garbage', 0, 'latin1');
    writeFileSync(path, header);
    await expectUntouchedCorrupt();

    for (const length of [60, 4096, Math.floor(size / 2), size - 4096]) {
      rmSync(`${path}-wal`, { force: true });
      rmSync(`${path}-shm`, { force: true });
      copyFileSync(good, path);
      truncateSync(path, length);
      await expectUntouchedCorrupt();
    }
  });

  it("refuses another application's SQLite database without adding tables to it", async () => {
    const other = raw();
    other.exec(`create table notes (id integer primary key, body text)`);
    other.close();
    await expectUntouchedCorrupt();
  });

  async function expectUntouchedCorrupt(): Promise<void> {
    const before = readFileSync(path);
    const line = await expectCode(openStore(), 'store_corrupt');
    assert.ok(line.includes(path) && /backup/.test(line), line);
    assert.ok(before.equals(readFileSync(path)), 'file bytes unchanged');
    assert.equal(existsSync(`${path}-wal`), false);
  }

  it("reports a missing file as store_missing in 'existing' mode and does not create it", async () => {
    const line = await expectCode(openStore(undefined, { mode: 'existing' }), 'store_missing');
    assert.ok(line.includes(path) && /--db/.test(line), line);
    assert.equal(existsSync(path), false);
  });

  it('creates the parent directory and an owner-only file in create mode', async () => {
    path = join(dir, 'nested', 'deeper', 'alliance.db');
    const store = await openStore();
    await store.ensurePerson('Sam');
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.equal(statSync(`${path}-wal`).mode & 0o777, 0o600);
  });

  it('runs in WAL mode with foreign keys on', async () => {
    const store = await openStore();
    assert.equal(raw().pragma('journal_mode', { simple: true }), 'wal');
    await expectCode(store.createConversation('person_nobody'), 'person_not_found');
  });

  it('records migrations once and does not re-run them on reopen', async () => {
    await seeded();
    const read = () =>
      raw({ readonly: true }).prepare(`select name, timestamp from kysely_migration`).all();
    const first = read();
    assert.deepEqual(
      first.map((row) => (row as { name: string }).name),
      ['0001-initial', '0002-accounts'],
    );
    await openStore();
    await closeAll();
    assert.deepEqual(read(), first);
  });

  it('refuses a database written by a newer schema instead of guessing', async () => {
    await seeded();
    const db = raw();
    db.prepare(`insert into kysely_migration (name, timestamp) values (?, ?)`).run(
      '9999-future',
      '2030-01-01T00:00:00.000Z',
    );
    db.close();
    const line = await expectCode(openStore(), 'store_failure');
    assert.match(line, /newer version/);
  });

  it('detects sealed text moved between rows (it is bound to its event)', async () => {
    const { conversationId, events } = await seeded();
    const db = raw();
    const rows = db
      .prepare(`select id, sealed, key_id from events where sealed is not null order by seq`)
      .all() as { id: string; sealed: string; key_id: string }[];
    const [first, second] = rows;
    assert.ok(first && second);
    db.prepare(`update events set sealed = ? where id = ?`).run(second.sealed, first.id);
    db.close();
    const store = await openStore();
    const line = await expectCode(store.readEvents(conversationId), 'key_wrong');
    assert.ok(line.includes(path), line);
    assert.ok(events.length > 0);
  });

  it('stores no sensitive field in the queryable data column', async () => {
    await seeded();
    const rows = raw({ readonly: true }).prepare(`select type, data from events`).all() as {
      type: string;
      data: string;
    }[];
    for (const row of rows) {
      const data = JSON.parse(row.data) as Record<string, unknown>;
      for (const key of SENSITIVE_FIELDS[row.type as EventType] as readonly string[]) {
        assert.equal(key in data, false, `${row.type} keeps ${key} in clear`);
      }
    }
  });

  it('reports use after close as store_failure', async () => {
    const store = await openStore();
    await store.close();
    await store.close();
    await expectCode(store.listConversations(), 'store_failure');
  });
});
