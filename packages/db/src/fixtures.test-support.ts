import type { AccountSnapshot, CadenceGraph } from '@kairos/cadence';
import { builtInRegistry, compile } from '@kairos/cadence';

export const account = (id: string, over: Partial<AccountSnapshot> = {}): AccountSnapshot => ({
  id,
  name: 'Dana Smith',
  phone: '+15555550123',
  email: 'dana@example.com',
  balanceCents: 10_000,
  currency: 'USD',
  dueDate: '2026-11-01',
  timezone: 'America/New_York',
  language: 'en',
  consents: { sms: true },
  attributes: { tier: 'early' },
  ...over,
});

export const tinyGraph = (body = 'Hi {{ account.firstName }}'): CadenceGraph => ({
  nodes: [
    { id: 'start', type: 'entry', position: { x: 0, y: 0 }, data: { config: {} } },
    { id: 'sms', type: 'send-message', position: { x: 0, y: 100 }, data: { config: { channel: 'sms', body } } },
    { id: 'end', type: 'exit', position: { x: 0, y: 200 }, data: { config: { reason: 'completed' } } },
  ],
  edges: [
    { id: 'a', source: 'start', sourceHandle: 'next', target: 'sms' },
    { id: 'b', source: 'sms', sourceHandle: 'next', target: 'end' },
  ],
});

export function compiled(graph: CadenceGraph) {
  const r = compile(graph, builtInRegistry);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.ir;
}
