import { SENSITIVE_FIELDS } from '../core/index.ts';

type Payload = Record<string, unknown>;

/** A payload divided into what may stay queryable and what must be sealed. */
export interface SplitPayload {
  /** Keys that never hold the person's words. */
  open: Payload;
  /** Keys listed in SENSITIVE_FIELDS (or everything, for an unknown type); undefined when none are present. */
  sensitive: Payload | undefined;
}

/**
 * Splits an event payload by SENSITIVE_FIELDS, so the store can keep the person's words encrypted.
 * @example splitPayload('message.received', { text: 'hi' }) // { open: {}, sensitive: { text: 'hi' } }
 */
export function splitPayload(type: string, payload: object): SplitPayload {
  const fields = (SENSITIVE_FIELDS as Partial<Record<string, readonly string[]>>)[type];
  // A type this build does not know could carry anything: seal all of it rather than guess.
  if (!fields) return { open: {}, sensitive: { ...payload } };
  const open: Payload = {};
  const sensitive: Payload = {};
  let hasSensitive = false;
  for (const [key, value] of Object.entries(payload)) {
    if (fields.includes(key)) {
      sensitive[key] = value;
      hasSensitive = true;
    } else {
      open[key] = value;
    }
  }
  return { open, sensitive: hasSensitive ? sensitive : undefined };
}

/** Puts the sealed keys back into the payload; the inverse of splitPayload. */
export function joinPayload(open: Payload, sensitive: Payload | undefined): Payload {
  return sensitive ? { ...open, ...sensitive } : { ...open };
}
