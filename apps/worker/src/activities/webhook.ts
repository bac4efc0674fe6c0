// Call another system: POST JSON signed with HMAC-SHA256 (`X-Kairos-Signature: t=<unix>,v1=<hex>` over
// "<t>.<body>"), carrying the step's idempotency key so the receiver can drop a retried call. The
// call goes out through the account's portfolio's outbound policy; a refused URL fails the step at
// once, with the reason, instead of being retried.
import { createHmac } from 'node:crypto';
import { callWebhookInput, type ActivityInput, type ActivityResult } from '@kairos/cadence';
import { renderTemplate } from '@kairos/cadence/templates';
import { findActivityEffect, getAccount, onceByKey, type KairosDb } from '@kairos/db';
import { describeUrl } from '@kairos/outbound';
import type { OutboundAnswer } from '@kairos/outbound/node';
import type { PortfolioOutbound } from '../channels/portfolio-outbound';
import { paramsOf } from './activity-params';
import { attemptNumber } from './attempt-clock';
import { collectorExtras } from './template-extras';

/** After this many failed attempts (5xx, timeouts, network), the step leaves by "failed" instead of retrying. */
export const WEBHOOK_ATTEMPTS = 5;

export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  return `t=${unixSeconds},v1=${createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex')}`;
}

export function createWebhookActivity(deps: { db: KairosDb; secret: string; now: () => Date; outbound: PortfolioOutbound }) {
  return async function callWebhook(input: ActivityInput): Promise<ActivityResult> {
    const p = paramsOf(callWebhookInput, input.params, 'callWebhook');
    const done = await findActivityEffect(deps.db, input.idempotencyKey);
    if (done) return { outcome: String(done.outcome), detail: { ...done, replayed: true } };
    const account = await getAccount(deps.db, input.accountId);
    if (!account) return { outcome: 'failed', detail: { reason: 'account no longer exists' } };

    let body: string;
    if (p.payload) {
      let rendered: string;
      try {
        rendered = renderTemplate(p.payload, account, deps.now().toISOString(), await collectorExtras(deps.db, account));
      } catch (err) {
        // A retry would render the same: an unknown variable, or a collector the portfolio does not name yet.
        return { outcome: 'failed', detail: { reason: `the payload template could not be rendered: ${(err as Error).message.split('\n')[0]}` } };
      }
      try {
        JSON.parse(rendered);
      } catch (err) {
        return { outcome: 'failed', detail: { reason: `the payload template did not render to JSON: ${(err as Error).message}` } };
      }
      body = rendered;
    } else {
      body = JSON.stringify({ event: 'kairos.step', idempotencyKey: input.idempotencyKey, enrollmentId: input.enrollmentId, stepId: input.stepId, account });
    }
    const t = Math.floor(deps.now().getTime() / 1000);
    // Messages and logs name the URL without its query string, which may carry a receiver's token.
    const where = describeUrl(p.url);
    const outbound = await deps.outbound.forPortfolio(account.portfolioId);
    let answer: OutboundAnswer;
    try {
      answer = await outbound.fetch(
        p.url,
        { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': input.idempotencyKey, 'x-kairos-signature': signWebhook(deps.secret, body, t) }, body },
        { timeoutMs: p.timeoutSeconds * 1000 },
      );
    } catch (err) {
      if (attemptNumber() < WEBHOOK_ATTEMPTS) throw new Error(`webhook ${where} did not answer: ${(err as Error).message}`);
      return record(deps.db, input, { outcome: 'failed', reason: `no answer after ${WEBHOOK_ATTEMPTS} attempts: ${(err as Error).message}` });
    }
    if (!answer.ok) return record(deps.db, input, { outcome: 'failed', refused: answer.refusal.code, reason: `the webhook URL is refused: ${answer.refusal.message}` });
    const status = answer.response.status;
    if (status >= 500 && attemptNumber() < WEBHOOK_ATTEMPTS) throw new Error(`webhook ${where} answered ${status}; retrying`);
    return record(deps.db, input, { outcome: status >= 200 && status < 300 ? 'ok' : 'failed', status });
  };
}

async function record(db: KairosDb, input: ActivityInput, result: { outcome: string } & Record<string, unknown>): Promise<ActivityResult> {
  const { result: stored } = await onceByKey(db, { idempotencyKey: input.idempotencyKey, activity: 'callWebhook', accountId: input.accountId }, async () => result);
  return { outcome: String(stored.outcome), detail: stored };
}
