// The account page's one read: every fact recorded about an account, by whichever path recorded it,
// appears in its story, with who recorded it; lists are bounded and say when there is more.
import { beforeAll, expect, it } from 'vitest';
import { builtInRegistry, compile, type TimelineEntry } from '@kairos/cadence';
import { cadenceBuilder } from '@kairos/cadence/starter-cadences';
import { eq } from 'drizzle-orm';
import { applyChannelOptOut, beginContactAttempt, contactAttempts, createAgentTask, createCadence, createEnrollment, listAudit, markContactFailed, publishVersion, recordProgress, type KairosDb } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { timestampedSignature } from '@kairos/providers';
import { appWithoutTemporal, dana, signedIn, signedInTo } from '../testing/api-harness';

const PAYMENTS_SECRET = 'cards-processor-0123456789';

/** A published cadence that only routes by tier, and an enrollment of `accountId` that took tier 2. */
async function tierRoutedEnrollment(db: KairosDb, accountId: string) {
  const b = cadenceBuilder();
  b.add('start', 'entry', { exitOn: ['paid'] });
  b.add('tiers', 'tier-split', {
    tiers: [1, 2, 3, 4].map((n) => ({ label: `Tier ${n}`, when: [{ field: 'balanceCents', operator: 'gte', value: n * 1000 }] })),
  });
  b.add('done', 'exit', { reason: 'completed' });
  b.wire('start', 'next', 'tiers');
  for (const outcome of ['tier-1', 'tier-2', 'tier-3', 'tier-4', 'otherwise']) b.wire('tiers', outcome, 'done');
  const graph = b.build();
  const compiled = compile(graph, builtInRegistry);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
  const cadence = await createCadence(db, { name: 'Tier routing', graph });
  const { version } = await publishVersion(db, { cadenceId: cadence.id, graph, ir: compiled.ir, publishedBy: 'x' });
  const { enrollment } = await createEnrollment(db, { accountId, cadenceId: cadence.id, cadenceVersionId: version.id, workflowIdFor: (id) => `enrollment-${id}` });
  const at = new Date().toISOString();
  const entries: TimelineEntry[] = [
    { seq: 0, at, type: 'entered', stepId: 'start' },
    { seq: 1, at, type: 'left', stepId: 'start', outcome: 'next' },
    { seq: 2, at, type: 'entered', stepId: 'tiers' },
    { seq: 3, at, type: 'left', stepId: 'tiers', outcome: 'tier-2' },
    { seq: 4, at, type: 'finished', stepId: 'done', outcome: 'completed' },
  ];
  await recordProgress(db, { enrollmentId: enrollment.id, entries, status: 'finished', currentStepId: null, exitReason: 'completed' });
  return { enrollmentId: enrollment.id, cadenceId: cadence.id, versionId: version.id };
}

describeEachDatabase('the story of an account', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  let engineer: Awaited<ReturnType<typeof signedInTo>>;
  beforeAll(async () => {
    app = appWithoutTemporal(db());
    const admin = await signedIn(app, 'admin');
    expect((await admin.put('/api/v1/portfolios/cards', { name: 'Cards', settings: { channels: {} }, secrets: { paymentsWebhookSecret: PAYMENTS_SECRET } })).status).toBe(201);
    engineer = await signedInTo(app, 'engineer', ['cards']);
    const profile = { ...dana, portfolioId: 'cards', consumerId: 'P-77', attributes: { tier: 'gold' }, balanceCents: 10_000 };
    expect((await engineer.put('/api/v1/accounts/S-1', profile)).status).toBe(201);
    expect((await engineer.put('/api/v1/accounts/S-2', { ...profile, name: 'Dana Smith (store card)' })).status).toBe(201);
    // The same consumer's debt in a portfolio the engineer does not read.
    expect((await admin.put('/api/v1/accounts/S-3', { ...profile, portfolioId: 'default' })).status).toBe(201);
  }, 120_000);

  it('shows a compliance fact recorded through the API with who recorded it and what it changed', async () => {
    const officer = await signedInTo(app, 'compliance_officer', ['cards']);
    expect((await officer.patch('/api/v1/accounts/S-1/compliance', { optOuts: ['sms'], ceaseCommunication: true })).status).toBe(200);
    const story = await engineer.get('/api/v1/accounts/S-1/story');
    expect(story.status).toBe(200);
    expect(story.body.account.compliance).toMatchObject({ optOuts: ['sms'], ceaseCommunication: true });
    expect(story.body.complianceHistory.items[0]).toMatchObject({
      action: 'compliance_change',
      by: { id: officer.userId, email: officer.email, role: 'compliance_officer' },
      detail: { accountId: 'S-1', changes: { optOuts: { from: [], to: ['sms'] }, ceaseCommunication: { from: false, to: true } } },
    });
    // A patch that changes nothing is not a change anyone made.
    expect((await officer.patch('/api/v1/accounts/S-1/compliance', { ceaseCommunication: true })).status).toBe(200);
    expect((await engineer.get('/api/v1/accounts/S-1/story')).body.complianceHistory.items).toHaveLength(1);
  });

  it('shows an opt-out the holder said on a channel, and a compliance fact a sync of the account changed, each with who', async () => {
    await applyChannelOptOut(db(), { contact: { phone: dana.phone }, portfolioId: 'cards', channel: 'email', optIn: false, source: 'provider:sandbox', detail: { keyword: 'STOP' } });
    const read = (await engineer.get('/api/v1/accounts/S-2')).body;
    const { id: _id, governingProfile: _g, ...account } = read;
    expect((await engineer.put('/api/v1/accounts/S-2', { ...account, compliance: { ...read.compliance, dispute: { status: 'open' } } })).status).toBe(200);
    const history = (await engineer.get('/api/v1/accounts/S-2/story')).body.complianceHistory.items;
    expect(history).toEqual([
      expect.objectContaining({ action: 'compliance_change', by: expect.objectContaining({ id: `user:${engineer.userId}` }), detail: expect.objectContaining({ changes: { dispute: { from: { status: 'none' }, to: { status: 'open' } } } }) }),
      expect.objectContaining({ action: 'opt_out', by: expect.objectContaining({ id: 'provider:sandbox' }), detail: expect.objectContaining({ channel: 'email', keyword: 'STOP' }) }),
    ]);
  });

  it('shows a payment reported by the processor webhook in the ledger and the balance over time', async () => {
    const body = JSON.stringify({ type: 'payment', eventId: 'tx-story-1', accountId: 'S-1', occurredAt: new Date(Date.now() - 60_000).toISOString(), amountCents: 2_500 });
    const hook = await app.request('/api/v1/webhooks/payments/cards', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'kairos-signature': timestampedSignature(PAYMENTS_SECRET, body, Math.floor(Date.now() / 1000)) },
      body,
    });
    expect(hook.status).toBe(200);
    const story = (await engineer.get('/api/v1/accounts/S-1/story')).body;
    expect(story.ledger.payments).toEqual([expect.objectContaining({ eventId: 'tx-story-1', amountCents: 2_500, source: expect.any(String) })]);
    expect(story.account.balanceCents).toBe(7_500);
    expect(story.balanceSeries.at(-1)).toMatchObject({ balanceCents: 7_500 });
  });

  it("tells the profile, DPD, tier, the consumer's other accounts the reader reads, contacts with their decisions, the tier path taken and agent tasks", async () => {
    const { enrollmentId, versionId } = await tierRoutedEnrollment(db(), 'S-1');
    const { attempt } = await beginContactAttempt(db(), { idempotencyKey: 'story-sms-1', enrollmentId, accountId: 'S-1', stepId: 'sms', channel: 'sms', provider: 'sandbox', recipient: dana.phone, body: 'Your balance is due, Dana' });
    await markContactFailed(db(), attempt.id, { status: 'skipped', error: 'never sent' });
    const blocked = await beginContactAttempt(db(), { idempotencyKey: 'story-sms-2', enrollmentId, accountId: 'S-1', stepId: 'sms', channel: 'sms', provider: 'sandbox', recipient: dana.phone, body: 'Second reminder' });
    // Blocked as the worker books it when no stored decision is at hand: `rule: reason`.
    await db().update(contactAttempts).set({ status: 'blocked', error: 'opt-out: the holder opted out of sms' }).where(eq(contactAttempts.id, blocked.attempt.id));
    await createAgentTask(db(), { idempotencyKey: 'story-task-1', accountId: 'S-1', enrollmentId, queue: 'late-stage', priority: 'high', note: 'Call Dana about a plan', dueAt: new Date() });

    const story = (await engineer.get('/api/v1/accounts/S-1/story')).body;
    expect(story.account).toMatchObject({ id: 'S-1', consumerId: 'P-77', governingProfile: { id: expect.any(String) } });
    expect(story.tier).toBe('gold');
    expect(typeof story.dpd).toBe('number');
    expect(story.consumerAccounts).toEqual({ items: [expect.objectContaining({ id: 'S-2', name: 'Dana Smith (store card)' })], more: false });
    const blockedRow = story.contacts.items.find((c: { idempotencyKey: string }) => c.idempotencyKey === 'story-sms-2');
    expect(blockedRow).toMatchObject({ body: 'Second reminder', decision: 'block', rule: 'opt-out', reasons: ['the holder opted out of sms'] });
    expect(story.contacts.items.find((c: { idempotencyKey: string }) => c.idempotencyKey === 'story-sms-1')).toMatchObject({ body: 'Your balance is due, Dana', decision: 'allow' });
    expect(story.enrollments.items).toEqual([
      expect.objectContaining({
        id: enrollmentId,
        cadenceVersionId: versionId,
        cadenceName: 'Tier routing',
        version: 1,
        tierTaken: 'tier-2',
        path: [expect.objectContaining({ stepId: 'start', kind: 'entry', outcome: 'next' }), expect.objectContaining({ stepId: 'tiers', kind: 'tier-split', outcome: 'tier-2' })],
      }),
    ]);
    expect(story.enrollments.items[0].timeline).toHaveLength(5);
    expect(story.tasks.items).toEqual([expect.objectContaining({ queue: 'late-stage', note: 'Call Dana about a plan', status: 'open' })]);
  });

  it('keeps each list to the latest `limit` entries and says there is more', async () => {
    const story = (await engineer.get('/api/v1/accounts/S-1/story?limit=1')).body;
    expect(story.contacts.items).toHaveLength(1);
    expect(story.contacts.more).toBe(true);
    expect(story.contacts.items[0].idempotencyKey).toBe('story-sms-2');
    expect((await engineer.get('/api/v1/accounts/S-1/story?limit=0')).status).toBe(400);
  });

  it("answers 404 for another portfolio's account as for a missing one, and audits an agent's read by id", async () => {
    expect((await engineer.get('/api/v1/accounts/S-3/story')).status).toBe(404);
    expect((await engineer.get('/api/v1/accounts/ghost/story')).status).toBe(404);
    const agent = await signedInTo(app, 'agent', ['cards']);
    expect((await agent.get('/api/v1/accounts/S-1/story')).status).toBe(200);
    const [read] = await listAudit(db(), { action: 'account_read', actorId: agent.userId, limit: 5 });
    expect(read?.detail).toMatchObject({ accountId: 'S-1', route: 'GET /api/v1/accounts/:id/story' });
  });
});
