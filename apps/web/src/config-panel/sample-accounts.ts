// Accounts a message preview can be rendered for when the database has none yet.
import type { AccountSnapshotInput } from '@kairos/cadence';

export const SAMPLE_ACCOUNTS: readonly AccountSnapshotInput[] = [
  { id: 'SAMPLE-0042', name: 'Dana Whitfield', phone: '+15555550101', email: 'dana@example.com', balanceCents: 48_250, dueDate: '2026-11-10', timezone: 'America/New_York', attributes: { tier: 'early' } },
  { id: 'SAMPLE-0077', name: 'Luis Ortega', phone: '+15555550102', balanceCents: 129_900, dueDate: '2026-10-20', timezone: 'America/Chicago', language: 'es', attributes: { tier: 'mid' } },
];
