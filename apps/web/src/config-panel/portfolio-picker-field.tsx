// The portfolios a rule enrolls from, picked from those the editing person reads. An id already in the
// config that is not among them (a portfolio of someone else's, or one since removed) stays listed and
// checked, so saving never drops it silently; unchecking it removes it.
import { useQuery } from '@tanstack/react-query';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { CheckListField } from './check-list';
import type { FieldProps } from './scalar-fields';

export function portfolioChoices(readable: ReadonlyArray<{ portfolioId: string; name: string }>, chosen: readonly string[]): Array<{ id: string; label: string }> {
  const known = new Map(readable.map((p) => [p.portfolioId, p.name === p.portfolioId ? p.name : `${p.name} (${p.portfolioId})`]));
  const others = chosen.filter((id) => !known.has(id)).map((id) => ({ id, label: `${id} (not one of yours)` }));
  return [...[...known].map(([id, label]) => ({ id, label })), ...others];
}

export function PortfolioPickerField({ path, value, fallbackLabel }: FieldProps) {
  const chosen = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const portfolios = useQuery({ queryKey: queryKeys.portfolioPolicies, queryFn: kairosApi.portfolioPolicies, staleTime: 60_000 });
  const choices = portfolioChoices(portfolios.data ?? [], chosen);
  const notes = (
    <>
      {portfolios.isPending && <p className="muted">Loading your portfolios…</p>}
      {portfolios.isError && <p className="field-error">Your portfolios could not be loaded: reload the page to pick them.</p>}
      {portfolios.isSuccess && choices.length === 0 && <p className="muted">You read no portfolio yet: ask an admin to add you to the portfolios this rule should enroll from.</p>}
    </>
  );
  return <CheckListField path={path} value={chosen} fallbackLabel={fallbackLabel} options={choices.map((c) => ({ value: c.id, label: c.label }))} notes={notes} />;
}
