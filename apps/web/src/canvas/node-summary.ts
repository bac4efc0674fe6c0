// One line under a node's title saying what it does with its current config ("Wait 3 days").
import type { NodeKind } from '@kairos/cadence';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function duration(d: unknown): string {
  const { days = 0, hours = 0, minutes = 0 } = (d ?? {}) as { days?: number; hours?: number; minutes?: number };
  const parts = [days ? plural(days, 'day') : '', hours ? plural(hours, 'hour') : '', minutes ? plural(minutes, 'minute') : ''].filter(Boolean);
  return parts.join(' ') || 'no time';
}

const clip = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const words = (list: unknown) => (Array.isArray(list) ? list.map((x) => String(x).replace(/_/g, ' ')).join(', ') : '');

/** A short description of a node; never throws, whatever state the config is in. */
export function nodeSummary(kind: NodeKind | undefined, config: Record<string, unknown>): string {
  if (!kind) return 'This node kind is not installed here.';
  const c = config as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- read defensively below
  switch (kind.kind) {
    case 'entry':
      return `Ends early on: ${words(c.exitOn) || 'nothing'}`;
    case 'wait':
      if (c.mode === 'dueDate') {
        const n = Number(c.offsetDays ?? 0);
        const when = n === 0 ? 'on the due date' : `${plural(Math.abs(n), 'day')} ${n < 0 ? 'before' : 'after'} the due date`;
        return `Until ${when} at ${c.localTime ?? '10:00'}`;
      }
      return `Wait ${duration(c.duration)}`;
    case 'wait-for-event':
      return `For ${words(c.events) || 'no event'}, up to ${duration(c.timeout)}`;
    case 'send-message':
      return `${String(c.channel ?? '').toUpperCase()}: ${clip(String(c.subject || c.body || ''))}`;
    case 'branch':
      return Array.isArray(c.rules) ? `${plural(c.rules.length, 'rule')}, else otherwise` : 'No rules';
    case 'exit':
      return `Reason: ${String(c.reason ?? '—')}`;
    default:
      return clip(kind.description);
  }
}
