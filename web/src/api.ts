/**
 * The one way the web app talks to the server: JSON over fetch with the bearer token of the
 * signed-in account, errors as ApiError (the server's `{error: {code, message}}`), and the
 * streamed reply of a chat turn read from server-sent events.
 */

/** An error answered by the API, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let currentToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

/** Sets the token sent with every call (the auth context keeps it in step with sign-in and out). */
export function setApiToken(token: string | null): void {
  currentToken = token;
}

/** Called when the server says the token is no longer valid (expired, revoked, account deleted). */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

function headersFor(body: unknown, accept = 'application/json'): Record<string, string> {
  const headers: Record<string, string> = { accept };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (currentToken) headers.authorization = `Bearer ${currentToken}`;
  return headers;
}

async function failure(response: Response): Promise<ApiError> {
  let code = 'http_error';
  let message = `The server answered ${response.status}.`;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.code) code = body.error.code;
    if (body.error?.message) message = body.error.message;
  } catch {
    // Not JSON: keep the generic message.
  }
  if (response.status === 401 && currentToken)
    for (const listener of unauthorizedListeners) listener();
  return new ApiError(response.status, code, message);
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached. Check your connection.');
  }
}

/**
 * Calls the API and returns its JSON (undefined for 204).
 * @example const me = await api<Account>('GET', '/api/me')
 */
export async function api<T>(
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const response = await send(path, {
    method,
    headers: headersFor(body),
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) throw await failure(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Downloads a GET route's answer as a Blob (for files the person saves). */
export async function apiBlob(path: string): Promise<Blob> {
  const response = await send(path, { headers: headersFor(undefined) });
  if (!response.ok) throw await failure(response);
  return response.blob();
}

/** What a streamed chat turn reports as it arrives. */
export interface StreamHandlers<Safety, Done> {
  /** First, before any words: the move and safety status (crisis resources when due). */
  onSafety(event: { move: string; safety: Safety }): void;
  /** A few more words of the reply. */
  onDelta(text: string): void;
  /** The whole answer, as the JSON route would have given it. */
  onDone(answer: Done): void;
}

/**
 * Posts a message and reads the reply as server-sent events (`safety`, `delta`…, `done`).
 * @example await streamMessage(id, 'hello', { onSafety, onDelta, onDone })
 */
export async function streamMessage<Safety, Done>(
  conversationId: string,
  text: string,
  handlers: StreamHandlers<Safety, Done>,
): Promise<void> {
  const body = { text };
  const response = await send(`/api/conversations/${encodeURIComponent(conversationId)}/messages`, {
    method: 'POST',
    headers: headersFor(body, 'text/event-stream'),
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await failure(response);
  if (!response.body) throw new ApiError(0, 'network', 'The reply could not be read.');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      dispatch(buffer.slice(0, end), handlers);
      buffer = buffer.slice(end + 2);
    }
    if (done) break;
  }
  if (buffer.trim() !== '') dispatch(buffer, handlers);
}

function dispatch<Safety, Done>(block: string, handlers: StreamHandlers<Safety, Done>): void {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  if (data.length === 0) return;
  const payload: unknown = JSON.parse(data.join('\n'));
  if (event === 'safety') handlers.onSafety(payload as { move: string; safety: Safety });
  else if (event === 'delta') handlers.onDelta((payload as { text: string }).text);
  else if (event === 'done') handlers.onDone(payload as Done);
}
