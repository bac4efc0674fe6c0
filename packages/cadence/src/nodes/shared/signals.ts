import { z } from 'zod';
import type { CadenceSignal } from '../../interpreter/ir';

/** How the editor names each account signal a step can wait for or end on. */
export const SIGNAL_LABELS: Record<CadenceSignal, string> = {
  paid: 'Paid in full',
  partial_payment: 'Partial payment',
  payment_failed: 'Payment failed',
  promise: 'Promise to pay',
  plan_accepted: 'Plan accepted',
  plan_broken: 'Plan broken (installment missed)',
  dispute: 'Dispute',
  dispute_resolved: 'Dispute resolved',
  reply: 'Reply',
};

export const signalSchema = z.enum(['paid', 'partial_payment', 'payment_failed', 'promise', 'plan_accepted', 'plan_broken', 'dispute', 'dispute_resolved', 'reply']);
