/**
 * What the browser suites share: Debian's Chromium driven by playwright-core against a real
 * `alliance serve` on a throwaway SQLite database, axe-core checks and screenshots saved to
 * test-results/screenshots/ for a person to look at. Not a test file itself.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildWeb } from '../../scripts/build-web.ts';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the suites save their screenshots. */
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/** A running `alliance serve` and everything it printed while starting. */
export interface RunningServer {
  url: string;
  child: ChildProcess;
  output: string;
}

/** Starts `alliance serve` (plus `args`) on a free port and returns the web app's address. */
export async function startServer(
  dbDir: string,
  options: { args?: readonly string[]; timeoutMs?: number } = {},
): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'bin', 'alliance.mjs'),
      'serve',
      ...(options.args ?? []),
      '--port',
      '0',
      '--db',
      join(dbDir, 'alliance.db'),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, ALLIANCE_LOG_LEVEL: 'silent', ALLIANCE_LOCALE: 'en-GB' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not start:\n${output}`)),
      options.timeoutMs ?? 60_000,
    );
    const read = (chunk: Buffer) => {
      output += String(chunk);
      const match = /open the web app at (http:\/\/[^\s]+?)\/?$/mu.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      } else if (/not built/u.test(output)) {
        clearTimeout(timer);
        reject(new Error('the server found no built web app'));
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${output}`));
    });
  });
  return { url, child, output };
}

/** Stops a server started by `startServer` and waits for it to exit. */
async function stopServer(server: RunningServer | undefined): Promise<void> {
  if (server && server.child.exitCode === null) {
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
  }
}

/**
 * Builds the web app if stale, makes the screenshot folder and launches headless Chromium with
 * one page of the given size. playwright-core is loaded here, so a suite skipped for want of
 * Chromium never loads it.
 */
async function launchBrowser(viewport: {
  width: number;
  height: number;
}): Promise<{ browser: Browser; page: Page }> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await buildWeb({ force: false });
  const { chromium } = await import('playwright-core');
  // launch() gives Chromium a fresh, empty profile directory of its own each time.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ viewport, locale: 'en-GB', acceptDownloads: true });
  return { browser, page: await context.newPage() };
}

/**
 * Runs `suite` when Debian's Chromium is installed; otherwise registers one skipped test named
 * `name`, so the run says why the browser suite did not run.
 */
export function ifChromium(name: string, suite: () => void): void {
  if (existsSync(CHROMIUM)) {
    suite();
    return;
  }
  it(
    name,
    {
      skip: `${CHROMIUM} is not installed (apt-get install chromium); the browser suite did not run`,
    },
    () => {},
  );
}

/**
 * One Chromium page and one server on a throwaway database, started before the enclosing
 * `describe`'s tests (`ready` receives them) and stopped, with the database removed, after them.
 */
export function useBrowserSession<S extends RunningServer>(options: {
  viewport: { width: number; height: number };
  start: (dbDir: string) => Promise<S>;
  ready: (session: { page: Page; server: S }) => void;
}): void {
  let dbDir: string | undefined;
  let browser: Browser | undefined;
  let server: S | undefined;
  before(async () => {
    dbDir = mkdtempSync(join(tmpdir(), 'alliance-browser-'));
    const launched = await launchBrowser(options.viewport);
    browser = launched.browser;
    server = await options.start(dbDir);
    options.ready({ page: launched.page, server });
  });
  after(async () => {
    await browser?.close();
    await stopServer(server);
    if (dbDir) rmSync(dbDir, { recursive: true, force: true });
  });
}

let axeSource: string | undefined;

/** Runs axe-core on the page as it is; fails on any serious or critical violation. */
export async function checkAccessibility(page: Page, name: string): Promise<void> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, so the page's content security policy still
  // applies to the app itself.
  await page.evaluate(axeSource);
  // A string, not a function: this file is type-checked without the DOM's types.
  const violations = (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
    }));
  })()`)) as { id: string; impact: string | null; help: string; targets: string[] }[];
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `${name}: accessibility violations`);
}

/** Saves the whole page from the top, or (`view`) only what is on screen now. */
export async function screenshot(
  page: Page,
  name: string,
  what: 'page' | 'view' = 'page',
): Promise<void> {
  if (what === 'page') await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: what === 'page' });
}
