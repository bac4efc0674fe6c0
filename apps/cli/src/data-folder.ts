// The data folder holds the embedded database (people, accounts, portfolio secrets, sessions), the
// Temporal history and the sign-in secret: whoever can read it can act as anyone. It is its owner's alone.
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';

const OWNER_ONLY = 0o700;

/** Create the data folder owner-only, or make an existing one so; says so when it had to tighten it. */
export function prepareDataFolder(dir: string): { tightenedFrom?: number } {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: OWNER_ONLY });
    // mkdir's mode passes through the umask; set it outright.
    chmodSync(dir, OWNER_ONLY);
    return {};
  }
  const mode = statSync(dir).mode & 0o777;
  if ((mode & 0o077) === 0) return {};
  chmodSync(dir, OWNER_ONLY);
  return { tightenedFrom: mode };
}

/** What `kairos start` prints when it tightened an existing folder. */
export const tightenedNote = (dir: string, from: number) =>
  `data folder ${dir} was open to other users (mode ${from.toString(8)}): made it owner-only (700), as it holds the database, the Temporal history and the sign-in secret`;
