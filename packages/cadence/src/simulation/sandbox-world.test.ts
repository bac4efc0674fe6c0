import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { accountSnapshotSchema } from '../account';
import { defineNode } from '../define-node';
import { builtInRegistry } from '../nodes/index';
import { sandboxActivityResult } from './sandbox-world';

const account = accountSnapshotSchema.parse({ id: 'A-1', name: 'Dana Smith', balanceCents: 4_000, dueDate: '2026-03-01' });
const input = (params: Record<string, unknown>) => ({ idempotencyKey: 'e:s:1', enrollmentId: 'e', accountId: 'A-1', stepId: 's', attempt: 1, params });

describe('simulated activity answers', () => {
  it('come from the kind whose activity it is', () => {
    expect(sandboxActivityResult('offerPaymentPlan', input({ minInstallmentCents: 2_500 }), account)).toEqual({ outcome: 'not_eligible' });
    expect(sandboxActivityResult('offerPaymentPlan', input({ minInstallmentCents: 1_500 }), account)).toEqual({ outcome: 'offered' });
    expect(sandboxActivityResult('extendDueDate', input({ days: 14 }), account)).toEqual({ outcome: 'next', account: { ...account, dueDate: '2026-03-15' } });
  });

  it('are unknown for an activity no kind in the registry names', () => {
    expect(sandboxActivityResult('acmeAgencyPlacement', input({}), account)).toBeUndefined();
  });

  it('come from a custom kind in the registry it is given', () => {
    const custom = defineNode({
      kind: 'acme/place',
      title: 'Place',
      category: 'action',
      description: 'Place the account with an agency.',
      config: z.object({}),
      defaults: {},
      outcomes: [{ id: 'placed', label: 'Placed' }, { id: 'rejected', label: 'Rejected' }],
      activity: 'acmePlace',
      summary: () => 'Place with Acme',
      simulate: (_p, a) => ({ outcome: a.balanceCents >= 10_000 ? 'placed' : 'rejected' }),
      compile: () => ({ op: 'activity', activity: 'acmePlace', input: {}, outcomes: ['placed', 'rejected'] }),
    });
    expect(sandboxActivityResult('acmePlace', input({}), account, builtInRegistry.with(custom))).toEqual({ outcome: 'rejected' });
  });
});
