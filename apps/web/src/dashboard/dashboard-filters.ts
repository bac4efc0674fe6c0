// The dashboard's filters live in the address (a view can be linked and reloaded): days, tier, cadence, version.
import type { DashboardFilter } from '../api/analytics-types';
import { rangeFromParams } from '../analytics/date-range';

export const TIERS = ['tier-1', 'tier-2', 'tier-3', 'tier-4'] as const;

/** The API's filter for what the address says; days default to the last 30, the rest to everything. */
export function dashboardFilter(params: URLSearchParams, today: Date): Required<Pick<DashboardFilter, 'from' | 'to'>> & DashboardFilter {
  const range = rangeFromParams(params, today);
  const f: Required<Pick<DashboardFilter, 'from' | 'to'>> & DashboardFilter = { from: range.from, to: range.to };
  for (const k of ['tier', 'cadenceId', 'versionId'] as const) {
    const v = params.get(k)?.trim();
    if (v) f[k] = v;
  }
  // A version belongs to one cadence: without the cadence the version filter would be a guess.
  if (!f.cadenceId) delete f.versionId;
  return f;
}

/** The address's query for a filter (only what is set). */
export function dashboardParams(f: DashboardFilter): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['from', 'to', 'tier', 'cadenceId', 'versionId'] as const) if (f[k]) out[k] = f[k];
  return out;
}
