// A standalone cadence worker (scale out: run several). Needs a shared Postgres (DATABASE_URL):
// PGlite belongs to one process, so the embedded product runs its worker inside `kairos start`.
import { NativeConnection, Runtime } from '@temporalio/worker';
import { loadConfiguredProfiles } from '@kairos/compliance/config';
import { openDatabase } from '@kairos/db';
import { configuredNodePackageNames, loadWorkerNodePackages } from '@kairos/node-packages';
import { crashNow, repoRoot, temporalConnectionOptions, temporalTargetFromEnv, testFaultFromEnv, type TestFault } from '@kairos/toolchain';
import { log } from '@kairos/logging';
import { DEFAULT_TASK_QUEUE } from '@kairos/workflows';
import { temporalLogger } from './temporal-log';
import { createCadenceWorker } from './worker';

function loadConfiguredProfilesForWorker() {
  const { profiles, defaultProfile } = loadConfiguredProfiles(repoRoot());
  return { profiles, defaultProfile };
}

// Temporal's own entries (an activity failed) through the Kairos logger: no statement values, no secrets.
Runtime.install({ logger: temporalLogger(log()) });
if (!process.env.DATABASE_URL) {
  log().fatal('Set DATABASE_URL to the Postgres server the API uses (the embedded PGlite cannot be shared).');
  process.exit(2);
}
// The kill tests' crash between a provider's answer and its booking: refused unless NODE_ENV=test.
let fault: TestFault | undefined;
try {
  fault = testFaultFromEnv(process.env);
} catch (err) {
  log().fatal((err as Error).message);
  process.exit(2);
}
if (!process.env.KAIROS_AUTH_SECRET) {
  log().warn('KAIROS_AUTH_SECRET is not set: emails that use {{ unsubscribeLink }} are not sent (there is no link to sign). Set it to the API\'s value.');
}
const database = await openDatabase({ url: process.env.DATABASE_URL });
// The same TEMPORAL_* variables as `kairos start` and the API (namespace, mTLS, API key), so all reach one cluster.
const target = temporalTargetFromEnv(process.env, { defaultAddress: 'localhost:7233' })!;
const connection = await NativeConnection.connect(temporalConnectionOptions(target));
const worker = await createCadenceWorker({
  connection,
  namespace: target.namespace,
  taskQueue: process.env.TEMPORAL_TASK_QUEUE ?? DEFAULT_TASK_QUEUE,
  db: database.db,
  // The activities of the node packages in kairos.config.json (or KAIROS_NODE_PACKAGES), as `kairos start` loads them.
  nodePackages: await loadWorkerNodePackages(configuredNodePackageNames()),
  // The compliance profile files and default profile of kairos.config.json, as `kairos start` loads them.
  ...loadConfiguredProfilesForWorker(),
  ...(fault === 'exit-after-provider-call' ? { afterProviderCall: async () => crashNow() } : {}),
});
// Supervisors (and the kill tests) wait for this line.
log().info({ taskQueue: process.env.TEMPORAL_TASK_QUEUE ?? DEFAULT_TASK_QUEUE }, 'worker ready');
await worker.run();
await database.close();
