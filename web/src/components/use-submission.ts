import { useState } from 'react';
import { ApiError } from '../api.ts';

/**
 * The busy flag and error of a form that sends something to the server. `submit` marks the form
 * busy and clears the error, then runs `action`; if it fails, the error shows the server's message
 * (or `fallback`) and the form can be used again. On success it stays busy: the page moves on.
 * @example const { busy, error, submit } = useSubmission(); submit(() => logIn(email, password), 'Logging in failed.')
 */
export function useSubmission() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(action: () => Promise<void>, fallback: string): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : fallback);
      setBusy(false);
    }
  }

  return { busy, error, setError, submit };
}
