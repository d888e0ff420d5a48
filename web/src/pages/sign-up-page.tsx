import type { FormEvent, ReactNode } from 'react';
import { api } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { Field } from '../components/field.tsx';
import { Notice, Page } from '../components/page.tsx';
import { useSubmission } from '../components/use-submission.ts';
import { Link, navigate } from '../router.tsx';

/** Create a client account, then go on to consent. */
export function SignUpPage(): ReactNode {
  const { logIn } = useAuth();
  const { busy, error, setError, submit: send } = useSubmission();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email')).trim();
    const password = String(form.get('password'));
    const displayName = String(form.get('displayName') ?? '').trim();
    if (password !== String(form.get('confirm'))) {
      setError('The two passwords are not the same.');
      return;
    }
    await send(async () => {
      await api('POST', '/api/auth/register', {
        email,
        password,
        ...(displayName ? { displayName } : {}),
      });
      await logIn(email, password);
      navigate('/consent', { replace: true });
    }, 'Creating the account failed.');
  }

  return (
    <Page title="Create an account">
      <p className="lead">
        Alliance is an AI companion that listens, helps you put goals into words and suggests small
        exercises. Before you start, the next page says what it is, what it is not, and what is
        stored.
      </p>
      <form className="card form" onSubmit={(event) => void submit(event)}>
        <Field label="Email" name="email" type="email" autoComplete="email" required />
        <Field
          label="What should Alliance call you? (optional)"
          name="displayName"
          autoComplete="nickname"
          maxLength={80}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={10}
          required
          hint="At least 10 characters. A few words in a row are easy to remember."
        />
        <Field
          label="Password again"
          name="confirm"
          type="password"
          autoComplete="new-password"
          minLength={10}
          required
        />
        {error ? <Notice kind="error">{error}</Notice> : null}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p>
        Already have an account? <Link to="/login">Log in</Link>.
      </p>
    </Page>
  );
}
