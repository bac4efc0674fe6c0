import { z } from 'zod';
import { defineNode } from '../define-node';
import type { CadenceSignal, ExitReason } from '../interpreter/ir';

const exitSignals = z.enum(['paid', 'dispute', 'promise']);
const REASON: Record<z.output<typeof exitSignals>, ExitReason> = { paid: 'paid', dispute: 'dispute', promise: 'promise' };

/** Where every enrollment starts; also says which account events end the cadence wherever it is. */
export const entryNode = defineNode({
  kind: 'entry',
  title: 'Entry',
  category: 'entry',
  icon: 'play',
  description: 'Accounts enter the cadence here when enrolled through the API.',
  config: z.object({
    trigger: z.literal('api').default('api'),
    exitOn: z.array(exitSignals).max(3).default(['paid']),
  }),
  defaults: { trigger: 'api', exitOn: ['paid'] },
  outcomes: [{ id: 'next', label: 'Start' }],
  ui: { exitOn: { label: 'End the cadence when', help: 'A full payment should always end collection outreach.' } },
  validate: (c) =>
    c.exitOn.includes('paid')
      ? []
      : [{ code: 'no-exit-on-payment', field: 'exitOn', severity: 'warning', message: 'the cadence keeps contacting accounts after they pay in full' }],
  compile: (c) => ({
    run: { op: 'goto', outcome: 'next' },
    interrupts: Object.fromEntries(c.exitOn.map((s) => [s as CadenceSignal, REASON[s]])),
  }),
});
