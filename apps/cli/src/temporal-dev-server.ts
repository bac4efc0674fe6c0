import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { findTemporalCli } from '@kairos/toolchain';

export interface DevServer {
  address: string;
  uiUrl: string;
  stop(): Promise<void>;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Temporal dev server exited with code ${child.exitCode}`);
    if (await portOpen(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Temporal dev server did not open port ${port} within ${timeoutMs} ms`);
}

/** Start `temporal server start-dev` with its history on disk (WAL: twice the throughput of default pragmas). */
export async function startTemporalDevServer(opts: { dataDir: string; port: number; uiPort: number }): Promise<DevServer> {
  if (await portOpen(opts.port)) {
    throw new Error(
      `port ${opts.port} is already in use. Stop the other Temporal server, pass --temporal-port, or set TEMPORAL_ADDRESS to use it.`,
    );
  }
  mkdirSync(opts.dataDir, { recursive: true });
  const child = spawn(
    findTemporalCli(),
    [
      'server', 'start-dev',
      '--ip', '127.0.0.1',
      '--port', String(opts.port),
      '--ui-port', String(opts.uiPort),
      '--db-filename', join(opts.dataDir, 'temporal.db'),
      '--sqlite-pragma', 'journal_mode=wal',
      '--sqlite-pragma', 'synchronous=normal',
      '--log-level', 'error',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  try {
    await waitForPort(opts.port, child, 30_000);
  } catch (err) {
    child.kill('SIGKILL');
    // The exit code arrives before the last of stderr: wait for the stream to close, or the reason is lost.
    await Promise.race([closed, new Promise((r) => setTimeout(r, 2_000))]);
    throw new Error(`${(err as Error).message}\n${stderr}`);
  }
  return {
    address: `127.0.0.1:${opts.port}`,
    uiUrl: `http://localhost:${opts.uiPort}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
