import { expect, it } from 'vitest';
import { audienceExclusion, cadenceContactChannels, type AudienceRules } from '@kairos/cadence';
import { updateAccountCompliance, upsertAccount } from '../accounts/accounts';
import { EVERY_ACCOUNT } from '../accounts/account-scope';
import { createCadence } from '../cadences/cadences';
import { publishVersion } from '../cadences/versions';
import { account, compiled, tinyGraph } from '../fixtures.test-support';
import { describeEachDatabase } from '../testing';
import { audiencePage, countAudience, unknownAudienceIds, type AudienceQuery } from './audience';
import { createEnrollment } from './enrollments';

const TODAY = '2026-12-07';

describeEachDatabase('enrollment audiences', (db) => {
  async function setUp() {
    const c = await createCadence(db(), { name: 'Audience', graph: tinyGraph() });
    const ir = compiled(tinyGraph());
    const { version } = await publishVersion(db(), { cadenceId: c.id, graph: tinyGraph(), ir, publishedBy: 'x' });
    await upsertAccount(db(), account('AU-1', { attributes: { tier: 'early' } }));
    await upsertAccount(db(), account('AU-2', { attributes: { tier: 'early' } }));
    await upsertAccount(db(), account('AU-3', { attributes: { tier: 'early' }, balanceCents: 0 }));
    await upsertAccount(db(), account('AU-4', { attributes: { tier: 'early' } }));
    await updateAccountCompliance(db(), 'AU-4', { dispute: { status: 'open' } });
    await upsertAccount(db(), account('AU-5', { attributes: { tier: 'early' } }));
    await updateAccountCompliance(db(), 'AU-5', { optOuts: ['sms'] }); // the cadence sends SMS only
    await upsertAccount(db(), account('AU-6', { attributes: { tier: 'early' } }));
    await updateAccountCompliance(db(), 'AU-6', { optOuts: ['email'] }); // reachable by SMS
    await upsertAccount(db(), account('AU-7', { attributes: { tier: 'early' }, portfolioId: 'loans' }));
    await upsertAccount(db(), account('AU-8', { attributes: { tier: 'early' }, portfolioId: 'secret' }));
    await upsertAccount(db(), account('AU-9', { attributes: { tier: 'late' } }));
    await createEnrollment(db(), { accountId: 'AU-2', cadenceId: c.id, cadenceVersionId: version.id, workflowIdFor: (id) => `w-${id}` });
    const rules: AudienceRules = { portfolios: ['default'], channels: cadenceContactChannels(ir) };
    const query = (over: Partial<AudienceQuery> = {}): AudienceQuery => ({
      audience: { kind: 'filter', filter: { tiers: ['early'] } },
      cadenceId: c.id,
      rules,
      scope: { portfolios: ['default', 'loans'], queuesOnly: false },
      asOf: TODAY,
      ...over,
    });
    return { query, rules };
  }

  it('counts a filter audience by reason, inside the caller portfolios, with examples', async () => {
    const { query } = await setUp();
    const counts = await countAudience(db(), query(), 5);
    const byReason = Object.fromEntries(counts.map((c) => [c.reason ?? 'enter', { count: c.count, examples: c.examples }]));
    expect(byReason).toEqual({
      enter: { count: 2, examples: ['AU-1', 'AU-6'] },
      already_enrolled: { count: 1, examples: ['AU-2'] },
      paid: { count: 1, examples: ['AU-3'] },
      dispute: { count: 1, examples: ['AU-4'] },
      opted_out: { count: 1, examples: ['AU-5'] },
      other_portfolio: { count: 1, examples: ['AU-7'] }, // AU-8 is in a portfolio the caller does not read: not in the audience at all
    });
  });

  it('decides each account in SQL exactly as the pure decision does', async () => {
    const { query, rules } = await setUp();
    const q = query({ scope: EVERY_ACCOUNT });
    const members = await audiencePage(db(), q, { limit: 100 });
    const counts = await countAudience(db(), q, 100);
    const sqlReason = new Map(counts.flatMap((c) => c.examples.map((id) => [id, c.reason] as const)));
    expect(members.length).toBeGreaterThan(5);
    for (const m of members) expect([m.account.id, sqlReason.get(m.account.id)]).toEqual([m.account.id, audienceExclusion(m.facts, rules)]);
  });

  it('keeps out accounts active in another cadence when the cadence takes only accounts in no other, as the pure decision does', async () => {
    const { query, rules } = await setUp();
    const other = await createCadence(db(), { name: 'Another', graph: tinyGraph() });
    const { version } = await publishVersion(db(), { cadenceId: other.id, graph: tinyGraph(), ir: compiled(tinyGraph()), publishedBy: 'x' });
    // AU-1 runs in the other cadence; AU-3 (paid) too, and the other cadence is the first reason given.
    for (const accountId of ['AU-1', 'AU-3']) await createEnrollment(db(), { accountId, cadenceId: other.id, cadenceVersionId: version.id, workflowIdFor: (id) => `w-${id}` });
    const alone = { ...rules, oneActiveCadence: true };
    const reasons = async (r: AudienceRules) => Object.fromEntries((await countAudience(db(), query({ rules: r }), 5)).map((c) => [c.reason ?? 'enter', c.examples]));
    expect(await reasons(alone)).toMatchObject({ enter: ['AU-6'], in_another_cadence: ['AU-1', 'AU-3'], already_enrolled: ['AU-2'] });
    expect(await reasons(rules)).toMatchObject({ enter: ['AU-1', 'AU-6'], paid: ['AU-3'] });
    const members = await audiencePage(db(), query({ rules: alone }), { limit: 100 });
    const au1 = members.find((m) => m.account.id === 'AU-1')!;
    expect(audienceExclusion(au1.facts, alone)).toBe('in_another_cadence');
    expect(audienceExclusion(members.find((m) => m.account.id === 'AU-6')!.facts, alone)).toBeNull();
  });

  it('counts a pasted list and names the ids it does not find among the caller portfolios', async () => {
    const { query } = await setUp();
    const ids = ['AU-1', 'AU-7', 'AU-8', 'NOPE-1'];
    const counts = await countAudience(db(), query({ audience: { kind: 'ids', accountIds: ids } }), 5);
    expect(counts.map((c) => [c.reason, c.count]).sort()).toEqual([
      [null, 1],
      ['other_portfolio', 1],
    ].sort());
    // An id of a portfolio the caller does not read is "not found", as a missing one: existence is not revealed.
    expect(await unknownAudienceIds(db(), ids, query().scope)).toEqual(['AU-8', 'NOPE-1']);
  });

  it('takes a list of 100,000 ids as one parameter', async () => {
    const { query } = await setUp();
    const ids = Array.from({ length: 100_000 }, (_, i) => `BULK-${i}`).concat('AU-1');
    const counts = await countAudience(db(), query({ audience: { kind: 'ids', accountIds: ids } }), 5);
    expect(counts).toEqual([{ reason: null, count: 1, examples: ['AU-1'] }]);
    expect(await unknownAudienceIds(db(), ids, query().scope)).toHaveLength(100_000);
  }, 60_000);
});
