/**
 * Test-only: a real `alliance serve` process on a free port, for the tests that need the whole
 * program (the CLI's serve tests, crash recovery, two instances on one database). It lives with
 * the server it starts; the CLI's tests import it directly, as it is no part of the public face.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const BIN = new URL('../../bin/alliance.mjs', import.meta.url).pathname;

/** A running `alliance serve` and what it has printed so far. */
export interface ServeProcess {
  child: ChildProcess;
  /** The API's address on loopback, as the server printed it. */
  url: string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
}

/** A minimal environment for `alliance serve`: no inherited settings, logging off. */
export function serveEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: home,
    LANG: 'en_US.UTF-8',
    ALLIANCE_LOG_LEVEL: 'silent',
    ...extra,
  };
}

/**
 * Starts `alliance serve --port 0 --db <db>` and resolves once it prints its loopback URL;
 * rejects if it exits, or kills it and rejects if it is silent for `timeoutMs`. `name` labels the errors.
 */
export async function startServe(options: {
  db: string;
  env: NodeJS.ProcessEnv;
  name?: string;
  timeoutMs?: number;
}): Promise<ServeProcess> {
  const name = options.name ?? 'the server';
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', options.db], {
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start: ${stdout} ${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.stdout!.on('data', () => {
      const match = /serving the API on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${name} exited: ${stdout} ${stderr}`));
    });
  });
  return { child, url, exited, stdout: () => stdout, stderr: () => stderr };
}

/** POSTs `body` as JSON to `url`, with a bearer `token` when given. */
export async function postJson(
  url: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; json: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as any };
}
