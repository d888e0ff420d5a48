import type { ReactNode } from 'react';
import { useAuth } from '../auth.tsx';
import { Link, navigate } from '../router.tsx';
import { navFor } from '../routes.tsx';
import { GetHelpButton } from './crisis.tsx';

/**
 * The frame of every page: a skip link, the header with the app's name, the pages of the signed-in
 * role, the "Get help now" button (always visible: the header stays at the top of the screen) and
 * sign-out; then the page itself.
 */
export function Layout(props: { children: ReactNode }): ReactNode {
  const { account, logOut } = useAuth();
  const items = navFor(account ?? null);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="brand">
            Alliance
          </Link>
          <nav aria-label="Main" className="main-nav">
            <ul>
              {items.map((item) => (
                <li key={item.path}>
                  <Link to={item.path}>{item.label}</Link>
                </li>
              ))}
              {account ? (
                <li>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      void logOut().then(() => navigate('/login', { replace: true }));
                    }}
                  >
                    Log out
                  </button>
                </li>
              ) : null}
            </ul>
          </nav>
          <GetHelpButton />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
      <footer className="app-footer">
        <p>
          Alliance is an AI, not a therapist, and not an emergency service. In danger, call your
          local emergency number.
        </p>
      </footer>
    </>
  );
}
