import { describe, expect, it } from 'vitest';
import { loginLines } from './printed-logins';
import type { Logins } from './seed-people';

const login = (email: string, password: string) => ({ name: email, email, password });
const logins = {
  strategist: login('strategist@kairos.example', 'pw-strategist-0123456789ab'),
  compliance_officer: login('compliance.officer@kairos.example', 'pw-officer-0123456789abcd'),
  engineer: login('engineer@kairos.example', 'pw-engineer-0123456789abc'),
  agent: login('agent@kairos.example', 'pw-agent-0123456789abcdef'),
  admin: login('admin@kairos.example', 'pw-admin-0123456789abcdef'),
} satisfies Logins;
const passwords = Object.values(logins).map((l) => l.password);

describe('the logins kairos start prints', () => {
  it('shows the demo passwords on the start that made them, saying where they are kept', () => {
    const text = loginLines({ created: logins, kept: logins, file: '.kairos/logins.json' }).join('\n');
    for (const password of passwords) expect(text).toContain(password);
    expect(text).toContain('shown this once, and kept in .kairos/logins.json, readable by you only');
  });

  it('names the logins but prints no password on later starts, pointing at the file instead', () => {
    const lines = loginLines({ kept: logins, file: '.kairos/logins.json' });
    for (const password of passwords) expect(lines.join('\n')).not.toContain(password);
    expect(lines[0]).toContain('their first passwords are in .kairos/logins.json, readable by you only');
    expect(lines.slice(1).map((l) => l.trim().split(/\s+/))).toEqual(Object.entries(logins).map(([role, l]) => [role, l.email]));
  });

  it('says whom to sign in as when the data folder has no demo logins', () => {
    expect(loginLines({ file: '.kairos/logins.json' })).toEqual(['  Sign in         with the users your admin created (no demo logins in this data folder)']);
  });
});
