import { CONTACT_CHANNELS, SEND_CHANNELS } from '@kairos/channels';

/** Account fields that branch conditions can test; `attributes.<name>` is open for portfolio-defined facts. */
export interface AccountField {
  path: string;
  type: 'number' | 'string' | 'boolean';
  label: string;
}

export const ACCOUNT_FIELDS: readonly AccountField[] = [
  { path: 'balanceCents', type: 'number', label: 'Balance (cents)' },
  { path: 'dpd', type: 'number', label: 'Days past due' },
  { path: 'currency', type: 'string', label: 'Currency' },
  { path: 'dueDate', type: 'string', label: 'Due date' },
  { path: 'timezone', type: 'string', label: 'Time zone' },
  { path: 'language', type: 'string', label: 'Language' },
  { path: 'hasEmail', type: 'boolean', label: 'Has an email address' },
  { path: 'hasPhone', type: 'boolean', label: 'Has a phone number' },
  ...SEND_CHANNELS.map((c) => ({
    path: `consents.${c}`,
    type: 'boolean' as const,
    label: `Consent: ${c}`,
  })),
  // Compliance facts (kept by agents and the creditor's systems): let a design route around them.
  { path: 'compliance.ceaseCommunication', type: 'boolean', label: 'Asked to cease communication' },
  { path: 'compliance.disputeStatus', type: 'string', label: 'Dispute status (none, open, verified)' },
  { path: 'compliance.phoneType', type: 'string', label: 'Phone type (mobile, landline, unknown)' },
  ...CONTACT_CHANNELS.map((c) => ({
    path: `compliance.optedOut.${c}`,
    type: 'boolean' as const,
    label: `Opted out: ${c}`,
  })),
  // Portfolio attributes the built-in tier rules and starter cadences use; any other attributes.<name> works too.
  { path: 'attributes.tier', type: 'number', label: 'Tier (1-4)' },
  { path: 'attributes.riskScore', type: 'number', label: 'Risk score (0-1)' },
  { path: 'attributes.latePayments12m', type: 'number', label: 'Late payments in the last 12 months' },
  { path: 'attributes.preferredChannel', type: 'string', label: 'Preferred channel' },
  { path: 'attributes.segment', type: 'string', label: 'Segment' },
];

export function findAccountField(path: string): AccountField | { path: string; type: 'any'; label: string } | undefined {
  const known = ACCOUNT_FIELDS.find((f) => f.path === path);
  if (known) return known;
  if (/^attributes\.[A-Za-z_][A-Za-z0-9_]*$/.test(path)) return { path, type: 'any', label: path };
  return undefined;
}
