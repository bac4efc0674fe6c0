// The embedded product's people: on a database without users, one user per role with a random
// password, kept in <data dir>/logins.json (readable by its owner only) so `kairos start` can print them.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashPassword } from 'better-auth/crypto';
import { prepareDataFolder } from './data-folder';
import { countUsers, createUser, DEFAULT_PORTFOLIO_ID, SANDBOX_PORTFOLIO_ID, setMembership, type KairosDb } from '@kairos/db';
import { ROLES, type Role } from '@kairos/review';

export type Logins = Record<Role, { name: string; email: string; password: string }>;

const NAMES: Record<Role, string> = {
  strategist: 'Sam Strategist',
  compliance_officer: 'Olga Compliance',
  engineer: 'Eli Engineer',
  agent: 'Ana Agent',
  admin: 'Ada Admin',
};

export const loginsFile = (dataDir: string) => join(dataDir, 'logins.json');
export const emailOf = (role: Role) => `${role.replace('_', '.')}@kairos.example`;

/** Seed one user per role if there are no users at all; returns the logins that were created, or undefined. */
export async function seedPeople(db: KairosDb, dataDir: string): Promise<Logins | undefined> {
  if ((await countUsers(db)) > 0) return undefined;
  const logins = {} as Logins;
  for (const role of ROLES) {
    // 18 random bytes: 24 characters of base64url, far past anything guessable.
    const password = randomBytes(18).toString('base64url');
    const created = await createUser(db, { name: NAMES[role], email: emailOf(role), role, passwordHash: await hashPassword(password), createdBy: { id: 'seed' } });
    if (!created.ok) throw new Error(`could not create the ${role} login: ${created.reason}`);
    // The demo accounts are in the default portfolio, test accounts in the sandbox; admins read every portfolio by their role.
    if (role !== 'admin') await setMembership(db, { userId: created.user.id, membership: [DEFAULT_PORTFOLIO_ID, SANDBOX_PORTFOLIO_ID], actor: { id: 'seed' } });
    logins[role] = { name: NAMES[role], email: emailOf(role), password };
  }
  prepareDataFolder(dataDir);
  writeFileSync(loginsFile(dataDir), `${JSON.stringify(logins, null, 2)}\n`, { mode: 0o600 });
  return logins;
}

/** The logins seeded into this data directory earlier, if any. */
export function readLogins(dataDir: string): Logins | undefined {
  const file = loginsFile(dataDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Logins) : undefined;
}

/** The sign-in secret of this data directory: KAIROS_AUTH_SECRET, or one made on first start and kept, so sessions survive restarts. */
export function authSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.KAIROS_AUTH_SECRET) return env.KAIROS_AUTH_SECRET;
  const file = join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  // On Postgres (DATABASE_URL) nothing else may have made the folder yet: the secret is its first resident.
  prepareDataFolder(dataDir);
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
