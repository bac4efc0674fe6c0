import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compile, DEMO_COLLECTOR_IDENTITY, type NodeRegistry } from '@kairos/cadence';
import {
  createCadence, decideReview, DEFAULT_PORTFOLIO_ID, ensureSandboxPortfolio, listCadences, listUsers, portfolioCollector, publishApprovedVersion, setCollectorIdentity, submitReview, upsertAccount, type KairosDb, type User,
} from '@kairos/db';
import { lintCadence } from '@kairos/review';
import { repoRoot } from '@kairos/toolchain';

const DEMO_ACCOUNTS = [
  { id: 'DEMO-1001', name: 'Dana Whitfield', phone: '+15555550101', email: 'dana@example.com', balanceCents: 48_250, dueDate: '2026-11-10', timezone: 'America/New_York', attributes: { tier: 'early', state: 'NY' } },
  { id: 'DEMO-1002', name: 'Luis Ortega', phone: '+15555550102', email: 'luis@example.com', balanceCents: 129_900, dueDate: '2026-10-20', timezone: 'America/Chicago', language: 'es', attributes: { tier: 'mid', state: 'IL' } },
  { id: 'DEMO-1003', name: 'Priya Raman', phone: '+15555550103', email: 'priya@example.com', balanceCents: 15_000, dueDate: '2026-12-01', timezone: 'America/Los_Angeles', attributes: { tier: 'pre-due', state: 'CA' } },
];

export const SANDBOX_PORTFOLIO_NAME = 'Sandbox (test accounts)';

const actor = (u: User) => ({ id: u.id, email: u.email, role: u.role });

/**
 * In an empty database, create demo accounts and the three-reminder example, taken through review
 * the way a real version is: the strategist submits it, the compliance officer approves it, and the
 * strategist publishes it (each step in the audit log). The default portfolio, where the demo accounts
 * are, gets the fictional demo collector unless it has an identity already: sends need one. A sandbox
 * portfolio holds the test accounts strategists create (its sends go to the outbox only).
 */
export async function seedDemo(db: KairosDb, registry: NodeRegistry): Promise<string | undefined> {
  if ((await listCadences(db, { includeArchived: true })).length > 0) return undefined;
  const people = await listUsers(db);
  const strategist = people.find((u) => u.role === 'strategist');
  const officer = people.find((u) => u.role === 'compliance_officer');
  if (!strategist || !officer) return undefined; // people were set up otherwise: leave the demo out

  if ('problem' in (await portfolioCollector(db, DEFAULT_PORTFOLIO_ID))) await setCollectorIdentity(db, DEFAULT_PORTFOLIO_ID, DEMO_COLLECTOR_IDENTITY);
  // Where strategists try their cadences on test accounts of their own: every send goes to the outbox.
  await ensureSandboxPortfolio(db, { name: SANDBOX_PORTFOLIO_NAME, collector: DEMO_COLLECTOR_IDENTITY });
  for (const a of DEMO_ACCOUNTS) {
    await upsertAccount(db, { currency: 'USD', language: 'en', consents: { sms: true, email: true }, ...a });
  }
  const graph = JSON.parse(await readFile(join(repoRoot(), 'packages/cadence/examples/three-reminders.json'), 'utf8'));
  const compiled = compile(graph, registry);
  if (!compiled.ok) throw new Error('the bundled example cadence does not compile');
  const blocking = lintCadence(compiled.ir).filter((f) => f.severity === 'blocking');
  if (blocking.length) throw new Error(`the bundled example cadence has blocking lint findings: ${blocking.map((f) => f.message).join('; ')}`);
  const cadence = await createCadence(db, { name: 'Three reminders (demo)', description: 'SMS, email after 3 days, SMS after 7 more', graph, createdBy: strategist.id });
  const submitted = await submitReview(db, { cadenceId: cadence.id, draftRevision: cadence.draftRevision, graph, ir: compiled.ir, actor: actor(strategist) });
  if (!submitted.ok) throw new Error(`could not submit the demo cadence: ${submitted.reason}`);
  const approved = await decideReview(db, { reviewId: submitted.review.id, actor: actor(officer), hash: compiled.ir.hash, decision: 'approve', comment: 'Demo: disclosures, opt-out and consent checks in place.' });
  if (!approved.ok) throw new Error('could not approve the demo cadence');
  const published = await publishApprovedVersion(db, { cadenceId: cadence.id, draftRevision: cadence.draftRevision, graph, ir: compiled.ir, actor: actor(strategist), blockingFindings: 0 });
  if (!published.ok) throw new Error('could not publish the demo cadence');
  return `${DEMO_ACCOUNTS.length} accounts (${DEMO_ACCOUNTS.map((a) => a.id).join(', ')}) collected by the fictional ${DEMO_COLLECTOR_IDENTITY.displayName}, cadence ${cadence.id} approved and published`;
}
