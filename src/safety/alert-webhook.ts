import { createHmac } from 'node:crypto';
import { AllianceError } from '../core/index.ts';
import type { RiskCategory, RiskLevel } from '../core/index.ts';

/**
 * What a clinician is told about an alert. Deliberately no message text or names: the clinician
 * opens the app to see details, so nothing sensitive sits in a third party's webhook logs.
 * @example const alert: SafetyAlertMessage = { alertId, conversationId, level: 'high', categories: ['suicide'], at }
 */
export interface SafetyAlertMessage {
  alertId: string;
  conversationId: string;
  level: RiskLevel;
  categories: RiskCategory[];
  /** ISO-8601 time of the alert. */
  at: string;
}

/**
 * The final result of delivering one alert; the shape of the `safety.alert_delivery` event payload.
 * @example { alertId: 'alr_1', outcome: 'failed', attempts: 5, status: 503, error: 'HTTP 503' }
 */
export interface AlertDeliveryOutcome {
  alertId: string;
  outcome: 'delivered' | 'failed';
  attempts: number;
  /** HTTP status of the last attempt, or null when no response came. */
  status: number | null;
  error?: string;
}

/**
 * Sends clinician alerts somewhere without holding up the conversation.
 * @example notifier.notify(alert); await notifier.drain();
 */
export interface AlertNotifier {
  /** Queues the alert and returns at once; never throws, never blocks the caller's reply. */
  notify(alert: SafetyAlertMessage): void;
  /** Resolves when every queued alert has been delivered or has failed for good (for shutdown and tests). */
  drain(): Promise<void>;
}

/**
 * Configuration of the webhook notifier; everything but `url` has a default.
 * @example { url: 'https://clinic.example/alerts', secret: process.env.ALLIANCE_ALERT_SECRET }
 */
export interface AlertWebhookOptions {
  /** http: or https: only. */
  url: string;
  /** When set, the exact body is signed: `X-Alliance-Signature: sha256=<hex HMAC-SHA256>`. */
  secret?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Source of jitter in [0, 1); defaults to Math.random. */
  random?: () => number;
  /** Attempts per alert, including the first; default 5. */
  maxAttempts?: number;
  /** Backoff before the first retry, doubled per retry with full jitter; default 500. */
  baseDelayMs?: number;
  /** Upper bound on any wait between attempts, Retry-After included; default 30 000. */
  maxDelayMs?: number;
  /** Per attempt; default 5 000. */
  timeoutMs?: number;
  /** Called once per alert; whatever it throws is ignored. */
  onOutcome?: (outcome: AlertDeliveryOutcome) => void;
}

type AttemptResult =
  | { ok: true; status: number }
  | { ok: false; status: number | null; retry: boolean; error: string; retryAfterMs?: number };

const realSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/**
 * A notifier that POSTs each alert as JSON to a webhook, retrying transient failures with
 * exponential backoff; alerts are delivered concurrently, each with its own retries.
 * @example const notifier = createAlertWebhook({ url, secret, onOutcome: (o) => log('safety.alert_delivery', o) })
 */
export function createAlertWebhook(options: AlertWebhookOptions): AlertNotifier {
  const url = checkUrl(options.url);
  const secret = options.secret;
  if (secret !== undefined && (typeof secret !== 'string' || secret === ''))
    // An empty key still "signs", which would look like protection while giving none.
    throw new AllianceError(
      'config_invalid',
      'The alert webhook secret is empty.',
      'Set a non-empty secret, or leave it unset to send unsigned alerts.',
    );
  const maxAttempts = checkNumber('maxAttempts', options.maxAttempts ?? 5, 1, true);
  const baseDelayMs = checkNumber('baseDelayMs', options.baseDelayMs ?? 500, 0, false);
  const maxDelayMs = checkNumber('maxDelayMs', options.maxDelayMs ?? 30_000, 0, false);
  const timeoutMs = checkNumber('timeoutMs', options.timeoutMs ?? 5_000, 1, false);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const onOutcome = options.onOutcome;
  const pending = new Set<Promise<void>>();

  // Error texts end up in the event log; a token in the URL or the secret must not.
  const redact = (text: string): string => {
    let clean = text;
    for (const secretText of [options.url, url.href, secret])
      if (secretText) clean = clean.split(secretText).join('<redacted>');
    return clean;
  };

  function backoff(retry: number): number {
    const jitter = Math.min(Math.max(Number(random()) || 0, 0), 1);
    return Math.floor(jitter * Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1)));
  }

  function retryAfter(response: Response): number | undefined {
    try {
      const value = response.headers.get('retry-after')?.trim();
      // Only delta-seconds: the HTTP-date form would need a trusted clock shared with the receiver.
      if (value && /^\d+$/.test(value)) return Math.min(Number(value) * 1000, maxDelayMs);
    } catch {
      // A malformed response just falls back to the backoff.
    }
    return undefined;
  }

  async function attempt(body: string, headers: Record<string, string>): Promise<AttemptResult> {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = (await untilAborted(
        Promise.resolve(
          fetchImpl(url, {
            method: 'POST',
            headers,
            body,
            signal,
            // A redirect would carry the signed alert to an address nobody configured.
            redirect: 'manual',
          }),
        ),
        signal,
      )) as Response | undefined;
      const status = response?.status;
      if (typeof status !== 'number' || !Number.isInteger(status))
        throw new Error('fetch returned no HTTP response');
      discardBody(response!);
      if (status >= 200 && status <= 299) return { ok: true, status };
      // Other 4xx (and 3xx) mean a misconfigured endpoint, which will not fix itself.
      const retry = status === 408 || status === 429 || (status >= 500 && status <= 599);
      const retryAfterMs = retry ? retryAfter(response!) : undefined;
      return {
        ok: false,
        status,
        retry,
        error: `HTTP ${status}`,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      };
    } catch (error) {
      const message = signal.aborted ? `timed out after ${timeoutMs} ms` : describeError(error);
      return { ok: false, status: null, retry: true, error: redact(message) };
    }
  }

  async function deliver(alert: SafetyAlertMessage): Promise<void> {
    let alertId = '';
    let attempts = 0;
    let status: number | null = null;
    let error: string | undefined = 'not attempted';
    let outcome: AlertDeliveryOutcome['outcome'] = 'failed';
    try {
      alertId = String(alert.alertId);
      const body = alertBody(alert);
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        'User-Agent': 'alliance-alerts/1',
        'Idempotency-Key': alertId,
      };
      if (secret)
        headers['X-Alliance-Signature'] =
          `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
      for (;;) {
        attempts += 1;
        const result = await attempt(body, headers);
        status = result.status;
        if (result.ok) {
          outcome = 'delivered';
          error = undefined;
          break;
        }
        error = result.error;
        if (!result.retry || attempts >= maxAttempts) break;
        await sleep(result.retryAfterMs ?? backoff(attempts));
      }
    } catch (caught) {
      error = redact(describeError(caught));
    }
    report({ alertId, outcome, attempts, status, ...(error === undefined ? {} : { error }) });
  }

  function report(outcome: AlertDeliveryOutcome): void {
    try {
      const result: unknown = onOutcome?.(outcome);
      // An async callback that rejects must not become an unhandled rejection that kills the process.
      if (result instanceof Promise) result.catch(() => {});
    } catch {
      // The alert's fate is settled; a broken listener must not change it or reach the caller.
    }
  }

  return {
    notify(alert) {
      try {
        const delivery = deliver(alert).catch(() => {});
        pending.add(delivery);
        void delivery.finally(() => pending.delete(delivery));
      } catch {
        // notify sits on the reply path; failing to alert must never fail the conversation.
      }
    },
    async drain() {
      // Loop because onOutcome may notify again while we wait.
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

/** The wire body, built field by field so nothing else on the object can leak into it. */
function alertBody(alert: SafetyAlertMessage): string {
  return JSON.stringify({
    type: 'alliance.safety_alert',
    alertId: String(alert.alertId),
    conversationId: String(alert.conversationId),
    level: String(alert.level),
    categories: Array.from(alert.categories, String),
    at: String(alert.at),
  });
}

function checkUrl(raw: string): URL {
  // Never echo the URL itself: webhook URLs often carry a token in the path or query.
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AllianceError(
      'config_invalid',
      'The alert webhook URL is not a valid URL.',
      'Set it to an http:// or https:// address.',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new AllianceError(
      'config_invalid',
      `The alert webhook URL must use http: or https:, not ${url.protocol}`,
      'Set it to an http:// or https:// address.',
    );
  return url;
}

function checkNumber(name: string, value: number, min: number, integer: boolean): number {
  if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value)))
    throw new AllianceError(
      'config_invalid',
      `The alert webhook option ${name} must be ${integer ? 'an integer' : 'a number'} of at least ${min}.`,
    );
  return value;
}

/** Resolves or rejects with `work`, or rejects when `signal` aborts, whichever comes first. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  // A custom fetch may ignore the signal; the timeout must hold regardless.
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function discardBody(response: Response): void {
  // Nobody reads the reply, and an unread body pins the connection until garbage collection.
  try {
    response.body?.cancel().catch(() => {});
  } catch {
    // Not a real Response; nothing to release.
  }
}

/** A short, one-line reason; undici hides the useful part ("connect ECONNREFUSED …") in `cause`. */
function describeError(error: unknown): string {
  const candidates: unknown[] = [];
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause instanceof AggregateError) candidates.push(...cause.errors);
  candidates.push(cause, error);
  for (const candidate of candidates) {
    if (!(candidate instanceof Error)) continue;
    const text = candidate.message || (candidate as { code?: unknown }).code;
    if (typeof text === 'string' && text.trim() !== '') return oneLine(text);
  }
  return oneLine(String(error));
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line || 'unknown error';
}
