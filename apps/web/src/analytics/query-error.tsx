import { ApiError } from '../api/client';
import { ErrorMessage } from '../shell/status';

/** An analytics answer that failed: the API's words, and for a refused query each field it names and why. */
export function QueryError({ error, retry, title }: { error: unknown; retry(): void; title: string }) {
  const issues = error instanceof ApiError ? error.issues.filter((i) => typeof i.message === 'string') : [];
  const badQuery = error instanceof ApiError && error.status === 400;
  return (
    <ErrorMessage error={error} title={title} {...(badQuery ? {} : { retry })}>
      {issues.length > 0 && (
        <ul className="field-error">
          {issues.map((i, n) => (
            <li key={n}>
              {typeof i.field === 'string' ? `${i.field}: ` : ''}
              {String(i.message)}
            </li>
          ))}
        </ul>
      )}
      {badQuery && <p>Change the days or filters above and apply them again.</p>}
    </ErrorMessage>
  );
}
