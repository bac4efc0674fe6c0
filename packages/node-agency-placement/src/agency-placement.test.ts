// The example custom node, as Kairos loads it from configuration: its kind keeps the plug-in contract
// and validates its config; its activity talks to an agency over HTTP; and a cadence using it runs on
// the real (time-skipping) Temporal server with a worker that loaded the package by name.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { compile, nodeKindContractProblems, validate, type NodeActivity } from '@kairos/cadence';
import { cadenceBuilder } from '@kairos/cadence/starter-cadences';
import { createCadence, createEnrollment, publishVersion, upsertAccount, upsertPortfolio } from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { configuredRegistry, loadWorkerNodePackages } from '@kairos/node-packages';
import { createTimeSkippingEnv } from '@kairos/testkit';
import { portfolioPolicy } from '@kairos/outbound';
import { lintGraph } from '@kairos/review';
import { bundleCadenceWorkflows, createActivities, createCadenceWorker } from '@kairos/worker';
import { CADENCE_WORKFLOW, enrollmentWorkflowId } from '@kairos/workflows';
import { AGENCY_PLACEMENT_ACTIVITY, agencyPlacementNode } from './nodes';

const received: Array<{ headers: IncomingMessage['headers']; body: Record<string, unknown> }> = [];
const agency = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    received.push({ headers: req.headers, body: parsed });
    const big = ((parsed.balance as { amountCents: number }).amountCents ?? 0) >= 50_000;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(big ? { accepted: true, agencyReference: `ACME-${parsed.reference}` } : { accepted: false, reason: 'below our floor' }));
  });
});
let endpoint = '';
let env: TestWorkflowEnvironment;
beforeAll(async () => {
  await new Promise<void>((r) => agency.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(agency.address() as AddressInfo).port}/v1/placements`;
  env = await createTimeSkippingEnv();
  process.env.ACME_AGENCY_API_KEY = 'test-acme-key';
}, 120_000);
afterAll(async () => {
  await env?.teardown();
  await new Promise<void>((r) => agency.close(() => r()));
});

function placementCadence() {
  const b = cadenceBuilder();
  b.add('start', 'entry', { exitOn: ['paid', 'dispute'] });
  b.add('place', 'acme/agency-placement', { endpoint, portfolioCode: 'KAIROS01', minBalanceCents: 10_000 });
  b.add('placed', 'exit', { reason: 'escalated' });
  b.add('rejected', 'exit', { reason: 'exhausted' });
  b.wire('start', 'next', 'place');
  b.wire('place', 'placed', 'placed');
  b.wire('place', 'rejected', 'rejected');
  return b.build();
}

describe('the agency placement node kind', () => {
  it('keeps the plug-in contract', () => {
    expect(nodeKindContractProblems(agencyPlacementNode)).toEqual([]);
  });

  it('is in the registry Kairos builds from kairos.config.json', async () => {
    const registry = await configuredRegistry(['@kairos-example/agency-placement']);
    expect(registry.get('acme/agency-placement')?.title).toBe('Place with Acme agency');
    expect(validate(placementCadence(), registry)).toEqual([]);
  });

  it('points at the field at fault, and migrates a version-1 config', async () => {
    const registry = await configuredRegistry(['@kairos-example/agency-placement']);
    const g = placementCadence();
    g.nodes[1]!.data.config = { endpoint: 'agency.example/x', portfolioCode: 'kairos', minBalanceCents: 1_000 };
    expect(validate(g, registry).filter((i) => i.nodeId === 'place').map((i) => [i.nodeId, i.field, i.severity])).toEqual([
      ['place', 'endpoint', 'error'],
      ['place', 'portfolioCode', 'error'],
    ]);
    g.nodes[1]!.data = { configVersion: 1, config: { endpoint, portfolio: 'kairos-01', minBalanceCents: 20_000 } };
    const r = compile(g, registry);
    expect(r.ok && r.ir.steps.place!.config).toMatchObject({ portfolioCode: 'KAIROS01' });
    expect(r.ok && r.ir.nodeKinds['acme/agency-placement']).toBe(2);
  });
});

describe('the agency endpoint under the outbound policy', () => {
  it('is held by the lint to the portfolios\' allowed hosts, at its field', async () => {
    const registry = await configuredRegistry(['@kairos-example/agency-placement']);
    const g = placementCadence();
    g.nodes[1]!.data.config = { endpoint: 'http://agency.example/x', portfolioCode: 'KAIROS01', minBalanceCents: 20_000 };
    const lint = (allowedHosts: string[]) => {
      const r = lintGraph(g, registry, { outbound: { registry, portfolios: [{ id: 'default', policy: portfolioPolicy({ allowedHosts }) }] } });
      return r.compiled ? r.findings.filter((f) => f.rule === 'lint.outbound').map((f) => [f.nodeId, f.field, f.severity, f.message]) : r.issues;
    };
    expect(lint(['agency.example'])).toEqual([['place', 'endpoint', 'blocking', expect.stringContaining('over https only')]]);
    g.nodes[1]!.data.config = { ...g.nodes[1]!.data.config, endpoint: 'https://intake.acme-recoveries.example/v1/placements' };
    expect(lint([])).toEqual([['place', 'endpoint', 'blocking', expect.stringContaining('intake.acme-recoveries.example is not among the hosts this portfolio may call')]]);
    expect(lint(['*.acme-recoveries.example'])).toEqual([]);
  });
});

describeEachDatabase('the agency placement activity, alone and in a cadence on Temporal', (db) => {
  // Sends for a portfolio without its collector's identity are refused.
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  it('rejects the placement, connecting nowhere, when the portfolio does not allow the intake host', async () => {
    const nodePackages = await loadWorkerNodePackages(['@kairos-example/agency-placement']);
    received.length = 0;
    await upsertPortfolio(db(), { id: 'no-agency', name: 'No agency', settings: { channels: {} } });
    await upsertAccount(db(), { id: 'ACME-REFUSED', name: 'Dana Smith', balanceCents: 80_000, currency: 'USD', dueDate: '2026-09-01', timezone: 'UTC', language: 'en', consents: {}, attributes: {}, portfolioId: 'no-agency' });
    const activities: Record<string, unknown> = createActivities({ db: db(), nodePackages, outbound: { resolve: async () => Promise.reject(new Error('no DNS in this test')) } });
    const place = activities[AGENCY_PLACEMENT_ACTIVITY] as NodeActivity;
    const input = { idempotencyKey: 'e:place:1', enrollmentId: 'e', accountId: 'ACME-REFUSED', stepId: 'place', attempt: 1 };
    expect(await place({ ...input, params: { endpoint: 'https://intake.acme-recoveries.example/v1/placements', portfolioCode: 'KAIROS01', minBalanceCents: 10_000 } })).toEqual({
      outcome: 'rejected',
      detail: { reason: expect.stringMatching(/^the intake URL is refused: intake\.acme-recoveries\.example is not among the hosts this portfolio may call/) },
    });
    expect(await place({ ...input, params: { endpoint, portfolioCode: 'KAIROS01', minBalanceCents: 10_000 } })).toEqual({
      outcome: 'rejected',
      detail: { reason: expect.stringContaining('over https only, not http') },
    });
    expect(received).toHaveLength(0);
  });

  it('places a large balance and not a small one, sending the idempotency key and the API key', async () => {
    const registry = await configuredRegistry(['@kairos-example/agency-placement']);
    const nodePackages = await loadWorkerNodePackages(['@kairos-example/agency-placement']);
    const taskQueue = `acme-${crypto.randomUUID()}`;
    // The stand-in agency listens on loopback: reached through the test-only outbound allowance.
    const worker = await createCadenceWorker({ connection: env.nativeConnection, taskQueue, db: db(), nodePackages, workflowBundle: await bundleCadenceWorkflows(), outbound: { allowLoopback: true } });
    const graph = placementCadence();
    const compiled = compile(graph, registry);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
    const cadence = await createCadence(db(), { name: 'acme', graph });
    const { version } = await publishVersion(db(), { cadenceId: cadence.id, graph, ir: compiled.ir, publishedBy: 'test' });
    const run = async (id: string, balanceCents: number) => {
      const account = { id, name: 'Dana Smith', balanceCents, currency: 'USD', dueDate: '2026-09-01', timezone: 'UTC', language: 'en', consents: {}, attributes: {} };
      await upsertAccount(db(), account);
      const { enrollment } = await createEnrollment(db(), { accountId: id, cadenceId: cadence.id, cadenceVersionId: version.id, workflowIdFor: enrollmentWorkflowId });
      const handle = await env.client.workflow.start(CADENCE_WORKFLOW, { taskQueue, workflowId: enrollment.workflowId, args: [{ ir: compiled.ir, enrollmentId: enrollment.id, account }] });
      return handle.result();
    };
    received.length = 0;
    // One at a time: the time-skipping server jumps far ahead when a watched workflow completes.
    const [big, small] = await worker.runUntil(async () => [await run('ACME-BIG', 80_000), await run('ACME-SMALL', 20_000)]);
    expect(big).toMatchObject({ exit: { reason: 'escalated' } });
    expect(small).toMatchObject({ exit: { reason: 'exhausted' } });
    expect(received).toHaveLength(2);
    for (const r of received) {
      expect(r.headers.authorization).toBe('Bearer test-acme-key');
      expect(r.headers['idempotency-key']).toMatch(/:place:1$/);
      expect(r.body).toMatchObject({ portfolio: 'KAIROS01' });
    }
  });
});
