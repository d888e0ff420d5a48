import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadCrisisResources } from '../safety/index.ts';
import { argon2Hasher } from './credentials.ts';
import { seedDemo, type DemoSeed } from './demo-seed.ts';
import { serverFixture, type ServerFixture } from './server-fixture.ts';

// One seeded store for the file: the demo's simulated clients give every route real figures.
let f: ServerFixture;
let seed: DemoSeed;
const tokens: Record<string, string> = {};

async function login(email: string, password: string): Promise<string> {
  const response = await f.call('POST', '/api/auth/login', { body: { email, password } });
  assert.equal(response.status, 200, response.text);
  return response.json.token as string;
}

before(async () => {
  f = await serverFixture();
  seed = await seedDemo({
    store: f.store,
    accounts: f.accounts,
    passwords: argon2Hasher({ memoryCost: 1024, timeCost: 1 }),
    resources: loadCrisisResources(),
    defaultLocale: 'en-US',
    clock: f.clock,
  });
  for (const entry of seed.logins.filter((l) => l.role !== 'client'))
    tokens[entry.role] = await login(entry.email, entry.password);
});

after(async () => {
  await f.close();
});

describe('demo seed', () => {
  it('simulates every persona over several sessions with questionnaires and an alert', async () => {
    assert.equal(seed.created, true);
    assert.equal(seed.simulated.conversations, 8);
    assert.ok(seed.simulated.sessions >= 8 * 3, `sessions: ${seed.simulated.sessions}`);
    assert.ok(seed.simulated.questionnaires >= 10);
    const caseload = await f.call('GET', '/api/clinician/clients', { token: tokens.clinician });
    assert.equal(caseload.json.clients.length, 8);
    assert.ok(
      caseload.json.clients.some((c: any) => c.alerts > 0),
      'at least one safety alert',
    );
  });

  it('seeding again adds nothing and still gives the logins', async () => {
    const again = await seedDemo({
      store: f.store,
      accounts: f.accounts,
      passwords: argon2Hasher({ memoryCost: 1024, timeCost: 1 }),
      resources: loadCrisisResources(),
      clock: f.clock,
    });
    assert.equal(again.created, false);
    assert.equal(again.logins.length, seed.logins.length);
    assert.equal((await f.accounts.listAccounts({ role: 'client' })).length, 8);
  });

  it('every demo login works', async () => {
    for (const entry of seed.logins) await login(entry.email, entry.password);
  });
});

describe('caseload and client page', () => {
  it('the caseload gives each client the PHQ-9/GAD-7 trend judged by the instruments module', async () => {
    const { status, json } = await f.call('GET', '/api/clinician/clients', {
      token: tokens.clinician,
    });
    assert.equal(status, 200);
    const robin = json.clients.find((c: any) => c.displayName === 'Robin');
    assert.ok(robin.latestDta, 'latest alliance per dimension');
    for (const dimension of ['goal', 'task', 'bond', 'engagement', 'overall'])
      assert.equal(typeof robin.latestDta[dimension], 'number');
    const phq9 = robin.outcomes.phq9;
    assert.ok(phq9.administrations >= 3);
    assert.equal(phq9.change.change, phq9.change.to - phq9.change.from);
    // Robin answers less strongly each session: a drop of 6+ points is reliable improvement.
    assert.ok(phq9.change.change <= -6, JSON.stringify(phq9));
    assert.equal(phq9.change.direction, 'improved');
    const kit = json.clients.find((c: any) => c.displayName === 'Kit');
    assert.equal(kit.outcomes.phq9.change.direction, 'deteriorated');
    assert.ok(kit.openRuptures >= 0);
    const noor = json.clients.find((c: any) => c.displayName === 'Noor');
    assert.equal(noor.outcomes.phq9, null, 'no questionnaire, no trend');
  });

  it('the client page has trajectories, timed ruptures, banded measures with change, goals and tasks', async () => {
    const caseload = await f.call('GET', '/api/clinician/clients', { token: tokens.clinician });
    const kit = caseload.json.clients.find((c: any) => c.displayName === 'Kit');
    const { status, json } = await f.call('GET', `/api/clinician/clients/${kit.id}`, {
      token: tokens.clinician,
    });
    assert.equal(status, 200, JSON.stringify(json));
    const [conversation] = json.conversations;
    assert.ok(conversation.sessions.length >= 3);
    assert.ok(conversation.sessions.every((s: any) => s.dta && typeof s.dta.bond === 'number'));
    assert.ok(conversation.ruptures.length > 0);
    for (const rupture of conversation.ruptures) {
      assert.match(rupture.startedAt, /^\d{4}-/u);
      if (rupture.outcome) assert.match(rupture.resolvedAt, /^\d{4}-/u);
    }
    const phq9 = conversation.measures.filter(
      (m: any) => m.instrument === 'phq9' && m.outcome === 'completed',
    );
    assert.ok(phq9.length >= 3);
    assert.equal(phq9[0].change, null, 'the first administration is the baseline');
    assert.ok(phq9.at(-1).change, 'later ones carry the change from the baseline');
    assert.ok(phq9.every((m: any) => typeof m.bandLabel === 'string'));
    assert.ok(conversation.goals.length > 0);
    assert.ok(conversation.tasks.length > 0);
    const scale = json.instruments.find((i: any) => i.key === 'phq9');
    assert.equal(scale.max, 27);
    assert.equal(scale.reliableChange, 6);
    assert.deepEqual(
      scale.bands.map((b: any) => b.from),
      [0, 5, 10, 15, 20],
    );
  });

  it('the client page lists the safety questions the person answered, in order', async () => {
    const caseload = await f.call('GET', '/api/clinician/clients', { token: tokens.clinician });
    const alerted = caseload.json.clients.find((c: any) => c.alerts > 0);
    const { json } = await f.call('GET', `/api/clinician/clients/${alerted.id}`, {
      token: tokens.clinician,
    });
    const answers = json.conversations.flatMap((c: any) => c.safetyAnswers);
    assert.ok(answers.length > 0, 'the crisis persona answered the protocol');
    for (const answer of answers) {
      assert.match(answer.at, /^\d{4}-/u);
      assert.ok(['check', 'protocol'].includes(answer.asked));
      assert.ok(['yes', 'no', 'unclear'].includes(answer.answer));
      assert.ok(answer.sessionNumber >= 1);
    }
    assert.deepEqual(
      answers.map((a: any) => a.at),
      [...answers.map((a: any) => a.at)].sort(),
    );
  });

  it('the transcript carries the annotate command’s annotations beside each turn', async () => {
    const caseload = await f.call('GET', '/api/clinician/clients', { token: tokens.clinician });
    const alex = caseload.json.clients.find((c: any) => c.displayName === 'Alex');
    const { status, json } = await f.call('GET', `/api/clinician/clients/${alex.id}/transcript`, {
      token: tokens.clinician,
    });
    assert.equal(status, 200);
    const turns = json.conversations[0].turns;
    assert.ok(turns.length > 20);
    const agent = turns.filter((t: any) => t.speaker === 'agent');
    const client = turns.filter((t: any) => t.speaker === 'client');
    assert.ok(agent.every((t: any) => t.annotations.empathy && t.annotations.behaviour));
    assert.ok(client.every((t: any) => t.annotations.talkType && !t.annotations.empathy));
    const disclosure = client.find((t: any) => /killing myself/u.test(t.text));
    assert.ok(disclosure, 'the crisis persona’s disclosure is in the transcript');
    assert.notEqual(disclosure.annotations.risk.level, 'none');
    assert.ok(turns.every((t: any) => t.sessionNumber >= 1));
  });

  it('each turn carries what it did to the session’s DTA index, with the words that carry it', async () => {
    const caseload = await f.call('GET', '/api/clinician/clients', { token: tokens.clinician });
    const kit = caseload.json.clients.find((c: any) => c.displayName === 'Kit');
    const { json } = await f.call('GET', `/api/clinician/clients/${kit.id}/transcript`, {
      token: tokens.clinician,
    });
    const turns = json.conversations.flatMap((c: any) => c.turns);
    const evidence = turns.flatMap((t: any) => t.evidence.map((e: any) => ({ ...e, turn: t })));
    assert.ok(evidence.length > turns.length / 2, 'most turns move the index');
    for (const e of evidence) {
      assert.ok(['goal', 'task', 'bond', 'engagement'].includes(e.dimension));
      assert.ok(e.weight !== 0 && e.reason.length > 0);
      assert.ok(0 <= e.start && e.start < e.end && e.end <= e.turn.text.length, e.reason);
    }
    // Both directions are shown: Kit's sessions have ruptures.
    assert.ok(evidence.some((e: any) => e.weight > 0));
    assert.ok(evidence.some((e: any) => e.weight < 0));
    // The same reading as the session figures: a session whose bond is above neutral has more
    // bond evidence for than against.
    const detail = await f.call('GET', `/api/clinician/clients/${kit.id}`, {
      token: tokens.clinician,
    });
    for (const conversation of detail.json.conversations) {
      for (const session of conversation.sessions) {
        if (!session.dta) continue;
        const bond = evidence
          .filter(
            (e: any) => e.dimension === 'bond' && e.turn.sessionNumber === session.sessionNumber,
          )
          .filter((e: any) =>
            json.conversations.find((c: any) => c.id === conversation.id).turns.includes(e.turn),
          )
          .reduce((sum: number, e: any) => sum + e.weight, 0);
        assert.equal(
          Math.sign(Math.round(bond * 100)),
          Math.sign(Math.round(session.dta.bond - 50)),
        );
      }
    }
  });
});

describe('safety alerts', () => {
  it('a clinician lists unacknowledged alerts, acknowledges one, and it is recorded with who and when', async () => {
    const open = await f.call('GET', '/api/clinician/alerts', { token: tokens.clinician });
    assert.equal(open.status, 200);
    assert.ok(open.json.alerts.length >= 1);
    assert.ok(open.json.alerts.every((a: any) => a.acknowledged === null));
    const alert = open.json.alerts[0];

    const ack = await f.call('POST', `/api/clinician/alerts/${alert.alertId}/acknowledge`, {
      token: tokens.clinician,
    });
    assert.equal(ack.status, 200, ack.text);
    const clinician = seed.logins.find((l) => l.role === 'clinician')!;
    assert.equal(ack.json.acknowledged.byName, clinician.displayName);

    const records = await f.accounts.listAudit({ resourceId: alert.alertId });
    const record = records.find((r) => r.action === 'update' && r.outcome === 'success');
    assert.ok(record, 'the acknowledgement is an audit record');
    assert.equal(record.actorId, ack.json.acknowledged.by);
    assert.equal(record.resourceType, 'safety_alert');

    const after = await f.call('GET', '/api/clinician/alerts', { token: tokens.clinician });
    assert.ok(!after.json.alerts.some((a: any) => a.alertId === alert.alertId));
    const all = await f.call('GET', '/api/clinician/alerts?status=all', {
      token: tokens.clinician,
    });
    const seen = all.json.alerts.find((a: any) => a.alertId === alert.alertId);
    assert.equal(seen.acknowledged.by, record.actorId);

    const caseload = await f.call('GET', '/api/clinician/clients', { token: tokens.clinician });
    const entry = caseload.json.clients.find((c: any) => c.id === alert.clientId);
    assert.equal(entry.unacknowledgedAlerts, entry.alerts - 1);
    const detail = await f.call('GET', `/api/clinician/clients/${alert.clientId}`, {
      token: tokens.clinician,
    });
    const shown = detail.json.conversations
      .flatMap((c: any) => c.alerts)
      .find((a: any) => a.alertId === alert.alertId);
    assert.equal(shown.acknowledged.by, record.actorId);
  });

  it('acknowledging twice is a conflict, and the first acknowledgement stands', async () => {
    const all = await f.call('GET', '/api/clinician/alerts?status=all', {
      token: tokens.clinician,
    });
    const done = all.json.alerts.find((a: any) => a.acknowledged);
    const again = await f.call('POST', `/api/clinician/alerts/${done.alertId}/acknowledge`, {
      token: tokens.clinician,
    });
    assert.equal(again.status, 409);
    assert.equal(again.json.error.code, 'store_conflict');
  });
});

describe('refusals', () => {
  it('another clinician sees none of these clients, alerts or transcripts', async () => {
    const other = await f.staff('clinician');
    const caseload = await f.call('GET', '/api/clinician/clients', { token: tokens.clinician });
    const client = caseload.json.clients.find((c: any) => c.alerts > 0);
    const transcript = await f.call('GET', `/api/clinician/clients/${client.id}/transcript`, {
      token: other.token,
    });
    assert.equal(transcript.status, 403);
    assert.doesNotMatch(transcript.text, /Alex|Sasha|Noor/u);
    const alerts = await f.call('GET', '/api/clinician/alerts?status=all', { token: other.token });
    assert.deepEqual(alerts.json.alerts, []);
    const all = await f.call('GET', '/api/clinician/alerts?status=all', {
      token: tokens.clinician,
    });
    const alertId = all.json.alerts[0].alertId;
    const probe = await f.call('POST', `/api/clinician/alerts/${alertId}/acknowledge`, {
      token: other.token,
    });
    assert.equal(probe.status, 403);
    const unknown = await f.call('POST', '/api/clinician/alerts/alert_0000000000/acknowledge', {
      token: other.token,
    });
    assert.equal(unknown.status, 403, 'an unknown alert is refused like another’s');
    const denials = await f.accounts.listAudit({ actorId: other.id });
    assert.ok(denials.some((r) => r.outcome === 'denied' && r.reason === 'not_assigned'));
  });

  it('roles are kept apart: researcher, admin, client and no token', async () => {
    const caseload = await f.call('GET', '/api/clinician/clients', { token: tokens.clinician });
    const id = caseload.json.clients[0].id;
    const client = await f.client();
    for (const [url, allowed] of [
      [`/api/clinician/clients/${id}/transcript`, 'clinician'],
      ['/api/clinician/alerts', 'clinician'],
      ['/api/research/cohort', 'researcher'],
      ['/api/research/export.csv', 'researcher'],
    ] as const) {
      for (const role of ['clinician', 'researcher', 'admin'] as const) {
        if (role === allowed) continue;
        const response = await f.call('GET', url, { token: tokens[role] });
        assert.equal(response.status, 403, `${role} ${url}`);
      }
      assert.equal((await f.call('GET', url, { token: client.token })).status, 403);
      assert.equal((await f.call('GET', url)).status, 401);
    }
    const post = await f.call('POST', '/api/clinician/alerts/alert_1/acknowledge', {
      token: tokens.researcher,
    });
    assert.equal(post.status, 403);
    const bad = await f.call('POST', '/api/clinician/alerts/..%2Fx/acknowledge', {
      token: tokens.clinician,
    });
    assert.equal(bad.status, 400);
    const badQuery = await f.call('GET', '/api/clinician/alerts?status=everything', {
      token: tokens.clinician,
    });
    assert.equal(badQuery.status, 400);
  });
});

describe('research cohort', () => {
  it('summarises only consenting clients, de-identified, with the alliance–outcome correlation', async () => {
    const { status, json, text } = await f.call('GET', '/api/research/cohort', {
      token: tokens.researcher,
    });
    assert.equal(status, 200);
    const consenting = (await f.accounts.listAccounts({ role: 'client' })).filter(
      (a) => a.consent?.research,
    );
    assert.equal(json.participants.length, consenting.length);
    assert.ok(json.participants.length < 8, 'clients without research consent are left out');
    for (const name of ['Robin', 'Sasha', 'Kit', 'Alex', 'demo.alliance', '@', '2026-'])
      assert.ok(!text.includes(name), `no ${name} in the cohort`);
    assert.ok(json.participants.every((p: any) => /^p_[0-9a-f]{24}$/u.test(p.pid)));
    const overall = json.distributions.overall;
    assert.equal(
      overall.bins.reduce((sum: number, bin: any) => sum + bin.count, 0),
      overall.n,
    );
    assert.ok(overall.n >= json.participants.length);
    const phq9 = json.allianceOutcome.phq9;
    const paired = json.participants.filter((p: any) => p.alliance && p.phq9Change !== null);
    assert.equal(phq9.n, paired.length);
    assert.ok(phq9.n >= 3);
    assert.equal(typeof phq9.r, 'number');
    assert.ok(phq9.r >= -1 && phq9.r <= 1);
    assert.ok(json.engagement.length >= 3);
    assert.equal(json.engagement[0].sessionNumber, 1);
    assert.equal(json.engagement[0].participants, json.participants.length);
  });

  it('exports the same people as CSV, one row per session, with no names or words', async () => {
    const cohort = await f.call('GET', '/api/research/cohort', { token: tokens.researcher });
    const csv = await f.call('GET', '/api/research/export.csv', { token: tokens.researcher });
    assert.equal(csv.status, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/u);
    assert.match(String(csv.headers['content-disposition']), /attachment; filename=/u);
    const lines = csv.text.trim().split('\r\n');
    assert.match(lines[0]!, /^pid,session,client_turns,/u);
    const header = lines[0]!.split(',');
    assert.ok(header.includes('dta_overall') && header.includes('phq9_total'));
    const sessions = cohort.json.participants.reduce((sum: number, p: any) => sum + p.sessions, 0);
    assert.equal(lines.length - 1, sessions);
    assert.ok(lines.slice(1).every((line) => line.split(',').length === header.length));
    for (const name of ['Robin', 'Kit', 'demo.alliance', '2026-'])
      assert.ok(!csv.text.includes(name));
    const audit = await f.accounts.listAudit({ limit: 5 });
    assert.ok(audit.some((r) => r.resourceType === 'research_export' && r.outcome === 'success'));
  });

  it('the OpenAPI document describes the dashboard routes, the export as text/csv', async () => {
    const { json } = await f.call('GET', '/api/openapi.json');
    for (const path of [
      '/api/clinician/clients/{id}/transcript',
      '/api/clinician/alerts',
      '/api/clinician/alerts/{alertId}/acknowledge',
      '/api/research/cohort',
      '/api/research/export.csv',
    ])
      assert.ok(json.paths[path], path);
    assert.ok(json.paths['/api/research/export.csv'].get.responses['200'].content['text/csv']);
    const caseload =
      json.paths['/api/clinician/clients'].get.responses['200'].content['application/json'].schema;
    assert.ok(JSON.stringify(caseload).includes('unacknowledgedAlerts'));
  });
});

describe('alliance serve --demo', () => {
  it('fills an empty store, prints the demo logins, and the clinician sees the caseload', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alliance-demo-'));
    const bin = new URL('../../bin/alliance.mjs', import.meta.url).pathname;
    const child = spawn(
      process.execPath,
      [bin, 'serve', '--demo', '--port', '0', '--db', join(dir, 'alliance.db')],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: dir,
          LANG: 'en_US.UTF-8',
          ALLIANCE_LOG_LEVEL: 'silent',
        },
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stdout += String(chunk)));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL: ${stdout}`)), 120_000);
        child.stdout.on('data', () => {
          const match = /serving the API on (http:\/\/127\.0\.0\.1:\d+)/u.exec(stdout);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
      });
      assert.match(stdout, /demo data: 8 clients, \d+ sessions, \d+ questionnaires/u);
      const login = /^\s+clinician\s+(\S+)\s+password: (\S+)$/mu.exec(stdout);
      assert.ok(login, stdout);
      const answer = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: login[1], password: login[2] }),
      });
      const { token } = (await answer.json()) as { token: string };
      const caseload = await fetch(`${url}/api/clinician/clients`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await caseload.json()) as { clients: { latestDta: unknown }[] };
      assert.equal(body.clients.length, 8);
      assert.ok(body.clients.every((client) => client.latestDta !== null));
    } finally {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
