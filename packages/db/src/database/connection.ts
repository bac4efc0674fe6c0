import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { repoRoot } from '@kairos/toolchain';
import * as schema from '../schema';

/** The drizzle database every repository takes: the same type over PGlite and over Postgres. */
export type KairosDb = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: KairosDb;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A Postgres URL; defaults to DATABASE_URL. When absent, the embedded PGlite is used. */
  url?: string;
  /** PGlite data directory (default `<repo>/.kairos/pgdata`). */
  dataDir?: string;
  /** PGlite in memory: nothing is kept. */
  memory?: boolean;
}

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'drizzle');

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Data directories this process has open: a second PGlite on the same files corrupts them too. */
const openHere = new Set<string>();

function inUse(dataDir: string, holder: string): Error {
  return new Error(
    `the embedded database in ${dataDir} is in use by ${holder}. Stop that Kairos first, or set DATABASE_URL to share a Postgres server.`,
  );
}

/**
 * PGlite is one process's database. A lock file holding the owner's pid keeps a second process out;
 * it is created exclusively (no check-then-write race) and taken over only when its owner is gone.
 */
function lockDataDir(dataDir: string): () => void {
  const key = resolve(dataDir);
  if (openHere.has(key)) throw inUse(dataDir, 'this process (it is already open)');
  const lock = join(dataDir, 'kairos.lock');
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw err;
      const pid = Number(readFileSync(lock, 'utf8'));
      // Our own pid in the file but not in `openHere`: a crashed earlier process whose pid was reused.
      if (pid && pid !== process.pid && pidAlive(pid)) throw inUse(dataDir, `process ${pid}`);
      rmSync(lock, { force: true });
    }
  }
  openHere.add(key);
  return () => {
    openHere.delete(key);
    rmSync(lock, { force: true });
  };
}

/** Arbitrary, fixed: the advisory lock every Kairos process takes while it migrates a shared server. */
const MIGRATION_LOCK = 7_402_031_990;

/**
 * Bring a Postgres server's schema up to date. API and worker instances may start together against
 * one server; the advisory lock makes the second wait and then find nothing left to apply.
 */
async function migratePostgresOnce(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder });
  } finally {
    // Ending the session releases the advisory lock, also when a migration failed.
    await client.end();
  }
}

/** Open the Kairos database and bring its schema up to date. */
export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<Database> {
  const url = opts.url ?? (opts.memory || opts.dataDir ? undefined : process.env.DATABASE_URL);
  if (url) {
    await migratePostgresOnce(url);
    const client = postgres(url, { max: 10, onnotice: () => undefined });
    return { db: drizzlePostgres(client, { schema }) as unknown as KairosDb, kind: 'postgres', close: () => client.end() };
  }
  let unlock = () => undefined as void;
  let client: PGlite;
  if (opts.memory) {
    client = new PGlite();
  } else {
    const dataDir = opts.dataDir ?? join(repoRoot(), '.kairos', 'pgdata');
    // Every person's data and the sessions are in these files: a new folder is its owner's alone.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    unlock = lockDataDir(dataDir);
    client = new PGlite(dataDir);
  }
  const db = drizzlePglite(client, { schema });
  try {
    await migratePglite(db, { migrationsFolder });
  } catch (err) {
    await client.close();
    unlock();
    throw err;
  }
  return {
    db: db as unknown as KairosDb,
    kind: 'pglite',
    close: async () => {
      await client.close();
      unlock();
    },
  };
}
