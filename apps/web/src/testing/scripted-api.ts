// For component tests: a real HTTP server on a free port that answers the API's paths with scripted
// bodies (as the API answers them) and records what the page sent, with the page's origin set to it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { paths } from '../api/openapi';
import type { Answer as ApiAnswer, Method } from '../api/types';

export interface SeenRequest {
  method: string;
  /** Path and query, e.g. `/api/v1/audit?action=approve`. */
  url: string;
  /** Parsed JSON, or the text of a body of another type. */
  body: unknown;
}

type Answer = [status: number, body: unknown, headers?: Record<string, string>];
/**
 * A success of the route `path` (as the API's OpenAPI document names it), its body typed by that document:
 * `'GET /api/v1/accounts/a-1': answers('get', '/api/v1/accounts/{id}', account)`. A scripted body that drifts
 * from what the API answers then fails typecheck.
 */
export const answers = <P extends keyof paths, M extends Method>(method: M, path: P, body: ApiAnswer<P, M>, status = 200): Answer => [status, body];

/** Keyed by `METHOD /path?query` (exact), or by `METHOD /path` for any query; a function may answer later (a promise). */
export type Script = Record<string, Answer | ((req: SeenRequest) => Answer | Promise<Answer>)>;

export interface ScriptedApi {
  seen: SeenRequest[];
  /** Put the page back on the server's origin (a test that saved a download may have navigated away). */
  returnToOrigin(): void;
  /** Replace or add answers. */
  answer(script: Script): void;
  close(): Promise<void>;
}

/** A JSON body as its value; any other (a CSV file uploaded as it is) as its text. */
const jsonOrText = (raw: string, type: string | undefined): unknown => (type === undefined || /json/.test(type) ? (JSON.parse(raw) as unknown) : raw);

export async function startScriptedApi(initial: Script = {}): Promise<ScriptedApi> {
  const script: Script = { ...initial };
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const seenReq = { method: req.method!, url: req.url!, body: raw ? jsonOrText(raw, req.headers['content-type']) : undefined };
      seen.push(seenReq);
      const entry = script[`${req.method} ${req.url}`] ?? script[`${req.method} ${req.url!.split('?')[0]}`];
      const missing: Answer = [404, { error: 'not_found', message: `nothing scripted for ${req.method} ${req.url}` }];
      void Promise.resolve(typeof entry === 'function' ? entry(seenReq) : (entry ?? missing)).then(
        ([status, body, headers]: Answer) => {
          const text = typeof body === 'string' ? body : JSON.stringify(body);
          res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', ...headers }).end(text);
        },
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const returnToOrigin = () => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`http://127.0.0.1:${port}/`);
  returnToOrigin();
  return {
    seen,
    returnToOrigin,
    answer: (more) => Object.assign(script, more),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
