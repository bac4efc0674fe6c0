// The days an analytics page covers: `from` and `to` in the address (ISO days, inclusive, UTC as the API
// counts them), last 30 days when absent, and what is wrong with a range someone typed.

export interface DayRange {
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The last `length` UTC days ending with `today`'s. */
export function lastDays(today: Date, length = 30): DayRange {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (length - 1)));
  return { from: iso(start), to: iso(today) };
}

/** The range the address names, or the last 30 days for a part it does not name (or names wrongly). */
export function rangeFromParams(params: URLSearchParams, today: Date): DayRange {
  const fallback = lastDays(today);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return { from: DAY.test(from) ? from : fallback.from, to: DAY.test(to) ? to : fallback.to };
}

/** What is wrong with a range, by field, saying how to fix it (empty: nothing). */
export function rangeProblems(r: DayRange): Partial<Record<keyof DayRange, string>> {
  const problems: Partial<Record<keyof DayRange, string>> = {};
  if (!DAY.test(r.from)) problems.from = 'Pick the first day in the date field.';
  if (!DAY.test(r.to)) problems.to = 'Pick the last day in the date field.';
  if (!problems.from && !problems.to && r.from > r.to) problems.to = 'The last day is before the first: swap them.';
  return problems;
}

/** Replace some query parameters, dropping those set to empty, keeping the others. */
export function withParams(params: URLSearchParams, changes: Record<string, string | undefined>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === '') next.delete(k);
    else next.set(k, v);
  }
  return next;
}
