import { z } from 'zod';
import { channelSchema } from '../../account';
import { defineNode, type NodeIssue } from '../../define-node';
import { checkTemplate } from '../../templates/check';
import { clip } from '../shared/summary-text';

export const SEND_MESSAGE_ACTIVITY = 'sendMessage';

// Ten concatenated SMS segments; longer texts are split unreliably by carriers. WhatsApp allows 4,096.
const MAX_BODY: Partial<Record<z.output<typeof channelSchema>, number>> = { sms: 1600, whatsapp: 4096, push: 240 };

const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as es or fr-CA');
const variantSchema = z.object({
  language: languageTag,
  subject: z.string().max(200).optional(),
  body: z.string().min(1, 'message body must not be empty').max(20_000),
});
const voiceSchema = z.object({
  mode: z.enum(['tts', 'prerecorded']).default('tts'),
  recordingUrl: z.url({ protocol: /^https?$/ }).optional(),
});

/** What to send on one channel: a default text and per-language variants. */
const channelMessageSchema = z.object({
  channel: channelSchema,
  subject: z.string().max(200).optional(),
  body: z.string().min(1, 'message body must not be empty').max(20_000),
  variants: z.array(variantSchema).max(20).default([]),
  voice: voiceSchema.optional(),
});
type ChannelMessage = z.output<typeof channelMessageSchema>;

function messageIssues(m: ChannelMessage, place: string): NodeIssue[] {
  const at = (f: string) => (place ? `${place}.${f}` : f);
  const issues: NodeIssue[] = [];
  if (m.channel === 'email' && !m.subject?.trim()) issues.push({ code: 'missing-subject', field: at('subject'), message: 'an email needs a subject' });
  if (m.channel === 'voice' && m.voice?.mode === 'prerecorded' && !m.voice.recordingUrl) {
    issues.push({ code: 'missing-recording', field: at('voice.recordingUrl'), message: 'a prerecorded call needs the URL of its recording' });
  }
  const max = MAX_BODY[m.channel];
  const texts = [{ field: at('body'), body: m.body, subject: m.subject, subjectField: at('subject') }, ...m.variants.map((v, i) => ({
    field: at(`variants.${i}.body`), body: v.body, subject: v.subject, subjectField: at(`variants.${i}.subject`),
  }))];
  for (const t of texts) {
    if (max !== undefined && t.body.length > max) {
      issues.push({ code: `${m.channel}-too-long`, field: t.field, message: `a ${m.channel} message may have at most ${max} characters (has ${t.body.length})` });
    }
    for (const p of checkTemplate(t.body)) issues.push({ code: 'template', field: t.field, message: p.message });
    if (t.subject) for (const p of checkTemplate(t.subject)) issues.push({ code: 'template', field: t.subjectField, message: p.message });
  }
  const languages = new Set<string>();
  m.variants.forEach((v, i) => {
    if (languages.has(v.language)) issues.push({ code: 'duplicate-language', field: at(`variants.${i}.language`), message: `there is already a ${v.language} variant` });
    languages.add(v.language);
  });
  return issues;
}

const compileMessage = (m: ChannelMessage) => ({
  channel: m.channel,
  body: m.body,
  ...(m.subject !== undefined ? { subject: m.subject } : {}),
  ...(m.variants.length ? { variants: m.variants } : {}),
  ...(m.voice ? { voice: m.voice } : {}),
});

const sentMessage = z.object({
  channel: channelSchema,
  subject: z.string().optional(),
  body: z.string(),
  variants: z.array(z.object({ language: z.string(), subject: z.string().optional(), body: z.string() })).optional(),
  voice: z.object({ mode: z.enum(['tts', 'prerecorded']).optional(), recordingUrl: z.string().optional() }).optional(),
});
/** The params its activity accepts (the worker parses them with this schema); the notice workflow's activity sends through it too. */
export const sendMessageInput = sentMessage.extend({
  fallback: z.array(sentMessage).optional(),
  undeliveredOutcome: z.string().default('next'),
  /** A receipt or confirmation (sendNotice): sent whatever the balance, since paying is what it confirms. */
  notice: z.boolean().default(false),
});

/** Send a message from a Liquid template on one channel, in the account's language, falling back to other channels. */
export const sendMessageNode = defineNode({
  kind: 'send-message',
  title: 'Send message',
  category: 'message',
  icon: 'message',
  description: 'SMS, email, voice call, WhatsApp, push or letter from a template such as "Hi {{ account.firstName }}", per language, with fallback channels.',
  config: channelMessageSchema.extend({
    /** Tried in order when the channel is not allowed (consent, opt-out, no contact point) or fails. */
    fallback: z.array(channelMessageSchema).max(5).default([]),
    /** What happens when no channel could deliver: carry on, or leave by an "Undelivered" outcome. */
    onUndelivered: z.enum(['continue', 'branch']).default('continue'),
  }),
  defaults: {
    channel: 'sms',
    body: 'Hi {{ account.firstName }}, your balance of {{ account.amountDue }} is due {{ account.dueDate }}. Pay: {{ paymentLink }} Reply STOP to opt out.',
  },
  outcomes: (c) => [{ id: 'next', label: 'Sent' }, ...(c.onUndelivered === 'branch' ? [{ id: 'undelivered', label: 'Undelivered' }] : [])],
  activity: SEND_MESSAGE_ACTIVITY,
  // With fallback channels it waits for the first channel's delivery receipt before trying the next.
  waitsForReceipt: true,
  activityInput: sendMessageInput,
  ui: {
    body: { widget: 'template', label: 'Message' },
    subject: { label: 'Subject / title', help: 'Email subject, push title or letter heading.' },
    variants: { label: 'Language variants', help: 'Chosen by the account\'s language (es-MX falls back to es, then to the default).' },
    fallback: { label: 'Fallback channels', help: 'Tried in order when this channel is not allowed or fails.' },
    onUndelivered: { label: 'When nothing could be delivered' },
    // The same template editor for the message's language variants and fallbacks (keys are paths without list indexes).
    'variants.body': { widget: 'template', label: 'Message' },
    'fallback.body': { widget: 'template', label: 'Message' },
    'fallback.variants.body': { widget: 'template', label: 'Message' },
  },
  validate: (c) => {
    const issues = messageIssues(c, '');
    const channels = new Set([c.channel]);
    c.fallback.forEach((f, i) => {
      if (channels.has(f.channel)) issues.push({ code: 'duplicate-channel', field: `fallback.${i}.channel`, message: `${f.channel} is already tried before this fallback` });
      channels.add(f.channel);
      issues.push(...messageIssues(f, `fallback.${i}`));
    });
    return issues;
  },
  summary: (c) => {
    const fallback = Array.isArray(c.fallback) && c.fallback.length ? ` (then ${c.fallback.map((f: { channel?: string }) => String(f.channel ?? '?').toUpperCase()).join(', ')})` : '';
    return `${String(c.channel ?? '').toUpperCase()}${fallback}: ${clip(String(c.subject || c.body || ''))}`;
  },
  // Sandbox channels deliver: the simulation follows the "Sent" path.
  simulate: () => ({ outcome: 'next' }),
  compile: (c) => ({
    op: 'activity',
    activity: SEND_MESSAGE_ACTIVITY,
    input: {
      ...compileMessage(c),
      ...(c.fallback.length ? { fallback: c.fallback.map(compileMessage) } : {}),
      undeliveredOutcome: c.onUndelivered === 'branch' ? 'undelivered' : 'next',
    },
    outcomes: c.onUndelivered === 'branch' ? ['next', 'undelivered'] : ['next'],
  }),
});
