import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { App } from './app';
import { ApiError } from './api/client';
import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './styles/editor.css';
import './styles/review.css';
import './styles/analytics.css';
import './styles/accounts.css';
import './styles/imports.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // An answer that will not change on retry (not found, not allowed) is shown at once.
      retry: (count, err) => count < 2 && !(err instanceof ApiError && err.status >= 400 && err.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
