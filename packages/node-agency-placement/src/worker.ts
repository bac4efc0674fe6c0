// The worker half: the activity that calls Acme's intake API. Loaded only by workers (Node), never by the browser.
// It calls out through `ctx.fetch`, so the account's portfolio's outbound policy applies (never plain fetch).
import { z } from 'zod';
import type { ActivityInput, ActivityResult, NodeActivityContext, NodeFetchAnswer, WorkerNodePackage } from '@kairos/cadence';
import { AGENCY_PLACEMENT_ACTIVITY, agencyPlacementInput } from './nodes';

const answer = z.object({ accepted: z.boolean(), agencyReference: z.string().optional(), reason: z.string().optional() });

/** After this many failed attempts (5xx, network), the step leaves by "rejected" instead of retrying. */
export const PLACEMENT_ATTEMPTS = 5;

export const workerPackage: WorkerNodePackage = {
  name: '@kairos-example/agency-placement',
  activities: (ctx: NodeActivityContext) => ({
    async [AGENCY_PLACEMENT_ACTIVITY](input: ActivityInput): Promise<ActivityResult> {
      const p = agencyPlacementInput.parse(input.params);
      const account = await ctx.account(input.accountId);
      if (!account) return { outcome: 'rejected', detail: { reason: 'account no longer exists' } };
      if (account.balanceCents < p.minBalanceCents) {
        return { outcome: 'rejected', detail: { reason: `balance ${account.balanceCents} is below the placement minimum ${p.minBalanceCents}` } };
      }
      const apiKey = ctx.secret('ACME_AGENCY_API_KEY');
      if (!apiKey) throw new Error('ACME_AGENCY_API_KEY is not set on this worker: Acme placements cannot be sent');
      let call: NodeFetchAnswer;
      try {
        call = await ctx.fetch(input.accountId, p.endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}`, 'idempotency-key': input.idempotencyKey },
          body: JSON.stringify({ portfolio: p.portfolioCode, reference: account.id, debtor: account.name, balance: { amountCents: account.balanceCents, currency: account.currency } }),
          timeoutMs: 10_000,
        });
      } catch (err) {
        if (ctx.attempt() < PLACEMENT_ATTEMPTS) throw new Error(`Acme intake did not answer: ${(err as Error).message}`);
        return { outcome: 'rejected', detail: { reason: `Acme intake did not answer after ${PLACEMENT_ATTEMPTS} attempts` } };
      }
      // Refused by the outbound policy (e.g. the portfolio does not allow Acme's host): retrying cannot help.
      if (!call.ok) return { outcome: 'rejected', detail: { reason: `the intake URL is refused: ${call.refusal.message}` } };
      const res = call.response;
      if (res.status >= 500 && ctx.attempt() < PLACEMENT_ATTEMPTS) throw new Error(`Acme intake answered ${res.status}; retrying`);
      const body = answer.safeParse(await res.json().catch(() => null));
      if (!res.ok || !body.success) return { outcome: 'rejected', detail: { reason: `Acme intake answered ${res.status}${body.success ? '' : ' without a placement decision'}` } };
      return body.data.accepted
        ? { outcome: 'placed', detail: { agencyReference: body.data.agencyReference ?? null } }
        : { outcome: 'rejected', detail: { reason: body.data.reason ?? 'rejected by Acme' } };
    },
  }),
};
