import { useQuery } from '@tanstack/react-query';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';

type Policy = { portfolioId: string; name: string; holdContactWhilePromiseOpen: boolean };

/** What the portfolios' promise hold does to every cadence, in one sentence (null when the reader reads no portfolio). */
export function promiseHoldText(policies: readonly Policy[]): string | null {
  if (policies.length === 0) return null;
  const off = policies.filter((p) => !p.holdContactWhilePromiseOpen);
  if (off.length === 0) return 'Reminders hold while a promise to pay is open (portfolio policy): message steps wait until the promise is kept or broken.';
  if (off.length === policies.length) return 'Reminders do not hold while a promise to pay is open (portfolio policy): messages go out as drawn.';
  const names = (list: readonly Policy[]) => list.map((p) => p.name).join(', ');
  const on = policies.filter((p) => p.holdContactWhilePromiseOpen);
  return `Reminders hold while a promise to pay is open (portfolio policy) for ${names(on)}; not for ${names(off)}.`;
}

/**
 * The portfolios' promise hold, shown beside a cadence: it changes when messages go out, yet it is
 * not in the approved graph, so the review and the canvas say it.
 */
export function PromiseHoldNotice() {
  const policies = useQuery({ queryKey: queryKeys.portfolioPolicies, queryFn: kairosApi.portfolioPolicies, staleTime: 60_000 });
  const text = policies.data ? promiseHoldText(policies.data) : null;
  if (!text) return null;
  return (
    <p className="notice promise-hold-notice" role="note">
      {text}
    </p>
  );
}
