// What `kairos start` says about signing in. The demo passwords are printed once, by the start that
// made them; later starts name the logins and the file that holds the passwords, so a terminal log
// or a screen share of an ordinary start shows no password.
import type { Logins } from './seed-people';

export function loginLines(l: { created?: Logins | undefined; kept?: Logins | undefined; file: string }): string[] {
  if (l.created) {
    const rows = Object.entries(l.created).map(([role, login]) => `    ${role.padEnd(20)}${login.email.padEnd(36)}${login.password}`);
    return [`  Sign in as      (demo logins made now: their passwords are shown this once, and kept in ${l.file}, readable by you only)`, ...rows];
  }
  if (l.kept) {
    const rows = Object.entries(l.kept).map(([role, login]) => `    ${role.padEnd(20)}${login.email}`);
    return [`  Sign in as      (demo logins; their first passwords are in ${l.file}, readable by you only)`, ...rows];
  }
  return ['  Sign in         with the users your admin created (no demo logins in this data folder)'];
}
