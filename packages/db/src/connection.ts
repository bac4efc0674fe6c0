import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import * as schema from './schema';

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

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'drizzle');

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** PGlite is one process's database: a second process opening the same directory would corrupt it. */
function lockDataDir(dataDir: string): () => void {
  const lock = join(dataDir, 'kairos.lock');
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (pid && pid !== process.pid && pidAlive(pid)) {
      throw new Error(
        `the embedded database in ${dataDir} is in use by process ${pid}. Stop that Kairos first, or set DATABASE_URL to share a Postgres server.`,
      );
    }
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

/** Open the Kairos database and bring its schema up to date. */
export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<Database> {
  const url = opts.url ?? (opts.memory || opts.dataDir ? undefined : process.env.DATABASE_URL);
  if (url) {
    const client = postgres(url, { max: 10, onnotice: () => undefined });
    const db = drizzlePostgres(client, { schema });
    try {
      await migratePostgres(db, { migrationsFolder });
    } catch (err) {
      await client.end();
      throw err;
    }
    return { db: db as unknown as KairosDb, kind: 'postgres', close: () => client.end() };
  }
  let unlock = () => undefined as void;
  let client: PGlite;
  if (opts.memory) {
    client = new PGlite();
  } else {
    const dataDir = opts.dataDir ?? join(repoRoot(), '.kairos', 'pgdata');
    mkdirSync(dataDir, { recursive: true });
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
