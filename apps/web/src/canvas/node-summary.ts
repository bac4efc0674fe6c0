// One line under a node's title saying what it does with its current config ("Wait 3 days").
import type { NodeKind } from '@kairos/cadence';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function duration(d: unknown): string {
  const { days = 0, hours = 0, minutes = 0 } = (d ?? {}) as { days?: number; hours?: number; minutes?: number };
  const parts = [days ? plural(days, 'day') : '', hours ? plural(hours, 'hour') : '', minutes ? plural(minutes, 'minute') : ''].filter(Boolean);
  return parts.join(' ') || 'no time';
}

function trigger(t: unknown): string {
  const { type, days, when } = (t ?? {}) as { type?: string; days?: number; when?: unknown[] };
  if (type === 'segment') return `When an account matches ${plural(Array.isArray(when) ? when.length : 0, 'condition')}`;
  if (type === 'dpd') return `At ${days ?? '?'} days past due`;
  if (type === 'preDue') return `${plural(Number(days ?? 0), 'day')} before the due date`;
  return 'Enrolled through the API';
}

const clip = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const words = (list: unknown) => (Array.isArray(list) ? list.map((x) => String(x).replace(/_/g, ' ')).join(', ') : '');

/** A short description of a node; never throws, whatever state the config is in. */
export function nodeSummary(kind: NodeKind | undefined, config: Record<string, unknown>): string {
  if (!kind) return 'This node kind is not installed here.';
  const c = config as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- read defensively below
  switch (kind.kind) {
    case 'entry':
      return `${trigger(c.trigger)} · ends on ${words(c.exitOn) || 'nothing'}`;
    case 'wait':
      if (c.mode === 'dueDate') {
        const n = Number(c.offsetDays ?? 0);
        const when = n === 0 ? 'on the due date' : `${plural(Math.abs(n), 'day')} ${n < 0 ? 'before' : 'after'} the due date`;
        return `Until ${when} at ${c.localTime ?? '10:00'}`;
      }
      if (c.mode === 'window') return `Until ${words(c.days) || 'no day'} ${c.from ?? '?'}–${c.to ?? '?'}`;
      return `Wait ${duration(c.duration)}`;
    case 'wait-for-event':
      return `For ${words(c.events) || 'no event'}, up to ${duration(c.timeout)}`;
    case 'send-message': {
      const fallback = Array.isArray(c.fallback) && c.fallback.length ? ` (then ${c.fallback.map((f: { channel?: string }) => String(f.channel ?? '?').toUpperCase()).join(', ')})` : '';
      return `${String(c.channel ?? '').toUpperCase()}${fallback}: ${clip(String(c.subject || c.body || ''))}`;
    }
    case 'payment-link':
      return `${c.amount?.type === 'fixed' ? `$${(Number(c.amount.cents) / 100).toFixed(2)}` : c.amount?.type === 'percent' ? `${c.amount.percent}% of the balance` : 'The balance'}, valid ${plural(Number(c.expiresInDays ?? 14), 'day')}`;
    case 'payment-plan':
      return `Up to ${c.maxInstallments ?? '?'} ${c.frequency ?? 'monthly'} installments`;
    case 'prompt-pay-discount':
      return `${c.percent ?? '?'}% off if paid within ${plural(Number(c.validDays ?? 0), 'day')}`;
    case 'deadline-extension':
      return `Extend the due date by ${plural(Number(c.days ?? 0), 'day')}`;
    case 'wait-for-promise':
      return `Promised date + ${plural(Number(c.graceDays ?? 1), 'grace day')}`;
    case 'tier-split':
      return Array.isArray(c.tiers) ? `${plural(c.tiers.length, 'tier')}, first match wins` : 'No tiers';
    case 'ab-split':
      return Array.isArray(c.arms) ? c.arms.map((a: { label?: string; weight?: number }) => `${a.label ?? '?'} ${a.weight ?? 0}%`).join(' / ') : 'No arms';
    case 'repeat':
      return `${plural(Number(c.times ?? 0), 'extra round')}`;
    case 'agent-task':
      return `${c.priority ?? 'normal'} task in ${c.queue ?? 'collections'}`;
    case 'dispute-hold':
      return `Hold up to ${plural(Number(c.maxDays ?? 90), 'day')}`;
    case 'escalate':
      return `To ${c.to ?? '?'}: ${c.partner ?? '?'}`;
    case 'update-account':
      return `Sets ${Object.keys(c.set ?? {}).join(', ') || 'nothing'}`;
    case 'webhook':
      return `POST ${clip(String(c.url ?? ''), 50)}`;
    case 'branch':
      return Array.isArray(c.rules) ? `${plural(c.rules.length, 'rule')}, else otherwise` : 'No rules';
    case 'exit':
      return `Reason: ${String(c.reason ?? '—')}`;
    default:
      return clip(kind.description);
  }
}
