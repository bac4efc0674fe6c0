import { useQuery } from '@tanstack/react-query';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { mayRead, RESTRICTED_READS } from './role-reads';
import { SessionMenu } from './session-menu';
import { ErrorMessage, Loading } from './status';

/** Which places each role sees in the header (the API refuses the rest anyway). */
const PLACES: ReadonlyArray<{ to: string; label: string; roles: readonly string[] }> = [
  { to: '/accounts', label: 'Accounts', roles: ['strategist', 'compliance_officer', 'engineer', 'agent', 'admin'] },
  { to: '/enroll', label: 'Enroll', roles: RESTRICTED_READS.enrollment.roles },
  // Strategists import test accounts into sandbox portfolios; engineers and administrators into any.
  { to: '/imports', label: 'Imports', roles: RESTRICTED_READS.enrollment.roles },
  { to: '/reviews', label: 'Reviews', roles: RESTRICTED_READS.design.roles },
  { to: '/experiments', label: 'Experiments', roles: RESTRICTED_READS.design.roles },
  { to: '/dashboard', label: 'Dashboard', roles: RESTRICTED_READS.design.roles },
  // Administrators change the costs; the other analytics readers see them read-only.
  { to: '/channel-costs', label: 'Channel costs', roles: RESTRICTED_READS.design.roles },
  // Administrators set who collects; the other roles read it (every message names it).
  { to: '/collector', label: 'Collector', roles: ['strategist', 'compliance_officer', 'engineer', 'agent', 'admin'] },
  { to: '/audit', label: 'Audit log', roles: RESTRICTED_READS.audit.roles },
  { to: '/users', label: 'People', roles: RESTRICTED_READS.people.roles },
];

/**
 * Header with the product's places, a skip link for keyboard users, and the page. Nobody signed in:
 * straight to sign-in, before any page asks the API for something it would refuse.
 */
export function AppLayout() {
  const session = useQuery({ queryKey: queryKeys.me, queryFn: kairosApi.me, staleTime: 60_000 });
  const location = useLocation();
  if (session.isPending) return <Loading what="your session" />;
  if (session.isError) return <ErrorMessage error={session.error} retry={() => void session.refetch()} title="Kairos could not tell whether you are signed in" />;
  if (!session.data.user) return <Navigate to={`/sign-in?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`} replace />;
  const role = session.data.user.role;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <img className="brand" src="/favicon.svg" alt="" width="22" height="22" />
        <span className="brand-name">Kairos</span>
        <nav aria-label="Main">
          {mayRead(role, 'design') && <NavLink to="/cadences">Cadences</NavLink>}
          {PLACES.filter((p) => p.roles.includes(role)).map((p) => (
            <NavLink key={p.to} to={p.to}>
              {p.label}
            </NavLink>
          ))}
          {mayRead(role, 'design') && <NavLink to="/outbox">Outbox</NavLink>}
          <a href="/docs">API reference</a>
        </nav>
        <SessionMenu />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
