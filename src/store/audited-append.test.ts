import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isAllianceError, type NewAuditRecord, type NewEvent } from '../core/index.ts';
import { openSqliteServerStores, type SqliteServerStores } from './sqlite-server-stores.ts';
import { generateKey, parseKeys } from './text-cipher.ts';

let dir: string;
let stores: SqliteServerStores;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alliance-audited-'));
  stores = await openSqliteServerStores({
    path: join(dir, 'alliance.db'),
    keyring: parseKeys(generateKey()),
  });
});
after(async () => {
  await stores.close();
  rmSync(dir, { recursive: true, force: true });
});

async function conversation(): Promise<string> {
  const person = await stores.events.ensurePerson(`person-${randomBytes(4).toString('hex')}`);
  return (await stores.events.createConversation(person.id)).id;
}

function message(
  conversationId: string,
  text: string,
  id = `evt_${randomBytes(8).toString('hex')}`,
) {
  return {
    id,
    conversationId,
    sessionId: null,
    type: 'message.received',
    at: '2026-03-02T09:00:00.000Z',
    payload: { text },
  } as NewEvent;
}

function record(conversationId: string): NewAuditRecord {
  return {
    actorId: null,
    actorRole: null,
    action: 'create',
    resourceType: 'message',
    resourceId: conversationId,
    outcome: 'success',
    reason: null,
  };
}

describe('audited appends of a SQLite server', () => {
  it('stores the turns asked for together, each with its audit record', async () => {
    const appendAudited = stores.auditedAppend!;
    const ids = await Promise.all([conversation(), conversation(), conversation()]);
    // Asked for in one turn of the event loop: one transaction for the three.
    const stored = await Promise.all(
      ids.map((id) =>
        appendAudited(id, [message(id, `hello ${id}`)], { expectedLastSeq: 0 }, record(id)),
      ),
    );
    assert.deepEqual(
      stored.map((events) => events.map((event) => event.seq)),
      [[1], [1], [1]],
    );
    for (const id of ids) {
      assert.equal((await stores.events.readEvents(id)).length, 1);
      assert.equal((await stores.accounts.listAudit({ resourceId: id })).length, 1);
    }
  });

  it('fails only the turn at fault, whether it was refused before writing or after', async () => {
    const appendAudited = stores.auditedAppend!;
    const [moved, duplicated, fine] = await Promise.all([
      conversation(),
      conversation(),
      conversation(),
    ]);
    const taken = message(duplicated, 'first');
    await appendAudited(duplicated, [taken], { expectedLastSeq: 0 }, record(duplicated));
    const outcomes = await Promise.allSettled([
      // Not at event 5: refused before anything is written; the others go on in the batch.
      appendAudited(moved, [message(moved, 'late')], { expectedLastSeq: 5 }, record(moved)),
      // An id already in the log: found after writing, so the batch is undone and rerun alone.
      appendAudited(
        duplicated,
        [message(duplicated, 'again', taken.id)],
        { expectedLastSeq: 1 },
        record(duplicated),
      ),
      appendAudited(fine, [message(fine, 'fine')], { expectedLastSeq: 0 }, record(fine)),
    ]);
    const codes = outcomes.map((outcome) =>
      outcome.status === 'fulfilled'
        ? 'stored'
        : isAllianceError(outcome.reason)
          ? outcome.reason.code
          : String(outcome.reason),
    );
    assert.deepEqual(codes, ['store_conflict', 'store_conflict', 'stored']);
    assert.equal((await stores.events.readEvents(moved)).length, 0);
    assert.equal((await stores.events.readEvents(duplicated)).length, 1);
    assert.equal((await stores.events.readEvents(fine)).length, 1);
    assert.equal((await stores.accounts.listAudit({ resourceId: moved })).length, 0);
    assert.equal((await stores.accounts.listAudit({ resourceId: duplicated })).length, 1);
    assert.equal((await stores.accounts.listAudit({ resourceId: fine })).length, 1);
  });
});
