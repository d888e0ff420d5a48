import { isAllianceError, type AllianceErrorCode } from '../core/index.ts';

/** The one JSON shape of every error response. */
export interface ErrorBody {
  error: { code: string; message: string };
}

const STATUS: Partial<Record<AllianceErrorCode, number>> = {
  request_invalid: 400,
  message_empty: 400,
  message_too_long: 400,
  message_control_characters: 400,
  input_invalid_utf8: 400,
  input_line_too_long: 400,
  answer_invalid: 400,
  answer_missing: 400,
  instrument_unknown: 400,
  usage: 409,
  auth_required: 401,
  auth_invalid: 401,
  forbidden: 403,
  consent_required: 403,
  not_found: 404,
  conversation_not_found: 404,
  account_not_found: 404,
  person_not_found: 404,
  account_exists: 409,
  last_admin: 409,
  store_conflict: 409,
  instrument_unavailable: 409,
  request_too_large: 413,
  media_type_unsupported: 415,
  throttled: 429,
  store_locked: 503,
};

/**
 * The HTTP status of an error: AllianceErrors by their code (this table is the only place codes
 * meet statuses), fastify's own 4xx errors by their status, anything else 500.
 * @example statusOf(new AllianceError('forbidden', '…')) // 403
 */
export function statusOf(error: unknown): number {
  if (isAllianceError(error)) return STATUS[error.code] ?? 500;
  const status = (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

/**
 * The JSON body of an error. Messages of AllianceErrors are written for people and never quote
 * what was sent; fastify's 4xx errors get a fixed message per status, since theirs can echo input.
 * @example errorBody(error) // { error: { code: 'forbidden', message: '…' } }
 */
export function errorBody(error: unknown): ErrorBody {
  if (isAllianceError(error)) {
    const status = statusOf(error);
    if (error.code === 'store_locked') {
      // The store's message names the database file, which is none of the caller's business.
      return { error: { code: 'busy', message: 'The server is busy. Try again in a moment.' } };
    }
    if (status >= 500) {
      return { error: { code: 'internal', message: 'Something went wrong on the server.' } };
    }
    return { error: { code: error.code, message: error.toLine() } };
  }
  switch (statusOf(error)) {
    case 400:
      return { error: { code: 'request_invalid', message: 'The request is malformed.' } };
    case 404:
      return { error: { code: 'not_found', message: 'There is nothing at this address.' } };
    case 413:
      return {
        error: { code: 'request_too_large', message: 'The request body is too large.' },
      };
    case 415:
      return {
        error: {
          code: 'media_type_unsupported',
          message: 'Send the body as application/json.',
        },
      };
    case 500:
      return { error: { code: 'internal', message: 'Something went wrong on the server.' } };
    default:
      return { error: { code: 'request_invalid', message: 'The request cannot be handled.' } };
  }
}
