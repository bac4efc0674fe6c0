import { z } from 'zod';
import { defineNode } from '../../define-node';
import { templateIssues } from '../shared/template-issues';
import { clip } from '../shared/summary-text';

export const CALL_WEBHOOK_ACTIVITY = 'callWebhook';

// Only the shape here: whether Kairos may call the URL (https, a host the portfolios allow, no
// private address) is the outbound policy's to say, in the lint at design time and again when sending.
const webhookUrl = z.url({ protocol: /^https?$/, error: 'give the full URL, e.g. https://crm.example.com/kairos-hook' });

// The params its activity accepts (the worker parses them with this schema).
export const callWebhookInput = z.object({ url: z.url(), payload: z.string().optional(), timeoutSeconds: z.number().int().positive() });

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
  activity: CALL_WEBHOOK_ACTIVITY,
  activityInput: callWebhookInput,
  outboundUrls: (c) => [{ field: 'url', url: c.url }],
  ui: { payload: { widget: 'template', label: 'JSON body (Liquid)', help: 'Leave empty to send the account and step as JSON.' } },
  validate: (c) => templateIssues(c.payload, 'payload'),
  summary: (c) => `POST ${clip(String(c.url ?? ''), 50)}`,
  simulate: () => ({ outcome: 'ok' }),
  compile: (c) => ({ op: 'activity', activity: CALL_WEBHOOK_ACTIVITY, input: { ...c }, outcomes: ['ok', 'failed'] }),
});
