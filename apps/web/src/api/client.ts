// Every call to the Kairos API goes through here: same-origin fetch (session cookies flow by themselves),
// one error type, and the two answers of sign-in handled in one place: 401 → sign in, 403 → say why.
// Paths, parameters, bodies and answers are typed by the API's own OpenAPI document (openapi.d.ts, generated).
import createClient, { type MaybeOptionalInit } from 'openapi-fetch';
import type { paths } from './openapi';
import type { Answer, Method } from './types';

/** An answer of the API that is not a success, with what the user can do about it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** `{ field, message }` for bad requests; cadence issues for a refused publish. */
    readonly issues: ReadonlyArray<Record<string, unknown>> = [],
    /** Which rule refused, when a rule did (`author_cannot_approve`, `review_not_open`, `not_approved`, ...). */
    readonly reason?: string,
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
  code?: string;
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
  // A role that may not call the route: only an administrator can change that. Other refusals
  // (an author approving, publishing unapproved content) are rules, and their message says what to do.
  if (status === 403 && (b.error === undefined || b.error === 'forbidden')) {
    const why = b.message ?? 'your role does not allow it';
    return new ApiError(403, 'forbidden', `Not allowed: ${why}. Ask an administrator for access if you need it.`);
  }
  const message = b.message ?? (typeof body === 'string' && body ? body : `the server answered ${status}`);
  return new ApiError(status, b.error ?? 'error', message, b.issues ?? [], b.code);
}

const UNREACHABLE = 'Kairos is not reachable. Check that `pnpm kairos start` is running, then try again.';

/** A query string from the values given, leaving out what is unset or empty (the API reads those as "no filter"). */
export const queryString = (params: Record<string, unknown>): string => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  return s.toString();
};

/** openapi-fetch over the API's document; the app calls it through `call` below. */
const api = createClient<paths>({
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  querySerializer: queryString,
  // Looked up at each call rather than captured once, like any other fetch of the page.
  fetch: (request) => fetch(request),
});

/** The JSON a call of `api` answered; throws ApiError on anything but 2xx (and sends the user to sign in on 401). */
async function answerOf<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0, 'unreachable', UNREACHABLE);
  }
  if (result.response.ok) return result.data as T;
  const error = errorFrom(result.response.status, result.error);
  if (error.code === 'unauthenticated') onUnauthenticated();
  throw error;
}

type PathsWith<M extends Method> = { [P in keyof paths]: paths[P] extends Record<M, object> ? P : never }[keyof paths];
type InitArgs<I> = Partial<I> extends I ? [init?: I] : [init: I];

// openapi-fetch's own answer type turns tuples (`[low, high]` intervals) into arrays, so the answer is typed
// from the document directly.
function answering<M extends Method>(send: (path: never, init?: never) => Promise<{ data?: unknown; error?: unknown; response: Response }>) {
  return <P extends PathsWith<M>, I extends MaybeOptionalInit<paths[P], M>>(path: P, ...init: InitArgs<I>): Promise<Answer<P, M>> =>
    answerOf(send(path as never, init[0] as never)) as Promise<Answer<P, M>>;
}

/** Calls of the API answering its JSON (ApiError otherwise): `call.get('/api/v1/cadences/{id}', { params: { path: { id } } })`. */
export const call = { get: answering<'get'>(api.GET), post: answering<'post'>(api.POST), put: answering<'put'>(api.PUT), patch: answering<'patch'>(api.PATCH) };

/** A file the API answers (a CSV export): its bytes and the name the server gives it. */
export interface Download {
  blob: Blob;
  filename: string;
}

/** GET a file from the API; errors are ApiErrors as for JSON calls. */
export async function apiDownload(path: string, fallbackName: string): Promise<Download> {
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'unreachable', UNREACHABLE);
  }
  if (!res.ok) {
    const error = errorFrom(res.status, await readBody(res));
    if (error.code === 'unauthenticated') onUnauthenticated();
    throw error;
  }
  const named = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  return { blob: await res.blob(), filename: named ?? fallbackName };
}

/** A message for any error a call may throw. */
export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));
