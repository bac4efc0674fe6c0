import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { DEMO_COLLECTOR_IDENTITY } from '@kairos/cadence';
import { getLatestVersion, getPortfolio, isSandboxPortfolio, listAudit, listCadences, listUsers, membershipsOf, openDatabase, portfolioCollector, type Database } from '@kairos/db';
import { lintCadence } from '@kairos/review';
import { seedDemo } from './seed';
import { authSecret, loginsFile, readLogins, seedPeople } from './seed-people';

describe('seeding the embedded start', () => {
  let database: Database;
  const dataDir = mkdtempSync(join(tmpdir(), 'kairos-seed-'));
  // Migrating a fresh PGlite takes seconds on a busy machine.
  beforeAll(async () => {
    database = await openDatabase({ memory: true });
  }, 120_000); // migrating an embedded database takes seconds on a busy machine
  afterAll(async () => database?.close());

  it('creates one user per role with a random password, kept for its owner only, and only once', async () => {
    const logins = await seedPeople(database.db, dataDir);
    expect(Object.keys(logins!).sort()).toEqual(['admin', 'agent', 'compliance_officer', 'engineer', 'strategist']);
    expect(logins!.compliance_officer.email).toBe('compliance.officer@kairos.example');
    expect(new Set(Object.values(logins!).map((l) => l.password)).size).toBe(5);
    expect(Object.values(logins!).every((l) => l.password.length >= 24)).toBe(true);
    expect(statSync(loginsFile(dataDir)).mode & 0o077).toBe(0);
    expect(readLogins(dataDir)).toEqual(logins);
    expect(await seedPeople(database.db, dataDir)).toBeUndefined();
    expect((await listUsers(database.db)).map((u) => u.role).sort()).toEqual(['admin', 'agent', 'compliance_officer', 'engineer', 'strategist']);
  });

  it('gives the demo logins the default portfolio, where the demo accounts are, and the sandbox of test accounts (admins read every one)', async () => {
    const people = await listUsers(database.db);
    const memberships = await membershipsOf(database.db, people.map((p) => p.id));
    expect(Object.fromEntries(people.map((p) => [p.role, memberships.get(p.id)]))).toEqual({
      admin: 'all',
      agent: ['default', 'sandbox'],
      compliance_officer: ['default', 'sandbox'],
      engineer: ['default', 'sandbox'],
      strategist: ['default', 'sandbox'],
    });
  });

  it('publishes the demo cadence through review: submitted, approved by the officer, published, with no lint finding', async () => {
    expect(await seedDemo(database.db, builtInRegistry)).toMatch(/approved and published/);
    const [cadence] = await listCadences(database.db);
    const version = await getLatestVersion(database.db, cadence!.id);
    const users = await listUsers(database.db);
    expect(version?.approvedBy).toBe(users.find((u) => u.role === 'compliance_officer')!.id);
    expect(lintCadence(version!.ir)).toEqual([]);
    const actions = (await listAudit(database.db, { cadenceId: cadence!.id, order: 'oldest', limit: 10 })).map((e) => e.action);
    expect(actions).toEqual(['submit', 'approve', 'publish']);
    expect(await seedDemo(database.db, builtInRegistry)).toBeUndefined();
  });

  it('creates the sandbox portfolio, where strategists put test accounts whose sends go to the outbox', async () => {
    expect(await isSandboxPortfolio(database.db, 'sandbox')).toBe(true);
    expect(await getPortfolio(database.db, 'sandbox')).toMatchObject({ name: 'Sandbox (test accounts)' });
    expect(await portfolioCollector(database.db, 'sandbox')).toEqual({ identity: DEMO_COLLECTOR_IDENTITY });
  });

  it('gives the default portfolio, where the demo accounts are, the fictional demo collector so its sends go out', async () => {
    expect(await portfolioCollector(database.db, 'default')).toEqual({ identity: DEMO_COLLECTOR_IDENTITY });
  });

  it('keeps one sign-in secret per data folder unless KAIROS_AUTH_SECRET is set', () => {
    const first = authSecret(dataDir, {});
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(authSecret(dataDir, {})).toBe(first);
    expect(authSecret(dataDir, { KAIROS_AUTH_SECRET: 'x'.repeat(40) })).toBe('x'.repeat(40));
  });

  it('makes the data folder, owner-only, when the first thing kept in it is the sign-in secret (a start on DATABASE_URL)', () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'kairos-seed-')), 'not-yet', '.kairos');
    const secret = authSecret(fresh, {});
    expect(authSecret(fresh, {})).toBe(secret);
    expect(statSync(fresh).mode & 0o077).toBe(0);
  });
});
