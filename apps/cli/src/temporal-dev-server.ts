import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createConnection } from 'node:net';
import { delimiter, join } from 'node:path';
import { findTemporalCli } from '@kairos/toolchain';
import { forgetDevServer, recordDevServer, stopLeftoverDevServer, temporalHistoryFile } from './leftover-dev-server';

export interface DevServer {
  address: string;
  uiUrl: string;
  /** What was done about a dev server an earlier, killed start left on this data folder, if anything. */
  leftover?: string;
  stop(): Promise<void>;
}

/** util-linux's setpriv, to give the dev server a parent-death signal (Linux only; Node cannot set one itself). */
function findSetpriv(): string | undefined {
  if (process.platform !== 'linux') return undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, 'setpriv'), constants.X_OK);
      return join(dir, 'setpriv');
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/**
 * Spawn the dev server so that it dies with this process, even on SIGKILL (where setpriv exists: the
 * kernel sends it SIGTERM when its parent ends), and so that its history files are its owner's alone.
 */
function spawnSupervised(command: string, args: string[]): ChildProcess {
  const setpriv = findSetpriv();
  const [file, argv] = setpriv ? [setpriv, ['--pdeathsig', 'SIGTERM', '--', command, ...args]] : [command, args];
  // The child inherits the umask at spawn (a synchronous fork): owner-only files, then ours back.
  const previous = process.umask(0o077);
  try {
    return spawn(file, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  } finally {
    process.umask(previous);
  }
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

/**
 * Start `temporal server start-dev` with its history on disk (WAL: twice the throughput of default
 * pragmas), after stopping one that a killed earlier start left running on the same data folder.
 */
export async function startTemporalDevServer(opts: { dataDir: string; port: number; uiPort: number }): Promise<DevServer> {
  const leftover = await stopLeftoverDevServer(opts.dataDir);
  if (await portOpen(opts.port)) {
    throw new Error(
      `port ${opts.port} is already in use. Stop the other Temporal server, pass --temporal-port, or set TEMPORAL_ADDRESS to use it.`,
    );
  }
  const child = spawnSupervised(findTemporalCli(), [
    'server', 'start-dev',
    '--ip', '127.0.0.1',
    '--port', String(opts.port),
    '--ui-port', String(opts.uiPort),
    '--db-filename', temporalHistoryFile(opts.dataDir),
    '--sqlite-pragma', 'journal_mode=wal',
    '--sqlite-pragma', 'synchronous=normal',
    '--log-level', 'error',
  ]);
  if (child.pid) recordDevServer(opts.dataDir, { pid: child.pid, owner: process.pid });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  try {
    await waitForPort(opts.port, child, 30_000);
  } catch (err) {
    child.kill('SIGKILL');
    forgetDevServer(opts.dataDir);
    // The exit code arrives before the last of stderr: wait for the stream to close, or the reason is lost.
    await Promise.race([closed, new Promise((r) => setTimeout(r, 2_000))]);
    throw new Error(`${(err as Error).message}\n${stderr}`);
  }
  return {
    address: `127.0.0.1:${opts.port}`,
    uiUrl: `http://localhost:${opts.uiPort}`,
    ...(leftover ? { leftover } : {}),
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => (forgetDevServer(opts.dataDir), resolve());
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
