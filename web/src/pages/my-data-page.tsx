import { useState, type FormEvent, type ReactNode } from 'react';
import { api, apiBlob, ApiError } from '../api.ts';
import type { Deletion } from '../api-types.ts';
import { useAuth } from '../auth.tsx';
import { Field } from '../components/field.tsx';
import { Notice, Page } from '../components/page.tsx';
import { useSubmission } from '../components/use-submission.ts';
import { navigate } from '../router.tsx';
import { rememberDeletion } from './account-deleted-page.tsx';

const CONFIRM_WORD = 'DELETE';

/**
 * The person's data: download everything held about them as one JSON file, or delete the account
 * and all of it. Deleting asks for a typed confirmation on the page itself, not in a modal, so
 * "Get help now" stays reachable throughout.
 */
export function MyDataPage(): ReactNode {
  const { account, forget } = useAuth();
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, setError, submit: send } = useSubmission();
  const [confirming, setConfirming] = useState(false);

  async function download() {
    setError(null);
    setStatus('Preparing your file…');
    try {
      const blob = await apiBlob('/api/me/export');
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `alliance-my-data-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus('Your file has been downloaded.');
    } catch (caught) {
      setStatus(null);
      setError(caught instanceof ApiError ? caught.message : 'The download failed.');
    }
  }

  async function remove(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget).get('confirm') ?? '').trim();
    if (typed !== CONFIRM_WORD) {
      setError(`Type ${CONFIRM_WORD} in capitals to confirm.`);
      return;
    }
    await send(async () => {
      rememberDeletion(await api<Deletion>('DELETE', '/api/me'));
      forget();
      navigate('/account-deleted', { replace: true });
    }, 'Deleting failed. Nothing was deleted.');
  }

  return (
    <Page title="My data">
      <section className="card" aria-labelledby="download-title">
        <h2 id="download-title">Download</h2>
        <p>
          One file (JSON) with everything held about you: your account, every conversation with
          every message, and the record of who accessed your data.
        </p>
        <button type="button" className="button primary" onClick={() => void download()}>
          Download my data
        </button>
      </section>
      {status ? <Notice kind="status">{status}</Notice> : null}
      <section className="card danger-zone" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete</h2>
        <p>
          Deletes your account ({account?.email}) and every conversation, message, goal and safety
          plan, for good. This cannot be undone; download your data first if you want a copy.
        </p>
        {confirming ? (
          <form onSubmit={(event) => void remove(event)} className="form">
            <Field
              label={`Type ${CONFIRM_WORD} to confirm`}
              name="confirm"
              autoComplete="off"
              autoFocus
              required
            />
            <div className="actions">
              <button type="submit" className="button danger" disabled={busy}>
                {busy ? 'Deleting…' : 'Delete my account and data'}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                Keep my account
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className="button danger" onClick={() => setConfirming(true)}>
            Delete my account…
          </button>
        )}
      </section>
      {error ? <Notice kind="error">{error}</Notice> : null}
    </Page>
  );
}
