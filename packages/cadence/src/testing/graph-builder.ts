// A small builder for cadence graphs in tests: reads like the cadence it draws.
import type { CadenceGraphInput } from '../graph';
import type { AccountSnapshot } from '../account';

type NodeInput = CadenceGraphInput['nodes'][number];
type EdgeInput = CadenceGraphInput['edges'][number];

export interface GraphBuilder {
  node(id: string, type: string, config?: Record<string, unknown>, extra?: Partial<NodeInput['data']>): GraphBuilder;
  edge(source: string, sourceHandle: string, target: string, id?: string): GraphBuilder;
  build(): { nodes: NodeInput[]; edges: EdgeInput[] };
}

export function graph(): GraphBuilder {
  const nodes: NodeInput[] = [];
  const edges: EdgeInput[] = [];
  const b: GraphBuilder = {
    node(id, type, config = {}, extra = {}) {
      nodes.push({ id, type, position: { x: 0, y: nodes.length * 100 }, data: { config, ...extra } });
      return b;
    },
    edge(source, sourceHandle, target, id) {
      edges.push({ id: id ?? `${source}-${sourceHandle}-${target}`, source, sourceHandle, target });
      return b;
    },
    build: () => ({ nodes: structuredClone(nodes), edges: structuredClone(edges) }),
  };
  return b;
}

/** entry → SMS → wait 3 days → email → exit(exhausted): the smallest real cadence. */
export const smsWaitEmail = () =>
  graph()
    .node('start', 'entry', { exitOn: ['paid'] })
    .node('sms', 'send-message', { channel: 'sms', body: 'Hi {{ account.firstName }}, {{ account.amountDue }} is due. Reply STOP to opt out.' })
    .node('wait', 'wait', { mode: 'duration', duration: { days: 3 } })
    .node('email', 'send-message', { channel: 'email', subject: 'Balance due', body: 'Dear {{ account.name }}, pay at {{ paymentLink }}.' })
    .node('done', 'exit', { reason: 'exhausted' })
    .edge('start', 'next', 'sms')
    .edge('sms', 'next', 'wait')
    .edge('wait', 'next', 'email')
    .edge('email', 'next', 'done');

export const testAccount = (over: Partial<AccountSnapshot> = {}): AccountSnapshot => ({
  id: 'ACC-1001',
  name: 'Dana Smith',
  phone: '+15555550123',
  email: 'dana@example.com',
  balanceCents: 12_345,
  currency: 'USD',
  dueDate: '2026-11-01',
  timezone: 'America/New_York',
  language: 'en',
  consents: { sms: true, email: true },
  attributes: {},
  ...over,
});
