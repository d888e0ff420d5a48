import type { ReactNode } from 'react';
import { useAuth } from '../auth.tsx';
import { Page } from '../components/page.tsx';

/** Where staff land after signing in; the staff dashboards replace or link from here. */
export function StaffHomePage(): ReactNode {
  const { account } = useAuth();
  return (
    <Page title="Staff">
      <p>
        Signed in as {account?.displayName ?? account?.email} ({account?.role}).
      </p>
    </Page>
  );
}
