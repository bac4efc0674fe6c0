import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';
import type { Logger } from '@kairos/logging';
import { requestFields } from './request-log';

export interface FieldIssue {
  field: string;
  message: string;
}

const fieldOf = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(body)';

/** Each issue at its field; an unknown key is an issue of its own, at that key (strict inputs refuse them). */
export const fieldIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ field: fieldOf([...i.path, key]), message: `unknown field "${String(key)}": check its spelling (nothing was changed)` }))
      : [{ field: fieldOf(i.path), message: i.message }],
  );

/** zod-openapi's validation hook: 400 with every field at fault, never a bare "invalid input". */
export function validationHook(result: { success: boolean; error?: z.ZodError; target?: string }, c: Context) {
  if (!result.success && result.error) {
    return c.json({ error: 'invalid_request', message: `the ${result.target ?? 'request'} is invalid`, issues: fieldIssues(result.error) }, 400);
  }
  return undefined;
}

export function notFound(c: Context, what: string, hint: string) {
  return c.json({ error: 'not_found', message: `${what} not found. ${hint}` }, 404);
}

/**
 * Errors not handled by a route: malformed JSON is the client's fault, everything else is ours and is
 * logged by route pattern with the error's safe form (a database error's values, which hold stored
 * secrets and people's details, never reach the log).
 */
export function errorHandler(logger: Logger) {
  return (err: Error, c: Context) => {
    if (err instanceof HTTPException) {
      const message = err.status === 400 && /JSON/i.test(err.message) ? 'the body is not valid JSON' : err.message;
      return c.json({ error: err.status === 400 ? 'invalid_request' : 'error', message, issues: [{ field: '(body)', message }] }, err.status);
    }
    logger.error({ ...requestFields(c), status: 500, err }, 'request failed');
    return c.json({ error: 'internal', message: 'something went wrong on our side; the request can be retried' }, 500);
  };
}
