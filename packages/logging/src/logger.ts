// One logger for every Kairos process (API, worker, `kairos start`): JSON lines on stderr, level from
// LOG_LEVEL. Errors pass through `safeError` (no statement values); known secret and personal fields
// are blanked wherever a caller puts them, as a net under the rule that callers log ids, not records.
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { safeError } from './safe-error';

export type { Logger };

/** Keys whose values are credentials: never logged, at any of the depths callers nest them. */
const SECRET_KEYS = [
  'password', 'passwordHash', 'secret', 'secrets', 'token', 'accessToken', 'refreshToken', 'apiKey', 'authToken',
  'authorization', 'cookie', 'set-cookie', 'set-auth-token', 'linkSecret',
  'twilioAuthToken', 'smtpPassword', 'stripeWebhookSecret', 'paymentsWebhookSecret', 'emailWebhookSecret',
];
/** Keys whose values are a person's: contact details and names, and statement parameters (which hold them). */
const PERSONAL_KEYS = ['email', 'phone', 'address', 'firstName', 'lastName', 'fullName', 'recipient', 'params', 'parameters'];
/** `name` alone is too common (a task's, an error's) to blank everywhere: only where it is a person's. */
const PERSON_NAMES = ['account.name', 'user.name', 'person.name', 'customer.name', 'body.name'];

const bracket = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`);
const atDepths = (key: string) => [bracket(key), `*.${bracket(key)}`, `*.*.${bracket(key)}`].map((p) => p.replace('.[', '['));

/** Every path pino blanks: each secret and personal key at the top and two levels down, and people's names. */
export const REDACTED_PATHS: readonly string[] = [...[...SECRET_KEYS, ...PERSONAL_KEYS].flatMap(atDepths), ...PERSON_NAMES, ...PERSON_NAMES.map((p) => `*.${p}`)];

export interface CreateLoggerOptions {
  /** trace, debug, info, warn, error, fatal or silent; LOG_LEVEL, else info. */
  level?: string;
  /** Where the lines go: stderr (written synchronously, so a crash loses none) unless given. */
  destination?: DestinationStream;
  /** Fields on every line, e.g. `{ process: 'worker' }`. */
  base?: Record<string, unknown>;
}

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

function levelOf(given: string | undefined): string {
  const level = given?.trim().toLowerCase() || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new Error(`LOG_LEVEL "${given}" is not a log level: use one of ${LOG_LEVELS.join(', ')}`);
  }
  return level;
}

/** A logger that redacts secrets and personal data and logs errors without their statement values. */
export function createLogger(opts: CreateLoggerOptions = {}): Logger {
  const options: LoggerOptions = {
    level: levelOf(opts.level ?? process.env.LOG_LEVEL),
    base: { pid: process.pid, ...opts.base },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    serializers: { err: (e: unknown) => safeError(e), error: (e: unknown) => safeError(e), cause: (e: unknown) => safeError(e) },
    hooks: {
      // `log.error(err)` alone makes the error's message the line's message: the safe one, then.
      logMethod(args, method) {
        const [first, second] = args as unknown[];
        if (first instanceof Error && typeof second !== 'string') return method.call(this, { err: first }, safeError(first).message);
        return method.apply(this, args);
      },
    },
  };
  return pino(options, opts.destination ?? pino.destination({ dest: 2, sync: true }));
}

let processLogger: Logger | undefined;
/** The process's logger (created on first use, so LOG_LEVEL set before it counts). */
export function log(): Logger {
  return (processLogger ??= createLogger());
}
