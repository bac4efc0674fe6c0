import { describe, expect, it } from 'vitest';
import { builtInRegistry, type CadenceGraph } from '@kairos/cadence';
import type { OutboundPolicies } from '../api/types';
import { checkGraph } from './check-graph';
import { createEditorStore } from './editor-store';

const webhookTo = (url: string): CadenceGraph => ({
  nodes: [
    { id: 'start', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid', 'dispute'] } } },
    { id: 'notify', type: 'webhook', position: { x: 0, y: 100 }, data: { config: { url } } },
    { id: 'done', type: 'exit', position: { x: 0, y: 200 }, data: { config: { reason: 'completed' } } },
    { id: 'hook-failed', type: 'exit', position: { x: 200, y: 200 }, data: { config: { reason: 'completed' } } },
  ],
  edges: [
    { id: 'e1', source: 'start', sourceHandle: 'next', target: 'notify' },
    { id: 'e2', source: 'notify', sourceHandle: 'ok', target: 'done' },
    { id: 'e3', source: 'notify', sourceHandle: 'failed', target: 'hook-failed' },
  ],
});
const policies: OutboundPolicies = { defaults: ['api.twilio.com', '*.twilio.com'], portfolios: [{ id: 'default', allowedHosts: ['crm.example.com'] }], allowLoopback: false };
const outboundIssues = (issues: ReturnType<typeof checkGraph>) => issues.filter((i) => i.code === 'lint.outbound').map((i) => [i.nodeId, i.field, i.severity]);

describe("the editor's check of the URLs steps call", () => {
  it('shows a webhook to the metadata address, or to a host no portfolio allows, as an error at its URL', () => {
    expect(outboundIssues(checkGraph(webhookTo('http://169.254.169.254/latest/meta-data/'), builtInRegistry, policies))).toEqual([['notify', 'url', 'error']]);
    const notAllowed = checkGraph(webhookTo('https://evil.example.net/hook'), builtInRegistry, policies).find((i) => i.code === 'lint.outbound');
    expect(notAllowed?.message).toMatch(/evil\.example\.net is not among the hosts this portfolio may call: an admin adds it/);
    expect(outboundIssues(checkGraph(webhookTo('https://crm.example.com/hook'), builtInRegistry, policies))).toEqual([]);
  });

  it('waits for the policies before judging hosts, and follows the test allowance the API reports', () => {
    expect(outboundIssues(checkGraph(webhookTo('https://evil.example.net/hook'), builtInRegistry))).toEqual([]);
    expect(outboundIssues(checkGraph(webhookTo('http://127.0.0.1:4100/hook'), builtInRegistry, { ...policies, allowLoopback: true }))).toEqual([]);
  });

  it('checks the open draft again when the policies arrive, without counting it as a change to save', () => {
    const store = createEditorStore({ registry: builtInRegistry, graph: webhookTo('https://hooks.partner.example/in') });
    expect(store.getState().issuesByNode.get('notify')).toBeUndefined();
    store.getState().setOutboundPolicies(policies);
    expect(store.getState().issuesByNode.get('notify')).toEqual([expect.objectContaining({ code: 'lint.outbound', field: 'url', severity: 'error' })]);
    expect(store.getState().changeCount).toBe(0);
  });
});
