// Kairos as separate processes on shared engines, for the kill tests: a Temporal dev server, the API
// process and the cadence worker process (apps/worker/src/main.ts), each killable on its own, the
// Temporal server included.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';
import { findTemporalCli } from '@kairos/toolchain';
import { freePort } from './free-port';

const repoRoot = resolve(import.meta.dirname, '../../..');
// Node itself with tsx's loader, not the tsx wrapper: a SIGKILL must reach the process doing the work.
const node = process.execPath;
const withTsx = (script: string) => ['--import', 'tsx', script];

export interface KairosProcess {
  output(): string;
  /** SIGKILL: no shutdown hook runs, as when a machine dies. */
  kill(): Promise<void>;
  /** Resolves when the process has ended, however (a test-only fault crashes it by itself). */
  exited: Promise<void>;
  running(): boolean;
}

/** The test-only outbound allowance: the processes reach the tests' loopback Twilio peer and receivers. */
export const LOOPBACK_FOR_TESTS = { NODE_ENV: 'test', KAIROS_OUTBOUND_ALLOW_LOOPBACK: '1' } as const;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp, timeoutMs: number): Promise<KairosProcess & { match: RegExpMatchArray }> {
  const child: ChildProcess = spawn(cmd, args, { cwd: repoRoot, env: { ...process.env, FORCE_COLOR: '0', ...LOOPBACK_FOR_TESTS, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await exited;
  };
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => void kill().then(() => reject(new Error(`${cmd} not ready after ${timeoutMs} ms:\n${printed}`))), timeoutMs);
    const onData = (chunk: Buffer) => {
      printed += chunk.toString();
      const match = printed.match(ready);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ output: () => printed, kill, exited, running: () => child.exitCode === null && child.signalCode === null, match });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${cmd} exited with ${code} before it was ready:\n${printed}`));
    });
  });
}

const portOpen = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });

export interface TemporalServer {
  address: string;
  /** SIGKILL the server mid-flight; its history file stays. */
  kill(): Promise<void>;
  /** Start it again on the same port and history file (after kill). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** A Temporal dev server with its history on disk (as `kairos start` runs it: WAL), on free ports. */
export async function startTemporalServer(): Promise<TemporalServer> {
  const [port, uiPort] = [await freePort(), await freePort()];
  const dir = mkdtempSync(join(tmpdir(), 'kairos-kill-temporal-'));
  const args = [
    'server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(port), '--ui-port', String(uiPort),
    '--db-filename', join(dir, 'temporal.db'), '--sqlite-pragma', 'journal_mode=wal', '--sqlite-pragma', 'synchronous=normal', '--log-level', 'error',
  ];
  let child: ChildProcess;
  const start = async () => {
    child = spawn(findTemporalCli(), args, { stdio: 'ignore' });
    for (let i = 0; i < 600 && !(await portOpen(port)); i++) await new Promise((r) => setTimeout(r, 100));
    if (!(await portOpen(port))) throw new Error(`the Temporal dev server did not open port ${port}`);
  };
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill(signal);
    await exited;
  };
  await start();
  return {
    address: `127.0.0.1:${port}`,
    kill: () => end('SIGKILL'),
    restart: start,
    async stop() {
      await end('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Engines {
  databaseUrl: string;
  temporalAddress: string;
  taskQueue: string;
  authSecret: string;
}

/** `env`: more environment, e.g. a test-only fault (KAIROS_FAULT, with NODE_ENV=test). */
export async function startApiProcess(e: Engines, port: number, env: NodeJS.ProcessEnv = {}): Promise<KairosProcess & { url: string }> {
  const p = await run(
    node,
    withTsx(join(repoRoot, 'e2e/src/harness/api-process.ts')),
    { DATABASE_URL: e.databaseUrl, TEMPORAL_ADDRESS: e.temporalAddress, TEMPORAL_TASK_QUEUE: e.taskQueue, KAIROS_AUTH_SECRET: e.authSecret, KAIROS_PORT: String(port), ...env },
    /listening (http:\/\/\S+)/,
    60_000,
  );
  return { ...p, url: p.match[1]! };
}

/** `env`: more environment, e.g. a test-only fault (KAIROS_FAULT, with NODE_ENV=test). */
export async function startWorkerProcess(e: Engines, publicUrl: string, env: NodeJS.ProcessEnv = {}): Promise<KairosProcess> {
  return run(
    node,
    withTsx(join(repoRoot, 'apps/worker/src/main.ts')),
    { DATABASE_URL: e.databaseUrl, TEMPORAL_ADDRESS: e.temporalAddress, TEMPORAL_TASK_QUEUE: e.taskQueue, KAIROS_PUBLIC_URL: publicUrl, KAIROS_AUTH_SECRET: e.authSecret, KAIROS_WORKER_READY_LOG: '1', ...env },
    /worker ready/,
    120_000,
  );
}
