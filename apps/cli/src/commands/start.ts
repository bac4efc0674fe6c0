import { isAbsolute, relative, resolve } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime } from '@temporalio/worker';
import { complianceProfiles, DEFAULT_PROFILE_ID } from '@kairos/compliance';
import { loadConfiguredProfiles } from '@kairos/compliance/config';
import { configuredNodePackageNames, configuredRegistry, loadWorkerNodePackages } from '@kairos/node-packages';
import { openDatabase } from '@kairos/db';
import { createTemporalRuntime, limitsFromEnv, startAnalyticsProjection, startApiServer, startAudienceJobResumer, startAutoEnrollmentSweep, startEventSweep, startImportQueue, startPlanSweep } from '@kairos/api';
import { log } from '@kairos/logging';
import { bundleCadenceWorkflows, createCadenceWorker, temporalLogger } from '@kairos/worker';
import { DEFAULT_TASK_QUEUE } from '@kairos/workflows';
import { repoRoot, temporalConnectionOptions, temporalTargetFromEnv } from '@kairos/toolchain';
import { prepareDataFolder, tightenedNote } from '../data-folder';
import { seedDemo } from '../seed';
import { loginLines } from '../printed-logins';
import { authSecret, loginsFile, readLogins, seedPeople } from '../seed-people';
import { startTemporalDevServer, type DevServer } from '../temporal-dev-server';
import { buildWebApp, locateWebApp, webBuildIsStale } from '../web-build';

interface StartOptions {
  port: number;
  temporalPort: number;
  temporalUiPort: number;
  dataDir: string;
  seed: boolean;
}

const step = (what: string) => process.stdout.write(`  • ${what}\n`);

/** Everything in one process except Temporal's dev server: PGlite allows one process per data directory. */
export async function startCommand(opts: StartOptions): Promise<void> {
  const dataDir = resolve(repoRoot(), opts.dataDir);
  const cleanups: Array<() => Promise<unknown>> = [];
  const shutdown = async (code: number) => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  try {
    // Worker state changes are routine; the console is for what a user must act on. Temporal's entries
    // go through the Kairos logger, which never writes an activity error's statement values (and a bad
    // LOG_LEVEL stops the start here, naming the levels).
    Runtime.install({ logger: temporalLogger(log()) });
    process.stdout.write('Starting Kairos\n');
    const folder = prepareDataFolder(dataDir);
    if (folder.tightenedFrom !== undefined) step(tightenedNote(dataDir, folder.tightenedFrom));
    const external = temporalTargetFromEnv(process.env);
    let devServer: DevServer | undefined;
    if (!external) {
      step('Temporal dev server');
      devServer = await startTemporalDevServer({ dataDir, port: opts.temporalPort, uiPort: opts.temporalUiPort });
      cleanups.push(() => devServer!.stop());
      if (devServer.leftover) step(devServer.leftover);
    }
    const target = external ?? { address: devServer!.address, namespace: 'default' };

    step(process.env.DATABASE_URL ? 'Postgres (DATABASE_URL) and migrations' : `PGlite in ${dataDir}/pgdata and migrations`);
    const database = await openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: resolve(dataDir, 'pgdata') });
    cleanups.push(() => database.close());

    const packageNames = configuredNodePackageNames();
    if (packageNames.length) step(`node packages: ${packageNames.join(', ')}`);
    const [registry, nodePackages] = await Promise.all([configuredRegistry(packageNames), loadWorkerNodePackages(packageNames)]);
    // Custom compliance profile files and the default profile (kairos.config.json); a bad file stops the start, naming its field.
    const { profiles, defaultProfile } = loadConfiguredProfiles(repoRoot());
    if (profiles.size > complianceProfiles.size || defaultProfile !== DEFAULT_PROFILE_ID) {
      step(`compliance profiles: ${[...profiles.keys()].join(', ')} (default ${defaultProfile})`);
    }

    const taskQueue = process.env.TEMPORAL_TASK_QUEUE ?? DEFAULT_TASK_QUEUE;
    const base = `http://localhost:${opts.port}`;
    // Payment links and provider callbacks point here: the checkout page and the webhooks.
    const publicUrl = process.env.KAIROS_PUBLIC_URL ?? base;
    // Signs sessions in the API and, through a key derived from it, the unsubscribe link of each email the worker sends.
    const secret = authSecret(dataDir);
    step('worker (bundling workflow code)');
    const nativeConnection = await NativeConnection.connect(temporalConnectionOptions(target));
    const worker = await createCadenceWorker({
      connection: nativeConnection,
      namespace: target.namespace,
      taskQueue,
      db: database.db,
      publicUrl,
      linkSecret: secret,
      nodePackages,
      profiles,
      defaultProfile,
      workflowBundle: await bundleCadenceWorkflows(),
    });
    const workerDone = worker.run();
    cleanups.push(async () => {
      worker.shutdown();
      await workerDone;
      await nativeConnection.close();
    });

    const web = locateWebApp(repoRoot(), packageNames);
    if (web && webBuildIsStale(web.dist, web.sources, packageNames)) {
      step('web app (building apps/web: about a minute the first time, instant once built)');
      await buildWebApp(web.dir, (seconds) => process.stdout.write(`    … still building (${seconds} s)\n`));
    }

    step('API');
    const connection = await Connection.connect(temporalConnectionOptions(target));
    cleanups.push(() => connection.close());
    const client = new Client({ connection, namespace: target.namespace });
    const auth = {
      secret,
      baseURL: publicUrl,
      // The same machine under its other name, and whatever the operator adds (a web dev server on another port).
      trustedOrigins: [base, `http://127.0.0.1:${opts.port}`, ...(process.env.KAIROS_TRUSTED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean)],
      // Test runs sign in many roles from one address; everyone else keeps the library's default.
      ...(Number(process.env.KAIROS_SIGN_IN_ATTEMPTS_PER_MINUTE) > 0 ? { signInAttemptsPerMinute: Number(process.env.KAIROS_SIGN_IN_ATTEMPTS_PER_MINUTE) } : {}),
    };
    // Body and JSON limits: the documented defaults unless KAIROS_LIMIT_* say otherwise (docs/limits.md).
    const limits = limitsFromEnv(process.env);
    const deps = { db: database.db, registry, runtime: createTemporalRuntime(client, taskQueue), auth, complianceProfiles: profiles, defaultComplianceProfile: defaultProfile, limits };
    const server = await startApiServer({ deps, port: opts.port, hostname: '0.0.0.0', ...(web ? { webRoot: web.dist } : {}) });
    cleanups.push(() => server.close());
    const stopSweep = startEventSweep(deps, 5_000);
    cleanups.push(async () => stopSweep());
    // Facts become analytics events within a second of committing (and before any report reads them).
    const stopProjection = startAnalyticsProjection(deps, 1_000);
    cleanups.push(async () => stopProjection());
    // Installments unpaid three days after their due date break their plan (checked every minute).
    const stopPlanSweep = startPlanSweep(deps, 60_000);
    cleanups.push(async () => stopPlanSweep());
    // Entry rules (segment, DPD N, N days before due) move with the calendar: check them on a schedule.
    const stopAutoEnroll = startAutoEnrollmentSweep(deps, Number(process.env.KAIROS_AUTO_ENROLL_INTERVAL_MS ?? 10 * 60_000));
    cleanups.push(async () => stopAutoEnroll());
    // Account imports queued or running when the API last stopped resume here, after their last committed batch.
    const stopImports = startImportQueue(deps, 5_000);
    cleanups.push(async () => stopImports());
    // Audience enrollments whose API stopped mid-way are taken over (here or by another instance) after two quiet minutes.
    const stopAudienceResumer = startAudienceJobResumer(deps, 30_000);
    cleanups.push(async () => stopAudienceResumer());

    // People are seeded even with --no-seed: without a login nothing can be done.
    const createdLogins = await seedPeople(database.db, dataDir);
    if (createdLogins) step('logins: one user per role (kept in logins.json in the data folder)');
    if (opts.seed) {
      const seeded = await seedDemo(database.db, registry);
      if (seeded) step(`demo data: ${seeded}`);
    }

    process.stdout.write(
      [
        '',
        'Kairos is running.',
        ...(web ? [`  Web app         ${base}/`] : []),
        `  API             ${base}/api/v1`,
        `  API reference   ${base}/docs`,
        `  Temporal UI     ${devServer ? devServer.uiUrl : `(external: ${target.address}, namespace ${target.namespace})`}`,
        ...loginLines({ created: createdLogins, kept: readLogins(dataDir), file: shownPath(loginsFile(dataDir)) }),
        '',
        'Press Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
    await workerDone;
  } catch (err) {
    process.stderr.write(`\nKairos could not start: ${(err as Error).message}\n`);
    await shutdown(1);
  }
}

/** A path as the user typed it best: relative to where they started, unless it lies elsewhere. */
function shownPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}
