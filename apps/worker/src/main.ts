// A standalone cadence worker (scale out: run several). Needs a shared Postgres (DATABASE_URL):
// PGlite belongs to one process, so the embedded product runs its worker inside `kairos start`.
import { NativeConnection } from '@temporalio/worker';
import { loadConfiguredProfiles } from '@kairos/compliance/config';
import { openDatabase } from '@kairos/db';
import { repoRoot } from '@kairos/toolchain';
import { configuredNodePackageNames, loadWorkerNodePackages } from '@kairos/node-packages';
import { temporalConnectionOptions, temporalTargetFromEnv } from '@kairos/toolchain';
import { DEFAULT_TASK_QUEUE } from '@kairos/workflows';
import { createCadenceWorker } from './worker';

function loadConfiguredProfilesForWorker() {
  const { profiles, defaultProfile } = loadConfiguredProfiles(repoRoot());
  return { profiles, defaultProfile };
}

if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to the Postgres server the API uses (the embedded PGlite cannot be shared).');
  process.exit(2);
}
if (!process.env.KAIROS_AUTH_SECRET) {
  console.warn('KAIROS_AUTH_SECRET is not set: emails that use {{ unsubscribeLink }} are not sent (there is no link to sign). Set it to the API\'s value.');
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
});
// Supervisors (and the kill tests) wait for this line.
console.log(`worker ready on task queue ${process.env.TEMPORAL_TASK_QUEUE ?? DEFAULT_TASK_QUEUE}`);
await worker.run();
await database.close();
