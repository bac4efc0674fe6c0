import { NavLink, Outlet } from 'react-router';
import { SessionMenu, useRole } from './session-menu';

/** Which places each role sees in the header (the API refuses the rest anyway). */
const PLACES: ReadonlyArray<{ to: string; label: string; roles: readonly string[] }> = [
  { to: '/reviews', label: 'Reviews', roles: ['strategist', 'compliance_officer', 'engineer', 'admin'] },
  { to: '/audit', label: 'Audit log', roles: ['compliance_officer', 'admin'] },
  { to: '/users', label: 'People', roles: ['admin'] },
];

/** Header with the product's places, a skip link for keyboard users, and the page. */
export function AppLayout() {
  const role = useRole();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <img className="brand" src="/favicon.svg" alt="" width="22" height="22" />
        <span className="brand-name">Kairos</span>
        <nav aria-label="Main">
          <NavLink to="/cadences">Cadences</NavLink>
          {PLACES.filter((p) => role && p.roles.includes(role)).map((p) => (
            <NavLink key={p.to} to={p.to}>
              {p.label}
            </NavLink>
          ))}
          <NavLink to="/outbox">Outbox</NavLink>
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
