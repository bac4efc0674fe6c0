import { expect, it } from 'vitest';
import { classifyInboundMessage } from '@kairos/compliance';
import { listAccountEvents } from './account-events';
import { getAccount, upsertAccount } from './accounts';
import { listAudit } from '../audit/audit';
import { listConsentLedger, receiveInboundMessage, type InboundMessage } from './consent-ledger';
import { account } from '../fixtures.test-support';
import { describeEachDatabase } from '../testing';

describeEachDatabase('the consent ledger', (db) => {
  const text = (messageId: string, body: string, over: Partial<InboundMessage> = {}): InboundMessage => ({
    portfolioId: 'texts',
    provider: 'twilio',
    messageId,
    channel: 'sms',
    from: '+15555550900',
    to: '+15550009999',
    text: body,
    receivedAt: new Date('2026-11-24T12:00:00Z'),
    consent: classifyInboundMessage(body),
    ...over,
  });

  it('records a STOP with what it did, opting out every account of the portfolio at the number in the same transaction', async () => {
    await upsertAccount(db(), account('K-1', { phone: '+15555550900', portfolioId: 'texts' }));
    await upsertAccount(db(), account('K-2', { phone: '+15555550900', portfolioId: 'texts' }));
    await upsertAccount(db(), account('K-3', { phone: '+15555550900', portfolioId: 'other' }));
    const stop = await receiveInboundMessage(db(), text('SMk-1', 'STOP'));
    expect(stop).toMatchObject({
      duplicate: false,
      entry: { keywordClass: 'stop', keyword: 'STOP', consentEffect: 'opt_out', fromContact: '+15555550900', toContact: '+15550009999', accountIds: ['K-1', 'K-2'], changedAccountIds: ['K-1', 'K-2'] },
    });
    expect(stop.duplicate === false && stop.replies.map((r) => [r.accountId, r.type, r.payload.text])).toEqual([['K-1', 'reply', 'STOP'], ['K-2', 'reply', 'STOP']]);
    expect((await getAccount(db(), 'K-1'))!.compliance.optOuts).toEqual(['sms']);
    expect((await getAccount(db(), 'K-3'))!.compliance.optOuts).toEqual([]);
    expect((await listAudit(db(), { action: 'opt_out', limit: 10 })).filter((a) => a.detail.messageId === 'SMk-1').map((a) => a.detail.accountId).sort()).toEqual(['K-1', 'K-2']);
  });

  it('does nothing for a message id it has seen, whatever the message says now', async () => {
    const replayed = await receiveInboundMessage(db(), text('SMk-1', 'START'));
    expect(replayed).toMatchObject({ duplicate: true, entry: { messageId: 'SMk-1', keywordClass: 'stop' } });
    expect((await getAccount(db(), 'K-1'))!.compliance.optOuts).toEqual(['sms']);
    expect(await listAudit(db(), { action: 'opt_in', limit: 10 })).toEqual([]);
    expect((await listAccountEvents(db(), 'K-1')).filter((e) => e.type === 'reply')).toHaveLength(1);
  });

  it('keeps a START that came before a later STOP from undoing it when replayed', async () => {
    await receiveInboundMessage(db(), text('SMk-2', 'start', { receivedAt: new Date('2026-11-24T13:00:00Z') }));
    expect((await getAccount(db(), 'K-1'))!.compliance.optOuts).toEqual([]);
    await receiveInboundMessage(db(), text('SMk-3', 'stop', { receivedAt: new Date('2026-11-24T14:00:00Z') }));
    expect((await receiveInboundMessage(db(), text('SMk-2', 'start', { receivedAt: new Date('2026-11-24T15:00:00Z') }))).duplicate).toBe(true);
    expect((await getAccount(db(), 'K-1'))!.compliance.optOuts).toEqual(['sms']);
    expect((await listConsentLedger(db(), { portfolioId: 'texts', from: '+15555550900' })).map((m) => [m.messageId, m.consentEffect, m.changedAccountIds])).toEqual([
      ['SMk-1', 'opt_out', ['K-1', 'K-2']],
      ['SMk-2', 'opt_in', ['K-1', 'K-2']],
      ['SMk-3', 'opt_out', ['K-1', 'K-2']],
    ]);
  });

  it('records a reply and a HELP with no consent effect, and keeps each portfolio\'s message ids apart', async () => {
    await upsertAccount(db(), account('K-4', { phone: '+15555550901', portfolioId: 'texts' }));
    const help = await receiveInboundMessage(db(), text('SMk-4', 'HELP', { from: '+15555550901' }));
    expect(help).toMatchObject({ duplicate: false, entry: { keywordClass: 'help', consentEffect: 'none', accountIds: ['K-4'], changedAccountIds: [] } });
    // The same id through another portfolio's webhook is that portfolio's message (K-3 is the only account there).
    const elsewhere = await receiveInboundMessage(db(), text('SMk-4', 'STOP', { portfolioId: 'other' }));
    expect(elsewhere).toMatchObject({ duplicate: false, entry: { portfolioId: 'other', changedAccountIds: ['K-3'] } });
    expect((await getAccount(db(), 'K-4'))!.compliance.optOuts).toEqual([]);
    expect((await getAccount(db(), 'K-3'))!.compliance.optOuts).toEqual(['sms']);
  });

  it('records a message from a number with no account, doing nothing else', async () => {
    const stranger = await receiveInboundMessage(db(), text('SMk-5', 'STOP', { from: '+15555550999' }));
    expect(stranger).toMatchObject({ duplicate: false, entry: { keywordClass: 'stop', accountIds: [], changedAccountIds: [] }, replies: [] });
  });
});
