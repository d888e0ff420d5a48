import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { postJson as post, serveEnv, startServe } from './serve-process.ts';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'alliance-crash-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `alliance serve` on a free port and resolves with its URL. */
const start = (db: string) => startServe({ db, env: serveEnv(dir) });

describe('a server killed with SIGKILL under load', () => {
  it('keeps every message it acknowledged, in order, after a restart', async () => {
    const db = join(dir, 'alliance.db');
    const first = await start(db);
    const people = 12;
    const sessions: { token: string; id: string; acknowledged: string[] }[] = [];
    for (let i = 0; i < people; i++) {
      const credentials = { email: `load${i}@example.org`, password: `load password ${i}` };
      await post(`${first.url}/api/auth/register`, {
        ...credentials,
        consent: { version: 'privacy-1' },
      });
      const token = (await post(`${first.url}/api/auth/login`, credentials)).json.token as string;
      const id = (await post(`${first.url}/api/conversations`, {}, token)).json.id as string;
      sessions.push({ token, id, acknowledged: [] });
    }
    // Each person keeps sending messages until the server dies under them.
    let killed = false;
    const refused: number[] = [];
    const load = sessions.map(async (session, person) => {
      for (let n = 0; !killed; n++) {
        const text = `person ${person} message ${n} about my week`;
        try {
          const response = await post(
            `${first.url}/api/conversations/${session.id}/messages`,
            { text },
            session.token,
          );
          if (response.status === 200) session.acknowledged.push(text);
          else refused.push(response.status);
        } catch {
          return; // the connection died with the server
        }
      }
    });
    // Killed once two messages a person have been acknowledged, whatever time that takes on this
    // machine (a fixed 2.5 s saw only 2 on a loaded one), with requests still in flight.
    const acknowledged = () =>
      sessions.reduce((sum, session) => sum + session.acknowledged.length, 0);
    const deadline = Date.now() + 120_000;
    while (acknowledged() < 2 * people && Date.now() < deadline && refused.length === 0)
      await new Promise((resolve) => setTimeout(resolve, 20));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(load);
    const total = acknowledged();
    assert.ok(total >= 2 * people, `only ${total} messages were acknowledged in two minutes`);
    assert.deepEqual(refused, [], 'no request was refused or failed under load');

    const second = await start(db);
    try {
      for (const session of sessions) {
        const response = await fetch(`${second.url}/api/conversations/${session.id}`, {
          headers: { authorization: `Bearer ${session.token}` },
        });
        assert.equal(response.status, 200);
        const body = (await response.json()) as { messages: { from: string; text: string }[] };
        const stored = body.messages.filter((m) => m.from === 'client').map((m) => m.text);
        // Every acknowledged message is there, in the order it was sent; at most one more (sent,
        // stored, but its answer lost with the process).
        assert.deepEqual(stored.slice(0, session.acknowledged.length), session.acknowledged);
        assert.ok(stored.length - session.acknowledged.length <= 1);
      }
    } finally {
      second.child.kill('SIGTERM');
    }
  });
});
