// Small status pieces every page uses: loading, errors that say what to do, empty states.
import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../api/client';

export function Loading({ what }: { what: string }) {
  return (
    <p className="status" role="status">
      Loading {what}…
    </p>
  );
}

/** An error with its next step; `retry` adds a button that tries again. */
export function ErrorMessage({ error, retry, title, children }: { error: unknown; retry?: () => void; title?: string; children?: ReactNode }) {
  const forbidden = error instanceof ApiError && error.status === 403;
  return (
    <div className="error-box" role="alert">
      <strong>{title ?? (forbidden ? 'Not allowed' : 'Something went wrong')}</strong>
      <p>{errorMessage(error)}</p>
      {children}
      {retry && !forbidden && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      {children}
      {action}
    </section>
  );
}
