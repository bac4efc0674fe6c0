import { z } from 'zod';
import { defineNode, type NodeIssue } from '../define-node';
import { checkTemplate } from '../templates/check';

export const SEND_MESSAGE_ACTIVITY = 'sendMessage';
const SMS_MAX = 1600; // ten concatenated segments; longer texts are split unreliably by carriers

/** Send an SMS or email rendered from a Liquid template over the account's fields. */
export const sendMessageNode = defineNode({
  kind: 'send-message',
  title: 'Send message',
  category: 'message',
  icon: 'message',
  description: 'Send an SMS or an email from a template such as "Hi {{ account.firstName }}".',
  config: z.object({
    channel: z.enum(['sms', 'email']),
    subject: z.string().max(200).optional(),
    body: z.string().min(1, 'message body must not be empty').max(20_000),
  }),
  defaults: {
    channel: 'sms',
    body: 'Hi {{ account.firstName }}, your balance of {{ account.amountDue }} is due {{ account.dueDate }}. Pay: {{ paymentLink }} Reply STOP to opt out.',
  },
  outcomes: [{ id: 'next', label: 'Sent' }],
  activity: SEND_MESSAGE_ACTIVITY,
  ui: { body: { widget: 'template', label: 'Message' }, subject: { label: 'Email subject' } },
  validate: (c) => {
    const issues: NodeIssue[] = [];
    if (c.channel === 'email' && !c.subject?.trim()) {
      issues.push({ code: 'missing-subject', field: 'subject', message: 'an email needs a subject' });
    }
    if (c.channel === 'sms' && c.body.length > SMS_MAX) {
      issues.push({ code: 'sms-too-long', field: 'body', message: `an SMS may have at most ${SMS_MAX} characters (has ${c.body.length})` });
    }
    for (const p of checkTemplate(c.body)) issues.push({ code: 'template', field: 'body', message: p.message });
    if (c.subject) for (const p of checkTemplate(c.subject)) issues.push({ code: 'template', field: 'subject', message: p.message });
    return issues;
  },
  compile: (c) => ({
    op: 'activity',
    activity: SEND_MESSAGE_ACTIVITY,
    input: { channel: c.channel, body: c.body, ...(c.subject !== undefined ? { subject: c.subject } : {}) },
    outcomes: ['next'],
  }),
});
