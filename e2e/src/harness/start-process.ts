// `kairos start` as users run it (the CLI's start command: PGlite, the Temporal dev server, worker and
// API in one process), on a data folder the test keeps, so it can be SIGKILLed and started again on
// the same data. Node itself with tsx's loader, not the tsx wrapper: a SIGKILL must reach the process
// doing the work.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';
import type { Logins } from './product';

const repoRoot = resolve(import.meta.dirname, '../../..');
const READY = 'Kairos is running.';

export interface StartedKairos {
  url: string;
  logins: Logins;
  output(): string;
  /** SIGKILL the `kairos start` process alone, as when it is killed -9 (what it started is not told). */
  kill(): Promise<void>;
  /** End it and everything it started (its process group). */
  stop(): Promise<void>;
}

export interface KairosStartOptions {
  dataDir: string;
  port: number;
  temporalPort: number;
  temporalUiPort: number;
  seed?: boolean;
  env?: Record<string, string>;
  timeoutMs?: number;
}

const portOpen = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });

export async function startKairos(o: KairosStartOptions): Promise<StartedKairos> {
  const args = [
    '--import', 'tsx', join(repoRoot, 'apps/cli/src/main.ts'), 'start',
    '--port', String(o.port), '--temporal-port', String(o.temporalPort), '--temporal-ui-port', String(o.temporalUiPort), '--data-dir', o.dataDir,
    ...(o.seed === false ? ['--no-seed'] : []),
  ];
  // Its own process group, so stop() ends the Temporal dev server it spawned too.
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    detached: true,
    env: { ...process.env, DATABASE_URL: '', TEMPORAL_ADDRESS: '', FORCE_COLOR: '0', KAIROS_SIGN_IN_ATTEMPTS_PER_MINUTE: '200', ...o.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout!.on('data', (c: Buffer) => (printed += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (printed += c.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const group = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group is gone already
    }
  };
  const stop = async () => {
    group('SIGTERM');
    const quit = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 15_000).unref())]);
    group('SIGKILL');
    if (!quit) await exited;
  };
  const deadline = Date.now() + (o.timeoutMs ?? 240_000);
  while (!printed.includes(READY)) {
    if (child.exitCode !== null) throw new Error(`kairos start exited with ${child.exitCode} before it was ready:\n${printed}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`kairos start was not ready in time:\n${printed}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url: `http://localhost:${o.port}`,
    logins: JSON.parse(readFileSync(join(o.dataDir, 'logins.json'), 'utf8')) as Logins,
    output: () => printed,
    async kill() {
      child.kill('SIGKILL');
      await exited;
      // Until `kairos start` takes its Temporal dev server down with it, the dev server outlives a kill -9
      // and holds the port and the history file: end the leftover here, as an operator would.
      group('SIGKILL');
      for (let i = 0; i < 100 && (await portOpen(o.temporalPort)); i++) await new Promise((r) => setTimeout(r, 100));
    },
    stop,
  };
}
