// The real product, started the way a user starts it: `pnpm kairos start`, on free ports and a fresh data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port';

/** The demo logins `kairos start` seeded and printed: one per role. */
export type Logins = Record<string, { name: string; email: string; password: string }>;

export interface RunningProduct {
  /** Where the web app and API answer, e.g. http://localhost:41234 */
  url: string;
  logins: Logins;
  temporalUiUrl: string;
  /** The `kairos start` process itself (not a wrapper): what a crash or `kill -9` ends. */
  pid: number;
  /** Everything the product printed so far, for failure messages. */
  output(): string;
  /** Ctrl+C: the product and what it started stop; a data folder the harness made is removed. */
  stop(): Promise<void>;
  /** SIGKILL of the product process alone, as when it crashes: no shutdown hook runs. */
  crash(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '../../..');
const READY = 'Kairos is running.';

export interface StartOptions {
  seed?: boolean;
  timeoutMs?: number;
  /** More environment for the product process, e.g. a custom node's secret such as ACME_AGENCY_API_KEY. */
  env?: Record<string, string>;
  /** A data folder of the caller's (kept after stop), e.g. to start again on it; a fresh one otherwise. */
  dataDir?: string;
  /** Fixed ports, e.g. the same ones again after a crash; free ones otherwise. */
  ports?: { port: number; temporalPort: number; temporalUiPort: number };
}

export async function startProduct(opts: StartOptions = {}): Promise<RunningProduct> {
  const { port, temporalPort, temporalUiPort } = opts.ports ?? { port: await freePort(), temporalPort: await freePort(), temporalUiPort: await freePort() };
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'kairos-e2e-'));
  const args = [
    '--import', 'tsx',
    join(repoRoot, 'apps/cli/src/main.ts'),
    'start',
    '--port', String(port),
    '--temporal-port', String(temporalPort),
    '--temporal-ui-port', String(temporalUiPort),
    '--data-dir', dataDir,
    ...(opts.seed === false ? ['--no-seed'] : []),
  ];
  // Node itself with tsx's loader, not the tsx wrapper, so `crash` reaches the process doing the work.
  // Own process group, so stopping kills the Temporal dev server it spawned too.
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    detached: true,
    // Every e2e file signs in several roles from 127.0.0.1: more than the default 10 attempts a minute.
    // The test-only outbound allowance lets the product call the tests' loopback stand-ins (an agency, a Twilio peer).
    env: {
      ...process.env,
      DATABASE_URL: '',
      TEMPORAL_ADDRESS: '',
      FORCE_COLOR: '0',
      KAIROS_SIGN_IN_ATTEMPTS_PER_MINUTE: '200',
      NODE_ENV: 'test',
      KAIROS_OUTBOUND_ALLOW_LOOPBACK: '1',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString()));

  const stop = async () => {
    await terminate(child);
    if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const crash = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGKILL');
    await exited;
  };
  try {
    await waitFor(() => printed.includes(READY), child, opts.timeoutMs ?? 240_000, () => printed);
  } catch (err) {
    await stop();
    throw err;
  }
  // The start command printed them too; the file in its data folder is the same list, machine-readable.
  const logins = JSON.parse(readFileSync(join(dataDir, 'logins.json'), 'utf8')) as Logins;
  return { url: `http://localhost:${port}`, temporalUiUrl: `http://localhost:${temporalUiPort}`, pid: child.pid!, logins, output: () => printed, stop, crash };
}

function waitFor(ready: () => boolean, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (ready()) {
        clearInterval(timer);
        resolvePromise();
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`kairos start exited with ${child.exitCode} before it was ready:\n${output()}`));
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`kairos start was not ready after ${timeoutMs} ms:\n${output()}`));
      }
    }, 100);
  });
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  process.kill(-child.pid, 'SIGTERM');
  let grace: NodeJS.Timeout | undefined;
  const killed = await Promise.race([exited.then(() => true), new Promise<boolean>((done) => (grace = setTimeout(() => done(false), 15_000)))]);
  clearTimeout(grace);
  if (!killed) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await exited;
  }
}
