// The test-only allowance that lets tests reach their loopback stand-ins (a Twilio-protocol peer, a
// webhook receiver, an SMTP server). It cannot be on by accident in production: the environment
// variable counts only under NODE_ENV=test, and a harness asking for it elsewhere is an error.
export const LOOPBACK_ALLOWANCE_ENV = 'KAIROS_OUTBOUND_ALLOW_LOOPBACK';

/**
 * Whether loopback destinations may be called. `requested` is a test harness's explicit choice;
 * otherwise KAIROS_OUTBOUND_ALLOW_LOOPBACK=1 turns it on, both only when NODE_ENV is "test".
 */
export function loopbackAllowance(requested?: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  const testing = env.NODE_ENV === 'test';
  if (requested === true && !testing) throw new Error('the outbound loopback allowance is for tests only: it needs NODE_ENV=test');
  if (requested !== undefined) return requested;
  return testing && env[LOOPBACK_ALLOWANCE_ENV] === '1';
}
