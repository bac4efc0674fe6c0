// The worker serves an activity for every node kind that names one: the built-in kinds register
// through the same node-package API as configured packages, and no package can take another's name.
import { expect, it } from 'vitest';
import { builtInRegistry, type WorkerNodePackage } from '@kairos/cadence';
import { describeEachDatabase } from '@kairos/db/testing';
import { configuredNodePackageNames, configuredRegistry, loadWorkerNodePackages } from '@kairos/node-packages';
import { createPortfolioOutbound } from '../channels/portfolio-outbound';
import { builtInNodesWorkerPackage } from './built-in-nodes';
import { createActivities } from './index';

const activityNames = (kinds: ReturnType<typeof builtInRegistry.list>) => kinds.flatMap((k) => (k.activity ? [k.activity] : [])).sort();

describeEachDatabase('the worker\'s node activities', (db) => {
  it('are registered for every kind that names one, built-in or from a configured package', async () => {
    const registry = await configuredRegistry();
    const activities: Record<string, unknown> = createActivities({ db: db(), nodePackages: await loadWorkerNodePackages(configuredNodePackageNames()) });
    expect(registry.list().filter((k) => k.kind.includes('/')).length).toBeGreaterThan(0);
    const missing = registry.list().filter((k) => k.activity && typeof activities[k.activity] !== 'function').map((k) => `${k.kind}: ${k.activity}`);
    expect(missing).toEqual([]);
  });

  it('of the built-in kinds come as one node package, naming exactly the activities the built-in kinds compile to', () => {
    const builtIn: WorkerNodePackage = builtInNodesWorkerPackage({
      db: db(),
      now: () => new Date('2026-11-20T15:00:00.000Z'),
      publicUrl: 'http://localhost:3000',
      outbound: createPortfolioOutbound(db()),
      webhookSecret: 'test-secret',
      sendMessage: async () => ({ outcome: 'next' }),
    });
    expect(Object.keys(builtIn.activities({} as never)).sort()).toEqual(activityNames(builtInRegistry.list()));
  });

  it('refuse a node package that takes the name of a built-in or workflow activity', () => {
    const taking = (name: string): WorkerNodePackage => ({ name: '@acme/greedy', activities: () => ({ [name]: async () => ({ outcome: 'next' }) }) });
    for (const name of ['sendMessage', 'recordProgress']) {
      expect(() => createActivities({ db: db(), nodePackages: [taking(name)] })).toThrow(`node package @acme/greedy defines activity "${name}", which another package or Kairos already has`);
    }
  });
});
