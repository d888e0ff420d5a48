import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api } from '../api.ts';
import type { Disclosure } from '../api-types.ts';
import { useAuth } from '../auth.tsx';
import { Notice, Page } from '../components/page.tsx';
import { useSubmission } from '../components/use-submission.ts';
import { Link, navigate } from '../router.tsx';

/**
 * Consent: the agent's own disclosure (fetched from the server, so the words match what the agent
 * says in the chat), what is stored, and that it is not an emergency service; consent is recorded
 * against the disclosure's version. Research use is a separate, optional choice.
 */
export function ConsentPage(): ReactNode {
  const { account, refresh } = useAuth();
  const [disclosure, setDisclosure] = useState<Disclosure | null>(null);
  const { busy, error, setError, submit: send } = useSubmission();

  useEffect(() => {
    api<Disclosure>('GET', '/api/support/disclosure')
      .then(setDisclosure)
      .catch(() => setError('The information could not be loaded. Please reload the page.'));
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!disclosure) return;
    const research = new FormData(event.currentTarget).get('research') === 'yes';
    await send(async () => {
      await api('POST', '/api/me/consent', { version: disclosure.version, research });
      await refresh();
      navigate('/chat', { replace: true });
    }, 'Your answer could not be saved.');
  }

  return (
    <Page title="Before you start">
      {account?.consent ? (
        <Notice kind="status">
          You agreed to version {account.consent.version} on{' '}
          {new Date(account.consent.at).toLocaleDateString()}. You can read it again here.
        </Notice>
      ) : null}
      {disclosure ? (
        <form className="card consent" onSubmit={(event) => void submit(event)}>
          <h2>What Alliance is</h2>
          <ul>
            {disclosure.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
          <h2>Not an emergency service</h2>
          <p className="emergency-note">{disclosure.notEmergency}</p>
          <h2>What is stored</h2>
          <ul>
            {disclosure.stored.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <div className="checkbox">
            <input type="checkbox" id="research" name="research" value="yes" />
            <label htmlFor="research">
              Optional: my conversations may be used for research, without my name, email or words
              (only figures, under a code name).
            </label>
          </div>
          {error ? <Notice kind="error">{error}</Notice> : null}
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              I understand and agree
            </button>
          </div>
          <p className="muted">
            If you do not agree, nothing more is stored. You can delete your account on{' '}
            <Link to="/my-data">My data</Link>.
          </p>
        </form>
      ) : error ? (
        <Notice kind="error">{error}</Notice>
      ) : (
        <p role="status">Loading…</p>
      )}
    </Page>
  );
}
