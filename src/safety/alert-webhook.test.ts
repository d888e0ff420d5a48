import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { isAllianceError } from '../core/index.ts';
import type { EventPayloads } from '../core/index.ts';
import { createAlertWebhook } from './alert-webhook.ts';
import type { AlertDeliveryOutcome, SafetyAlertMessage } from './alert-webhook.ts';

interface Received {
  method: string;
  headers: IncomingHttpHeaders;
  body: string;
}

type Handler = (request: Received, response: ServerResponse, index: number) => void;

const servers: Server[] = [];

/** A real HTTP server on 127.0.0.1 that records every request it receives. */
async function startServer(handler: Handler): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);
      handler(request, res, received.length - 1);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/alliance`, received };
}

function reply(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, headers).end('{}');
}

function alert(overrides: Partial<SafetyAlertMessage> = {}): SafetyAlertMessage {
  return {
    alertId: 'alr_1',
    conversationId: 'conv_1',
    level: 'high',
    categories: ['suicide'],
    at: '2026-01-01T09:00:00.000Z',
    ...overrides,
  };
}

/** An instant sleep that remembers what it was asked to wait. */
function fakeSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

/** Notifies once and returns the outcome after draining. */
async function deliverOne(
  options: Omit<Parameters<typeof createAlertWebhook>[0], 'onOutcome'>,
  message = alert(),
): Promise<AlertDeliveryOutcome[]> {
  const outcomes: AlertDeliveryOutcome[] = [];
  const notifier = createAlertWebhook({ ...options, onOutcome: (o) => outcomes.push(o) });
  notifier.notify(message);
  await notifier.drain();
  return outcomes;
}

describe('alert webhook', () => {
  after(() => {
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
  });

  it('delivers on the first try with a signed JSON body and the agreed headers', async () => {
    const { url, received } = await startServer((_, res) => reply(res, 204));
    const secret = 's3cret-key';
    const outcomes = await deliverOne({ url, secret, sleep: fakeSleep().sleep });

    assert.deepEqual(outcomes, [
      { alertId: 'alr_1', outcome: 'delivered', attempts: 1, status: 204 },
    ]);
    // The outcome is meant to be logged as-is as a safety.alert_delivery event.
    const payload: EventPayloads['safety.alert_delivery'] = outcomes[0]!;
    assert.equal(payload.outcome, 'delivered');
    const request = received[0]!;
    assert.equal(request.method, 'POST');
    assert.equal(request.headers['content-type'], 'application/json');
    assert.equal(request.headers['user-agent'], 'alliance-alerts/1');
    assert.equal(request.headers['idempotency-key'], 'alr_1');
    assert.deepEqual(JSON.parse(request.body), {
      type: 'alliance.safety_alert',
      alertId: 'alr_1',
      conversationId: 'conv_1',
      level: 'high',
      categories: ['suicide'],
      at: '2026-01-01T09:00:00.000Z',
    });
    const expected = createHmac('sha256', secret).update(request.body).digest('hex');
    assert.equal(request.headers['x-alliance-signature'], `sha256=${expected}`);
  });

  it('sends no signature header when no secret is configured', async () => {
    const { url, received } = await startServer((_, res) => reply(res, 200));
    await deliverOne({ url, sleep: fakeSleep().sleep });
    assert.equal(received[0]!.headers['x-alliance-signature'], undefined);
  });

  it('retries 503 responses and reports delivery after the third attempt', async () => {
    const { url, received } = await startServer((_, res, i) => reply(res, i < 2 ? 503 : 200));
    const { sleep, waits } = fakeSleep();
    const outcomes = await deliverOne({ url, sleep });
    assert.deepEqual(outcomes, [
      { alertId: 'alr_1', outcome: 'delivered', attempts: 3, status: 200 },
    ]);
    assert.equal(received.length, 3);
    assert.equal(waits.length, 2);
    // Retries of one alert carry the same key so the receiver can drop duplicates.
    assert.ok(received.every((r) => r.headers['idempotency-key'] === 'alr_1'));
  });

  it('fails at once on a 400, since a misconfigured endpoint will not fix itself', async () => {
    const { url, received } = await startServer((_, res) => reply(res, 400));
    const { sleep, waits } = fakeSleep();
    const outcomes = await deliverOne({ url, sleep });
    assert.deepEqual(outcomes, [
      { alertId: 'alr_1', outcome: 'failed', attempts: 1, status: 400, error: 'HTTP 400' },
    ]);
    assert.equal(received.length, 1);
    assert.deepEqual(waits, []);
  });

  it('does not follow redirects, so the alert never reaches an unconfigured address', async () => {
    const { url, received } = await startServer((_, res) =>
      reply(res, 302, { Location: 'http://127.0.0.1:9/elsewhere' }),
    );
    const outcomes = await deliverOne({ url, sleep: fakeSleep().sleep });
    assert.deepEqual(outcomes, [
      { alertId: 'alr_1', outcome: 'failed', attempts: 1, status: 302, error: 'HTTP 302' },
    ]);
    assert.equal(received.length, 1);
  });

  it('times out each attempt against a server that never answers, then gives up', async () => {
    const { url, received } = await startServer(() => {});
    const outcomes = await deliverOne({
      url,
      sleep: fakeSleep().sleep,
      timeoutMs: 50,
      maxAttempts: 3,
    });
    assert.deepEqual(outcomes, [
      {
        alertId: 'alr_1',
        outcome: 'failed',
        attempts: 3,
        status: null,
        error: 'timed out after 50 ms',
      },
    ]);
    assert.equal(received.length, 3);
  });

  it('fails after every attempt when the connection is refused, with no status', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));

    const outcomes = await deliverOne({
      url: `http://127.0.0.1:${port}/hook`,
      sleep: fakeSleep().sleep,
      maxAttempts: 4,
    });
    assert.equal(outcomes.length, 1);
    const [outcome] = outcomes;
    assert.equal(outcome!.outcome, 'failed');
    assert.equal(outcome!.attempts, 4);
    assert.equal(outcome!.status, null);
    assert.equal(outcome!.error, `connect ECONNREFUSED 127.0.0.1:${port}`);
  });

  it('waits as long as a 429 Retry-After header asks, capped at maxDelayMs', async () => {
    const { url } = await startServer((_, res, i) =>
      i === 0
        ? reply(res, 429, { 'Retry-After': '2' })
        : i === 1
          ? reply(res, 429, { 'Retry-After': '3600' })
          : reply(res, 200),
    );
    const { sleep, waits } = fakeSleep();
    const outcomes = await deliverOne({ url, sleep, maxDelayMs: 10_000 });
    assert.equal(outcomes[0]!.outcome, 'delivered');
    assert.deepEqual(waits, [2000, 10_000]);
  });

  it('backs off exponentially with full jitter, capped at maxDelayMs', async () => {
    const { sleep, waits } = fakeSleep();
    const jitter = [1, 0.5, 1, 1, 0];
    const outcomes = await deliverOne({
      url: 'https://alerts.invalid/hook',
      fetch: async () => new Response(null, { status: 503 }),
      sleep,
      random: () => jitter.shift()!,
      maxAttempts: 6,
      baseDelayMs: 100,
      maxDelayMs: 700,
    });
    assert.deepEqual(outcomes, [
      { alertId: 'alr_1', outcome: 'failed', attempts: 6, status: 503, error: 'HTTP 503' },
    ]);
    assert.deepEqual(waits, [100, 100, 400, 700, 0]);
  });

  it('returns from notify before the server answers, and survives a throwing onOutcome', async () => {
    let answer: () => void = () => {};
    const { url, received } = await startServer((_, res) => {
      answer = () => reply(res, 200);
    });
    const calls: AlertDeliveryOutcome[] = [];
    const notifier = createAlertWebhook({
      url,
      sleep: fakeSleep().sleep,
      onOutcome: (outcome) => {
        calls.push(outcome);
        throw new Error('listener broke');
      },
    });

    // notify returns while the server still holds its answer: nothing has come back yet.
    notifier.notify(alert());
    assert.equal(calls.length, 0);
    while (received.length === 0) await new Promise((resolve) => setImmediate(resolve));
    assert.equal(calls.length, 0);

    answer();
    await notifier.drain();
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.outcome, 'delivered');

    // Still usable after the listener threw.
    const second = await startServer((_, res) => reply(res, 200));
    const next = createAlertWebhook({
      url: second.url,
      onOutcome: () => {
        throw new Error('again');
      },
    });
    next.notify(alert({ alertId: 'alr_2' }));
    await next.drain();
    assert.equal(second.received.length, 1);
  });

  it('delivers a second alert while the first one is still hanging', async () => {
    // The slow alert is answered only once the fast one is delivered, whichever request the
    // server happens to receive first.
    let slowResponse: ServerResponse | undefined;
    let fastDelivered = false;
    const answerSlow = (): void => {
      if (slowResponse && fastDelivered) reply(slowResponse, 200);
    };
    const { url } = await startServer((request, res) => {
      if (JSON.parse(request.body).alertId !== 'alr_slow') return reply(res, 200);
      slowResponse = res;
      answerSlow();
    });
    const outcomes: AlertDeliveryOutcome[] = [];
    const notifier = createAlertWebhook({
      url,
      sleep: fakeSleep().sleep,
      timeoutMs: 1500,
      maxAttempts: 1,
      onOutcome: (outcome) => {
        outcomes.push(outcome);
        fastDelivered ||= outcome.alertId === 'alr_fast';
        answerSlow();
      },
    });
    notifier.notify(alert({ alertId: 'alr_slow' }));
    notifier.notify(alert({ alertId: 'alr_fast' }));
    await notifier.drain();
    assert.deepEqual(
      outcomes.map((o) => [o.alertId, o.outcome]),
      [
        ['alr_fast', 'delivered'],
        ['alr_slow', 'delivered'],
      ],
    );
  });

  it('never throws from notify, even when fetch throws synchronously or returns garbage', async () => {
    const outcomes: AlertDeliveryOutcome[] = [];
    const common = { url: 'https://alerts.invalid/h', sleep: fakeSleep().sleep, maxAttempts: 2 };
    const throwing = createAlertWebhook({
      ...common,
      fetch: () => {
        throw new Error('boom\nwith a second line');
      },
      onOutcome: (o) => outcomes.push(o),
    });
    const garbage = createAlertWebhook({
      ...common,
      fetch: (() => 42) as unknown as typeof fetch,
      onOutcome: (o) => outcomes.push(o),
    });
    assert.doesNotThrow(() => throwing.notify(alert({ alertId: 'a' })));
    assert.doesNotThrow(() => garbage.notify(alert({ alertId: 'b' })));
    assert.doesNotThrow(() => garbage.notify(null as unknown as SafetyAlertMessage));
    await Promise.all([throwing.drain(), garbage.drain()]);
    const byId = new Map(outcomes.map((outcome) => [outcome.alertId, outcome]));
    assert.equal(outcomes.length, 3);
    assert.deepEqual(byId.get('a'), {
      alertId: 'a',
      outcome: 'failed',
      attempts: 2,
      status: null,
      error: 'boom with a second line',
    });
    assert.deepEqual(byId.get('b'), {
      alertId: 'b',
      outcome: 'failed',
      attempts: 2,
      status: null,
      error: 'fetch returned no HTTP response',
    });
    // The null alert cannot even be read: reported as failed without any attempt.
    assert.equal(byId.get('')?.outcome, 'failed');
    assert.equal(byId.get('')?.attempts, 0);
  });

  it('puts only the six agreed keys in the body, never message text or names', async () => {
    const { url, received } = await startServer((_, res) => reply(res, 200));
    const leaky = {
      ...alert(),
      text: 'I want to end it tonight',
      name: 'Sam Jones',
      evidence: [{ text: 'end it tonight' }],
    } as SafetyAlertMessage;
    await deliverOne({ url, secret: 'k', sleep: fakeSleep().sleep }, leaky);
    const body = received[0]!.body;
    assert.deepEqual(Object.keys(JSON.parse(body)).sort(), [
      'alertId',
      'at',
      'categories',
      'conversationId',
      'level',
      'type',
    ]);
    assert.doesNotMatch(body, /end it tonight|Sam|Jones/);
  });

  it('rejects a URL that is not http(s) at creation, without echoing secrets', () => {
    for (const url of ['ftp://x', 'not a url', 'javascript:alert(1)', 'ftp://u:hunter2@x/?t=tok']) {
      assert.throws(
        () => createAlertWebhook({ url }),
        (error: unknown) =>
          isAllianceError(error, 'config_invalid') &&
          /alert webhook URL/.test(error.message) &&
          !/hunter2|tok/.test(error.toLine()),
        url,
      );
    }
  });

  it('rejects an empty secret and nonsensical limits at creation', () => {
    const url = 'https://alerts.invalid/h';
    for (const options of [
      { url, secret: '' },
      { url, maxAttempts: 0 },
      { url, maxAttempts: 1.5 },
      { url, timeoutMs: 0 },
      { url, baseDelayMs: Number.NaN },
    ])
      assert.throws(
        () => createAlertWebhook(options),
        (error: unknown) => isAllianceError(error, 'config_invalid'),
      );
  });

  it('keeps a token in the URL out of the error text', async () => {
    const outcomes = await deliverOne({
      url: 'https://alerts.invalid/hook?token=abc123',
      fetch: () =>
        Promise.reject(new Error('failed to reach https://alerts.invalid/hook?token=abc123')),
      sleep: fakeSleep().sleep,
      maxAttempts: 1,
    });
    assert.equal(outcomes[0]!.error, 'failed to reach <redacted>');
  });
});
