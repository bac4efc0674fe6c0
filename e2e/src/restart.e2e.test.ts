// `kairos start` as a user runs it, killed outright (kill -9: no shutdown hook runs) and started again
// with the same command: same data folder, same ports. And the data folder is its owner's alone.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startProduct, type RunningProduct } from './harness';

const modeOf = (path: string) => statSync(path).mode & 0o777;

/** Whether a process still runs (a zombie waiting for its new parent to reap it has ended). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

async function until(probe: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !probe(); await new Promise((r) => setTimeout(r, 200))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}

describe('kairos start after a crash', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kairos-restart-'));
  const products: RunningProduct[] = [];
  afterAll(async () => {
    for (const p of products) await p.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the data folder owner-only, and starts again on the same folder and ports after kill -9, saying what it found', async () => {
    // A folder from before Kairos made them owner-only.
    chmodSync(dataDir, 0o755);
    const ports = { port: await freePort(), temporalPort: await freePort(), temporalUiPort: await freePort() };

    const first = await startProduct({ dataDir, ports, seed: false, timeoutMs: 480_000 });
    products.push(first);
    expect(first.output()).toContain(`data folder ${dataDir} was open to other users (mode 755): made it owner-only (700)`);
    expect(modeOf(dataDir)).toBe(0o700);
    // Nothing inside is for other users either: the database folder, Temporal's history, the secrets.
    for (const inside of ['pgdata', 'temporal.db', 'auth-secret', 'logins.json']) expect(modeOf(join(dataDir, inside)) & 0o077, inside).toBe(0);

    const devServer = (JSON.parse(readFileSync(join(dataDir, 'temporal-dev-server.json'), 'utf8')) as { pid: number }).pid;
    expect(running(devServer)).toBe(true);
    await first.crash();
    // Its Temporal dev server does not outlive it.
    await until(() => !running(devServer), 'the dev server to end with its parent');

    const again = await startProduct({ dataDir, ports, seed: false, timeoutMs: 480_000 });
    products.push(again);
    expect(again.output()).toMatch(
      new RegExp(`the previous Kairos on this data folder \\(process ${first.pid}\\) ended without stopping; its Temporal dev server \\(process ${devServer}\\) had ended with it`),
    );
    // The same people sign in: the data survived the crash.
    const { email, password } = again.logins.admin!;
    const signIn = await fetch(`${again.url}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: again.url }, body: JSON.stringify({ email, password }) });
    expect(signIn.status).toBe(200);

    // A clean stop leaves nothing for the next start to deal with.
    await again.stop();
    expect(existsSync(join(dataDir, 'temporal-dev-server.json'))).toBe(false);
  }, 1_200_000);
});
