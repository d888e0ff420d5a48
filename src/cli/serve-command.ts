import { AllianceError, type AccountStore } from '../core/index.ts';
import {
  argon2Hasher,
  createServer,
  createServerLogger,
  createTurnRuntime,
  ensureAdmin,
} from '../server/index.ts';
import { oneWriterAtATime, openSqliteAccountStore, resolveKeyring } from '../store/index.ts';
import type { CliIo } from './cli-io.ts';
import { openStoreAt } from './open-store.ts';
import { turnConfig, type TurnFlags } from './turn-config.ts';

/** Options of `alliance serve`. */
export interface ServeOptions extends TurnFlags {
  db: string;
  port: string;
  host: string;
}

/** How long shutdown waits for clinician alerts still being delivered. */
const ALERT_DRAIN_MS = 15_000;

/**
 * `alliance serve`: the HTTP API on the embedded store, printing its URL; runs until SIGINT or
 * SIGTERM, then finishes the requests under way, closes the stores and returns 0. Logs (JSON
 * lines, redacted) go to standard error unless ALLIANCE_LOG_LEVEL=silent.
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
  if (/^postgres(ql)?:\/\//iu.test(options.db)) {
    throw new AllianceError(
      'usage',
      'The server keeps its accounts beside the conversations, and accounts on PostgreSQL are not available yet.',
      'Serve from a SQLite file for now (--db PATH).',
    );
  }
  const config = turnConfig(options, io);
  const opened = await openStoreAt(options.db, 'create', io.env, io.error);
  let openedAccounts: AccountStore | undefined;
  try {
    // The key file exists now (openStoreAt made it if needed), so this reads the same keys.
    const { keyring } = resolveKeyring({ dbPath: options.db, env: io.env });
    openedAccounts = await openSqliteAccountStore({ path: options.db, keyring });
    const { events: store, accounts } = oneWriterAtATime(opened, openedAccounts);
    const passwords = argon2Hasher();
    const adminEmail = io.env.ALLIANCE_ADMIN_EMAIL;
    if (
      adminEmail &&
      (await ensureAdmin(accounts, passwords, adminEmail, io.env.ALLIANCE_ADMIN_PASSWORD ?? ''))
    ) {
      io.out('alliance: created the admin account given by ALLIANCE_ADMIN_EMAIL.');
    }
    const runtime = createTurnRuntime({
      store,
      resources: config.resources,
      instruments: config.instruments,
      ...(config.schedule ? { schedule: config.schedule } : {}),
      ...(config.alertWebhook ? { alertWebhook: config.alertWebhook } : {}),
      defaultLocale: config.locale ?? '',
    });
    const level = io.env.ALLIANCE_LOG_LEVEL ?? 'info';
    const app = await createServer({
      store,
      accounts,
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
    });
    const address = await app.listen({ port, host: options.host });
    io.out(
      `alliance: serving the API on ${address} (OpenAPI at ${address}/api/openapi.json); Ctrl-C stops it.`,
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
    await openedAccounts?.close();
    await opened.close();
  }
}
