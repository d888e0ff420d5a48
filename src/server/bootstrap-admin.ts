import { AllianceError, isAllianceError, type AccountStore } from '../core/index.ts';
import type { PasswordHasher } from './credentials.ts';

/**
 * Makes sure the first admin exists (from ALLIANCE_ADMIN_EMAIL and ALLIANCE_ADMIN_PASSWORD at
 * start-up): creates it when no account has the email, and leaves an existing one untouched.
 * Returns whether an account was created.
 * @example await ensureAdmin(accounts, argon2Hasher(), 'admin@clinic.example', process.env.ALLIANCE_ADMIN_PASSWORD!)
 */
export async function ensureAdmin(
  accounts: AccountStore,
  passwords: PasswordHasher,
  email: string,
  password: string,
): Promise<boolean> {
  if (password.length < 10) {
    throw new AllianceError(
      'config_invalid',
      'ALLIANCE_ADMIN_PASSWORD is shorter than 10 characters.',
      'Choose a longer password for the first admin.',
    );
  }
  if (await accounts.findByEmail(email)) return false;
  try {
    await accounts.createAccount({
      email,
      passwordHash: await passwords.hash(password),
      role: 'admin',
      displayName: 'Administrator',
    });
  } catch (error) {
    // Several instances starting at once on one database: another one created it first.
    if (isAllianceError(error, 'account_exists')) return false;
    throw error;
  }
  return true;
}
