import type { FormEvent, ReactNode } from 'react';
import { useAuth } from '../auth.tsx';
import { Field } from '../components/field.tsx';
import { Notice, Page } from '../components/page.tsx';
import { useSubmission } from '../components/use-submission.ts';
import { Link, navigate } from '../router.tsx';
import { homeFor } from '../routes.tsx';

/** Log in with email and password. */
export function LogInPage(): ReactNode {
  const { logIn } = useAuth();
  const { busy, error, submit: send } = useSubmission();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await send(async () => {
      const account = await logIn(String(form.get('email')), String(form.get('password')));
      navigate(homeFor(account), { replace: true });
    }, 'Logging in failed.');
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
