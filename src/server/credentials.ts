import { createHash, randomBytes } from 'node:crypto';
import type { Algorithm } from '@node-rs/argon2';

// `Algorithm` is a const enum, which isolated modules cannot read at run time: Argon2id is 2.
const ARGON2ID = 2 as Algorithm;

/** Hashes and checks passwords; injected so tests can use cheaper settings. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/**
 * Argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane); tests may lower
 * the memory cost.
 * @see OWASP Password Storage Cheat Sheet, Argon2id (m=19456, t=2, p=1).
 * @example await argon2Hasher().hash('correct horse battery staple')
 */
export function argon2Hasher(
  cost: { memoryCost?: number; timeCost?: number } = {},
): PasswordHasher {
  const settings = {
    algorithm: ARGON2ID,
    memoryCost: cost.memoryCost ?? 19_456,
    timeCost: cost.timeCost ?? 2,
    parallelism: 1,
  };
  return {
    async hash(password) {
      const { hash } = await loadArgon2();
      return hash(password, settings);
    },
    async verify(stored, password) {
      const { verify } = await loadArgon2();
      try {
        return await verify(stored, password);
      } catch {
        return false;
      }
    },
  };
}

// Loaded on first use, so commands that share this module but hash nothing do not load it.
function loadArgon2() {
  return import('@node-rs/argon2');
}

/**
 * A new opaque bearer token: 32 random bytes, base64url (43 characters).
 * @example const token = newToken()
 */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the store keeps of a token: its SHA-256, hex. A stolen database yields no usable token.
 * @example hashToken(token) // '9f86d0…'
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token in an `Authorization: Bearer …` header, or undefined when the header is not one. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{43})$/u.exec(header?.trim() ?? '');
  return match?.[1];
}
