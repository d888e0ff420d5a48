import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Paths pino removes from every log line: credentials, addresses and anything a person wrote.
 * The request serializer below already logs only method, route and status; this is the second
 * line of defence for any object logged by hand.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'password',
  'token',
  'email',
  'text',
  'displayName',
  'body',
  '*.password',
  '*.token',
  '*.email',
  '*.text',
  '*.displayName',
  '*.body',
];

/**
 * The server's pino logger with redaction, writing JSON lines to `destination` (default stdout).
 * @example const logger = createServerLogger({ level: 'info' })
 */
export function createServerLogger(options: {
  level?: string;
  destination?: DestinationStream;
}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: {
        // The path only: a query string could carry anything.
        req: (request: { method?: string; url?: string; id?: string }) => ({
          id: request.id,
          method: request.method,
          path: String(request.url ?? '').split('?')[0],
        }),
        res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
        err: (error: {
          code?: unknown;
          name?: unknown;
          statusCode?: unknown;
          stack?: unknown;
        }) => ({
          // The kind of error and where it happened, never its message: messages of unexpected
          // errors (a parser's, a driver's) can quote the data they choked on.
          name: error?.name,
          code: error?.code,
          statusCode: error?.statusCode,
          frames: String(error?.stack ?? '')
            .split('\n')
            .slice(1, 6)
            .map((line) => line.trim())
            .join(' | '),
        }),
      },
    },
    options.destination,
  );
}
