import { AllianceError, type Account, type AccountRole } from '../core/index.ts';
import type { ServerDeps } from './server-deps.ts';

/**
 * The account's person in the event store, created and linked on first need. The event store
 * knows the person only by a pseudonymous handle, never the email.
 * @example const personId = await personIdOf(deps, principal.account)
 */
export async function personIdOf(
  deps: Pick<ServerDeps, 'accounts' | 'store'>,
  account: Pick<Account, 'id' | 'personId'>,
): Promise<string> {
  if (account.personId) return account.personId;
  const person = await deps.store.ensurePerson(`account:${account.id}`);
  await deps.accounts.linkPerson(account.id, person.id);
  return person.id;
}

/**
 * Creates an account with a hashed password, refusing an email already taken (account_exists,
 * with `existsHint` when given); a client account gets its person at once.
 * @example const account = await createAccountOf(deps, { email, password, role: 'client' })
 */
export async function createAccountOf(
  deps: Pick<ServerDeps, 'accounts' | 'store' | 'passwords'>,
  input: {
    email: string;
    password: string;
    role: AccountRole;
    displayName?: string | undefined;
    consent?: { version: string; research?: boolean } | undefined;
  },
  existsHint?: string,
): Promise<Account> {
  if (await deps.accounts.findByEmail(input.email)) {
    throw new AllianceError(
      'account_exists',
      'An account with this email already exists.',
      existsHint,
    );
  }
  const account = await deps.accounts.createAccount({
    email: input.email,
    passwordHash: await deps.passwords.hash(input.password),
    role: input.role,
    ...(input.displayName ? { displayName: input.displayName } : {}),
    ...(input.consent ? { consent: input.consent } : {}),
  });
  if (account.role === 'client') await personIdOf(deps, account);
  return account;
}
