// The API as a process of its own, for the kill tests: `kairos start` runs API and worker in one
// process (PGlite), so killing "the API" alone needs this. Postgres (DATABASE_URL) and Temporal
// (TEMPORAL_ADDRESS) are shared with the worker process. Prints its URL once listening.
import { Client, Connection } from '@temporalio/client';
import { builtInRegistry } from '@kairos/cadence';
import { openDatabase } from '@kairos/db';
import { createTemporalRuntime, startAnalyticsProjection, startApiServer, startEventSweep } from '@kairos/api';
import { crashNow, temporalConnectionOptions, temporalTargetFromEnv, testFaultFromEnv } from '@kairos/toolchain';

const port = Number(process.env.KAIROS_PORT);
const database = await openDatabase({ url: process.env.DATABASE_URL! });
const target = temporalTargetFromEnv(process.env, { defaultAddress: 'localhost:7233' })!;
const connection = await Connection.connect(temporalConnectionOptions(target));
const runtime = createTemporalRuntime(new Client({ connection, namespace: target.namespace }), process.env.TEMPORAL_TASK_QUEUE!);
// KAIROS_FAULT=exit-before-signal (with NODE_ENV=test): die as the first stored event is about to be signalled.
const fault = testFaultFromEnv(process.env);
const deps = {
  db: database.db,
  registry: builtInRegistry,
  runtime: fault === 'exit-before-signal' ? { ...runtime, signalAccountEvent: async () => crashNow(), startNotice: async () => crashNow() } : runtime,
  auth: { secret: process.env.KAIROS_AUTH_SECRET!, baseURL: `http://127.0.0.1:${port}`, trustedOrigins: [`http://127.0.0.1:${port}`] },
};
const server = await startApiServer({ deps, port, hostname: '127.0.0.1' });
startEventSweep(deps, Number(process.env.KAIROS_SWEEP_MS ?? 1_000));
startAnalyticsProjection(deps, 1_000);
process.stdout.write(`listening ${server.url}\n`);
