import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { createServerLogger } from './logger.ts';
import { serverFixture, type ServerFixture } from './server-fixture.ts';

let f: ServerFixture;
before(async () => {
  f = await serverFixture();
});
after(async () => f.close());

describe('server logs', () => {
  it('never contain message text, passwords, tokens or emails during a conversation', async () => {
    const email = 'Logged.Person@Example.org';
    const password = 'hunter2 correct horse battery';
    const texts = [
      'yes',
      'My name is Wilhelmina',
      'my boss Bartholomew shouts at me every day',
      'I want to kill myself tonight',
      'I have the pills here with me',
    ];
    f.logs.length = 0;
    await f.call('POST', '/api/auth/register', {
      body: { email, password, displayName: 'Wilhelmina', consent: { version: 'privacy-1' } },
    });
    const login = await f.call('POST', '/api/auth/login', { body: { email, password } });
    const token: string = login.json.token;
    await f.call('POST', '/api/auth/login', { body: { email, password: `${password} wrong` } });
    const id = (await f.call('POST', '/api/conversations', { token })).json.id;
    for (const text of texts)
      await f.call('POST', `/api/conversations/${id}/messages`, { token, body: { text } });
    await f.call('POST', `/api/conversations/${id}/messages`, {
      token,
      body: { text: 'streamed Bartholomew' },
      headers: { accept: 'text/event-stream' },
    });
    // A malformed body that contains the password, and an oversized one.
    await f.call('POST', '/api/auth/login', {
      payload: `{"email": "${email}", "password": "${password}"`,
      headers: { 'content-type': 'application/json' },
    });
    await f.call('GET', `/api/me?email=${encodeURIComponent(email)}&token=${token}`, { token });
    await f.call('GET', '/api/me/export', { token });

    const output = f.logs.join('');
    assert.ok(f.logs.length > 10, 'requests were logged');
    for (const secret of [
      password,
      token,
      email,
      email.toLowerCase(),
      'Wilhelmina',
      'Bartholomew',
      'kill myself',
      'pills',
    ])
      assert.ok(!output.includes(secret), `the logs contain ${secret}`);
    assert.match(output, /"statusCode":200/);
  });

  it('redacts sensitive keys of anything logged by hand', () => {
    const lines: string[] = [];
    const logger = createServerLogger({
      destination: new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    logger.info(
      {
        text: 'private words',
        password: 'secret',
        token: 'abc',
        email: 'a@b.example',
        body: { text: 'nested words', email: 'c@d.example' },
        req: { headers: { authorization: 'Bearer abc' } },
      },
      'by hand',
    );
    const output = lines.join('');
    for (const secret of [
      'private words',
      'secret',
      'abc',
      'a@b.example',
      'nested words',
      'c@d.example',
    ])
      assert.ok(!output.includes(secret), secret);
  });
});
