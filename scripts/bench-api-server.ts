// The API as its own process for the enrollment benchmarks, as `kairos start` runs it: the load
// generator must not share the server's event loop. Prints its URL on stdout, then serves until killed.
// With a fourth argument `with-worker` it also runs the cadence worker in the process, as `kairos start`
// does (PGlite belongs to one process), so enrollments run to their end.
import { createServer } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { builtInRegistry } from '@kairos/cadence';
import { openDatabase } from '@kairos/db';
import { createTemporalRuntime, startAnalyticsProjection, startApiServer } from '@kairos/api';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { bundleCadenceWorkflows, createCadenceWorker } from '@kairos/worker';

const [address, databaseArg, secret, mode] = process.argv.slice(2) as [string, string, string, string | undefined];
const TASK_QUEUE = 'bench-kairos';
const database = await openDatabase(databaseArg.startsWith('postgres') ? { url: databaseArg } : { dataDir: databaseArg });
// `none`: a bench of reads only (the Accounts list) needs no Temporal; nothing it calls reaches it.
const connection = address === 'none' ? Connection.lazy({ address: '127.0.0.1:7233' }) : await Connection.connect({ address });
// A port of its own first, so the API knows its public URL (Twilio signs the URL it calls).
const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const p = (probe.address() as { port: number }).port;
    probe.close(() => resolve(p));
  });
});
const server = await startApiServer({
  deps: {
    db: database.db,
    registry: builtInRegistry,
    runtime: createTemporalRuntime(new Client({ connection }), TASK_QUEUE),
    auth: { secret, baseURL: `http://127.0.0.1:${port}`, trustedOrigins: ['http://127.0.0.1:*'] },
  },
  port,
  hostname: '127.0.0.1',
});
// The worker's state changes are not the figure: keep its log to warnings.
if (mode === 'with-worker') Runtime.install({ logger: new DefaultLogger('WARN') });
// As `kairos start` does: facts become analytics events within a second (a no-op with KAIROS_ANALYTICS_WRITES=off).
startAnalyticsProjection({ db: database.db }, 1_000);
const worker =
  mode === 'with-worker'
    ? await createCadenceWorker({
        connection: await NativeConnection.connect({ address }),
        taskQueue: TASK_QUEUE,
        db: database.db,
        publicUrl: server.url,
        linkSecret: secret,
        workflowBundle: await bundleCadenceWorkflows(),
      })
    : undefined;
const workerDone = worker?.run();
process.stdout.write(`${server.url}\n`);
process.once('SIGTERM', async () => {
  worker?.shutdown();
  await workerDone;
  await server.close();
  await connection.close();
  await database.close();
  process.exit(0);
});
