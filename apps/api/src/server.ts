import { serve } from '@hono/node-server';
import { createApp } from './app';
import type { ApiDeps } from './deps';
import { mountWebApp } from './web-app';

export interface ApiServer {
  /** Where the API answers, e.g. http://127.0.0.1:4000 (a wildcard hostname is reported as 127.0.0.1). */
  url: string;
  close(): Promise<void>;
}

/** Serve the API (and, given `webRoot`, the built web app) over HTTP; resolves once listening. Port 0 picks a free port. */
export function startApiServer(opts: { deps: ApiDeps; port: number; hostname?: string; webRoot?: string }): Promise<ApiServer> {
  const app = createApp(opts.deps);
  if (opts.webRoot) mountWebApp(app, opts.webRoot);
  const hostname = opts.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname }, (info) => {
      const shown = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
      resolve({
        url: `http://${shown}:${info.port}`,
        close: () => new Promise<void>((done, fail) => server.close((err) => (err ? fail(err) : done()))),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`port ${opts.port} is already in use: pass --port or set KAIROS_PORT`) : err),
    );
  });
}
