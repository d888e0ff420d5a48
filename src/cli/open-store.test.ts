import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isAllianceError, type AllianceErrorCode } from '../core/index.ts';
import { closedPort } from '../store/closed-port.ts';
import { generateKey } from '../store/index.ts';
import { openStoreAt } from './open-store.ts';

const PASSWORD = 'n0t-for-logs';

async function failure(promise: Promise<unknown>, code: AllianceErrorCode): Promise<string> {
  let line = '';
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isAllianceError(error), `expected AllianceError ${code}, got ${String(error)}`);
    assert.equal(error.code, code, error.toLine());
    line = error.toLine();
    return true;
  });
  assert.ok(!line.includes(PASSWORD), line);
  return line;
}

describe('--db with a PostgreSQL URL', () => {
  it('asks for ALLIANCE_KEY and writes no key file anywhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alliance-open-store-'));
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      for (const scheme of ['postgres', 'postgresql']) {
        const url = `${scheme}://sam:${PASSWORD}@127.0.0.1:1/alliance`;
        const line = await failure(
          openStoreAt(url, 'create', {}, () => {}),
          'key_missing',
        );
        assert.match(line, /ALLIANCE_KEY/);
        assert.ok(line.includes('postgres://sam@127.0.0.1:1/alliance'), line);
      }
      assert.deepEqual(readdirSync(dir), [], 'no key file or directory was created');
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports an unreachable server with host and port, never the password', async () => {
    const port = await closedPort();
    const url = `postgres://sam:${PASSWORD}@127.0.0.1:${port}/alliance`;
    const line = await failure(
      openStoreAt(url, 'existing', { ALLIANCE_KEY: generateKey() }, () => {}),
      'store_missing',
    );
    assert.ok(line.includes(`127.0.0.1:${port}`), line);
  });

  it('refuses a malformed URL without echoing it', async () => {
    const line = await failure(
      openStoreAt(`postgres://sam:${PASSWORD}@db:port/x`, 'create', {}, () => {}),
      'config_invalid',
    );
    assert.ok(!existsSync('postgres:'), line);
  });
});
