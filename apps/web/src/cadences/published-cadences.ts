import { useQueries, useQuery } from '@tanstack/react-query';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';

/** How many cadences are checked for a published version (the list is newest first). */
const MAX_LISTED = 100;

/** The cadences that can enroll: only a published one does; the list does not say which are, each one's lifecycle does. */
export function usePublishedCadences() {
  const cadences = useQuery({ queryKey: queryKeys.cadences(false), queryFn: () => kairosApi.listCadences(false) });
  const listed = (cadences.data ?? []).slice(0, MAX_LISTED);
  const lifecycles = useQueries({ queries: listed.map((c) => ({ queryKey: queryKeys.lifecycle(c.id), queryFn: () => kairosApi.lifecycle(c.id) })) });
  return {
    /** The list's own query, for its error and retry. */
    cadences,
    pending: cadences.isPending || lifecycles.some((l) => l.isPending),
    published: listed.filter((_, i) => lifecycles[i]?.data?.liveVersionId),
  };
}
