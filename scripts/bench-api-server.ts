// The API as its own process for the enrollment benchmark, as `kairos start` runs it: the load
// generator must not share the server's event loop. Prints its URL on stdout, then serves until killed.
import { createServer } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { builtInRegistry } from '@kairos/cadence';
import { openDatabase } from '@kairos/db';
import { createTemporalRuntime, startApiServer } from '@kairos/api';

const [address, databaseArg, secret] = process.argv.slice(2) as [string, string, string];
const database = await openDatabase(databaseArg.startsWith('postgres') ? { url: databaseArg } : { dataDir: databaseArg });
const connection = await Connection.connect({ address });
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
    runtime: createTemporalRuntime(new Client({ connection }), 'bench-kairos'),
    auth: { secret, baseURL: `http://127.0.0.1:${port}`, trustedOrigins: ['http://127.0.0.1:*'] },
  },
  port,
  hostname: '127.0.0.1',
});
process.stdout.write(`${server.url}\n`);
process.once('SIGTERM', async () => {
  await server.close();
  await connection.close();
  await database.close();
  process.exit(0);
});
