// `kairos start` notes which Temporal dev server it started for a data folder, and which process
// started it. When that process was killed outright (kill -9, the OOM killer, a closed laptop lid
// in a container) no shutdown hook ran: the next start finds the note, and stops the dev server if
// it is still running on this folder's history, so the same command starts again.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const recordSchema = z.object({ pid: z.number().int().positive(), owner: z.number().int().positive() });
/** The dev server's process and the `kairos start` process that owns it. */
export type DevServerRecord = z.infer<typeof recordSchema>;

const recordFile = (dataDir: string) => join(dataDir, 'temporal-dev-server.json');
/** The history file a dev server of this folder has open (and names on its command line). */
export const temporalHistoryFile = (dataDir: string) => join(dataDir, 'temporal.db');

export function recordDevServer(dataDir: string, record: DevServerRecord): void {
  writeFileSync(recordFile(dataDir), `${JSON.stringify(record)}\n`, { mode: 0o600 });
}

export function forgetDevServer(dataDir: string): void {
  rmSync(recordFile(dataDir), { force: true });
}

function readRecord(dataDir: string): DevServerRecord | undefined {
  let text: string;
  try {
    text = readFileSync(recordFile(dataDir), 'utf8');
  } catch {
    return undefined;
  }
  try {
    return recordSchema.parse(JSON.parse(text));
  } catch {
    // A torn write from a crash: nothing to act on.
    return undefined;
  }
}

interface ProcessInfo {
  ppid: number;
  command: string;
}

/** A live process's parent and command line (Linux's /proc, else `ps`), or undefined when it is gone. */
export function processInfo(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may hold spaces: the fields that follow start after the last ')'.
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state === 'Z') return undefined;
    return { ppid: Number(ppid), command: readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim() };
  } catch {
    if (process.platform === 'linux') return undefined;
  }
  try {
    const [ppid, ...command] = execFileSync('ps', ['-o', 'ppid=,command=', '-p', String(pid)], { encoding: 'utf8' }).trim().split(/\s+/);
    return ppid ? { ppid: Number(ppid), command: command.join(' ') } : undefined;
  } catch {
    return undefined;
  }
}

const servesFolder = (info: ProcessInfo | undefined, dataDir: string): info is ProcessInfo =>
  info !== undefined && info.command.includes('start-dev') && info.command.includes(temporalHistoryFile(dataDir));

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** SIGTERM (Temporal closes its history cleanly), then SIGKILL if it has not ended within `graceMs`. */
async function stopProcess(pid: number, dataDir: string, graceMs: number): Promise<void> {
  for (const [signal, waitMs] of [['SIGTERM', graceMs], ['SIGKILL', 10_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    for (const deadline = Date.now() + waitMs; Date.now() < deadline; await pause(100)) {
      if (!servesFolder(processInfo(pid), dataDir)) return;
    }
  }
  throw new Error(`the Temporal dev server (process ${pid}) an earlier Kairos left on ${dataDir} does not stop: end it yourself (kill -9 ${pid})`);
}

/**
 * Before starting a dev server for `dataDir`: deal with the one an earlier start left. Refuses (with
 * what to do) while its `kairos start` still runs; otherwise stops it and says what happened.
 */
export async function stopLeftoverDevServer(dataDir: string, opts: { graceMs?: number } = {}): Promise<string | undefined> {
  const record = readRecord(dataDir);
  if (!record) return undefined;
  const server = processInfo(record.pid);
  if (!servesFolder(server, dataDir)) {
    forgetDevServer(dataDir);
    return `the previous Kairos on this data folder (process ${record.owner}) ended without stopping; its Temporal dev server (process ${record.pid}) had ended with it`;
  }
  if (server.ppid === record.owner) {
    throw new Error(
      `Kairos is already running on ${dataDir} (process ${record.owner}, with its Temporal dev server ${record.pid}). ` +
        `Stop it first (Ctrl+C in its terminal, or kill ${record.owner}), or pass another --data-dir.`,
    );
  }
  await stopProcess(record.pid, dataDir, opts.graceMs ?? 15_000);
  forgetDevServer(dataDir);
  return `stopped the Temporal dev server (process ${record.pid}) that the previous Kairos on this data folder (process ${record.owner}) left running when it was killed`;
}
