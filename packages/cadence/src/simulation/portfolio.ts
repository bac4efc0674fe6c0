import type { AccountSnapshot } from '../account';

export interface PortfolioSpec {
  size: number;
  /** Due dates are spread over this many days before `asOf` (DPD 0..spread-1), or after it when negative. */
  dueDateSpreadDays: number;
  asOf: string;
  timezones?: readonly string[];
  languages?: readonly string[];
}

/** A deterministic pseudo-random sequence (mulberry32): portfolios are the same on every run. */
function sequence(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A synthetic portfolio spanning the four tiers: balances, risk, payment history, zones, languages, consents. */
export function generatePortfolio(spec: PortfolioSpec, seed = 1): AccountSnapshot[] {
  const next = sequence(seed);
  const zones = spec.timezones ?? ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];
  const languages = spec.languages ?? ['en', 'en', 'en', 'es'];
  const asOf = Date.parse(`${spec.asOf.slice(0, 10)}T00:00:00Z`);
  const accounts: AccountSnapshot[] = [];
  for (let i = 0; i < spec.size; i++) {
    const offset = Math.floor(next() * Math.abs(spec.dueDateSpreadDays)) * Math.sign(spec.dueDateSpreadDays || 1);
    const dueDate = new Date(asOf - offset * 86_400_000).toISOString().slice(0, 10);
    const balanceCents = 2_000 + Math.floor(next() * 250_000);
    const id = `SIM-${String(i + 1).padStart(5, '0')}`;
    accounts.push({
      id,
      name: `Account ${i + 1} Holder`,
      phone: `+1555${String(1_000_000 + i).slice(-7)}`,
      email: `holder${i + 1}@example.com`,
      balanceCents,
      currency: 'USD',
      dueDate,
      timezone: zones[Math.floor(next() * zones.length)]!,
      language: languages[Math.floor(next() * languages.length)]!,
      consents: { sms: next() < 0.8, email: true, voice: next() < 0.6, letter: true },
      attributes: {
        riskScore: Math.round(next() * 100) / 100,
        latePayments12m: Math.floor(next() * 6),
      },
    });
  }
  return accounts;
}
