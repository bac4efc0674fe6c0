// What of an error may reach a log. Database errors carry the statement's values (drizzle puts them in
// its message after "params:", PGlite and postgres.js attach them as properties, a constraint error's
// detail repeats the row): stored secrets, names, phones and emails. So an error is rebuilt from an
// allow-list of fields, never copied, and the values in driver messages are blanked.

/** An error as it is logged: its kind, a message without values, the SQLSTATE or system code, and where. */
export interface SafeError {
  type: string;
  message: string;
  code?: string;
  /** The statement with placeholders (`$1`), never its values, when the error says which statement failed. */
  query?: string;
  schema?: string;
  table?: string;
  column?: string;
  constraint?: string;
  stack?: string;
  cause?: SafeError;
  errors?: SafeError[];
}

const MAX_DEPTH = 4;
const MAX_QUERY = 1_000;
const BLANK = '…';

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/** Drizzle's "Failed query: <sql>\nparams: <values>": the values start at the params line. */
const withoutParams = (message: string): string => message.replace(/\n?params:[\s\S]*$/, '');

/** String literals in SQL text become '…': a statement built with an inline value keeps its shape, not the value. */
const sqlWithoutLiterals = (query: string): string => query.replace(/'(?:[^']|'')*'/g, `'${BLANK}'`).slice(0, MAX_QUERY);

/** Quoted parts of a driver message are values ("invalid input syntax for type integer: \"…\"") unless they name the error's own table, column or constraint. */
const quotedValuesBlanked = (message: string, identifiers: Set<string>): string =>
  message.replace(/"([^"]*)"/g, (quoted, inner: string) => (identifiers.has(inner) ? quoted : `"${BLANK}"`));

const stackFrames = (stack: unknown): string[] => (typeof stack === 'string' ? stack.split('\n').filter((line) => /^\s+at /.test(line)) : []);

/** A Postgres error (postgres.js or PGlite): a five-character SQLSTATE and a severity. */
const isDriverError = (e: Record<string, unknown>): boolean => typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && typeof e.severity === 'string';

/** The loggable part of anything thrown: never its parameters, rows, headers or request. */
export function safeError(thrown: unknown, depth = 0): SafeError {
  if (!(thrown instanceof Error)) {
    return { type: thrown === null ? 'null' : typeof thrown, message: typeof thrown === 'string' ? withoutParams(thrown).slice(0, 500) : 'a non-error value was thrown' };
  }
  const e = thrown as Error & Record<string, unknown>;
  const type = e.name && e.name !== 'Error' ? e.name : e.constructor?.name || 'Error';
  const out: SafeError = { type, message: withoutParams(e.message ?? '') };
  const code = text(e.code);
  if (code) out.code = code;

  if (Array.isArray(e.params) && typeof e.query === 'string' && out.message.startsWith('Failed query:')) {
    // Drizzle's wrapper: which statement (without values); the driver's own error is its cause.
    out.message = 'Failed query';
    out.query = sqlWithoutLiterals(e.query);
  }
  if (isDriverError(e)) {
    // postgres.js names them table_name etc., PGlite table etc.
    const where = {
      schema: text(e.schema_name) ?? text(e.schema),
      table: text(e.table_name) ?? text(e.table),
      column: text(e.column_name) ?? text(e.column),
      constraint: text(e.constraint_name) ?? text(e.constraint),
    };
    for (const [k, v] of Object.entries(where)) if (v) out[k as keyof typeof where] = v;
    out.message = quotedValuesBlanked(out.message, new Set(Object.values(where).filter((v): v is string => v !== undefined)));
  }

  const frames = stackFrames(e.stack);
  if (frames.length) out.stack = [`${type}: ${out.message}`, ...frames].join('\n');
  if (depth < MAX_DEPTH) {
    if (e.cause !== undefined) out.cause = safeError(e.cause, depth + 1);
    if (thrown instanceof AggregateError) out.errors = thrown.errors.slice(0, 5).map((inner) => safeError(inner, depth + 1));
  }
  return out;
}
