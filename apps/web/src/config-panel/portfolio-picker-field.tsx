// The portfolios a rule enrolls from, picked from those the editing person reads. An id already in the
// config that is not among them (a portfolio of someone else's, or one since removed) stays listed and
// checked, so saving never drops it silently; unchecking it removes it.
import { useQuery } from '@tanstack/react-query';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { describedBy, FieldIssues } from './field-frame';
import { fieldId, hintFor, issuesAt, useForm } from './form-context';
import type { FieldProps } from './scalar-fields';

export function portfolioChoices(readable: ReadonlyArray<{ portfolioId: string; name: string }>, chosen: readonly string[]): Array<{ id: string; label: string }> {
  const known = new Map(readable.map((p) => [p.portfolioId, p.name === p.portfolioId ? p.name : `${p.name} (${p.portfolioId})`]));
  const others = chosen.filter((id) => !known.has(id)).map((id) => ({ id, label: `${id} (not one of yours)` }));
  return [...[...known].map(([id, label]) => ({ id, label })), ...others];
}

export function PortfolioPickerField({ path, value, fallbackLabel }: FieldProps) {
  const ctx = useForm();
  const id = fieldId(ctx, path);
  const hint = hintFor(ctx, path);
  const issues = issuesAt(ctx, path);
  const chosen = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const portfolios = useQuery({ queryKey: queryKeys.portfolioPolicies, queryFn: kairosApi.portfolioPolicies, staleTime: 60_000 });
  const choices = portfolioChoices(portfolios.data ?? [], chosen);
  const toggle = (option: string, on: boolean) => {
    const next = on ? [...chosen, option] : chosen.filter((c) => c !== option);
    // In the listed order, so the stored config (and the version's hash) does not depend on click order.
    ctx.change(path, choices.map((c) => c.id).filter((c) => next.includes(c)));
  };
  return (
    <fieldset className={`field choice-list${issues.length ? ' field-invalid' : ''}`} {...describedBy(id, hint?.help, issues)}>
      <legend>{hint?.label ?? fallbackLabel}</legend>
      {portfolios.isPending && <p className="muted">Loading your portfolios…</p>}
      {portfolios.isError && <p className="field-error">Your portfolios could not be loaded: reload the page to pick them.</p>}
      {portfolios.isSuccess && choices.length === 0 && <p className="muted">You read no portfolio yet: ask an admin to add you to the portfolios this rule should enroll from.</p>}
      {choices.map((c) => {
        const optionId = `${id}-${c.id}`;
        return (
          <div className="field-check" key={c.id}>
            <input id={optionId} type="checkbox" checked={chosen.includes(c.id)} disabled={ctx.disabled} onChange={(e) => toggle(c.id, e.target.checked)} />
            <label htmlFor={optionId}>{c.label}</label>
          </div>
        );
      })}
      {hint?.help && (
        <p className="help" id={`${id}-help`}>
          {hint.help}
        </p>
      )}
      <FieldIssues id={id} issues={issues} />
    </fieldset>
  );
}
