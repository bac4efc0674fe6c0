import { expect, it } from 'vitest';
import { upsertAccount } from '../accounts/accounts';
import { createCadence } from '../cadences/cadences';
import { publishVersion } from '../cadences/versions';
import { account, compiled, tinyGraph } from '../fixtures.test-support';
import { describeEachDatabase } from '../testing';
import { candidateAccounts } from './auto-enrollments';
import { createEnrollment } from './enrollments';

describeEachDatabase('rule-triggered enrollment candidates', (db) => {
  it('leaves out accounts active in another cadence when the rule cadence takes one active cadence per account', async () => {
    const published = async (name: string) => {
      const c = await createCadence(db(), { name, graph: tinyGraph() });
      const { version } = await publishVersion(db(), { cadenceId: c.id, graph: tinyGraph(), ir: compiled(tinyGraph()), publishedBy: 'x' });
      return { cadenceId: c.id, versionId: version.id };
    };
    const rule = await published('Rule');
    const other = await published('Other');
    for (const id of ['RC-1', 'RC-2', 'RC-3']) await upsertAccount(db(), account(id));
    await createEnrollment(db(), { accountId: 'RC-1', cadenceId: other.cadenceId, cadenceVersionId: other.versionId, workflowIdFor: (id) => `w-${id}` });
    await createEnrollment(db(), { accountId: 'RC-3', cadenceId: rule.cadenceId, cadenceVersionId: rule.versionId, workflowIdFor: (id) => `w-${id}` });
    const candidates = async (oneActiveCadence: boolean) =>
      (await candidateAccounts(db(), { cadenceId: rule.cadenceId, trigger: { type: 'segment', when: [], portfolios: ['default'] }, oneActiveCadence, now: new Date('2026-12-07T12:00:00Z'), limit: 10 })).map((a) => a.id);
    expect(await candidates(false)).toEqual(['RC-1', 'RC-2']);
    expect(await candidates(true)).toEqual(['RC-2']);
  });
});
