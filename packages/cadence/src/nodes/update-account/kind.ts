import { z } from 'zod';
import { defineNode } from '../../define-node';
import type { AccountSnapshot } from '../../account';

const attributeName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,40}$/, 'attribute names are letters, digits and _');

export const UPDATE_ACCOUNT_ACTIVITY = 'updateAccount';

// The params its activity accepts (the worker parses them with this schema).
export const updateAccountInput = z.object({ set: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])) });

export const updateAccountNode = defineNode({
  kind: 'update-account',
  title: 'Tag / update account',
  category: 'action',
  icon: 'tag',
  description: 'Set account attributes (tags such as hardship=true, segment, next action) that later branches and reports read.',
  config: z.object({
    set: z
      .record(attributeName, z.union([z.string().max(200), z.number(), z.boolean(), z.null()]))
      .refine((r) => Object.keys(r).length > 0, 'set at least one attribute'),
  }),
  defaults: { set: { contactedByCadence: true } },
  outcomes: [{ id: 'next', label: 'Updated' }],
  activity: UPDATE_ACCOUNT_ACTIVITY,
  activityInput: updateAccountInput,
  summary: (c) => `Sets ${Object.keys(c.set ?? {}).join(', ') || 'nothing'}`,
  simulate: (p, account) => ({ outcome: 'next', account: { ...account, attributes: { ...account.attributes, ...(p.set as AccountSnapshot['attributes']) } } }),
  compile: (c) => ({ op: 'activity', activity: UPDATE_ACCOUNT_ACTIVITY, input: { set: c.set }, outcomes: ['next'] }),
});
