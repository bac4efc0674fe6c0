import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { formatWhen } from '../shell/format';
import { ErrorMessage, Loading } from '../shell/status';

/** Published versions, newest first, with who published and approved each (by name) and when; each opens read-only with its live view. */
export function VersionsPanel({ cadenceId }: { cadenceId: string }) {
  const versions = useQuery({ queryKey: queryKeys.versions(cadenceId), queryFn: () => kairosApi.listVersions(cadenceId) });
  return (
    <section className="versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      {versions.isPending && <Loading what="versions" />}
      {versions.isError && <ErrorMessage error={versions.error} retry={() => void versions.refetch()} />}
      {versions.data?.length === 0 && <p className="muted">Not published yet. When the problems list is empty, press Publish to make this draft version 1.</p>}
      {versions.data && versions.data.length > 0 && (
        <ol className="version-list" reversed>
          {versions.data.map((v) => (
            <li key={v.id}>
              <Link to={`/cadences/${cadenceId}/versions/${v.id}`}>Version {v.version}</Link>
              <span className="muted">
                {' '}
                published by {v.publishedByName ?? v.publishedBy}
                {v.approvedBy && `, approved by ${v.approvedByName ?? v.approvedBy}`}, {formatWhen(v.publishedAt)} · <code title={v.hash}>{v.hash.slice(0, 12)}</code>
              </span>{' '}
              <Link to={`/cadences/${cadenceId}/versions/${v.id}?results=1`} aria-label={`Results of version ${v.version} on the canvas`}>
                results
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
