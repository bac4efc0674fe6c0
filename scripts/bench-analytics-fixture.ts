import type { CadenceGraph } from '@kairos/cadence';

/** Entry, one text, exit: the smallest cadence the analytics bench publishes versions of. */
export const tinyGraph = (): CadenceGraph => ({
  nodes: [
    { id: 'start', type: 'entry', position: { x: 0, y: 0 }, data: { config: {} } },
    { id: 'sms', type: 'send-message', position: { x: 0, y: 100 }, data: { config: { channel: 'sms', body: 'Hi. Reply STOP to opt out.' } } },
    { id: 'end', type: 'exit', position: { x: 0, y: 200 }, data: { config: { reason: 'completed' } } },
  ],
  edges: [
    { id: 'a', source: 'start', sourceHandle: 'next', target: 'sms' },
    { id: 'b', source: 'sms', sourceHandle: 'next', target: 'end' },
  ],
});

/** The indexes only the analytics projection reads (one per fact table): part of what analytics costs a write. */
const PROJECTION_INDEXES = [
  ['enrollments_written_by_tx', 'enrollments', 'written_by_tx'],
  ['enrollment_timeline_written_by_tx', 'enrollment_timeline', 'written_by_tx'],
  ['contact_decisions_written_by_tx', 'contact_decisions', 'written_by_tx'],
  ['account_events_written_by_tx', 'account_events', 'written_by_tx'],
  ['delivery_receipts_applied_by_tx', 'delivery_receipts', 'applied_by_tx'],
] as const;

/**
 * Drop (analytics off) or create (on) the projection's indexes, so "without analytics" pays for none of
 * them. The transaction-id columns stay: a default costs no statement, and they are not null.
 */
export async function setProjectionIndexes(db: { execute(query: string): Promise<unknown> }, present: boolean): Promise<void> {
  for (const [name, table, column] of PROJECTION_INDEXES) {
    await db.execute(present ? `create index if not exists ${name} on ${table} using btree (${column})` : `drop index if exists ${name}`);
  }
}
