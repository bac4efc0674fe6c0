// The CLI as a user runs it: a real process, real files, exit codes and stderr lines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeNodeKind } from '@kairos/cadence';
import { configuredRegistry } from '@kairos/node-packages';
import { repoRoot } from '@kairos/toolchain';

const root = repoRoot();
const kairos = (...args: string[]) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'apps/cli/src/main.ts'), ...args], { encoding: 'utf8', cwd: root });

describe('kairos CLI', () => {
  it('prints help listing its commands', () => {
    const r = kairos('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/start/);
    expect(r.stdout).toMatch(/compile/);
    expect(r.stdout).toMatch(/validate \[options\] \[paths\.\.\.\]/);
    expect(r.stdout).toMatch(/nodes \[options\]/);
    expect(r.stdout).toMatch(/import/);
    const importHelp = kairos('import', 'accounts', '--help');
    expect(importHelp.stdout).toMatch(/accounts \[options\] <file\.csv>/);
    expect(importHelp.stdout).toMatch(/--portfolio <id>[\s\S]*--mapping <mapping\.json>[\s\S]*--default-country <code>/);
  });

  it('prints with `nodes --json` the description GET /node-kinds answers, for every installed kind', async () => {
    const r = kairos('nodes', '--json');
    expect(r.status, r.stderr).toBe(0);
    const installed = (await configuredRegistry()).list();
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(installed.map(describeNodeKind))));
  });

  it('checks compliance profile files: the documented example passes, a broken one names its fields and exits 1', () => {
    expect(kairos('compliance', 'check-profile', '--help').stdout).toMatch(/check-profile \[options\] <files\.\.\.>/);
    const good = kairos('compliance', 'check-profile', 'docs/examples/compliance-profile.json');
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toMatch(/✓ .*"us-reg-f-ma" based on us-reg-f/);
    const dir = mkdtempSync(join(tmpdir(), 'kairos-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ id: 'bad', title: 'Bad', hours: { mon: '08:00-20:00' }, caps: [{ channel: 'sms', max: 0, windowDays: 7 }] }));
    const r = kairos('compliance', 'check-profile', bad);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/caps\[0\]\.max: /);
  });

  it('compiles a valid graph to IR JSON on stdout and exits 0', () => {
    const r = kairos('compile', 'packages/cadence/examples/three-reminders.json');
    expect(r.status).toBe(0);
    const ir = JSON.parse(r.stdout);
    expect(ir).toMatchObject({ format: 'kairos.cadence-ir/1', entry: 'start', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(Object.keys(ir.steps)).toHaveLength(9);
  });

  it('exits 1 with one JSON error per line on stderr for an invalid graph', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kairos-cli-'));
    const file = join(dir, 'broken.json');
    writeFileSync(
      file,
      JSON.stringify({
        nodes: [
          { id: 'start', type: 'entry', position: { x: 0, y: 0 }, data: { config: {} } },
          { id: 'sms', type: 'send-message', position: { x: 0, y: 1 }, data: { config: { channel: 'email', body: 'Hi {{ account.nickname }}' } } },
        ],
        edges: [{ id: 'e1', source: 'start', sourceHandle: 'next', target: 'sms' }],
      }),
    );
    const r = kairos('compile', file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const errors = r.stderr.trim().split('\n').map((line) => JSON.parse(line));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ nodeId: 'sms', field: 'subject', message: 'an email needs a subject' }),
        expect.objectContaining({ nodeId: 'sms', field: 'body', message: expect.stringMatching(/account\.nickname/) }),
      ]),
    );
  });

  it('exits 1 naming the problem for a missing file and for text that is not JSON', () => {
    const missing = kairos('compile', 'nowhere.json');
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stderr.trim()).message).toMatch(/cannot read nowhere\.json: ENOENT/);
    const dir = mkdtempSync(join(tmpdir(), 'kairos-cli-'));
    writeFileSync(join(dir, 'x.json'), '{ nodes: ');
    const notJson = kairos('compile', join(dir, 'x.json'));
    expect(notJson.status).toBe(1);
    expect(JSON.parse(notJson.stderr.trim()).message).toMatch(/is not JSON/);
  });

  it('rejects an unknown command with a pointer to --help', () => {
    const r = kairos('launch');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--help/);
  });
});
