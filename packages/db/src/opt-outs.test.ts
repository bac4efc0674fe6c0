import { expect, it } from 'vitest';
import { getAccount, upsertAccount } from './accounts';
import { listAudit } from './audit';
import { account } from './fixtures.test-support';
import { applyChannelOptOut } from './opt-outs';
import { describeEachDatabase } from './testing';

describeEachDatabase('opt-outs by contact point', (db) => {
  it('opts every account at the number out of the channel at once, audits it, and opts back in', async () => {
    await upsertAccount(db(), account('X-1', { phone: '+15555550777' }));
    await upsertAccount(db(), account('X-2', { phone: '+15555550777' }));
    await upsertAccount(db(), account('X-3', { phone: '+15555550778' }));
    const stop = { contact: { phone: '+15555550777' }, channel: 'sms' as const, source: 'provider:twilio', detail: { keyword: 'STOP' } };
    expect((await applyChannelOptOut(db(), { ...stop, optIn: false })).sort()).toEqual(['X-1', 'X-2']);
    expect(await applyChannelOptOut(db(), { ...stop, optIn: false })).toEqual([]);
    expect((await getAccount(db(), 'X-1'))!.compliance.optOuts).toEqual(['sms']);
    expect((await getAccount(db(), 'X-3'))!.compliance.optOuts).toEqual([]);
    const audit = await listAudit(db(), { action: 'opt_out', limit: 10 });
    expect(audit.map((r) => r.detail.accountId).sort()).toEqual(['X-1', 'X-2']);
    expect(audit[0]).toMatchObject({ actorId: 'provider:twilio', detail: { channel: 'sms', keyword: 'STOP' } });
    await applyChannelOptOut(db(), { ...stop, optIn: true, detail: { keyword: 'START' } });
    expect((await getAccount(db(), 'X-2'))!.compliance.optOuts).toEqual([]);
  });
});
