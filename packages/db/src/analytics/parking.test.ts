import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { upsertAccount } from '../accounts/accounts';
import { storeAccountEvent } from '../accounts/account-events';
import { analyticsFreshness } from './freshness';
import { countParkedFacts, listParkedFacts } from './parking';
import { projectAnalytics, retryParkedFacts } from './projection';
import { rowsOf } from './sql';
import { createCadence } from '../cadences/cadences';
import type { KairosDb } from '../database/connection';
import { createEnrollment } from '../enrollments/enrollments';
import { account, compiled, tinyGraph } from '../fixtures.test-support';
import { accountEvents } from '../schema';
import { describeEachDatabase, projectAnalyticsNow } from '../testing';
import { publishVersion } from '../cadences/versions';

const workflowIdFor = (id: string) => `enrollment-${id}`;

async function enrolled(db: KairosDb, accountId: string) {
  await upsertAccount(db, account(accountId));
  const c = await createCadence(db, { name: `Parking ${accountId}`, graph: tinyGraph() });
  const { version } = await publishVersion(db, { cadenceId: c.id, graph: tinyGraph(), ir: compiled(tinyGraph()), publishedBy: 'x' });
  return (await createEnrollment(db, { accountId, cadenceId: c.id, cadenceVersionId: version.id, workflowIdFor })).enrollment;
}

const typesOf = async (db: KairosDb, accountId: string) =>
  (await rowsOf<{ type: string }>(db, sql`select type from analytics_events where account_id = ${accountId} order by id`)).map((e) => e.type);

/**
 * A payment stored by a writer that spelled its amount in words: a fact the projection cannot turn into
 * an event (the store's own validation is bypassed, as rows written by an older or foreign writer are).
 */
async function paymentInWords(db: KairosDb, accountId: string, eventId: string) {
  const [row] = await db
    .insert(accountEvents)
    .values({ portfolioId: 'default', source: 'legacy-import', eventId, accountId, type: 'payment', payload: { amountCents: 'twelve dollars' }, occurredAt: new Date() })
    .returning();
  return row!;
}

describeEachDatabase('facts the analytics projection cannot project', (db) => {
  it('parks such a fact with its reason and projects the facts around it, in the same run and after', async () => {
    await enrolled(db(), 'PK-1');
    const bad = await paymentInWords(db(), 'PK-1', 'pk-1-bad');
    await storeAccountEvent(db(), { source: 'api', accountId: 'PK-1', event: { type: 'promise', eventId: 'pk-1-promise', occurredAt: new Date().toISOString(), amountCents: 500, promisedDate: '2026-12-01' } });
    await projectAnalyticsNow(db());
    expect(await typesOf(db(), 'PK-1')).toEqual(['enrolled', 'promise']);
    const [parked] = await listParkedFacts(db(), { limit: 10 });
    expect(parked).toMatchObject({ kind: 'account-event', factId: bad.id, attempts: 1 });
    // The database's words, not the query and its values.
    expect(parked!.reason).toMatch(/^invalid input syntax for type bigint.*\(SQLSTATE 22P02\)$/);
    expect(parked!.nextAttemptAt.getTime()).toBeGreaterThan(parked!.lastSeenAt.getTime());

    // The next facts flow on: the mark moved past the parked one.
    await enrolled(db(), 'PK-2');
    await projectAnalyticsNow(db());
    expect(await typesOf(db(), 'PK-2')).toEqual(['enrolled']);
    expect(await countParkedFacts(db())).toBe(1);
    expect((await analyticsFreshness(db())).parkedFacts).toBe(1);
  });

  it('projects a parked fact once it can be, on a retry, and counts it no more', async () => {
    await enrolled(db(), 'PK-3');
    const bad = await paymentInWords(db(), 'PK-3', 'pk-3-bad');
    await projectAnalyticsNow(db());
    expect(await countParkedFacts(db())).toBeGreaterThan(0);
    // Before the fix a retry parks it again, one attempt more.
    expect(await retryParkedFacts(db())).toMatchObject({ projected: 0 });
    const again = (await listParkedFacts(db(), { limit: 100 })).find((p) => p.factId === bad.id);
    expect(again?.attempts).toBe(2);

    await db().update(accountEvents).set({ payload: { amountCents: 1_200 } }).where(eq(accountEvents.id, bad.id));
    const retried = await retryParkedFacts(db());
    expect(retried.projected).toBeGreaterThan(0);
    expect((await listParkedFacts(db(), { limit: 100 })).map((p) => p.factId)).not.toContain(bad.id);
    expect(await typesOf(db(), 'PK-3')).toEqual(['enrolled', 'payment']);
  });

  it('retries parked facts by itself once their backoff has passed', async () => {
    await enrolled(db(), 'PK-4');
    const bad = await paymentInWords(db(), 'PK-4', 'pk-4-bad');
    await projectAnalyticsNow(db());
    await db().update(accountEvents).set({ payload: { amountCents: 700 } }).where(eq(accountEvents.id, bad.id));
    // Not yet due: the run leaves it parked.
    await projectAnalytics(db());
    expect(await typesOf(db(), 'PK-4')).toEqual(['enrolled']);
    await db().execute(sql`update analytics_parked_facts set next_attempt_at = now() - interval '1 second' where fact_id = ${bad.id}`);
    await projectAnalytics(db());
    expect(await typesOf(db(), 'PK-4')).toEqual(['enrolled', 'payment']);
  });

  it('says through when the facts are projected: after a fact is committed, a run says it counts it', async () => {
    await enrolled(db(), 'PK-5');
    const committed = new Date();
    // Open transactions elsewhere on a shared server hold the horizon a moment: a later run then says so.
    for (let tries = 0; ; tries++) {
      await projectAnalytics(db());
      const freshness = await analyticsFreshness(db());
      if (freshness.projectedThrough && freshness.projectedThrough.getTime() >= committed.getTime()) {
        expect(freshness.lagSeconds).toBeGreaterThanOrEqual(0);
        expect(await typesOf(db(), 'PK-5')).toEqual(['enrolled']);
        return;
      }
      expect(tries, 'the projection never said it counted the enrollment').toBeLessThan(100);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
});
