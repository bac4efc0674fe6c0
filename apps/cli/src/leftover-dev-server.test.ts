// A real Temporal dev server stands in for the one a killed `kairos start` left behind.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findTemporalCli } from '@kairos/toolchain';
import { processInfo, recordDevServer, stopLeftoverDevServer, temporalHistoryFile } from './leftover-dev-server';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** The pid of a process that has ended: an owner that was killed. */
const endedPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

async function devServerOn(dataDir: string): Promise<{ pid: number; port: number }> {
  const [port, uiPort] = [await freePort(), await freePort()];
  const child = spawn(
    findTemporalCli(),
    ['server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(port), '--ui-port', String(uiPort), '--db-filename', temporalHistoryFile(dataDir), '--log-level', 'error'],
    { stdio: 'ignore' },
  );
  started.push(child);
  for (let i = 0; i < 600 && !(await portOpen(port)); i++) await new Promise((r) => setTimeout(r, 100));
  expect(await portOpen(port)).toBe(true);
  return { pid: child.pid!, port };
}

describe('a Temporal dev server left by a killed kairos start', () => {
  it('is stopped by the next start on the same data folder, which says what it did', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kairos-leftover-'));
    const leftover = await devServerOn(dataDir);
    const owner = endedPid();
    recordDevServer(dataDir, { pid: leftover.pid, owner });

    const note = await stopLeftoverDevServer(dataDir);
    expect(note).toBe(`stopped the Temporal dev server (process ${leftover.pid}) that the previous Kairos on this data folder (process ${owner}) left running when it was killed`);
    expect(processInfo(leftover.pid)).toBeUndefined();
    expect(await portOpen(leftover.port)).toBe(false);
    // Dealt with: the start after that has nothing to say.
    expect(await stopLeftoverDevServer(dataDir)).toBeUndefined();
  }, 90_000);

  it('is left alone, with what to do, while the kairos start that owns it still runs', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kairos-leftover-'));
    // This test process started it: its owner is alive.
    const running = await devServerOn(dataDir);
    recordDevServer(dataDir, { pid: running.pid, owner: process.pid });

    await expect(stopLeftoverDevServer(dataDir)).rejects.toThrow(
      new RegExp(`Kairos is already running on ${dataDir} \\(process ${process.pid}, with its Temporal dev server ${running.pid}\\)\\. Stop it first`),
    );
    expect(await portOpen(running.port)).toBe(true);
  }, 90_000);

  it('says the earlier start ended without stopping when its dev server ended with it, and touches no other process', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kairos-leftover-'));
    const [server, owner] = [endedPid(), endedPid()];
    recordDevServer(dataDir, { pid: server, owner });
    expect(await stopLeftoverDevServer(dataDir)).toBe(
      `the previous Kairos on this data folder (process ${owner}) ended without stopping; its Temporal dev server (process ${server}) had ended with it`,
    );
    // A pid reused by an unrelated process (here: this test) is not taken for the dev server.
    recordDevServer(dataDir, { pid: process.pid, owner });
    expect(await stopLeftoverDevServer(dataDir)).toMatch(/had ended with it/);
  });
});
