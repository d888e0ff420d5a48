import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { AllianceError } from '../core/index.ts';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
// Domain separation so a key id, a blind-index subkey and a cipher key never coincide.
const KEY_ID_PREFIX = 'alliance/key-id/v1\0';
const BLIND_INDEX_LABEL = 'alliance/blind-index/v1';
const KEY_HINT =
  'Give 32-byte keys as 44 base64 or 64 hex characters, separated by commas or newlines (current key first).';

// IVs come from the system's generator 341 at a time (as ids do in src/core/ids.ts): one call
// per 341 sealed fields rather than one each, which was a few per cent of a server turn. Each IV
// is used once, whatever the key.
const IVS_PER_DRAW = 341;
let ivPool = Buffer.alloc(0);
let ivOffset = 0;

function nextIv(): Buffer {
  if (ivOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_BYTES * IVS_PER_DRAW);
    ivOffset = 0;
  }
  const iv = ivPool.subarray(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

/** Ciphertext with the id of the key that sealed it. */
export interface SealedText {
  keyId: string;
  /** 12-byte IV | 16-byte GCM tag | ciphertext. */
  blob: Buffer;
}

interface RingKey {
  id: string;
  cipherKey: Buffer;
  indexKey: Buffer;
}

/** The id of a key: 16 hex chars of a prefixed SHA-256, safe to store and show. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(KEY_ID_PREFIX).update(key).digest('hex').slice(0, 16);
}

/**
 * One current key (used for all new writes) and older keys (still accepted for reads), so keys can
 * be rotated without rewriting existing rows.
 * @example const ring = parseKeys(process.env.ALLIANCE_KEY!); ring.open(...ring.seal('hi', 'evt_1'), 'evt_1')
 */
export class Keyring {
  readonly #keys: readonly RingKey[];

  constructor(keys: readonly Buffer[]) {
    if (keys.length === 0)
      throw new AllianceError('key_invalid', 'The keyring is empty.', KEY_HINT);
    const seen = new Set<string>();
    const ring: RingKey[] = [];
    for (const key of keys) {
      if (key.length !== KEY_BYTES) {
        throw new AllianceError('key_invalid', `A key has ${key.length} bytes, not 32.`, KEY_HINT);
      }
      const id = keyIdOf(key);
      if (seen.has(id)) continue;
      seen.add(id);
      ring.push({
        id,
        cipherKey: Buffer.from(key),
        indexKey: createHmac('sha256', key).update(BLIND_INDEX_LABEL).digest(),
      });
    }
    this.#keys = ring;
  }

  /** Id of the key new data is sealed with. */
  get currentKeyId(): string {
    return this.#current().id;
  }

  /** Ids of every key in the ring, current first. */
  get keyIds(): string[] {
    return this.#keys.map((key) => key.id);
  }

  /** Encrypts `plaintext` under the current key, bound to `aad` (e.g. the row id). */
  seal(plaintext: string, aad: string): SealedText {
    const key = this.#current();
    const iv = nextIv();
    const cipher = createCipheriv('aes-256-gcm', key.cipherKey, iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { keyId: key.id, blob: Buffer.concat([iv, cipher.getAuthTag(), body]) };
  }

  /** Decrypts a blob sealed with `keyId` for `aad`; key_wrong when the key is absent or the blob was altered. */
  open(keyId: string, blob: Buffer, aad: string): string {
    const key = this.#keys.find((candidate) => candidate.id === keyId);
    if (!key) {
      throw new AllianceError(
        'key_wrong',
        `The data needs key id ${keyId}, but the keyring has ${this.keyIds.join(', ')}.`,
        'Set ALLIANCE_KEY to the key the data was written with (older keys after the current one), or restore alliance.key.',
      );
    }
    try {
      if (blob.length < IV_BYTES + TAG_BYTES) throw new Error('short blob');
      const decipher = createDecipheriv('aes-256-gcm', key.cipherKey, blob.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(blob.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const body = blob.subarray(IV_BYTES + TAG_BYTES);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch (error) {
      throw new AllianceError(
        'key_wrong',
        `Sealed data for ${aad} does not decrypt with key id ${keyId}: it was altered, or the key is wrong.`,
        'Check that ALLIANCE_KEY or alliance.key is the key this data was written with; otherwise restore from a backup.',
        { cause: error },
      );
    }
  }

  /**
   * Keyed hashes of `value` under every key, current first: store the first, match on any, so
   * lookups survive rotation without keeping the value in clear.
   */
  blindIndex(value: string): string[] {
    return this.#keys.map((key) => createHmac('sha256', key.indexKey).update(value).digest('hex'));
  }

  #current(): RingKey {
    // The constructor guarantees at least one key.
    return this.#keys[0] as RingKey;
  }
}

/**
 * Parses one or more 32-byte keys (base64 or hex, comma- or newline-separated, current first).
 * `origin` names where the keys came from in error messages (never the key itself).
 * @example parseKeys('new-key-base64=,old-key-base64=', 'ALLIANCE_KEY')
 */
export function parseKeys(spec: string, origin = 'the key'): Keyring {
  const entries = spec
    .split(/[,\r\n]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length === 0) {
    throw new AllianceError('key_invalid', `${origin} holds no key.`, KEY_HINT);
  }
  const keys = entries.map((entry, index) => {
    const key = decodeKey(entry);
    if (!key) {
      const which = entries.length > 1 ? `key ${index + 1} of ${origin}` : origin;
      throw new AllianceError(
        'key_invalid',
        `${which} is not a 32-byte key (${entry.length} characters; expected 44 base64 or 64 hex).`,
        KEY_HINT,
      );
    }
    return key;
  });
  return new Keyring(keys);
}

function decodeKey(text: string): Buffer | undefined {
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  if (/^[A-Za-z0-9+/]{43}=$/.test(text)) {
    const key = Buffer.from(text, 'base64');
    if (key.length === KEY_BYTES) return key;
  }
  return undefined;
}

/** A new random 32-byte key, base64. @example ALLIANCE_KEY=$(node -e "...generateKey()") */
export function generateKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}
