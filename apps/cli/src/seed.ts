import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compile, type NodeRegistry } from '@kairos/cadence';
import { createCadence, listCadences, publishVersion, upsertAccount, type KairosDb } from '@kairos/db';
import { repoRoot } from '@kairos/toolchain';

const DEMO_ACCOUNTS = [
  { id: 'DEMO-1001', name: 'Dana Whitfield', phone: '+15555550101', email: 'dana@example.com', balanceCents: 48_250, dueDate: '2026-11-10', timezone: 'America/New_York', attributes: { tier: 'early' } },
  { id: 'DEMO-1002', name: 'Luis Ortega', phone: '+15555550102', email: 'luis@example.com', balanceCents: 129_900, dueDate: '2026-10-20', timezone: 'America/Chicago', language: 'es', attributes: { tier: 'mid' } },
  { id: 'DEMO-1003', name: 'Priya Raman', phone: '+15555550103', email: 'priya@example.com', balanceCents: 15_000, dueDate: '2026-12-01', timezone: 'America/Los_Angeles', attributes: { tier: 'pre-due' } },
];

/** In an empty database, create demo accounts and publish the three-reminder example so there is something to try. */
export async function seedDemo(db: KairosDb, registry: NodeRegistry): Promise<string | undefined> {
  if ((await listCadences(db, { includeArchived: true })).length > 0) return undefined;
  for (const a of DEMO_ACCOUNTS) {
    await upsertAccount(db, { currency: 'USD', language: 'en', consents: { sms: true, email: true }, ...a });
  }
  const graph = JSON.parse(await readFile(join(repoRoot(), 'packages/cadence/examples/three-reminders.json'), 'utf8'));
  const compiled = compile(graph, registry);
  if (!compiled.ok) throw new Error('the bundled example cadence does not compile');
  const cadence = await createCadence(db, { name: 'Three reminders (demo)', description: 'SMS, email after 3 days, SMS after 7 more', graph });
  await publishVersion(db, { cadenceId: cadence.id, graph, ir: compiled.ir, publishedBy: 'seed' });
  return `${DEMO_ACCOUNTS.length} accounts (${DEMO_ACCOUNTS.map((a) => a.id).join(', ')}), cadence ${cadence.id} published`;
}
