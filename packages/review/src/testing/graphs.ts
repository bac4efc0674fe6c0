// Small cadence graphs for the lint and diff tests, written as a chain of steps.
import type { CadenceGraph } from '@kairos/cadence';

type Node = CadenceGraph['nodes'][number];
type Edge = CadenceGraph['edges'][number];

export const DISCLOSED_SMS = 'Hi {{ account.firstName }}, {{ account.amountDue }} is due. {{ collector.disclosure }} Reply STOP to opt out.';
export const LATER_SMS = '{{ collector.identification }} {{ account.amountDue }} is overdue: {{ paymentLink }} Reply STOP to opt out.';
export const LATER_EMAIL = '{{ collector.identification }} Please pay {{ account.amountDue }}. To unsubscribe reply UNSUBSCRIBE.';

export const node = (id: string, type: string, config: Record<string, unknown>, label?: string): Node => ({
  id,
  type,
  position: { x: 0, y: 0 },
  data: { config, ...(label ? { label } : {}) },
});
export const edge = (source: string, target: string, sourceHandle = 'next'): Edge => ({ id: `${source}-${sourceHandle}-${target}`, source, sourceHandle, target });

export const entry = (exitOn: string[] = ['paid', 'dispute']) => node('start', 'entry', { exitOn });
export const sms = (id: string, body = LATER_SMS) => node(id, 'send-message', { channel: 'sms', body });
export const email = (id: string, body = LATER_EMAIL) => node(id, 'send-message', { channel: 'email', subject: 'Your balance', body });
export const waitDays = (id: string, days: number, hours = 0) => node(id, 'wait', { mode: 'duration', duration: { days, hours } });
export const waitDue = (id: string, offsetDays: number, localTime: string) => node(id, 'wait', { mode: 'dueDate', offsetDays, localTime });
export const exit = (id: string, reason = 'exhausted') => node(id, 'exit', { reason });
/** A branch whose first rule requires SMS consent. */
export const smsConsent = (id: string) =>
  node(id, 'branch', { rules: [{ outcome: 'consented', when: [{ field: 'consents.sms', operator: 'eq', value: true }] }] });

/** Entry → SMS consent check → the given steps in a row → exit; "otherwise" ends at once. */
export function consentedChain(steps: Node[], opts: { exitOn?: string[] } = {}): CadenceGraph {
  const nodes = [entry(opts.exitOn), smsConsent('consent'), ...steps, exit('done'), exit('no-consent', 'completed')];
  const edges: Edge[] = [edge('start', 'consent'), edge('consent', steps[0]?.id ?? 'done', 'consented'), edge('consent', 'no-consent', 'otherwise')];
  steps.forEach((s, i) => edges.push(edge(s.id, steps[i + 1]?.id ?? 'done')));
  return { nodes, edges };
}
