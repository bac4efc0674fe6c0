// Temporal's worker logs (an activity failed, a workflow task failed) go through the Kairos logger:
// an activity's error may be a database error whose values hold a person's phone, email or a secret,
// and Temporal's own logger would print it whole.
import { DefaultLogger, type LogLevel } from '@temporalio/worker';
import type { Logger } from '@kairos/logging';

const METHODS = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const satisfies Record<LogLevel, string>;

/** A logger for `Runtime.install` that writes Temporal's entries at `level` and above as Kairos log lines. */
export function temporalLogger(logger: Logger, level: LogLevel = 'WARN'): DefaultLogger {
  return new DefaultLogger(level, ({ level: entryLevel, message, meta }) => {
    logger[METHODS[entryLevel]]({ source: 'temporal', ...meta }, message);
  });
}
