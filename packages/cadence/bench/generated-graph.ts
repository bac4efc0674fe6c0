import type { CadenceGraphInput } from '../src/graph';

/** A large, valid cadence: entry, then rounds of branch → (sms | email) → wait, ending in an exit. */
export function generateCadenceGraph(targetNodes: number): CadenceGraphInput {
  const nodes: CadenceGraphInput['nodes'] = [];
  const edges: CadenceGraphInput['edges'] = [];
  const node = (id: string, type: string, config: Record<string, unknown>) =>
    nodes.push({ id, type, position: { x: 0, y: nodes.length * 100 }, data: { config } });
  const edge = (source: string, sourceHandle: string, target: string) =>
    edges.push({ id: `e${edges.length}`, source, sourceHandle, target });

  node('entry', 'entry', { exitOn: ['paid'] });
  let tail = 'entry';
  let round = 0;
  while (nodes.length + 5 <= targetNodes - 1) {
    const r = round++;
    node(`branch-${r}`, 'branch', { rules: [{ outcome: 'high', when: [{ field: 'balanceCents', operator: 'gte', value: 50_000 }] }] });
    node(`sms-${r}`, 'send-message', { channel: 'sms', body: `Hi {{ account.firstName }}, {{ account.amountDue }} is due (round ${r}). Reply STOP to opt out.` });
    node(`email-${r}`, 'send-message', { channel: 'email', subject: 'Balance {{ account.amountDue }}', body: `Dear {{ account.name }}, round ${r}. Unsubscribe: reply STOP.` });
    node(`wait-${r}`, 'wait', { mode: 'duration', duration: { days: 1 } });
    node(`listen-${r}`, 'wait-for-event', { events: ['paid', 'promise'], timeout: { days: 2 } });
    edge(tail, 'next', `branch-${r}`);
    if (tail.startsWith('listen-')) edges.pop(), edge(tail, 'timeout', `branch-${r}`);
    edge(`branch-${r}`, 'high', `sms-${r}`);
    edge(`branch-${r}`, 'otherwise', `email-${r}`);
    edge(`sms-${r}`, 'next', `wait-${r}`);
    edge(`email-${r}`, 'next', `wait-${r}`);
    edge(`wait-${r}`, 'next', `listen-${r}`);
    edge(`listen-${r}`, 'paid', 'exit-paid');
    edge(`listen-${r}`, 'promise', 'exit-promise');
    tail = `listen-${r}`;
  }
  node('exit-paid', 'exit', { reason: 'paid' });
  node('exit-promise', 'exit', { reason: 'promise' });
  node('exit-done', 'exit', { reason: 'exhausted' });
  edge(tail, tail === 'entry' ? 'next' : 'timeout', 'exit-done');
  return { nodes, edges };
}
