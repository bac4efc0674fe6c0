// Tests read what a logger wrote: the same JSON lines a process would write to stderr.
import { Writable } from 'node:stream';
import { createLogger, type Logger } from './logger';

export interface LogCapture {
  logger: Logger;
  /** Everything written so far, as it would appear in the log file. */
  text(): string;
  /** The lines parsed. */
  entries(): Array<Record<string, unknown>>;
}

/** A real logger (redaction, serializers) writing to memory instead of stderr. */
export function logCapture(level = 'trace'): LogCapture {
  let written = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      done();
    },
  });
  const logger = createLogger({ level, destination });
  return {
    logger,
    text: () => written,
    entries: () => written.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
