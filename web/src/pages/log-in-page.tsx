import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { Field } from '../components/field.tsx';
import { Notice, Page } from '../components/page.tsx';
import { Link, navigate } from '../router.tsx';
import { homeFor } from '../routes.tsx';

/** Log in with email and password. */
export function LogInPage(): ReactNode {
  const { logIn } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const account = await logIn(String(form.get('email')), String(form.get('password')));
      navigate(homeFor(account), { replace: true });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Logging in failed.');
      setBusy(false);
    }
  }

  return (
    <Page title="Log in">
      <form className="card form" onSubmit={(event) => void submit(event)}>
        <Field label="Email" name="email" type="email" autoComplete="email" required />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        {error ? <Notice kind="error">{error}</Notice> : null}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p>
        New here? <Link to="/signup">Create an account</Link>.
      </p>
    </Page>
  );
}
