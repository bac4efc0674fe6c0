export { createLogger, log, LOG_LEVELS, REDACTED_PATHS, type CreateLoggerOptions, type Logger } from './logger';
export { safeError, type SafeError } from './safe-error';
