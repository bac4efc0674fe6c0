import { z } from 'zod';
import { defineNode } from '../../define-node';
import { plural } from '../shared/summary-text';

/** Jump back with a cap: a loop that ends by itself after N more rounds. The loop still needs a Wait. */
export const repeatNode = defineNode({
  kind: 'repeat',
  title: 'Repeat',
  category: 'logic',
  icon: 'repeat',
  description: 'Go back to an earlier step up to N more times, then carry on. Put a Wait inside the loop.',
  config: z.object({ times: z.number().int().min(1).max(20) }),
  defaults: { times: 2 },
  outcomes: [
    { id: 'again', label: 'Again' },
    { id: 'done', label: 'Done' },
  ],
  ui: { times: { label: 'Extra rounds', help: 'Wire "Again" back to where the loop starts.' } },
  summary: (c) => plural(Number(c.times ?? 0), 'extra round'),
  compile: (c) => ({ op: 'repeat', times: c.times, again: 'again', done: 'done' }),
});
