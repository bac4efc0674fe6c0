import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { logCapture } from './log-capture';

describe('the Kairos logger', () => {
  it('blanks credentials and contact details wherever a caller nests them', () => {
    const log = logCapture();
    log.logger.warn(
      {
        secrets: { twilioAuthToken: 'CANARY-1' },
        portfolio: { settings: { from: '+15550001111' }, secrets: { smtpPassword: 'CANARY-2' } },
        req: { headers: { authorization: 'Bearer CANARY-3', cookie: 'kairos.session_token=CANARY-4' } },
        res: { headers: { 'set-cookie': 'CANARY-5', 'set-auth-token': 'CANARY-6' } },
        account: { id: 'A-1', name: 'CANARY-7', phone: 'CANARY-8', email: 'CANARY-9' },
        task: { name: 'event sweep' },
      },
      'something to look at',
    );
    expect(log.text()).not.toMatch(/CANARY/);
    const [entry] = log.entries();
    expect(entry).toMatchObject({ level: 'warn', msg: 'something to look at', account: { id: 'A-1', name: '[redacted]' }, task: { name: 'event sweep' } });
    expect(entry).toMatchObject({ req: { headers: { authorization: '[redacted]' } }, res: { headers: { 'set-cookie': '[redacted]' } } });
  });

  it('logs a failed statement by its SQL and never by its values, also down the cause chain', () => {
    const log = logCapture();
    // Drizzle's wrapper of a driver error: its message lists the values after "params:".
    const failed = Object.assign(new Error("Failed query: insert into accounts (id, name) values ($1, $2) on conflict do update set note = 'CANARY-lit'\nparams: A-1,CANARY-name"), {
      query: "insert into accounts (id, name) values ($1, $2) on conflict do update set note = 'CANARY-lit'",
      params: ['A-1', 'CANARY-name'],
      cause: Object.assign(new Error('could not write: params: CANARY-cause'), { parameters: ['CANARY-param'] }),
    });
    log.logger.error({ err: failed, route: '/api/v1/accounts/:id' }, 'request failed');
    log.logger.error(new Error('plain failure\nparams: CANARY-plain'));
    expect(log.text()).not.toMatch(/CANARY/);
    const [first, second] = log.entries();
    expect(first!.err).toMatchObject({ message: 'Failed query', query: "insert into accounts (id, name) values ($1, $2) on conflict do update set note = '…'", cause: { message: 'could not write: ' } });
    expect((first!.err as { stack: string }).stack).toMatch(/^Error: Failed query\n\s+at /);
    expect(second!.err).toMatchObject({ type: 'Error', message: 'plain failure' });
  });

  it('writes what LOG_LEVEL allows, and names the levels when it is not one', () => {
    const quiet = logCapture('warn');
    quiet.logger.info('routine');
    quiet.logger.warn('needs a look');
    expect(quiet.entries().map((e) => e.msg)).toEqual(['needs a look']);
    expect(() => createLogger({ level: 'loud' })).toThrow(/LOG_LEVEL "loud" is not a log level: use one of trace, debug, info, warn, error, fatal, silent/);
  });
});
