// Twilio's status callbacks as delivery receipts: message statuses (queued … delivered, undelivered,
// failed, read) and call statuses (initiated … completed, busy, no-answer, failed, canceled).
import type { DeliveryStatus, NewDeliveryReceipt } from '../receipts';

const MESSAGE: Record<string, DeliveryStatus> = {
  accepted: 'queued', scheduled: 'queued', queued: 'queued', sending: 'sent', sent: 'sent',
  delivered: 'delivered', read: 'delivered', undelivered: 'failed', failed: 'failed', canceled: 'failed',
};
const CALL: Record<string, { status: DeliveryStatus; outcome?: string }> = {
  queued: { status: 'queued' }, initiated: { status: 'queued' }, ringing: { status: 'queued' }, 'in-progress': { status: 'sent' },
  completed: { status: 'delivered', outcome: 'conversation' }, busy: { status: 'failed', outcome: 'busy' },
  'no-answer': { status: 'failed', outcome: 'no_answer' }, failed: { status: 'failed', outcome: 'failed' }, canceled: { status: 'failed', outcome: 'failed' },
};

/** A receipt from the callback's form parameters; null when it names no message or call Kairos understands. */
export function twilioReceipt(p: Record<string, string>): NewDeliveryReceipt | { ignored: string } {
  const messageSid = p.MessageSid ?? p.SmsSid;
  if (messageSid) {
    const raw = (p.MessageStatus ?? p.SmsStatus ?? '').toLowerCase();
    const status = MESSAGE[raw];
    if (!status) return { ignored: `unknown message status "${raw}"` };
    return {
      provider: 'twilio',
      receiptKey: `${messageSid}:${raw}`,
      providerMessageId: messageSid,
      status,
      providerStatus: raw,
      ...(status === 'failed' ? { outcome: 'failed', error: `Twilio: ${raw}${p.ErrorCode ? ` (error ${p.ErrorCode}${p.ErrorMessage ? `: ${p.ErrorMessage}` : ''})` : ''}` } : {}),
      payload: p,
    };
  }
  if (p.CallSid) {
    const raw = (p.CallStatus ?? '').toLowerCase();
    const mapped = CALL[raw];
    if (!mapped) return { ignored: `unknown call status "${raw}"` };
    const voicemail = raw === 'completed' && /^machine/.test(p.AnsweredBy ?? '');
    return {
      provider: 'twilio',
      receiptKey: `${p.CallSid}:${raw}`,
      providerMessageId: p.CallSid,
      status: mapped.status,
      providerStatus: raw,
      ...(mapped.outcome ? { outcome: voicemail ? 'voicemail' : mapped.outcome } : {}),
      ...(mapped.status === 'failed' ? { error: `Twilio: the call ended ${raw}` } : {}),
      payload: p,
    };
  }
  return { ignored: 'no MessageSid or CallSid' };
}
