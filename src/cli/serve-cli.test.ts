import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const BIN = new URL('../../bin/alliance.mjs', import.meta.url).pathname;
let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'alliance-serve-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const env = () => ({
  PATH: process.env.PATH ?? '',
  HOME: dir,
  LANG: 'en_US.UTF-8',
  ALLIANCE_LOG_LEVEL: 'silent',
});

describe('alliance serve', () => {
  it('serves on loopback, prints its URL, holds a conversation, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [BIN, 'serve', '--port', '0', '--db', join(dir, 'serve', 'alliance.db')],
      {
        env: env(),
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no URL printed: ${stdout} ${stderr}`)),
          30_000,
        );
        child.stdout.on('data', () => {
          const match = /serving the API on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
      });
      const post = async (path: string, body: unknown, token?: string) => {
        const response = await fetch(`${url}${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(body),
        });
        return { status: response.status, json: (await response.json()) as any };
      };
      const credentials = { email: 'cli@example.org', password: 'a password for the cli' };
      assert.equal(
        (await post('/api/auth/register', { ...credentials, consent: { version: 'privacy-1' } }))
          .status,
        201,
      );
      const { json: login } = await post('/api/auth/login', credentials);
      const created = await post('/api/conversations', {}, login.token);
      assert.equal(created.status, 201);
      assert.match(created.json.reply.text, /I'm an AI/);
      const reply = await post(
        `/api/conversations/${created.json.id}/messages`,
        { text: 'I want to kill myself' },
        login.token,
      );
      assert.equal(reply.status, 200);
      assert.equal(reply.json.safety.crisisProtocolActive, true);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0, stderr);
    assert.match(stdout, /server stopped/);
  });

  it('refuses a bad port and a PostgreSQL URL with one line and exit code 2', () => {
    for (const args of [
      ['--port', 'eighty'],
      ['--db', 'postgres://localhost/alliance'],
    ]) {
      const result = spawnSync(process.execPath, [BIN, 'serve', ...args], {
        env: env(),
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, /^alliance: /);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    }
  });
});
