// Render a component as the app does: a fresh query cache (no retries) and a router at `path`.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { queryKeys } from '../api/query-keys';
import type { SessionUser } from '../api/types';

/** Shows where the app navigated to, for tests that follow a link or a redirect. */
function Where() {
  const l = useLocation();
  return <output data-testid="location">{`${l.pathname}${l.search}`}</output>;
}

/**
 * `signedInAs`: the session the app layout has already loaded before any page renders (pages read the
 * role from it); without it the page asks the API itself.
 */
export function renderPage(ui: ReactNode, opts: { path?: string; route?: string; signedInAs?: SessionUser } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  if (opts.signedInAs) client.setQueryData(queryKeys.me, { user: opts.signedInAs });
  const path = opts.path ?? '/';
  return {
    client,
    ...render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={opts.route ?? '*'} element={ui} />
            {opts.route && <Route path="*" element={null} />}
          </Routes>
          <Where />
        </MemoryRouter>
      </QueryClientProvider>,
    ),
  };
}
