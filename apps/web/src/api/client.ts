// Every call to the Kairos API goes through here: same-origin fetch (session cookies flow by themselves),
// one error type, and the two answers of sign-in handled in one place: 401 → sign in, 403 → say why.

/** An answer of the API that is not a success, with what the user can do about it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** `{ field, message }` for bad requests; cadence issues for a refused publish. */
    readonly issues: ReadonlyArray<Record<string, unknown>> = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const currentPlace = () => `${window.location.pathname}${window.location.search}`;

let onUnauthenticated = (): void => {
  if (window.location.pathname !== '/sign-in') window.location.assign(`/sign-in?next=${encodeURIComponent(currentPlace())}`);
};

/** Replace what happens when the API answers 401 (tests, or a sign-in dialog later). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

interface ErrorBody {
  error?: string;
  message?: string;
  issues?: Array<Record<string, unknown>>;
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A 401 about the session (not, say, a wrong password at sign-in). */
const isSessionGone = (status: number, b: ErrorBody) => status === 401 && (b.error === undefined || b.error === 'unauthenticated');

function errorFrom(status: number, body: unknown): ApiError {
  const b: ErrorBody = typeof body === 'object' && body !== null ? (body as ErrorBody) : {};
  if (isSessionGone(status, b)) return new ApiError(401, 'unauthenticated', 'Your session has ended: sign in to continue.');
  if (status === 403) {
    const why = b.message ?? 'your role does not allow it';
    return new ApiError(403, b.error ?? 'forbidden', `Not allowed: ${why}. Ask an administrator for access if you need it.`);
  }
  const message = b.message ?? (typeof body === 'string' && body ? body : `the server answered ${status}`);
  return new ApiError(status, b.error ?? 'error', message, b.issues ?? []);
}

/** Call the API at `path` (under /api/v1) and return its JSON; throws ApiError on anything but 2xx. */
export async function apiRequest<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'unreachable', 'Kairos is not reachable. Check that `pnpm kairos start` is running, then try again.');
  }
  const parsed = await readBody(res);
  if (res.ok) return parsed as T;
  const error = errorFrom(res.status, parsed);
  if (error.code === 'unauthenticated') onUnauthenticated();
  throw error;
}

/** A message for any error a call may throw. */
export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));
