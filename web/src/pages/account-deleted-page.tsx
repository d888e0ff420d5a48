import type { ReactNode } from 'react';
import type { Deletion } from '../api-types.ts';
import { Page } from '../components/page.tsx';
import { Link } from '../router.tsx';

// The answer of the deletion, kept in memory only for the page that reports it.
let lastDeletion: Deletion | null = null;

/** Keeps the server's answer to a deletion for the confirmation page. */
export function rememberDeletion(deletion: Deletion): void {
  lastDeletion = deletion;
}

/** Confirms the deletion: what was erased, and what the server kept and why. */
export function AccountDeletedPage(): ReactNode {
  const deletion = lastDeletion;
  return (
    <Page title="Your account is deleted">
      {deletion ? (
        <div className="card">
          <p>
            Erased: {deletion.erased.conversations} conversation(s) with {deletion.erased.events}{' '}
            entries, and {deletion.erased.sessions} sign-in session(s).
          </p>
          <h2>What is kept, and why</h2>
          <ul>
            {deletion.kept.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>There is nothing to show here.</p>
      )}
      <p>
        Take care. You are welcome back at any time: <Link to="/signup">create a new account</Link>.
      </p>
    </Page>
  );
}
