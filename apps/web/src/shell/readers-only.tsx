import { Link, Navigate, Outlet } from 'react-router';
import { homeOf, mayRead, RESTRICTED_READS, type RestrictedRead } from './role-reads';
import { useRole } from './session-menu';
import { Loading } from './status';

/**
 * A layout route around the pages that make the reads of `read`: for a role that may not make them the
 * pages are not rendered at all (so they ask the API nothing), and the person reads who may instead.
 */
export function ReadersOnly({ read }: { read: RestrictedRead }) {
  const role = useRole();
  if (role === undefined) return <Loading what="your session" />;
  if (mayRead(role, read)) return <Outlet />;
  return (
    <div className="page">
      <div className="error-box" role="alert">
        <strong>Not allowed</strong>
        <p>{RESTRICTED_READS[read].who} see this page. Ask an administrator if your work needs it.</p>
        <p>
          <Link to="/accounts">Open the accounts</Link> to work on them.
        </p>
      </div>
    </div>
  );
}

/** `/`: where the signed-in role starts. */
export function RoleHome() {
  const role = useRole();
  if (role === undefined) return <Loading what="your session" />;
  return <Navigate to={homeOf(role)} replace />;
}
