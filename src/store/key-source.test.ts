import assert from 'node:assert/strict';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { isAllianceError, type AllianceErrorCode } from '../core/index.ts';
import { resolveKeyring } from './key-source.ts';
import { generateKey, parseKeys } from './text-cipher.ts';

describe('resolveKeyring', () => {
  let dir: string;
  let dbPath: string;
  let keyFile: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'alliance-key-'));
    dbPath = join(dir, 'alliance.db');
    keyFile = join(dir, 'alliance.key');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function expectCode(run: () => unknown, code: AllianceErrorCode): string {
    let line = '';
    assert.throws(run, (error: unknown) => {
      assert.ok(isAllianceError(error, code), String(error));
      line = error.toLine();
      assert.ok(!line.includes('\n'));
      return true;
    });
    return line;
  }

  it('generates an owner-only key file for a new database, then reuses it', () => {
    const first = resolveKeyring({ dbPath, env: {} });
    assert.equal(first.source, 'generated');
    assert.equal(first.keyFile, keyFile);
    assert.equal(statSync(keyFile).mode & 0o777, 0o600);
    assert.equal(parseKeys(readFileSync(keyFile, 'utf8')).currentKeyId, first.keyring.currentKeyId);
    const second = resolveKeyring({ dbPath, env: {} });
    assert.equal(second.source, 'file');
    assert.equal(second.keyring.currentKeyId, first.keyring.currentKeyId);
  });

  it('creates the directory of a database that does not exist yet', () => {
    const nested = join(dir, 'deep', 'er', 'alliance.db');
    const resolved = resolveKeyring({ dbPath: nested, env: {} });
    assert.equal(resolved.source, 'generated');
    assert.ok(existsSync(join(dir, 'deep', 'er', 'alliance.key')));
  });

  it('treats an empty database file as new', () => {
    writeFileSync(dbPath, '');
    assert.equal(resolveKeyring({ dbPath, env: {} }).source, 'generated');
  });

  it('refuses a key file that other users can read, naming the chmod to run', () => {
    writeFileSync(keyFile, `${generateKey()}\n`, { mode: 0o600 });
    for (const mode of [0o644, 0o640, 0o604]) {
      chmodSync(keyFile, mode);
      const line = expectCode(() => resolveKeyring({ dbPath, env: {} }), 'key_file_insecure');
      assert.ok(line.includes(`chmod 600 ${keyFile}`), line);
    }
  });

  it('never invents a key for a database that already holds data', () => {
    writeFileSync(dbPath, Buffer.from('SQLite format 3\0 and pages of sealed data'));
    const line = expectCode(() => resolveKeyring({ dbPath, env: {} }), 'key_missing');
    assert.match(line, /ALLIANCE_KEY/);
    assert.ok(line.includes(dbPath));
    assert.equal(existsSync(keyFile), false);
  });

  it('prefers ALLIANCE_KEY over the key file', () => {
    const fileKey = generateKey();
    const envKey = generateKey();
    writeFileSync(keyFile, fileKey, { mode: 0o600 });
    const resolved = resolveKeyring({ dbPath, env: { ALLIANCE_KEY: `${envKey},${fileKey}` } });
    assert.equal(resolved.source, 'env');
    assert.equal(resolved.keyFile, undefined);
    assert.equal(resolved.keyring.currentKeyId, parseKeys(envKey).currentKeyId);
    assert.equal(resolved.keyring.keyIds.length, 2);
  });

  it('uses ALLIANCE_KEY even when the key file is insecure or absent, and writes no file', () => {
    writeFileSync(dbPath, Buffer.from('existing data'));
    const resolved = resolveKeyring({ dbPath, env: { ALLIANCE_KEY: generateKey() } });
    assert.equal(resolved.source, 'env');
    assert.equal(existsSync(keyFile), false);
  });

  it('reports an invalid ALLIANCE_KEY or key file as key_invalid', () => {
    expectCode(() => resolveKeyring({ dbPath, env: { ALLIANCE_KEY: 'short' } }), 'key_invalid');
    expectCode(() => resolveKeyring({ dbPath, env: { ALLIANCE_KEY: '' } }), 'key_invalid');
    writeFileSync(keyFile, 'garbage\n', { mode: 0o600 });
    const line = expectCode(() => resolveKeyring({ dbPath, env: {} }), 'key_invalid');
    assert.ok(line.includes(keyFile), line);
  });
});
