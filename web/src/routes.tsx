import type { ReactNode } from 'react';
import type { Account, Role } from './api-types.ts';
import { AccountDeletedPage } from './pages/account-deleted-page.tsx';
import { ChatPage } from './pages/chat-page.tsx';
import { ConsentPage } from './pages/consent-page.tsx';
import { LogInPage } from './pages/log-in-page.tsx';
import { MyDataPage } from './pages/my-data-page.tsx';
import { SafetyPlanPage } from './pages/safety-plan-page.tsx';
import { SignUpPage } from './pages/sign-up-page.tsx';
import { StaffHomePage } from './pages/staff-home-page.tsx';
import { AlertsPage } from './staff/alerts-page.tsx';
import { CaseloadPage } from './staff/caseload-page.tsx';
import { ClientPage } from './staff/client-page.tsx';
import { CohortPage } from './staff/cohort-page.tsx';

/**
 * Every page of the app, in one list: add a page by adding an entry here (see web/README.md).
 * The first entry whose `path` matches the address is shown; `:name` segments are parameters
 * (read them with `useLocation().params`).
 */
export interface AppRoute {
  path: string;
  /** Who may see it: `public` anyone, `signed-out` only before signing in, or a list of roles. */
  access: 'public' | 'signed-out' | readonly Role[];
  /** Shown in the main navigation for those who may see it, with this label. */
  nav?: string;
  /** Client pages reachable before consent is recorded (the rest send to /consent first). */
  beforeConsent?: boolean;
  page(): ReactNode;
}

const STAFF: readonly Role[] = ['clinician', 'researcher', 'admin'];

export const routes: readonly AppRoute[] = [
  { path: '/login', access: 'signed-out', nav: 'Log in', page: () => <LogInPage /> },
  { path: '/signup', access: 'signed-out', nav: 'Sign up', page: () => <SignUpPage /> },
  { path: '/consent', access: ['client'], beforeConsent: true, page: () => <ConsentPage /> },
  { path: '/chat', access: ['client'], nav: 'Chat', page: () => <ChatPage /> },
  { path: '/safety-plan', access: ['client'], nav: 'Safety plan', page: () => <SafetyPlanPage /> },
  {
    path: '/my-data',
    access: ['client'],
    nav: 'My data',
    beforeConsent: true,
    page: () => <MyDataPage />,
  },
  { path: '/account-deleted', access: 'public', page: () => <AccountDeletedPage /> },
  // Staff pages (clinician, researcher, admin) go here; /staff is their landing page.
  { path: '/staff', access: STAFF, page: () => <StaffHomePage /> },
  { path: '/staff/caseload', access: ['clinician'], nav: 'Caseload', page: () => <CaseloadPage /> },
  { path: '/staff/clients/:id', access: ['clinician'], page: () => <ClientPage /> },
  { path: '/staff/alerts', access: ['clinician'], nav: 'Alerts', page: () => <AlertsPage /> },
  { path: '/staff/cohort', access: ['researcher'], nav: 'Cohort', page: () => <CohortPage /> },
];

/** Where a person lands after signing in (and at `/`). */
export function homeFor(account: Account | null): string {
  if (!account) return '/login';
  if (account.role === 'clinician') return '/staff/caseload';
  if (account.role === 'researcher') return '/staff/cohort';
  if (account.role !== 'client') return '/staff';
  return account.consent ? '/chat' : '/consent';
}

/** Whether an account (or nobody) may open a route. */
export function mayOpen(route: AppRoute, account: Account | null): boolean {
  if (route.access === 'public') return true;
  if (route.access === 'signed-out') return account === null;
  return account !== null && route.access.includes(account.role);
}

/** The navigation entries for an account (or for someone signed out). */
export function navFor(account: Account | null): { path: string; label: string }[] {
  return routes
    .filter((route) => route.nav && mayOpen(route, account))
    .map((route) => ({ path: route.path, label: route.nav as string }));
}
