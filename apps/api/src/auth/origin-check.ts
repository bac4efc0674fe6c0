// CSRF protection: a request that changes something and carries cookies must come from a trusted
// origin (the browser always says where a POST comes from). Requests without cookies (scripts
// with a bearer token, curl) carry no ambient credentials and cannot be forged cross-site.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../router';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function originCheck(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method) || !c.req.header('cookie')) return next();
    const origin = c.req.header('origin') ?? refererOrigin(c.req.header('referer'));
    const context = await c.get('auth').$context;
    if (!origin || origin === 'null' || !context.isTrustedOrigin(origin)) {
      return c.json(
        {
          error: 'forbidden',
          message: `cross-site request refused: ${origin ? `origin ${origin} is not trusted` : 'a signed-in change must say its Origin'} (trusted: KAIROS_TRUSTED_ORIGINS)`,
        },
        403,
      );
    }
    return next();
  };
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}
