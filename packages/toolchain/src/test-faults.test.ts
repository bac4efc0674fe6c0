import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { testFaultFromEnv } from './test-faults';

describe('test-only faults', () => {
  it('are off unless KAIROS_FAULT names one', () => {
    expect(testFaultFromEnv({ NODE_ENV: 'test' })).toBeUndefined();
    expect(testFaultFromEnv({ NODE_ENV: 'test', KAIROS_FAULT: 'exit-after-provider-call' })).toBe('exit-after-provider-call');
  });

  it('refuse to start outside tests, and name the faults there are when given another', () => {
    expect(() => testFaultFromEnv({ KAIROS_FAULT: 'exit-after-provider-call' })).toThrow(/only for Kairos's kill tests .*unset KAIROS_FAULT/);
    expect(() => testFaultFromEnv({ NODE_ENV: 'production', KAIROS_FAULT: 'exit-before-signal' })).toThrow(/NODE_ENV=test/);
    expect(() => testFaultFromEnv({ NODE_ENV: 'test', KAIROS_FAULT: 'exit-sometimes' })).toThrow(/exit-after-provider-call, exit-before-signal/);
  });

  it('crash the process at once, running no exit handler', () => {
    const script = `process.on('exit', () => console.log('exit handler ran'));
      import('${new URL('./test-faults.ts', import.meta.url).pathname}').then((m) => { m.crashNow(); console.log('still running'); });`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).toBe('');
  });
});
