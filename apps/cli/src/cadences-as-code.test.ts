// Cadences kept in git: `kairos validate` as CI runs it, and `kairos nodes` as engineers read it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRegistry, toCadenceFile } from '@kairos/cadence';
import { repoRoot } from '@kairos/toolchain';

const root = repoRoot();
const kairos = (...args: string[]) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'apps/cli/src/main.ts'), ...args], { encoding: 'utf8', cwd: root });
const example = JSON.parse(readFileSync(join(root, 'packages/cadence/examples/three-reminders.json'), 'utf8'));

function cadenceFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kairos-cadences-'));
  mkdirSync(join(dir, 'late-stage'));
  writeFileSync(join(dir, 'three-reminders.json'), JSON.stringify(example));
  writeFileSync(join(dir, 'late-stage', 'exported.json'), JSON.stringify(toCadenceFile('Exported', example, 'from the editor')));
  return dir;
}

describe('kairos validate', () => {
  it('passes a folder of valid graphs and exported cadences, recursing into subfolders', () => {
    const r = kairos('validate', cadenceFolder());
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✓ .*late-stage\/exported\.json/);
    expect(r.stdout).toMatch(/2 files checked, all valid/);
  });

  it('fails with the node and field at fault, and names unreadable files', () => {
    const dir = cadenceFolder();
    const broken = structuredClone(example);
    broken.nodes.find((n: { id: string }) => n.id === 'sms-1').data.config.body = 'Hi {{ account.nickname }}';
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    writeFileSync(join(dir, 'notes.json'), '{ "todo": true }');
    writeFileSync(join(dir, 'half.json'), '{ "nodes": [');
    const r = kairos('validate', dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/✗ .*broken\.json\n {4}error {3}node "sms-1", field body: unknown template variable "account\.nickname" \[template\]/);
    expect(r.stdout).toMatch(/✗ .*notes\.json\n {4}error {3}expected a cadence file/);
    expect(r.stdout).toMatch(/✗ .*half\.json\n {4}error {3}not JSON/);
    expect(r.stdout).toMatch(/5 files checked, with errors/);
  });

  it('prints one JSON object per problem with --json', () => {
    const dir = cadenceFolder();
    const broken = structuredClone(example);
    broken.edges.pop();
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    const r = kairos('validate', '--json', dir);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/broken\.json$/), nodeId: 'sms-2', field: 'outcomes.next', code: 'unwired-outcome', severity: 'error' }),
      expect.objectContaining({ file: expect.stringMatching(/broken\.json$/), nodeId: 'done', code: 'unreachable' }),
    ]);
  });

  it('fails on warnings only with --strict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kairos-cadences-'));
    const warned = structuredClone(example);
    warned.nodes[0].data.config.exitOn = ['dispute'];
    writeFileSync(join(dir, 'warned.json'), JSON.stringify(warned));
    expect(kairos('validate', dir).status).toBe(0);
    expect(kairos('validate', '--strict', dir).status).toBe(1);
  });

  it('exits 2 when there is nothing to check', () => {
    const r = kairos('validate', mkdtempSync(join(tmpdir(), 'kairos-empty-')));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no cadence files/);
  });
});

describe('kairos nodes', () => {
  it('lists only the built-in kinds when KAIROS_NODE_PACKAGES is empty, and stops with advice for a missing package', () => {
    const run = (value: string) =>
      spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'apps/cli/src/main.ts'), 'nodes'], { encoding: 'utf8', cwd: root, env: { ...process.env, KAIROS_NODE_PACKAGES: value } });
    expect(run('').stdout).not.toMatch(/acme\/agency-placement/);
    const missing = run('@acme/not-installed');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/pnpm add -w @acme\/not-installed/);
  });

  it('validates graphs that use a configured package\'s kinds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kairos-cadences-'));
    const graph = structuredClone(example);
    const sms = graph.nodes.find((n: { id: string }) => n.id === 'sms-1');
    sms.type = 'acme/agency-placement';
    sms.data.config = { endpoint: 'https://intake.acme.example/v1', portfolioCode: 'lowercase' };
    writeFileSync(join(dir, 'acme.json'), JSON.stringify(graph));
    const r = kairos('validate', '--json', dir);
    expect(r.stdout).toMatch(/"nodeId":"sms-1","field":"portfolioCode"/);
  });

  it('lists every installed kind with its outcomes', () => {
    const r = kairos('nodes');
    expect(r.status).toBe(0);
    for (const k of builtInRegistry.list()) expect(r.stdout).toMatch(new RegExp(`^${k.kind.replace('/', '\\/')}\\s+v${k.version}`, 'm'));
    expect(r.stdout).toMatch(/^ab-split .* variant:A, variant:B$/m);
  });

  it('prints the kinds with their config JSON Schemas with --json', () => {
    const kinds = JSON.parse(kairos('nodes', '--json').stdout);
    // The built-in kinds, then those of the node packages in kairos.config.json.
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual([...builtInRegistry.list().map((k) => k.kind), 'acme/agency-placement']);
    const wait = kinds.find((k: { kind: string }) => k.kind === 'wait');
    expect(wait.configSchema.oneOf ?? wait.configSchema.anyOf).toHaveLength(3);
  });
});
