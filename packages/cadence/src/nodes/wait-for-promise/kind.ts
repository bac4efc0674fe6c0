import { z } from 'zod';
import { defineNode } from '../../define-node';
import { plural } from '../shared/summary-text';

/** Follow up a promise to pay: kept when the promised amount arrives by its date (plus grace), else broken. */
export const waitForPromiseNode = defineNode({
  kind: 'wait-for-promise',
  title: 'Promise kept?',
  category: 'payment',
  icon: 'handshake',
  description: 'Wait until the promised date of the latest promise to pay; kept if the promised amount was paid, broken if not.',
  config: z.object({ graceDays: z.number().int().min(0).max(10).default(1) }),
  defaults: { graceDays: 1 },
  outcomes: [
    { id: 'kept', label: 'Kept' },
    { id: 'broken', label: 'Broken' },
    { id: 'none', label: 'No promise on file' },
  ],
  ui: { graceDays: { label: 'Grace days', help: 'Days after the promised date before the promise counts as broken.' } },
  summary: (c) => `Promised date + ${plural(Number(c.graceDays ?? 1), 'grace day')}`,
  compile: (c) => ({ op: 'waitForPromise', graceDays: c.graceDays, kept: 'kept', broken: 'broken', none: 'none' }),
});
