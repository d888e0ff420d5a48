import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { serverFixture, type ServerFixture } from './server-fixture.ts';

// A built app in a temporary folder, beside a file that must never be served.
const outer = mkdtempSync(join(tmpdir(), 'alliance-web-'));
const root = join(outer, 'dist');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title><div id="root"></div>');
writeFileSync(join(root, 'assets', 'index-AbCd1234.js'), 'console.log("app")');
writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(root, '.env'), 'SECRET=hidden');
writeFileSync(join(outer, 'secret.txt'), 'outside the web root');

let f: ServerFixture;
before(async () => {
  f = await serverFixture({ webRoot: root });
});
after(async () => {
  await f.close();
  rmSync(outer, { recursive: true, force: true });
});

describe('static files of the web app', () => {
  it('serves index.html at / and at every app path, revalidated, with a content security policy', async () => {
    for (const path of ['/', '/chat', '/staff/clients/acct_123', '/my-data?x=1']) {
      const response = await f.call('GET', path);
      assert.equal(response.status, 200, path);
      assert.match(String(response.headers['content-type']), /^text\/html/u);
      assert.equal(response.headers['cache-control'], 'no-cache');
      assert.match(String(response.headers['content-security-policy']), /default-src 'self'/u);
      assert.match(response.text, /<div id="root">/u);
    }
  });

  it('serves hashed assets for a year and other files revalidated, each with its content type', async () => {
    const script = await f.call('GET', '/assets/index-AbCd1234.js');
    assert.equal(script.status, 200);
    assert.match(String(script.headers['content-type']), /^text\/javascript/u);
    assert.match(String(script.headers['cache-control']), /immutable/u);
    const icon = await f.call('GET', '/favicon.svg');
    assert.equal(icon.headers['content-type'], 'image/svg+xml');
    assert.equal(icon.headers['cache-control'], 'public, max-age=0, must-revalidate');
    const head = await f.app.inject({ method: 'HEAD', url: '/assets/index-AbCd1234.js' });
    assert.equal(head.statusCode, 200);
    assert.equal(head.body, '');
  });

  it('answers 404 for a missing file instead of the app', async () => {
    const response = await f.call('GET', '/assets/missing-12345678.js');
    assert.equal(response.status, 404);
    assert.doesNotMatch(response.text, /root/u);
  });

  it('never serves anything outside the folder, nor hidden files', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00/secret.txt',
      '/.env',
      '/assets/%2e%65nv',
      '//etc/passwd',
      '/assets/..\\..\\secret.txt',
    ]) {
      const response = await f.call('GET', path);
      assert.ok(response.status < 500, `${path} gave ${response.status}`);
      assert.doesNotMatch(response.text, /outside the web root|SECRET|root:/u, path);
    }
  });

  it('keeps unknown /api addresses as JSON 404s, uncached', async () => {
    const response = await f.call('GET', '/api/nothing-here');
    assert.equal(response.status, 404);
    assert.equal(response.json.error.code, 'not_found');
    assert.equal(response.headers['cache-control'], 'no-store');
  });
});

describe('support routes for the web app', () => {
  it('gives the agent’s own disclosure and what is stored, without a token', async () => {
    const response = await f.call('GET', '/api/support/disclosure');
    assert.equal(response.status, 200, response.text);
    assert.equal(response.json.version, 'disclosure-1');
    assert.match(response.json.points.join(' '), /I'm an AI/u);
    assert.match(response.json.notEmergency, /not an emergency service/u);
    assert.ok(response.json.stored.length >= 3);
  });

  it('gives crisis resources for a locale, and the default for none', async () => {
    const uk = await f.call('GET', '/api/support/crisis-resources?locale=en-GB');
    assert.equal(uk.status, 200, uk.text);
    assert.match(JSON.stringify(uk.json), /Samaritans/u);
    const none = await f.call('GET', '/api/support/crisis-resources');
    assert.equal(none.status, 200);
    assert.ok(none.json.lines.length > 0);
    const bad = await f.call('GET', '/api/support/crisis-resources?locale=%3Cscript%3E');
    assert.equal(bad.status, 400);
  });

  it('shows the owner goals, next steps, safety plan and suggested answers, and no one else', async () => {
    const sam = await f.client();
    const other = await f.client();
    const created = await f.call('POST', '/api/conversations', { token: sam.token });
    const id = created.json.id as string;
    const first = await f.call('GET', `/api/conversations/${id}/overview`, { token: sam.token });
    assert.equal(first.status, 200, first.text);
    // The opening asks for consent to go on: the chat offers yes and no.
    assert.deepEqual(
      first.json.quickReplies.map((reply: { text: string }) => reply.text),
      ['yes', 'no'],
    );
    assert.equal(first.json.safetyPlan.length, 6);
    assert.equal(first.json.crisisProtocolActive, false);

    const denied = await f.call('GET', `/api/conversations/${id}/overview`, { token: other.token });
    assert.equal(denied.status, 403);
    const anonymous = await f.call('GET', `/api/conversations/${id}/overview`);
    assert.equal(anonymous.status, 401);
    const audit = await f.accounts.listAudit({ actorId: other.id, limit: 50 });
    assert.ok(
      audit.some((r) => r.resourceType === 'conversation_overview' && r.outcome === 'denied'),
    );

    const say = (text: string) =>
      f.call('POST', `/api/conversations/${id}/messages`, { token: sam.token, body: { text } });
    await say('yes');
    await say('I am Sam');
    await say('I want to kill myself tonight');
    const crisis = await f.call('GET', `/api/conversations/${id}/overview`, { token: sam.token });
    assert.equal(crisis.json.crisisProtocolActive, true);
    assert.deepEqual(crisis.json.quickReplies, []);
  });

  it('offers a questionnaire item’s answer options as buttons while it is asked in the chat', async () => {
    const sam = await f.client();
    const id = (await f.call('POST', '/api/conversations', { token: sam.token })).json.id as string;
    const say = (text: string) =>
      f.call('POST', `/api/conversations/${id}/messages`, { token: sam.token, body: { text } });
    const overview = async () =>
      (await f.call('GET', `/api/conversations/${id}/overview`, { token: sam.token })).json;
    // The scripted start of the README: the PHQ-9 is offered at intake.
    await say('yes');
    await say('I am Sam, and direct is fine');
    await say('I have been really anxious about work lately');
    const offered = await say('My manager keeps moving deadlines and I lie awake going over it');
    assert.match(offered.json.reply.text, /PHQ-9/u);
    assert.deepEqual(
      (await overview()).quickReplies.map((reply: { text: string }) => reply.text),
      ['yes', 'no thanks'],
    );
    await say('yes');
    const item = (await overview()).quickReplies as { label: string; text: string }[];
    assert.deepEqual(
      item.map((reply) => reply.text),
      ['0', '1', '2', '3', 'skip'],
    );
    assert.match(item[0]!.label, /^0 · Not at all$/u);
  });
});
