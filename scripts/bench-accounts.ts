// The Accounts list at scale (opt-in, not part of `pnpm test`): seeds N accounts (default 1,000,000)
// on a real Postgres, starts the API as its own process (as `kairos start` runs it), signs in and times
// through HTTP what people do on the Accounts page: list, sort, filter (every answer carries the
// filter's count and totals), search by phone and by id. Prints min/median/p95/max per query and the
// machine's load. Targets: list/filter/count p95 < 300 ms, search < 100 ms.
//
//   pnpm bench:accounts [accounts=1000000] [repetitions=30]
//   DATABASE_URL=postgres://… uses that database (its accounts are replaced); else a fresh database on
//   KAIROS_TEST_POSTGRES_URL's server, dropped at the end; else a throwaway server.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from 'better-auth/crypto';
import { createUser, openDatabase, type KairosDb } from '@kairos/db';
import { createTestDatabase, startThrowawayPostgres } from '@kairos/testkit';

const N = Number(process.argv[2] ?? 1_000_000);
const REPS = Number(process.argv[3] ?? 30);
const BATCH = 100_000;

function startApi(databaseUrl: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bench-api-server.ts'), 'none', databaseUrl, randomBytes(32).toString('base64url')], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
    child.stdout.once('data', (d: Buffer) => resolve({ url: d.toString().trim(), stop: () => child.kill('SIGTERM') }));
  });
}

/** N accounts in 8 portfolios, 4 tiers, due dates over 200 days, one phone and email each; 1 in 20 with an open promise. */
async function seed(db: KairosDb) {
  await db.execute(`delete from accounts where id like 'BA-%'`);
  for (let from = 1; from <= N; from += BATCH) {
    const to = Math.min(N, from + BATCH - 1);
    await db.execute(`
      insert into accounts (id, name, email, phone, balance_cents, currency, due_date, timezone, portfolio_id, attributes, phones, emails, contact_points, open_promise_date, open_promise_cents)
      select 'BA-' || lpad(i::text, 7, '0'),
             (array['Ana','Ben','Cruz','Dana','Eli','Fay','Gus','Hana'])[1 + i % 8] || ' ' || (array['Ortiz','Smith','Park','Ng','Cho','Lee','Ray','Lu','Kim','Diaz'])[1 + (i / 8) % 10] || ' ' || i,
             'ba' || i || '@example.com',
             '+1512' || lpad(i::text, 7, '0'),
             (i::bigint * 7919) % 500000,
             'USD',
             current_date - (i % 200) + 20,
             'America/Chicago',
             'p' || (i % 8),
             jsonb_build_object('tier', (array['early','mid','late','legal'])[1 + (i / 8) % 4]),
             jsonb_build_array(jsonb_build_object('number', '+1512' || lpad(i::text, 7, '0'), 'type', 'mobile', 'consents', '{}'::jsonb)),
             jsonb_build_array(jsonb_build_object('address', 'ba' || i || '@example.com', 'consents', '{}'::jsonb)),
             array['+1512' || lpad(i::text, 7, '0'), 'ba' || i || '@example.com'],
             case when i % 20 = 0 then current_date + 5 end,
             case when i % 20 = 0 then 5000 end
      from generate_series(${from}, ${to}) as i`);
    process.stderr.write(`seeded ${to.toLocaleString()} accounts\n`);
  }
  // As autovacuum would soon: statistics for the planner, and a visibility map for index-only counts.
  await db.execute('vacuum analyze accounts');
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  const given = process.env.DATABASE_URL;
  const shared = given ? undefined : process.env.KAIROS_TEST_POSTGRES_URL;
  const server = given || shared ? undefined : await startThrowawayPostgres();
  const made = given ? undefined : await createTestDatabase(shared ?? server!.url);
  const url = given ?? made!.url;
  let api: { url: string; stop(): void } | undefined;
  try {
    const database = await openDatabase({ url }); // applies the migrations
    const password = randomBytes(18).toString('base64url');
    const email = `bench-accounts-${randomBytes(4).toString('hex')}@kairos.example`;
    await createUser(database.db, { name: 'Bench', email, role: 'admin', passwordHash: await hashPassword(password), createdBy: { id: 'bench' } });
    const seeding = performance.now();
    await seed(database.db);
    const seedSeconds = (performance.now() - seeding) / 1000;
    await database.close();
    api = await startApi(url);
    const signIn = await fetch(`${api.url}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: api.url }, body: JSON.stringify({ email, password }) });
    const token = signIn.headers.get('set-auth-token');
    if (signIn.status !== 200 || !token) throw new Error(`bench sign-in failed: ${signIn.status}`);

    const i = (k: number) => String(1 + ((k * 104_729) % N)).padStart(7, '0');
    const queries: Array<{ name: string; target: number; path: (k: number) => string }> = [
      { name: 'list: first page by id, with count and totals', target: 300, path: () => '/api/v1/accounts?limit=50' },
      { name: 'list: a deep page by balance, high first', target: 300, path: (k) => `/api/v1/accounts?limit=50&sort=balance&order=desc&offset=${(k % 20) * 50}` },
      { name: 'filter: portfolio + DPD 31-60 + tier, by DPD', target: 300, path: () => '/api/v1/accounts?limit=50&portfolio=p3&dpd=31-60&tier=late&sort=due' },
      { name: 'filter: balance range + promise open', target: 300, path: () => '/api/v1/accounts?limit=50&balanceMin=100000&balanceMax=200000&status=promise_open' },
      { name: 'search by phone', target: 100, path: (k) => `/api/v1/accounts?q=${encodeURIComponent(`+1512${i(k)}`)}` },
      { name: 'search by id', target: 100, path: (k) => `/api/v1/accounts?q=BA-${i(k)}` },
    ];
    const load = loadavg().map((l) => l.toFixed(2)).join(' / ');
    console.log(`\n${N.toLocaleString()} accounts seeded in ${seedSeconds.toFixed(0)} s; ${REPS} repetitions per query; ${cpus().length} cores, load average (1/5/15 min) before timing: ${load}\n`);
    console.log('| query | min ms | median ms | p95 ms | max ms | target p95 | matched |');
    console.log('|---|---|---|---|---|---|---|');
    for (const q of queries) {
      await fetch(`${api.url}${q.path(0)}`, { headers: { authorization: `Bearer ${token}` } }); // warm the plan and cache
      const times: number[] = [];
      let matched = 0;
      for (let k = 0; k < REPS; k++) {
        const t = performance.now();
        const res = await fetch(`${api.url}${q.path(k + 1)}`, { headers: { authorization: `Bearer ${token}` } });
        const body = (await res.json()) as { totals?: { count: number } };
        times.push(performance.now() - t);
        if (res.status !== 200) throw new Error(`${q.name}: ${res.status} ${JSON.stringify(body)}`);
        matched = body.totals!.count;
      }
      times.sort((a, b) => a - b);
      const ms = (v: number) => v.toFixed(1);
      console.log(`| ${q.name} | ${ms(times[0]!)} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(times.at(-1)!)} | < ${q.target} ${percentile(times, 95) < q.target ? '✓' : '✗'} | ${matched.toLocaleString()} |`);
    }
    console.log(`\nload average after: ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`);
  } finally {
    api?.stop();
    await new Promise((r) => setTimeout(r, 500));
    await made?.drop().catch((err: unknown) => console.error('could not drop the bench database', err));
    await server?.stop();
  }
}

await main();
