import { proxyActivities, sleep } from '@temporalio/workflow';
import { SEND_NOTICE_ACTIVITY, type NoticeInput, type NoticeResult } from './contract';
import { msUntil } from './workflow-clock';

type NoticeActivities = Record<typeof SEND_NOTICE_ACTIVITY, (input: NoticeInput) => Promise<NoticeResult | { retryAt: string; reason: string }>>;

const { sendNotice } = proxyActivities<NoticeActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '20 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/** Sends never give up on a deferral (quiet hours): a receipt goes out at the first allowed moment. */
const MAX_DEFERRALS = 30;

/** A receipt or confirmation for one account event, sent through the same compliance gate as cadences. */
export async function accountNotice(input: NoticeInput): Promise<NoticeResult> {
  for (let i = 0; i < MAX_DEFERRALS; i++) {
    const r = await sendNotice(input);
    if (!('retryAt' in r)) return r;
    await sleep(Math.max(1, msUntil(r.retryAt)));
  }
  return { outcome: 'undelivered', detail: { reason: `deferred ${MAX_DEFERRALS} times` } };
}
