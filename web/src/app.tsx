import { useEffect, type ReactNode } from 'react';
import { useAuth } from './auth.tsx';
import { Layout } from './components/layout.tsx';
import { Page } from './components/page.tsx';
import { Link, navigate, Router } from './router.tsx';
import { homeFor, mayOpen, routes, type AppRoute } from './routes.tsx';

/** Sends the browser elsewhere once rendered (redirects must not happen during render). */
function Redirect(props: { to: string }): ReactNode {
  useEffect(() => navigate(props.to, { replace: true }), [props.to]);
  return null;
}

/** Checks who may see a route before showing it: sign-in first, then consent for clients. */
function Guard(props: { route: AppRoute }): ReactNode {
  const { account } = useAuth();
  const { route } = props;
  if (account === undefined) {
    return (
      <p className="page" role="status">
        Loading…
      </p>
    );
  }
  if (!mayOpen(route, account)) {
    return <Redirect to={account ? homeFor(account) : '/login'} />;
  }
  if (account?.role === 'client' && !account.consent && !route.beforeConsent) {
    return <Redirect to="/consent" />;
  }
  return <>{route.page()}</>;
}

function Home(): ReactNode {
  const { account } = useAuth();
  if (account === undefined) return null;
  return <Redirect to={homeFor(account)} />;
}

function NotFound(): ReactNode {
  return (
    <Page title="Page not found">
      <p>There is no page at this address.</p>
      <p>
        <Link to="/">Go to the start</Link>
      </p>
    </Page>
  );
}

/** The app: the frame around whichever route matches the address. */
export function App(): ReactNode {
  return (
    <Layout>
      <Router
        routes={[{ path: '/', access: 'public' as const, page: () => <Home /> }, ...routes]}
        render={(route) => <Guard route={route} />}
        fallback={<NotFound />}
      />
    </Layout>
  );
}
