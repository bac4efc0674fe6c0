import { NavLink, Outlet } from 'react-router';
import { SessionMenu } from './session-menu';

/** Header with the product's places, a skip link for keyboard users, and the page. */
export function AppLayout() {
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
