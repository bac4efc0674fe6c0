// What the API says about requests: method, route pattern and status, never the path's values or the
// query string (a token in `?token=` or an account id in a path is not the log's business).
import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from '@kairos/logging';

/** The request as a log line may show it: the route's pattern (`/api/v1/accounts/:id`), not the URL. */
export const requestFields = (c: Context) => ({ method: c.req.method, route: routePath(c, -1) || '(no route)' });

/** Every request at debug level (LOG_LEVEL=debug), with its duration; failures are logged where they are handled. */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    // Off (the default level), a request pays for one comparison, not a line it will not write.
    if (!logger.isLevelEnabled('debug')) return next();
    const started = performance.now();
    await next();
    logger.debug({ ...requestFields(c), status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  };
}
