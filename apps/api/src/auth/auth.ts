// Sign-in with better-auth: email + password (scrypt hashes), sessions in the database, the session
// token in an httpOnly, SameSite=Lax cookie, and origin-checked requests. Kairos keeps its own
// routes (/api/v1/auth/...) in front of it; better-auth's handler is never mounted publicly.
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError } from 'better-auth/api';
import { bearer } from 'better-auth/plugins';
import { safeError, type Logger } from '@kairos/logging';
import { authAccounts, authSessions, authVerifications, mayUserSignIn, users, type KairosDb } from '@kairos/db';

export interface AuthConfig {
  /** Signs session cookies: at least 32 random characters, the same on every API instance. */
  secret: string;
  /** Where browsers reach the API (and the web app), e.g. http://localhost:3000; https makes cookies Secure. */
  baseURL: string;
  /** Further origins allowed to send signed-in requests (a web dev server on another port). */
  trustedOrigins?: string[];
  /** Session lifetime; 7 days by default, renewed on use once a day. */
  sessionDays?: number;
  /** Sign-in attempts per client address and minute (10 by default): password guessing stays slow. */
  signInAttemptsPerMinute?: number;
}

/** Where better-auth believes it is mounted: only the API's own routes call it, through `handler`. */
export const AUTH_INTERNAL_PATH = '/api/v1/auth/internal';
/** A header the API sets (never forwards) so the sign-in rate limit counts per client address. */
export const CLIENT_IP_HEADER = 'x-kairos-client-ip';
/** The code of the auth library's refusal to start a session for a deactivated person (their password was right). */
export const ACCOUNT_DEACTIVATED = 'ACCOUNT_DEACTIVATED';

export function createAuth(db: KairosDb, config: AuthConfig, logger: Logger) {
  if (config.secret.length < 32) throw new Error('the auth secret must be at least 32 characters (set KAIROS_AUTH_SECRET)');
  const days = config.sessionDays ?? 7;
  return betterAuth({
    appName: 'Kairos',
    baseURL: config.baseURL,
    basePath: AUTH_INTERNAL_PATH,
    secret: config.secret,
    trustedOrigins: [new URL(config.baseURL).origin, ...(config.trustedOrigins ?? [])],
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: authSessions, account: authAccounts, verification: authVerifications },
    }),
    // Accounts are created by an admin (or the embedded start's seed), never by signing up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 128 },
    user: {
      additionalFields: {
        role: { type: 'string', required: true, defaultValue: 'agent', input: false },
        // Read with every session: a session that slipped past the check below still answers 401.
        deactivatedAt: { type: 'date', required: false, input: false },
      },
    },
    session: { expiresIn: days * 86_400, updateAge: 86_400 },
    databaseHooks: {
      session: {
        create: {
          // Runs after the password checked out: only someone who knows it learns the account is deactivated.
          before: async (session) => {
            if (!(await mayUserSignIn(db, session.userId))) {
              throw APIError.from('FORBIDDEN', { code: ACCOUNT_DEACTIVATED, message: 'this account is deactivated' });
            }
          },
        },
      },
    },
    advanced: {
      // The library skips its origin and CSRF checks under NODE_ENV=test: tests then pass what production refuses.
      disableOriginCheck: false,
      cookiePrefix: 'kairos',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 300,
      // Guessing passwords: a handful of tries per client address and minute.
      customRules: { '/sign-in/email': { window: 60, max: config.signInAttemptsPerMinute ?? 10 } },
    },
    telemetry: { enabled: false },
    // An unexpected error (a database failure) goes on to the API's own error handler, which logs it without
    // its statement's values; left to the library, it is printed whole to the console (the session token with it).
    onAPIError: { throw: true },
    // Through the Kairos logger: an error is rebuilt without its statement's values; other arguments (which
    // may carry a user's row or a token) are never logged.
    logger: {
      level: 'error',
      log: (level, message, ...args) => {
        const errors = args.filter((a): a is Error => a instanceof Error).map((e) => safeError(e));
        logger[level]({ component: 'auth', ...(errors.length ? { errors } : {}) }, message);
      },
    },
    // Scripts and dialers send `Authorization: Bearer <token>` (the signed token from sign-in) instead of a cookie.
    // The signature is required: the database holds sessions' tokens unsigned, and a copy of it must not sign anyone in.
    plugins: [bearer({ requireSignature: true })],
  });
}

export type KairosAuth = ReturnType<typeof createAuth>;
