import { readFileSync } from 'node:fs';
/**
 * The one error class of Alliance. `code` is stable and machine-readable; `message` says what is
 * wrong, `hint` what the person can do about it. Entry points print `message` and `hint` on one
 * line and never a stack trace.
 * @example throw new AllianceError('message_empty', 'The message is empty.', 'Type something, or press Ctrl-D to leave.')
 */
export class AllianceError extends Error {
  override readonly name = 'AllianceError';
  constructor(
    readonly code: AllianceErrorCode,
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The one-line form shown to people: what is wrong, then what to do. */
  toLine(): string {
    return this.hint ? `${this.message} ${this.hint}` : this.message;
  }
}

/** Every error code Alliance raises; servers map these to statuses in one place. */
export type AllianceErrorCode =
  | 'message_empty'
  | 'message_too_long'
  | 'message_control_characters'
  | 'input_invalid_utf8'
  | 'input_line_too_long'
  | 'store_locked'
  | 'store_corrupt'
  | 'store_missing'
  | 'store_read_only'
  | 'store_conflict'
  | 'store_failure'
  | 'key_missing'
  | 'key_wrong'
  | 'key_invalid'
  | 'key_file_insecure'
  | 'conversation_not_found'
  | 'person_not_found'
  | 'config_invalid'
  | 'instrument_unknown'
  | 'instrument_unavailable'
  | 'answer_invalid'
  | 'answer_missing'
  | 'wording_invalid'
  | 'fhir_invalid'
  | 'account_exists'
  | 'account_not_found'
  | 'last_admin'
  | 'auth_required'
  | 'auth_invalid'
  | 'forbidden'
  | 'consent_required'
  | 'not_found'
  | 'request_invalid'
  | 'request_too_large'
  | 'media_type_unsupported'
  | 'throttled'
  | 'usage';

/** True when `error` is an AllianceError, optionally with the given code. */
export function isAllianceError(error: unknown, code?: AllianceErrorCode): error is AllianceError {
  return error instanceof AllianceError && (code === undefined || error.code === code);
}

/**
 * Why a text is not valid JSON, without quoting the text itself (parser messages echo the input,
 * which may hold terminal control codes): the position when the parser gives one.
 * @example jsonProblem(error) // 'not valid JSON (near character 12)'
 */
export function jsonProblem(error: unknown): string {
  const position = /position (\d+)/u.exec(String((error as Error)?.message ?? ''));
  return position ? `not valid JSON (near character ${position[1]})` : 'not valid JSON';
}

/**
 * The text of a file the deployer or person named, or a `config_invalid` error saying which file
 * could not be read and what to check.
 * @example readConfigText(file, `the measure schedule ${file}`, 'Check the path given with --schedule.')
 */
export function readConfigText(file: string | URL, what: string, hint: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new AllianceError('config_invalid', `Cannot read ${what}.`, hint);
  }
}
