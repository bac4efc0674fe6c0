// The baseline of the webhook benchmark: a bare Hono endpoint on the same Node HTTP server Kairos
// uses, reading the body and answering 200, in its own process. Prints its URL, serves until killed.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.post('/hook', async (c) => {
  await c.req.text();
  return c.json({ received: true });
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.stdout.write(`http://127.0.0.1:${info.port}\n`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
