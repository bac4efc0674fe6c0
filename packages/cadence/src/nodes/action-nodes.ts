// Actions on the world outside the cadence: agents, agencies, the account record and other systems.
import { z } from 'zod';
import { defineNode, type NodeIssue } from '../define-node';
import { checkTemplate } from '../templates/check';
import { BUILT_IN_ACTIVITIES as A } from './activity-names';

const templateIssues = (source: string | undefined, field: string): NodeIssue[] =>
  source === undefined ? [] : checkTemplate(source).map((p) => ({ code: 'template', field, message: p.message }));

export const agentTaskNode = defineNode({
  kind: 'agent-task',
  title: 'Create agent task',
  category: 'action',
  icon: 'headset',
  description: 'Put the account in an agent\'s call queue with a priority and a note, for a live conversation.',
  config: z.object({
    queue: z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'queue names are lowercase letters, digits and dashes').default('collections'),
    priority: z.enum(['low', 'normal', 'high', 'urgent']).default('normal'),
    note: z.string().min(1).max(2000),
    dueInHours: z.number().int().min(1).max(720).default(24),
  }),
  defaults: { queue: 'collections', priority: 'normal', note: 'Call {{ account.firstName }} about {{ account.amountDue }} ({{ account.dpd }} DPD).', dueInHours: 24 },
  outcomes: [{ id: 'next', label: 'Queued' }],
  activity: A.createAgentTask,
  ui: { note: { widget: 'template', label: 'Note for the agent' } },
  validate: (c) => templateIssues(c.note, 'note'),
  compile: (c) => ({ op: 'activity', activity: A.createAgentTask, input: { ...c }, outcomes: ['next'] }),
});

export const escalateNode = defineNode({
  kind: 'escalate',
  title: 'Escalate',
  category: 'action',
  icon: 'gavel',
  description: 'Place the account with a collection agency or legal, after a compliance check (no open dispute or cease request).',
  config: z.object({
    to: z.enum(['agency', 'legal']),
    partner: z.string().min(1).max(120),
    minBalanceCents: z.number().int().min(0).default(0),
  }),
  defaults: { to: 'agency', partner: 'Acme Recoveries', minBalanceCents: 5_000 },
  outcomes: [
    { id: 'placed', label: 'Placed' },
    { id: 'blocked', label: 'Not allowed' },
  ],
  activity: A.escalateAccount,
  compile: (c) => ({ op: 'activity', activity: A.escalateAccount, input: { ...c }, outcomes: ['placed', 'blocked'] }),
});

const attributeName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,40}$/, 'attribute names are letters, digits and _');

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
  activity: A.updateAccount,
  compile: (c) => ({ op: 'activity', activity: A.updateAccount, input: { set: c.set }, outcomes: ['next'] }),
});

// Only the shape here: whether Kairos may call the URL (https, a host the portfolios allow, no
// private address) is the outbound policy's to say, in the lint at design time and again when sending.
const webhookUrl = z.url({ protocol: /^https?$/, error: 'give the full URL, e.g. https://crm.example.com/kairos-hook' });

export const webhookNode = defineNode({
  kind: 'webhook',
  title: 'Call webhook',
  category: 'action',
  icon: 'plug',
  description: 'POST the account and step to another system (signed with HMAC-SHA256, with an idempotency key); 2xx is success.',
  config: z.object({ url: webhookUrl, payload: z.string().max(10_000).optional(), timeoutSeconds: z.number().int().min(1).max(30).default(10) }),
  defaults: { url: 'https://example.com/kairos-hook' },
  outcomes: [
    { id: 'ok', label: 'Succeeded' },
    { id: 'failed', label: 'Failed' },
  ],
  activity: A.callWebhook,
  outboundUrls: (c) => [{ field: 'url', url: c.url }],
  ui: { payload: { widget: 'template', label: 'JSON body (Liquid)', help: 'Leave empty to send the account and step as JSON.' } },
  validate: (c) => templateIssues(c.payload, 'payload'),
  compile: (c) => ({ op: 'activity', activity: A.callWebhook, input: { ...c }, outcomes: ['ok', 'failed'] }),
});
