// The outbound policy at design time over the API: what a webhook step may call follows the
// portfolios' allowed hosts an admin saves, in the lint, the publish gate and the editor's policy.
import { beforeAll, expect, it } from 'vitest';
import type { CadenceGraph } from '@kairos/cadence';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, signedIn, type ApiClient } from '../testing/api-harness';

const webhookTo = (url: string): CadenceGraph => ({
  nodes: [
    { id: 'start', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid', 'dispute'] } } },
    { id: 'notify', type: 'webhook', position: { x: 0, y: 100 }, data: { config: { url }, label: 'Notify CRM' } },
    { id: 'done', type: 'exit', position: { x: 0, y: 200 }, data: { config: { reason: 'completed' } } },
    { id: 'hook-failed', type: 'exit', position: { x: 200, y: 200 }, data: { config: { reason: 'completed' } } },
  ],
  edges: [
    { id: 'e1', source: 'start', sourceHandle: 'next', target: 'notify' },
    { id: 'e2', source: 'notify', sourceHandle: 'ok', target: 'done' },
    { id: 'e3', source: 'notify', sourceHandle: 'failed', target: 'hook-failed' },
  ],
});

describeEachDatabase('the outbound policy at design time', (db) => {
  let strategist: ApiClient;
  let admin: ApiClient;
  beforeAll(async () => {
    const app = appWithoutTemporal(db());
    [strategist, admin] = [await signedIn(app, 'strategist'), await signedIn(app, 'admin')];
  });
  const outboundFindings = async (id: string) =>
    ((await strategist.get(`/api/v1/cadences/${id}/lint`)).body.findings as Array<{ rule: string; nodeId: string; field: string; severity: string; message: string }>)
      .filter((f) => f.rule === 'lint.outbound')
      .map((f) => ({ at: `${f.nodeId}:${f.field}`, severity: f.severity, message: f.message }));

  it('flags a webhook to the cloud metadata address on its URL field, and holds it back from review', async () => {
    const created = await strategist.post('/api/v1/cadences', { name: 'Metadata probe', graph: webhookTo('http://169.254.169.254/latest/meta-data/') });
    expect(created.status).toBe(201);
    expect(await outboundFindings(created.body.id)).toEqual([
      { at: 'notify:url', severity: 'blocking', message: expect.stringContaining('would call http://169.254.169.254/latest/meta-data/, which Kairos refuses') },
    ]);
    expect(created.body.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'lint.outbound', nodeId: 'notify', field: 'url', severity: 'blocking' })]));
    const submitted = await strategist.post(`/api/v1/cadences/${created.body.id}/reviews`);
    expect([submitted.status, submitted.body.error]).toEqual([422, 'lint_blocking']);
    expect(submitted.body.findings).toEqual([expect.objectContaining({ rule: 'lint.outbound', nodeId: 'notify', field: 'url' })]);
  });

  it('clears a webhook host once an admin allows it for every portfolio, and tells the editor', async () => {
    const created = await strategist.post('/api/v1/cadences', { name: 'CRM hook', graph: webhookTo('https://crm.example.com/kairos?token=not-for-logs') });
    const id = created.body.id as string;
    expect(await outboundFindings(id)).toEqual([{ at: 'notify:url', severity: 'blocking', message: expect.stringContaining('crm.example.com is not among the hosts') }]);

    expect((await admin.put('/api/v1/portfolios/cards', { name: 'Cards', settings: { channels: {}, outbound: { allowedHosts: ['crm.example.com'] } } })).status).toBe(201);
    expect(await outboundFindings(id)).toEqual([
      { at: 'notify:url', severity: 'warning', message: expect.stringContaining('which only portfolio cards allows: accounts of default would leave this step by its failure outcome') },
    ]);
    expect((await admin.put('/api/v1/portfolios/default', { name: 'Default', settings: { channels: {}, outbound: { allowedHosts: ['*.example.com'] } } })).status).toBe(201);
    expect(await outboundFindings(id)).toEqual([]);

    const policy = await strategist.get('/api/v1/outbound-policy');
    expect(policy.status).toBe(200);
    expect(policy.body).toEqual({
      defaults: ['api.twilio.com', '*.twilio.com'],
      portfolios: [
        { id: 'cards', allowedHosts: ['crm.example.com'] },
        { id: 'default', allowedHosts: ['*.example.com'] },
      ],
      allowLoopback: false,
    });
  });
});
