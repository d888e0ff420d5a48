// Benchmark: turns over the HTTP API with 64 conversations at once, on loopback, against
// `alliance serve` running in a child process (so its memory is measured apart from this load
// generator). The messages are those of the project's simulated personas (`alliance simulate`):
// consent, name, concerns, goals, exercises, one crisis among them, over three sessions.
// Beside it, in the same run and with the same messages and concurrency: an NLP.js intent bot
// served by node:http (bench/nlpjs-peer-server.ts). Before the timed turns, the server's memory
// with 1,000 active conversations. SQLite always; PostgreSQL when ALLIANCE_BENCH_PG_URL (or ALLIANCE_TEST_PG_URL)
// names a database the benchmark may write to.
// Targets (DESIGN.md): ≥ 1,000 turns/s, p99 ≤ 100 ms, zero errors (SQLite); ≤ 300 MB RSS with
// 1,000 active conversations.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const CLIENTS = 64;
const WARM_UP_TURNS_PER_CLIENT = 12;
const TURNS_PER_CLIENT = 96; // 6,144 timed turns
const MEMORY_CONVERSATIONS = 1_000;
const MEMORY_TURNS = 4;
const IDLE_MS = 10_000;
const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/alliance.mjs');
const work = mkdtempSync(join(tmpdir(), 'alliance-http-bench-'));

/** A persona's client messages, one list per session. */
interface Script {
  persona: string;
  sessions: string[][];
}

/** The personas' messages, from `alliance simulate` (the real pipeline, a throwaway store). */
function personaScripts(): Script[] {
  const dir = join(work, 'transcripts');
  const result = spawnSync(
    process.execPath,
    [bin, 'simulate', '--sessions', '3', '--transcripts', dir],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`alliance simulate failed: ${result.stderr}`);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .map((file) => {
      const sessions: string[][] = [[], [], []];
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { session: number; speaker: string; text: string };
        if (entry.speaker === 'client') sessions[entry.session - 1]!.push(entry.text);
      }
      return { persona: file.replace(/\.jsonl$/u, ''), sessions };
    });
}

/** A running server in a child process. */
interface Served {
  child: ChildProcess;
  url: string;
}

/** Starts a child and waits for the line that carries its URL; rejects with its output if it exits first. */
function startChild(args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<Served> {
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', log] });
  closeSync(log);
  return new Promise((resolve, reject) => {
    let output = '';
    const ready = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /(?:serving the API on|listening on) (http:\/\/[^\s(]+)/u.exec(output)?.[1];
      if (url) {
        child.off('exit', failed);
        resolve({ child, url });
      }
    };
    // stdout stays drained for the child's whole life, so it never blocks on a full pipe.
    child.stdout!.on('data', ready);
    const failed = (code: number | null) => {
      let stderr = '';
      try {
        stderr = readFileSync(logFile, 'utf8');
      } catch {
        // nothing logged
      }
      reject(
        new Error(
          `exited with ${code}: ${(output + stderr).trim().split('\n').slice(-3).join(' ')}`,
        ),
      );
    };
    child.once('exit', failed);
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Resident memory of a process, from /proc (Linux), in MB. */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/mu.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
  // The fields after the command name (which is in parentheses and may hold spaces).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticksPerSecond = 100; // USER_HZ, 100 on Linux
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS * 2 });

/** One JSON request over a kept-alive connection. */
function call(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; token?: string; address?: string } = {},
): Promise<{ status: number; json: any }> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = {};
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(payload));
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  // Each simulated person comes from an address of their own (the server trusts the proxy
  // header in this benchmark), as behind a reverse proxy; otherwise the per-address
  // registration limit would stop the 31st.
  if (options.address) headers['x-forwarded-for'] = options.address;
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, base), { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Runs `work` for each item with at most `limit` under way. */
async function pool<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, index);
      }
    }),
  );
  return results;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** What a timed run measured. */
interface Figures {
  turns: number;
  seconds: number;
  p50: number;
  p99: number;
  errors: number;
  errorKinds: Map<string, number>;
  rss: number;
  /** CPU the server used per turn, and the load generator (this process). */
  serverCpuMsPerTurn: number;
  clientCpuMsPerTurn: number;
}

/** One simulated person's side of the conversation: message after message, sessions in between. */
interface Talker {
  /** Sends the next message of the script; the latency and whether it failed. */
  next(): Promise<{ ms: number; error?: string }>;
}

/** Drives every talker for `turns` messages each, all at once; returns the timed figures. */
async function drive(talkers: Talker[], turns: number, pid: number): Promise<Figures> {
  const samples: number[] = [];
  const errorKinds = new Map<string, number>();
  let errors = 0;
  const serverCpu = cpuMs(pid);
  const clientCpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(
    talkers.map(async (talker) => {
      for (let i = 0; i < turns; i++) {
        const { ms, error } = await talker.next();
        samples.push(ms);
        if (error) {
          errors += 1;
          errorKinds.set(error, (errorKinds.get(error) ?? 0) + 1);
        }
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const serverCpuMsPerTurn = (cpuMs(pid) - serverCpu) / samples.length;
  const used = process.cpuUsage(clientCpu);
  const clientCpuMsPerTurn = (used.user + used.system) / 1000 / samples.length;
  samples.sort((a, b) => a - b);
  return {
    turns: samples.length,
    seconds,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    errors,
    errorKinds,
    rss: rssMb(pid),
    serverCpuMsPerTurn,
    clientCpuMsPerTurn,
  };
}

/** A message script as an endless sequence: sessions 1, 2, 3, then 2 and 3 again. */
function* messages(script: Script): Generator<{ text: string; sessionStart: boolean }> {
  for (let session = 0; ; session = session >= 2 ? 1 : session + 1) {
    for (const [i, text] of script.sessions[session]!.entries())
      yield { text, sessionStart: i === 0 };
  }
}

/** A client of Alliance: registered, logged in, one conversation; ends and reopens sessions. */
async function allianceTalker(base: string, script: Script, index: number, run: string) {
  const address = `10.${64 + (index >> 8)}.${index & 255}.${(index % 250) + 1}`;
  const email = `bench-${run}-${index}@example.org`;
  const password = `bench password ${index} ${run}`;
  const registered = await call(base, 'POST', '/api/auth/register', {
    address,
    body: { email, password, consent: { version: 'privacy-1' } },
  });
  if (registered.status !== 201) throw new Error(`register: ${registered.status}`);
  const login = await call(base, 'POST', '/api/auth/login', { address, body: { email, password } });
  if (login.status !== 200) throw new Error(`login: ${login.status}`);
  const token = login.json.token as string;
  const created = await call(base, 'POST', '/api/conversations', { token, address, body: {} });
  if (created.status !== 201) throw new Error(`conversation: ${created.status}`);
  const id = created.json.id as string;
  const script$ = messages(script);
  let first = true;
  const talker: Talker & { token: string; address: string } = {
    token,
    address,
    async next() {
      const { text, sessionStart } = script$.next().value!;
      // A new session after the first: the last one is closed, a new one opened (untimed).
      if (sessionStart && !first) {
        await call(base, 'POST', `/api/conversations/${id}/end`, { token, address });
        await call(base, 'POST', `/api/conversations/${id}/sessions`, { token, address });
      }
      first = false;
      const start = performance.now();
      try {
        const response = await call(base, 'POST', `/api/conversations/${id}/messages`, {
          token,
          address,
          body: { text },
        });
        const ms = performance.now() - start;
        if (response.status !== 200 || typeof response.json?.reply?.text !== 'string')
          return {
            ms,
            error: `HTTP ${response.status} ${response.json?.error?.code ?? ''}`.trim(),
          };
        return { ms };
      } catch (error) {
        return { ms: performance.now() - start, error: (error as Error).message };
      }
    },
  };
  return talker;
}

/** A client of the peer bot: the same messages to the same kind of route, no account. */
function peerTalker(base: string, script: Script, index: number): Talker {
  const script$ = messages(script);
  return {
    async next() {
      const { text } = script$.next().value!;
      const start = performance.now();
      try {
        const response = await call(base, 'POST', `/api/conversations/peer${index}/messages`, {
          body: { text },
        });
        const ms = performance.now() - start;
        if (response.status !== 200) return { ms, error: `HTTP ${response.status}` };
        return { ms };
      } catch (error) {
        return { ms: performance.now() - start, error: (error as Error).message };
      }
    },
  };
}

function line(label: string, f: Figures): string {
  const errors =
    f.errors === 0
      ? '0 errors'
      : `${f.errors} errors (${[...f.errorKinds].map(([k, n]) => `${k} ×${n}`).join(', ')})`;
  return (
    `${label.padEnd(34)} ${Math.round(f.turns / f.seconds)
      .toLocaleString('en')
      .padStart(6)} turns/s  p50 ${f.p50.toFixed(1).padStart(5)} ms  p99 ${f.p99
      .toFixed(1)
      .padStart(6)} ms  ${errors}, server RSS ${f.rss.toFixed(0)} MB, ` +
    `CPU per turn: server ${f.serverCpuMsPerTurn.toFixed(2)} ms, load generator ${f.clientCpuMsPerTurn.toFixed(2)} ms`
  );
}

/** The whole run against one Alliance database: throughput, then memory with 1,000 conversations. */
/**
 * The Node options `npm start` gives the server (package.json's start script), so the benchmark
 * measures the server as it is started: `--max-semi-space-size=8` caps V8's young generation.
 */
function startOptions(): string[] {
  const start = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: { start: string };
    }
  ).scripts.start;
  const words = start.split(/\s+/u);
  return words.slice(1, words.indexOf('bin/alliance.mjs')).filter((w) => w.startsWith('--'));
}
const START_OPTIONS = startOptions();

async function benchAlliance(label: string, db: string, scripts: Script[]) {
  const run = randomBytes(4).toString('hex');
  // ALLIANCE_BENCH_CPU_PROF=<dir> writes a CPU profile of the server there when it stops.
  const profile = process.env.ALLIANCE_BENCH_CPU_PROF;
  const served = await startChild(
    [
      ...START_OPTIONS,
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
      bin,
      'serve',
      '--port',
      '0',
      '--db',
      db,
    ],
    {
      ...process.env,
      // A PostgreSQL database takes its key only from the environment: a throwaway one here.
      ALLIANCE_KEY: process.env.ALLIANCE_KEY ?? randomBytes(32).toString('base64'),
      ALLIANCE_TRUST_PROXY: '1',
      ALLIANCE_LOG_LEVEL: process.env.ALLIANCE_LOG_LEVEL ?? 'info',
    },
    join(work, `${label}-server.log`),
  );
  const pid = served.child.pid!;
  try {
    const setupStart = performance.now();
    // Argon2 makes sign-up deliberately slow: four at a time is enough for two cores.
    const talkers = await pool(
      Array.from({ length: CLIENTS }, (_, i) => i),
      4,
      (i) => allianceTalker(served.url, scripts[i % scripts.length]!, i, run),
    );
    const setup = (performance.now() - setupStart) / 1000;

    // Memory first, on a server that has done nothing else: 1,000 conversations, a few turns
    // each (consent, name, concern, goal), all active in the engine, then its resident memory.
    const before = rssMb(pid);
    const perClient = Math.ceil(MEMORY_CONVERSATIONS / CLIENTS);
    let made = 0;
    let memoryErrors = 0;
    await Promise.all(
      talkers.map(async (talker, index) => {
        const script = scripts[index % scripts.length]!;
        for (let c = 0; c < perClient && made < MEMORY_CONVERSATIONS; c++) {
          made += 1;
          const { token, address } = talker;
          const created = await call(served.url, 'POST', '/api/conversations', {
            token,
            address,
            body: {},
          });
          if (created.status !== 201) memoryErrors += 1;
          for (const text of script.sessions[0]!.slice(0, MEMORY_TURNS)) {
            const sent = await call(
              served.url,
              'POST',
              `/api/conversations/${created.json?.id}/messages`,
              { token, address, body: { text } },
            );
            if (sent.status !== 200) memoryErrors += 1;
          }
        }
      }),
    );
    const rss = rssMb(pid);
    // The same after ten idle seconds, when V8 has had the chance to give back heap it grew
    // during the burst (its memory reducer runs once allocation stops).
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const idleRss = rssMb(pid);

    await drive(talkers, WARM_UP_TURNS_PER_CLIENT, pid);
    const figures = await drive(talkers, TURNS_PER_CLIENT, pid);
    console.log(line(`Alliance, ${label}`, figures));
    console.log(
      `  memory: RSS with ${made.toLocaleString('en')} active conversations (${MEMORY_TURNS} turns each) ` +
        `${rss.toFixed(0)} MB, ${idleRss.toFixed(0)} MB after ${IDLE_MS / 1000} s idle (the same server before them: ${before.toFixed(0)} MB${memoryErrors ? `; ${memoryErrors} errors` : ''}) — target ≤ 300 MB ` +
        `(${rss <= 300 ? 'met' : idleRss <= 300 ? 'met only once idle' : 'NOT met'}); sign-up and login of ${CLIENTS} clients took ${setup.toFixed(1)} s`,
    );
    return { figures, rss };
  } finally {
    await stopChild(served.child);
  }
}

try {
  console.log(
    `HTTP turns, ${CLIENTS} conversations at once on loopback, ${(CLIENTS * TURNS_PER_CLIENT).toLocaleString('en')} timed turns ` +
      `after ${(CLIENTS * WARM_UP_TURNS_PER_CLIENT).toLocaleString('en')} of warm-up (server in a child process, ` +
      `started as npm start starts it: node ${[...START_OPTIONS, 'bin/alliance.mjs serve'].join(' ')})`,
  );
  const scripts = personaScripts();
  const sqlite = await benchAlliance('SQLite', join(work, 'bench.db'), scripts);

  const pgUrl = process.env.ALLIANCE_BENCH_PG_URL ?? process.env.ALLIANCE_TEST_PG_URL;
  if (!pgUrl) {
    console.log(
      'Alliance, PostgreSQL                skipped: set ALLIANCE_BENCH_PG_URL (or ALLIANCE_TEST_PG_URL) to a database the benchmark may write to',
    );
  } else {
    // A schema of its own for each run (unless the URL names one), dropped afterwards, so runs
    // with their throwaway keys never meet each other's data.
    const url = new URL(pgUrl);
    const schema = url.searchParams.get('schema')
      ? undefined
      : `alliance_bench_${randomBytes(4).toString('hex')}`;
    if (schema) url.searchParams.set('schema', schema);
    try {
      await benchAlliance('PostgreSQL', url.toString(), scripts);
    } catch (error) {
      console.log(
        `Alliance, PostgreSQL                skipped: the server did not run on it (${(error as Error).message.slice(0, 300)})`,
      );
    } finally {
      if (schema) {
        const client = new pg.Client({ connectionString: pgUrl });
        await client
          .connect()
          .then(() => client.query(`drop schema if exists "${schema}" cascade`))
          .catch(() => console.log(`  (could not drop schema ${schema}; drop it by hand)`))
          .finally(() => client.end().catch(() => {}));
      }
    }
  }

  const peer = await startChild(
    ['--import', 'tsx', join(root, 'bench/nlpjs-peer-server.ts')],
    process.env,
    join(work, 'peer.log'),
  );
  let peerFigures: Figures;
  try {
    const talkers = Array.from({ length: CLIENTS }, (_, i) =>
      peerTalker(peer.url, scripts[i % scripts.length]!, i),
    );
    await drive(talkers, WARM_UP_TURNS_PER_CLIENT, peer.child.pid!);
    peerFigures = await drive(talkers, TURNS_PER_CLIENT, peer.child.pid!);
    console.log(line('peer: NLP.js intent bot, node:http', peerFigures));
  } finally {
    await stopChild(peer.child);
  }
  const ours = sqlite.figures;
  const rate = ours.turns / ours.seconds;
  console.log(
    `Alliance (SQLite) / NLP.js bot: turns/s ×${(rate / (peerFigures.turns / peerFigures.seconds)).toFixed(2)}, ` +
      `p99 ×${(ours.p99 / peerFigures.p99).toFixed(1)} — target ≥ 1,000 turns/s (${rate >= 1000 ? 'met' : 'NOT met'}), ` +
      `p99 ≤ 100 ms (${ours.p99 <= 100 ? 'met' : 'NOT met'}), zero errors (${ours.errors === 0 ? 'met' : 'NOT met'})`,
  );
} finally {
  agent.destroy();
  rmSync(work, { recursive: true, force: true });
}
