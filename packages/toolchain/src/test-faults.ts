// Test-only fault injection for the kill tests: a process reads KAIROS_FAULT once at startup and
// crashes itself at exactly one point that a kill from outside cannot hit reliably (between a
// provider's answer and its booking; between storing an event and signalling it). Never active by
// accident: it needs NODE_ENV=test as well, and a KAIROS_FAULT without it stops the process at start.

/** The points a test may crash a process at. */
export const TEST_FAULTS = {
  /** The worker, right after a provider answered a send and before the answer is booked. */
  'exit-after-provider-call': 'worker',
  /** The API, right after an event is stored and before it is signalled to any workflow. */
  'exit-before-signal': 'api',
} as const;
export type TestFault = keyof typeof TEST_FAULTS;

const isFault = (name: string): name is TestFault => Object.hasOwn(TEST_FAULTS, name);

/**
 * The fault the environment asks for, if any. Throws (say so and exit) when KAIROS_FAULT is set without
 * NODE_ENV=test, or names no known fault: a crash on purpose must never reach a real deployment.
 */
export function testFaultFromEnv(env: NodeJS.ProcessEnv): TestFault | undefined {
  const name = env.KAIROS_FAULT;
  if (!name) return undefined;
  if (env.NODE_ENV !== 'test') {
    throw new Error(`KAIROS_FAULT=${name} makes this process crash on purpose and is only for Kairos's kill tests (with NODE_ENV=test): unset KAIROS_FAULT`);
  }
  if (!isFault(name)) throw new Error(`KAIROS_FAULT=${name} is not a fault Kairos knows: ${Object.keys(TEST_FAULTS).join(', ')}`);
  return name;
}

/** Die at once, as when a machine loses power: no exit handler, no buffered write, nothing after it. */
export function crashNow(): never {
  process.kill(process.pid, 'SIGKILL');
  // SIGKILL to oneself is delivered before this line runs; the throw satisfies the type checker.
  throw new Error('unreachable: SIGKILL did not stop the process');
}
