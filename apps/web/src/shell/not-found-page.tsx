import { Link } from 'react-router';
import { EmptyState } from './status';

export function NotFoundPage() {
  return (
    <EmptyState title="There is no such page">
      <p>
        The address may be old or mistyped. <Link to="/cadences">Go to the cadences</Link>.
      </p>
    </EmptyState>
  );
}
