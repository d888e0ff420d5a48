import { setFlagsFromString } from 'node:v8';
import { AllianceError } from '../core/index.ts';
import {
  argon2Hasher,
  builtWebRoot,
  createServer,
  createServerLogger,
  ensureAdmin,
  seedDemo,
} from '../server/index.ts';
import type { CliIo } from './cli-io.ts';
import { openServerStores } from './open-server-stores.ts';
import { turnConfig, turnRuntimeFor, type TurnFlags } from './turn-config.ts';

/** Options of `alliance serve`. */
export interface ServeOptions extends TurnFlags {
  db: string;
  port: string;
  host: string;
  /** Seed simulated clients and demo staff logins first (see docs/dashboards.md). */
  demo?: boolean;
}

/**
 * How far V8 may grow its heap past what survived its last full collection, in percent. Left to
 * itself V8 grows it up to fourfold on a busy process and gives little back, which took the
 * server past its 300 MB budget (DESIGN.md) in two runs of five; at 30% the HTTP benchmark holds
 * 1,000 conversations in 222–234 MB (249–311 MB with V8's own growth) at the same turns per
 * second (docs/server.md, "Memory"). Set once `serve` starts, so it holds however the process
 * was started; ALLIANCE_HEAP_GROWING_PERCENT changes it, 0 leaves V8 its own.
 */
const HEAP_GROWING_PERCENT = 30;

/**
 * The heap growth `serve` asks V8 for: ALLIANCE_HEAP_GROWING_PERCENT if set (0–400), else 30.
 * @example heapGrowingPercent({ ALLIANCE_HEAP_GROWING_PERCENT: '50' }) // 50
 */
export function heapGrowingPercent(env: CliIo['env']): number {
  const given = env.ALLIANCE_HEAP_GROWING_PERCENT;
  if (given === undefined || given === '') return HEAP_GROWING_PERCENT;
  if (!/^\d{1,3}$/u.test(given) || Number(given) > 400) {
    throw new AllianceError(
      'usage',
      `ALLIANCE_HEAP_GROWING_PERCENT=${given.slice(0, 20)} is not a percentage from 0 to 400.`,
      'Give a whole number such as 30, or 0 to leave V8 its own heap growth.',
    );
  }
  return Number(given);
}

/** How long shutdown waits for clinician alerts still being delivered. */
const ALERT_DRAIN_MS = 15_000;

/**
 * `alliance serve`: the HTTP API on the embedded store or PostgreSQL, printing its URL; runs
 * until SIGINT or SIGTERM, then finishes the requests under way, closes the stores and returns 0.
 * Logs (JSON lines, redacted) go to standard error unless ALLIANCE_LOG_LEVEL=silent.
 */
export async function serveCommand(options: ServeOptions, io: CliIo): Promise<number> {
  const port = Number(options.port);
  if (!/^\d{1,5}$/u.test(options.port) || port > 65_535) {
    throw new AllianceError(
      'usage',
      `--port ${options.port} is not a port number.`,
      'Give 0–65535 (0 picks a free port).',
    );
  }
  const growth = heapGrowingPercent(io.env);
  const config = turnConfig(options, io);
  if (growth > 0) setFlagsFromString(`--heap-growing-percent=${growth}`);
  const stores = await openServerStores(options.db, io.env, io.error);
  try {
    const { events: store, accounts, auditedAppend, keyring } = stores;
    const passwords = argon2Hasher();
    const adminEmail = io.env.ALLIANCE_ADMIN_EMAIL;
    if (
      adminEmail &&
      (await ensureAdmin(accounts, passwords, adminEmail, io.env.ALLIANCE_ADMIN_PASSWORD ?? ''))
    ) {
      io.out('alliance: created the admin account given by ALLIANCE_ADMIN_EMAIL.');
    }
    if (options.demo) {
      io.out('alliance: simulating the demo clients through the real pipeline…');
      const seed = await seedDemo({
        store,
        accounts,
        passwords,
        resources: config.resources,
        defaultLocale: config.locale ?? '',
      });
      io.out(
        seed.created
          ? `alliance: demo data: ${seed.simulated.conversations} clients, ${seed.simulated.sessions} sessions, ${seed.simulated.questionnaires} questionnaires.`
          : 'alliance: the demo accounts already exist; nothing was added.',
      );
      io.out('alliance: demo logins (for a demo store only; anyone reading this can use them):');
      for (const login of seed.logins.filter((entry) => entry.role !== 'client'))
        io.out(`  ${login.role.padEnd(10)} ${login.email}  password: ${login.password}`);
      const clients = seed.logins.filter((entry) => entry.role === 'client');
      io.out(
        `  client     ${clients.map((entry) => entry.email).join(', ')}  password: ${clients[0]?.password ?? ''}`,
      );
    }
    const runtime = turnRuntimeFor(store, config);
    const level = io.env.ALLIANCE_LOG_LEVEL ?? 'info';
    const webRoot = builtWebRoot();
    const app = await createServer({
      store,
      accounts,
      ...(auditedAppend ? { auditedAppend } : {}),
      runtime,
      resources: config.resources,
      defaultLocale: config.locale ?? '',
      passwords,
      ...(level === 'silent'
        ? {}
        : { logger: createServerLogger({ level, destination: process.stderr }) }),
      // Stable across restarts, and unrelated to any other use of the key.
      pseudonymKey: Buffer.from(keyring.blindIndex('research-pseudonym-key')[0] as string, 'hex'),
      trustProxy: io.env.ALLIANCE_TRUST_PROXY === '1',
      ...(webRoot ? { webRoot } : {}),
    });
    const address = await app.listen({ port, host: options.host });
    io.out(
      `alliance: serving the API on ${address} (OpenAPI at ${address}/api/openapi.json); Ctrl-C stops it.`,
    );
    io.out(
      webRoot
        ? `alliance: open the web app at ${address}/`
        : 'alliance: the web app is not built (npm run build:web); serving the API only.',
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGTERM', stop);
      if (io.interrupt) io.interrupt.addEventListener('abort', stop, { once: true });
      else process.once('SIGINT', stop);
    });
    await app.close();
    if (!(await runtime.drainAlerts(ALERT_DRAIN_MS))) {
      io.error(
        'alliance: a clinician alert was still being delivered at shutdown; its outcome is not recorded.',
      );
    }
    io.out('alliance: server stopped.');
    return 0;
  } finally {
    io.release?.();
    await stores.close();
  }
}
