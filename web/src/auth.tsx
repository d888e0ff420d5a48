import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { api, onUnauthorized, setApiToken } from './api.ts';
import type { Account } from './api-types.ts';

/**
 * Who is signed in. The token lives in sessionStorage: it goes when the tab closes, which suits a
 * shared or family device better than staying signed in.
 */
interface Auth {
  /** The signed-in account; null when signed out; undefined while it is being checked. */
  account: Account | null | undefined;
  logIn(email: string, password: string): Promise<Account>;
  /** Signs out (revoking the token on the server when it is still valid). */
  logOut(): Promise<void>;
  /** Forgets the session without calling the server (after deleting the account). */
  forget(): void;
  /** Reloads the account (after consent is recorded). */
  refresh(): Promise<Account | null>;
}

const TOKEN_KEY = 'alliance.token';
const AuthContext = createContext<Auth | null>(null);

function storedToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function storeToken(token: string | null): void {
  setApiToken(token);
  try {
    if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
    else window.sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage refused (private mode): the session lasts as long as the page.
  }
}

/** Provides the signed-in account to the app. */
export function AuthProvider(props: { children: ReactNode }): ReactNode {
  const [account, setAccount] = useState<Account | null | undefined>(undefined);

  const forget = useCallback(() => {
    storeToken(null);
    setAccount(null);
  }, []);

  const refresh = useCallback(async () => {
    if (!storedToken()) {
      setAccount(null);
      return null;
    }
    setApiToken(storedToken());
    try {
      const me = await api<Account>('GET', '/api/me');
      setAccount(me);
      return me;
    } catch {
      forget();
      return null;
    }
  }, [forget]);

  useEffect(() => {
    void refresh();
    return onUnauthorized(forget);
  }, [refresh, forget]);

  const logIn = useCallback(async (email: string, password: string) => {
    const { token } = await api<{ token: string }>('POST', '/api/auth/login', { email, password });
    storeToken(token);
    const me = await api<Account>('GET', '/api/me');
    setAccount(me);
    return me;
  }, []);

  const logOut = useCallback(async () => {
    try {
      await api('POST', '/api/auth/logout');
    } catch {
      // Already invalid: nothing to revoke.
    }
    forget();
  }, [forget]);

  const value = useMemo(
    () => ({ account, logIn, logOut, forget, refresh }),
    [account, logIn, logOut, forget, refresh],
  );
  return <AuthContext.Provider value={value}>{props.children}</AuthContext.Provider>;
}

/** The auth context; use inside AuthProvider. */
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an AuthProvider above it');
  return auth;
}
