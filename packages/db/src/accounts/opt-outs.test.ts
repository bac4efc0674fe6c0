import { expect, it } from 'vitest';
import { getAccount, upsertAccount } from './accounts';
import { listAudit } from '../audit/audit';
import { account } from '../fixtures.test-support';
import { applyChannelOptOut } from './opt-outs';
import { describeEachDatabase } from '../testing';

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

  it('opts one named account out when there is no contact point to go by (an unsubscribe link to an account without email)', async () => {
    await upsertAccount(db(), account('X-4', { phone: '+15555550779' }));
    await upsertAccount(db(), account('X-5', { phone: '+15555550779' }));
    const unsubscribe = { contact: { accountId: 'X-4' }, channel: 'email' as const, optIn: false, source: 'unsubscribe-link', detail: { attemptKey: 'k-1' } };
    expect(await applyChannelOptOut(db(), unsubscribe)).toEqual(['X-4']);
    expect(await applyChannelOptOut(db(), unsubscribe)).toEqual([]);
    expect((await getAccount(db(), 'X-4'))!.compliance.optOuts).toEqual(['email']);
    expect((await getAccount(db(), 'X-5'))!.compliance.optOuts).toEqual([]);
    expect((await listAudit(db(), { action: 'opt_out', actorId: 'unsubscribe-link', limit: 5 })).map((r) => r.detail)).toEqual([{ accountId: 'X-4', channel: 'email', attemptKey: 'k-1' }]);
  });
});
