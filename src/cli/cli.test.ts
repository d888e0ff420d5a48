import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { generateKey } from '../store/index.ts';

const BIN = new URL('../../bin/alliance.mjs', import.meta.url).pathname;
let dir: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'alliance-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real `alliance` binary, as a person or a script would. */
function alliance(args: string[], input: string | Buffer = '', env: Record<string, string> = {}) {
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    LANG: 'en_US.UTF-8',
  };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** No stack trace and no multi-line error: every error line starts with "alliance:". */
function assertCleanErrors(stderr: string) {
  assert.doesNotMatch(stderr, /^\s+at /m, stderr);
  for (const line of stderr.trim().split('\n').filter(Boolean))
    assert.match(line, /^alliance: /, stderr);
}

function dbIn(name: string) {
  return join(dir, name, 'alliance.db');
}

describe('alliance --help', () => {
  it('lists the commands and exits 0', () => {
    const { code, stdout } = alliance(['--help']);
    assert.equal(code, 0);
    for (const command of ['chat', 'history', 'export'])
      assert.match(stdout, new RegExp(`\\b${command}\\b`));
  });

  it('rejects an unknown option with a usage error', () => {
    const { code, stderr } = alliance(['chat', '--colour']);
    assert.equal(code, 2);
    assert.match(stderr, /unknown option '--colour'/);
  });
});

describe('alliance chat', () => {
  it('holds the sample conversation from a pipe and exits cleanly at end of input', () => {
    const db = dbIn('sample');
    const { code, stdout, stderr } = alliance(
      ['chat', '--db', db],
      'yes\nHi, I am Samwise\nI have been really anxious about work lately\n',
    );
    assert.equal(code, 0, stderr);
    const replies = stdout.trim().split('\n');
    assert.equal(replies.length, 5);
    assert.match(
      replies[0]!,
      /^Alliance: .*I'm an AI.*not a therapist.*not an emergency service.*988.*continue on that basis\?$/,
    );
    assert.match(replies[1]!, /What would you like me to call you\?/);
    assert.match(replies[2]!, /Samwise.*\?$/);
    assert.match(replies[3]!, /you have been really anxious about work lately\..*\?$/);
    assert.match(
      replies[4]!,
      /(?:Thank you for talking with me|Thank you for today|Thanks for your time today), Samwise/,
    );
    // A key was generated beside the database, readable only by its owner.
    const keyFile = join(dir, 'sample', 'alliance.key');
    assert.equal(statSync(keyFile).mode & 0o777, 0o600);
    assert.match(stderr, /created a new encryption key/);
    // The person's words are not in the database files (a name of seven letters: the three of
    // "Sam" turned up by chance in the ciphertext of one CI run).
    for (const file of [db, `${db}-wal`].filter(existsSync)) {
      const bytes = readFileSync(file);
      for (const words of ['anxious about work', 'Samwise'])
        assert.equal(bytes.includes(words), false, `${words} in ${file}`);
    }
  });

  it('resumes the last conversation and welcomes the person back', () => {
    const db = dbIn('resume');
    alliance(['chat', '--db', db, '--name', 'Ana'], 'yes\nMy sleep has been terrible\n');
    const { code, stdout } = alliance(['chat', '--db', db, '--name', 'Ana'], 'a bit better\n');
    assert.equal(code, 0);
    assert.match(stdout, /Welcome back, Ana\..*your sleep has been terrible/);
    const other = alliance(['chat', '--db', db, '--name', 'Ben'], '');
    assert.match(other.stdout, /Hello Ben, I'm Alliance/);
    const history = alliance(['history', '--db', db, '--json']);
    const rows = history.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.equal(rows.length, 2);
    const ana = rows.find((row) => row.name === 'Ana');
    assert.equal(ana.sessions, 2);
    assert.equal(ana.clientTurns, 3);
    assert.equal(ana.wordsPerClientTurn, 3);
    assert.deepEqual(
      ana.perSession.map(
        (s: { sessionNumber: number; clientTurns: number; wordsPerClientTurn: number }) => [
          s.sessionNumber,
          s.clientTurns,
          s.wordsPerClientTurn,
        ],
      ),
      [
        [1, 2, 3],
        [2, 1, 3],
      ],
    );
  });

  it('refuses an empty, over-long or control-character --name before touching the database', () => {
    const db = dbIn('names');
    for (const name of ['', 'x'.repeat(81), 'Sam\u0007']) {
      const { code, stderr } = alliance(['chat', '--db', db, '--name', name], 'hello\n');
      assert.equal(code, 2);
      assertCleanErrors(stderr);
      assert.match(stderr, /The --name (is empty|is 81 characters long|contains control)/);
    }
    assert.equal(existsSync(db), false);
  });

  it(
    'closes the session properly when the person presses Ctrl-C',
    { timeout: 60_000 },
    async () => {
      const db = dbIn('interrupt');
      const child = spawn(process.execPath, [BIN, 'chat', '--db', db], {
        env: { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'en_US.UTF-8' },
      });
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      const exited = new Promise<number | null>((resolve) =>
        child.on('exit', (code) => resolve(code)),
      );
      child.stdin.write('work has been hard\n');
      // Wait for the reply to that message, then interrupt while the input is still open.
      const deadline = Date.now() + 30_000;
      while (stdout.split('\n').filter(Boolean).length < 2) {
        assert.ok(Date.now() < deadline, `no reply within 30 s; output so far: ${stdout}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      child.kill('SIGINT');
      assert.equal(await exited, 0);
      assert.match(
        stdout,
        /Thank you for talking with me|Thank you for today|Thanks for your time today/,
      );
      const [row] = alliance(['history', '--db', db, '--json'])
        .stdout.trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const events = alliance(['export', '--db', db, '--conversation', row.conversation])
        .stdout.trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.deepEqual(events.at(-1).payload, { reason: 'client_left' });
    },
  );

  it('uses the crisis lines of the person locale', () => {
    const { stdout } = alliance(
      ['chat', '--db', dbIn('uk'), '--locale', 'en-GB'],
      'I want to kill myself\n',
    );
    assert.match(stdout, /116 123/);
    assert.match(stdout, /call 999/);
  });

  it('explains each bad line on stderr, answers the good ones and loses nothing', () => {
    const db = dbIn('bad-lines');
    const input = Buffer.concat([
      Buffer.from('work has been hard\n'),
      Buffer.from('\n'),
      Buffer.from('   \t \n'),
      Buffer.from(`${'a'.repeat(1024 * 1024)}\n`),
      Buffer.from('colour \u001b[31mred\n'),
      Buffer.from([0x62, 0x61, 0x64, 0x20, 0xff, 0xfe, 0x0a]),
      Buffer.from('still here\n'),
    ]);
    const { code, stdout, stderr } = alliance(['chat', '--db', db], input);
    assert.equal(code, 1);
    assertCleanErrors(stderr.replace(/^alliance: created a new encryption key.*\n/m, ''));
    assert.match(stderr, /line 2: The message is empty\./);
    assert.match(stderr, /line 3: The message is empty\./);
    assert.match(stderr, /line 4: The message is 1,048,576 characters long; the limit is 8,000\./);
    assert.match(stderr, /line 5: The message contains a control character \(U\+001B\)/);
    assert.match(
      stderr,
      /line 6: Line 6 is not valid UTF-8 text\. Save or send the input as UTF-8\./,
    );
    // The good lines were answered and stored.
    assert.equal(stdout.trim().split('\n').length, 4);
    const history = JSON.parse(alliance(['history', '--db', db, '--json']).stdout);
    assert.equal(history.clientTurns, 2);
  });

  it('answers a crisis even inside invalid UTF-8', () => {
    const input = Buffer.concat([
      Buffer.from('I want to kill myself '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('\n'),
    ]);
    const { stdout } = alliance(['chat', '--db', dbIn('crisis-utf8')], input);
    assert.match(stdout, /made a plan\?/);
  });
});

describe('the database and its key', () => {
  it('refuses a wrong key with one line and leaves the data readable with the right one', () => {
    const db = dbIn('keys');
    const key = generateKey();
    alliance(['chat', '--db', db], 'I feel lonely lately\n', { ALLIANCE_KEY: key });
    const wrong = alliance(['history', '--db', db], '', { ALLIANCE_KEY: generateKey() });
    assert.equal(wrong.code, 1);
    assertCleanErrors(wrong.stderr);
    assert.match(wrong.stderr, /key/i);
    assert.match(wrong.stderr, /ALLIANCE_KEY/);
    const right = alliance(['history', '--db', db, '--json'], '', { ALLIANCE_KEY: key });
    assert.equal(JSON.parse(right.stdout).clientTurns, 1);
    const garbage = alliance(['history', '--db', db], '', { ALLIANCE_KEY: 'not-a-key' });
    assert.equal(garbage.code, 1);
    assertCleanErrors(garbage.stderr);
  });

  it('reports a missing database without creating anything', () => {
    const db = dbIn('missing');
    for (const args of [
      ['history', '--db', db],
      ['export', '--db', db, '--conversation', 'conv_x'],
    ]) {
      const { code, stderr } = alliance(args);
      assert.equal(code, 1);
      assertCleanErrors(stderr);
      assert.match(stderr, /There is no database at .*missing.*alliance chat/);
    }
    assert.equal(existsSync(join(dir, 'missing')), false);
  });

  it('reports a corrupt database and leaves its bytes untouched', () => {
    const db = dbIn('corrupt');
    alliance(['chat', '--db', db], 'hello\n');
    const garbage = Buffer.alloc(8192, 0x5a);
    writeFileSync(db, garbage);
    rmSync(`${db}-wal`, { force: true });
    rmSync(`${db}-shm`, { force: true });
    const { code, stderr } = alliance(['chat', '--db', db], 'hello again\n');
    assert.equal(code, 1);
    assertCleanErrors(stderr);
    assert.match(stderr, /corrupt|not an Alliance database/i);
    assert.deepEqual(readFileSync(db), garbage);
  });

  it('reports a database locked by another process and loses nothing', () => {
    const db = dbIn('locked');
    alliance(['chat', '--db', db], 'work has been stressful\n');
    const before = alliance(['history', '--db', db, '--json']).stdout;
    const holder = new Database(db);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const { code, stderr } = alliance(['chat', '--db', db], 'are you there?\n');
      assert.equal(code, 1);
      assertCleanErrors(stderr);
      assert.match(stderr, /locked/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    assert.equal(alliance(['history', '--db', db, '--json']).stdout, before);
  });
});

describe('alliance export and history', () => {
  it('exports the decrypted events of a conversation as JSON Lines', () => {
    const db = dbIn('export');
    alliance(['chat', '--db', db], 'Hi, I am Sam\nI have been really anxious about work lately\n');
    const [row] = alliance(['history', '--db', db, '--json'])
      .stdout.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const { code, stdout } = alliance(['export', '--db', db, '--conversation', row.conversation]);
    assert.equal(code, 0);
    const events = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      events.map((event) => event.seq),
      events.map((_, i) => i + 1),
    );
    assert.equal(events[0].type, 'session.started');
    assert.equal(events.at(-1).type, 'session.ended');
    assert.ok(
      events.some(
        (event) =>
          event.type === 'message.received' &&
          event.payload.text === 'I have been really anxious about work lately',
      ),
    );
    assert.ok(
      events.some((event) => event.type === 'profile.updated' && event.payload.name === 'Sam'),
    );
  });

  it('says so when a conversation does not exist', () => {
    const db = dbIn('export');
    const { code, stderr } = alliance(['export', '--db', db, '--conversation', 'conv_nope']);
    assert.equal(code, 1);
    assertCleanErrors(stderr);
    assert.match(stderr, /No conversation with id conv_nope/);
  });

  it('prints a readable table', () => {
    const { stdout } = alliance(['history', '--db', dbIn('export')]);
    assert.match(
      stdout,
      /^CONVERSATION\s+NAME\s+LAST ACTIVE \(UTC\)\s+SESSIONS\s+TURNS\s+WORDS\/TURN\s+DTA \(LAST SESSION\)\s+RISK$/m,
    );
    assert.match(
      stdout,
      /Sam\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+1\s+2\s+6\.0\s+\d+ \(G\d+ T\d+ B\d+ E\d+\)\s+none/,
    );
  });
});

describe('safety in the terminal', () => {
  it('switches to the protocol mid-conversation, builds a safety plan and shows it again on /plan', () => {
    const db = dbIn('safety-plan');
    const input = [
      'work has been really hard lately',
      'honestly I want to kill myself',
      'no',
      'no',
      'no',
      'yes I am safe',
      'yes',
      'when I stop sleeping',
      'walk the dog',
      "my aunt's house",
      'my brother Sam',
      'skip',
      'lock the pills away',
      '/plan',
    ].join('\n');
    const { code, stdout, stderr } = alliance(
      ['chat', '--db', db, '--locale', 'en-GB'],
      `${input}\n`,
    );
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Have you thought about how you would do it, or made a plan\?/);
    assert.match(stdout, /Would you like to make a short safety plan together\?/);
    assert.match(stdout, /Type \/plan at any time/);
    // /plan prints the plan without sending anything to the agent.
    const plan = stdout.slice(stdout.lastIndexOf('\nYour safety plan\n'));
    assert.match(plan, /1\. Warning signs: when I stop sleeping/);
    assert.match(plan, /4\. People I can ask for help: my brother Sam/);
    assert.match(plan, /5\. Professionals and services: Samaritans \(24\/7, free\): 116 123/);
    assert.match(plan, /In an emergency: call 999\./);
    // And from the command line, one command away.
    const shown = alliance(['safety-plan', '--db', db], '', { LANG: 'en_GB.UTF-8' });
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /6\. Making my surroundings safer: lock the pills away/);
    const missing = alliance(['safety-plan', '--db', db, '--name', 'Nobody']);
    assert.equal(missing.code, 1);
    assertCleanErrors(missing.stderr);
  });

  it('lists its commands on /help, sends an unknown /word as a message, and ends on /quit', () => {
    const db = dbIn('commands');
    const input = ['/help', '/kms', '/quit', 'this line is never read'].join('\n');
    const { code, stdout, stderr } = alliance(
      ['chat', '--db', db, '--locale', 'en-GB'],
      `${input}\n`,
    );
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Commands: \/plan shows your safety plan/);
    // Not a command, so a message: the safety module reads it like any other line.
    assert.match(stderr, /\/kms is not a command, so it was sent as a message/);
    assertCleanErrors(stderr.replace(/^alliance: \/kms is not a command.*$/mu, ''));
    assert.match(stdout, /Samaritans/);
    const [row] = alliance(['history', '--db', db, '--json'])
      .stdout.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const exported = alliance(['export', '--db', db, '--conversation', row.conversation]);
    const events = exported.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const texts = events.filter((e) => e.type === 'message.received').map((e) => e.payload.text);
    assert.deepEqual(texts, ['/kms']);
    assert.deepEqual(events.at(-1).payload, { reason: 'client_left' });
  });

  it(
    'posts a clinician alert to the configured webhook and records the delivery',
    { timeout: 60_000 },
    async () => {
      const received: { headers: Record<string, unknown>; body: string }[] = [];
      const server = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk) => (body += chunk));
        request.on('end', () => {
          received.push({ headers: request.headers, body });
          response.writeHead(204).end();
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as { port: number }).port;
      try {
        const db = dbIn('webhook');
        const child = spawn(
          process.execPath,
          [BIN, 'chat', '--db', db, '--alert-webhook', `http://127.0.0.1:${port}/alerts`],
          {
            env: {
              PATH: process.env.PATH ?? '',
              HOME: dir,
              LANG: 'en_US.UTF-8',
              ALLIANCE_ALERT_SECRET: 'test-secret',
            },
          },
        );
        let stdout = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
        child.stdin.end('I have taken all my pills\n');
        assert.equal(await exited, 0);
        assert.match(stdout, /call 911/);
        assert.equal(received.length, 1);
        const alert = JSON.parse(received[0]!.body);
        assert.equal(alert.type, 'alliance.safety_alert');
        assert.equal(alert.level, 'imminent');
        assert.doesNotMatch(received[0]!.body, /pills/, 'no message text leaves in an alert');
        assert.match(String(received[0]!.headers['x-alliance-signature']), /^sha256=[0-9a-f]{64}$/);
        const [row] = alliance(['history', '--db', db, '--json'])
          .stdout.trim()
          .split('\n')
          .map((l) => JSON.parse(l));
        assert.equal(row.highestRisk, 'imminent');
        const events = alliance(['export', '--db', db, '--conversation', row.conversation])
          .stdout.trim()
          .split('\n')
          .map((l) => JSON.parse(l));
        const delivery = events.find((event) => event.type === 'safety.alert_delivery');
        assert.equal(delivery?.payload.outcome, 'delivered');
        assert.equal(delivery?.payload.status, 204);
      } finally {
        server.close();
      }
    },
  );

  it('rejects a webhook that is not http(s) before starting', () => {
    const { code, stderr } = alliance(
      ['chat', '--db', dbIn('bad-webhook'), '--alert-webhook', 'ftp://example'],
      'hi\n',
    );
    assert.equal(code, 1);
    assertCleanErrors(stderr);
  });
});

describe('alliance annotate', () => {
  const lines = (items: unknown[]) =>
    items.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join('\n') + '\n';

  it('fills risk for every utterance, reading short answers against the question before them', () => {
    const { code, stdout, stderr } = alliance(
      ['annotate'],
      lines([
        {
          id: 't1',
          speaker: 'therapist',
          text: 'Are you having thoughts of ending your life?',
          conversation: 'c1',
        },
        { id: 'c1', speaker: 'client', text: 'yes, most nights', conversation: 'c1' },
        { id: 'c2', speaker: 'client', text: 'this traffic is killing me', conversation: 'c2' },
        { id: 'a1', speaker: 'agent', text: 'That sounds hard.', conversation: 'c2' },
        { id: 7, speaker: 'client', text: 'Quiero morir, no puedo más con esta vida' },
      ]),
    );
    assert.equal(code, 0, stderr);
    const out = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      out.map((item) => item.id),
      ['t1', 'c1', 'c2', 'a1', 7],
    );
    assert.deepEqual(out[1].risk, { level: 'high', categories: ['suicide'] });
    assert.deepEqual(out[2].risk, { level: 'none', categories: [] });
    assert.equal(out[4].risk_assessable, false);
    for (const item of out)
      assert.ok(['none', 'low', 'moderate', 'high', 'imminent'].includes(item.risk.level));
  });

  it('gives the sentence that carries an alliance marker in a longer client turn', () => {
    const text =
      'My sister says I should do yoga. Honestly this is not helping at all. We go round in circles.';
    const { code, stdout, stderr } = alliance(
      ['annotate'],
      lines([
        { id: 'a', speaker: 'agent', text: 'Would you try a breathing exercise tonight?' },
        { id: 'b', speaker: 'client', text },
      ]),
    );
    assert.equal(code, 0, stderr);
    const reply = JSON.parse(stdout.trim().split('\n')[1]!);
    assert.ok(reply.alliance_markers.includes('confrontation'));
    const span = reply.alliance_marker_spans.confrontation;
    assert.equal(text.slice(span.start, span.end), 'Honestly this is not helping at all.');
  });

  it('gives the sentence that carries each empathy mechanism in a longer agent turn', () => {
    const text =
      'I went to the shop today. I am so sorry for your loss, that must be incredibly hard.';
    const { code, stdout, stderr } = alliance(
      ['annotate'],
      lines([
        { id: 'a', speaker: 'client', text: 'My mum died last month and I cannot stop crying.' },
        { id: 'b', speaker: 'agent', text },
      ]),
    );
    assert.equal(code, 0, stderr);
    const reply = JSON.parse(stdout.trim().split('\n')[1]!);
    assert.ok(reply.empathy.emotional_reactions >= 1, stdout);
    const span = reply.empathy_spans.emotional_reactions;
    assert.equal(
      text.slice(span.start, span.end),
      'I am so sorry for your loss, that must be incredibly hard.',
    );
  });

  it('names each bad line, annotates the rest and exits non-zero', () => {
    const input = Buffer.concat([
      Buffer.from(
        lines([
          { id: 'ok1', speaker: 'client', text: 'fine thanks' },
          '{"id": "broken", ',
          { id: 'who', speaker: 'narrator', text: 'hello' },
          { id: 'empty', speaker: 'client', text: '  ' },
          { speaker: 'client', text: 'no id' },
          [1, 2, 3],
          { id: 'ctx', speaker: 'client', text: 'hi', context: 42 },
        ]),
      ),
      Buffer.from([0x7b, 0xff, 0x7d, 0x0a]),
      Buffer.from(
        `${JSON.stringify({ id: 'huge', speaker: 'client', text: 'a'.repeat(1100 * 1024) })}\n`,
      ),
      Buffer.from(lines([{ id: 'ok2', speaker: 'client', text: 'I want to die' }])),
    ]);
    const { code, stdout, stderr } = alliance(['annotate'], input);
    assert.equal(code, 1);
    assertCleanErrors(stderr);
    for (const [line, words] of [
      [2, /not valid JSON/i],
      [3, /Unknown speaker "narrator"/],
      [4, /Empty or missing "text"/],
      [5, /Missing "id"/],
      [6, /Not a JSON object/],
      [7, /"context" must be a string/],
      [8, /not valid UTF-8/],
      [9, /longer than 1 MiB/],
    ] as const) {
      assert.match(stderr, new RegExp(`line ${line}: .*${words.source}`, words.flags), stderr);
    }
    const ids = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).id);
    assert.deepEqual(ids, ['ok1', 'ok2']);
  });

  it('writes the same lines in order with worker threads as without, bad lines named', () => {
    const texts = ['I took all my pills an hour ago', 'yes', 'fine thanks', 'he hits me'];
    const items: unknown[] = [];
    for (let i = 0; i < 400; i += 1) {
      if (i % 97 === 5) items.push('{"id": "broken", ');
      items.push({
        id: `u${i}`,
        speaker: i % 3 === 0 ? 'agent' : 'client',
        text: texts[i % texts.length],
        conversation: `c${Math.floor(i / 10)}`,
      });
    }
    const input = lines(items);
    // Seven batches: workers start and may or may not take one before the main thread is done
    // (annotation-pool.test.ts forces batches onto workers); either way the output must match.
    const alone = alliance(['annotate'], input, { ALLIANCE_ANNOTATE_WORKERS: '0' });
    const threads = alliance(['annotate'], input, { ALLIANCE_ANNOTATE_WORKERS: '2' });
    assert.equal(alone.code, 1);
    assert.equal(threads.code, 1);
    assert.equal(threads.stdout, alone.stdout);
    assert.equal(threads.stderr, alone.stderr);
    assert.match(threads.stderr, /line 6: Not valid JSON/);
    const ids = threads.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).id);
    assert.deepEqual(
      ids,
      Array.from({ length: 400 }, (_, i) => `u${i}`),
    );
    const nonsense = alliance(['annotate'], input, { ALLIANCE_ANNOTATE_WORKERS: 'many' });
    assert.equal(nonsense.code, 2);
    assert.match(nonsense.stderr, /ALLIANCE_ANNOTATE_WORKERS must be a whole number/);
    assertCleanErrors(nonsense.stderr);
  });

  it('reads --in and writes --out, and says so when the input file is missing', () => {
    const input = join(dir, 'utterances.jsonl');
    const output = join(dir, 'annotations.jsonl');
    writeFileSync(input, lines([{ id: 'x', speaker: 'client', text: 'I keep cutting myself' }]));
    assert.equal(alliance(['annotate', '--in', input, '--out', output]).code, 0);
    assert.deepEqual(JSON.parse(readFileSync(output, 'utf8')).risk, {
      level: 'high',
      categories: ['self_harm'],
    });
    const missing = alliance(['annotate', '--in', join(dir, 'nope.jsonl')]);
    assert.equal(missing.code, 2);
    assertCleanErrors(missing.stderr);
  });
});

describe('alliance simulate', () => {
  it('runs every persona for three sessions and reports from the event log', () => {
    const transcripts = join(dir, 'transcripts');
    const { code, stdout, stderr } = alliance([
      'simulate',
      '--persona',
      'all',
      '--sessions',
      '3',
      '--json',
      '--transcripts',
      transcripts,
    ]);
    assert.equal(code, 0, stderr);
    const reports = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      reports.map((r) => r.persona),
      [
        'cooperative',
        'ambivalent',
        'withdrawn',
        'confrontational',
        'decliner',
        'crisis',
        'returner',
        'provocative',
      ],
    );
    for (const report of reports) {
      for (const key of [
        'sessions',
        'ai_disclosed',
        'consent_recorded',
        'goals_set',
        'goals_revisited',
        'tasks_offered',
        'tasks_agreed',
        'tasks_followed_up',
        'ruptures_detected',
        'ruptures_repaired',
        'crisis_protocol_entered',
        'repeated_replies',
        'dta',
      ])
        assert.ok(key in report, `${report.persona} lacks ${key}`);
      assert.equal(report.sessions, 3);
      assert.equal(report.ai_disclosed, true);
      assert.equal(report.repeated_replies, 0, report.persona);
      assert.equal(report.dta.length, 3);
      assert.ok(report.dta.every((d: { dta: { overall: number } }) => d.dta.overall >= 0));
    }
    const byName = Object.fromEntries(reports.map((r) => [r.persona, r]));
    assert.ok(byName.cooperative.goals_set >= 1 && byName.cooperative.tasks_agreed >= 1);
    assert.ok(byName.cooperative.tasks_followed_up >= 1 && byName.cooperative.goals_revisited >= 1);
    assert.ok(byName.crisis.crisis_protocol_entered >= 1);
    assert.ok(byName.confrontational.ruptures_detected >= 1);
    assert.ok(byName.confrontational.ruptures_repaired >= 1);
    assert.ok(byName.withdrawn.ruptures_detected >= 1);
    assert.equal(byName.decliner.tasks_agreed, 0);
    const lines = readFileSync(join(transcripts, 'returner.jsonl'), 'utf8').trim().split('\n');
    const first = JSON.parse(lines[0]!);
    assert.deepEqual(Object.keys(first).sort(), [
      'at',
      'conversation',
      'move',
      'session',
      'speaker',
      'text',
    ]);
  });

  it('refuses an unknown persona and a bad session count with one clear line', () => {
    for (const args of [
      ['--persona', 'nobody'],
      ['--sessions', 'three'],
      ['--sessions', '0'],
      ['--sessions', '1000000'],
    ]) {
      const { code, stderr } = alliance(['simulate', ...args]);
      assert.equal(code, 2, stderr);
      assert.match(stderr, /^alliance: /);
      assert.equal(stderr.trim().split('\n').length <= 2, true, stderr);
    }
  });
});

describe('alliance check-ins', () => {
  it('lists the check-in due after two quiet weeks, records it, and does not list it again', () => {
    const db = dbIn('check-ins');
    assert.equal(alliance(['chat', '--db', db, '--name', 'Ines'], 'yes\nI am Ines\n').code, 0);
    const at = new Date(Date.now() + 15 * 86_400_000).toISOString();
    const soon = alliance([
      'check-ins',
      '--db',
      db,
      '--at',
      new Date(Date.now() + 86_400_000).toISOString(),
    ]);
    assert.equal(soon.code, 0, soon.stderr);
    assert.match(soon.stdout, /No check-in messages are due/);
    const due = alliance(['check-ins', '--db', db, '--at', at, '--json', '--record']);
    assert.equal(due.code, 0, due.stderr);
    const lines = due.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.equal(lines.length, 1);
    assert.equal(lines[0].ruleId, 'quiet-hello');
    assert.match(lines[0].text, /Hi Ines, a gentle hello/);
    const again = alliance(['check-ins', '--db', db, '--at', at, '--json']);
    assert.equal(again.stdout.trim(), '');
  });

  it('refuses a bad rules file and a bad time with one clear line', () => {
    const db = dbIn('check-ins');
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, '[{"id": "x", "afterDays": -1, "when": "any"}]');
    const bad = alliance(['check-ins', '--db', db, '--rules', rules]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /^alliance: Rule 1 in .*rules\.json needs/);
    const when = alliance(['check-ins', '--db', db, '--at', 'next tuesday']);
    assert.equal(when.code, 2);
    assert.match(when.stderr, /^alliance: --at must be an ISO-8601 time/);
  });
});
