import { serve } from '@hono/node-server';
import { createApp } from './app';
import type { ApiDeps } from './deps';

/** Serve the API over HTTP; resolves once listening. */
export function startApiServer(opts: { deps: ApiDeps; port: number; hostname?: string }): Promise<{ url: string; close(): Promise<void> }> {
  const app = createApp(opts.deps);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.hostname ?? '127.0.0.1' }, (info) => {
      resolve({
        url: `http://${opts.hostname === '0.0.0.0' || !opts.hostname ? '127.0.0.1' : opts.hostname}:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`port ${opts.port} is already in use: pass --port or set KAIROS_PORT`) : err),
    );
  });
}
