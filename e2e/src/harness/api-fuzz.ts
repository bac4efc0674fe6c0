// Schemathesis against a running product: every operation of its /openapi.json, generated from the
// schemas (valid and invalid input, missing bodies, odd text, wrong methods), sent with a bearer
// token of one role. What counts is read from Schemathesis' own event stream (ndjson): every
// request it sent and every answer of 500 or more, whatever its summary says.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSchemathesis } from '@kairos/toolchain';
import type { Logins } from './product';

/** The roles a fuzz run signs in as: the one that may call everything, and one that may call less. */
export const FUZZ_ROLES = ['admin', 'engineer'] as const;
export type FuzzRole = (typeof FUZZ_ROLES)[number];

/**
 * Operations left out, each because it changes who the fuzzer is rather than what the API does:
 * signing out ends its session, and changing a role can take the fuzzing admin's own role away
 * (it creates admins, then demotes the first one). Both are covered by their route tests.
 */
export const NOT_FUZZED = ['/api/v1/auth/sign-out', '/api/v1/users/{id}'] as const;

export interface FuzzBudget {
  /** Seconds for the whole run of one role (Schemathesis' --max-time); unset: until every phase is done. */
  maxSeconds?: number;
  /** Test cases per operation and phase. */
  maxExamples: number;
  /** Shrink a failing case to its smallest form: slower, clearer reports. */
  shrink: boolean;
  phases: string[];
}

/** Inside `pnpm test`: 75 seconds per role, so both runs and their start-up fit in 3 minutes. */
export const CAPPED: FuzzBudget = { maxSeconds: 75, maxExamples: 25, shrink: false, phases: ['examples', 'coverage', 'fuzzing'] };
/** `pnpm fuzz`: every phase, stateful sequences included, with many more cases. */
export const FULL: FuzzBudget = { maxExamples: 200, shrink: true, phases: ['examples', 'coverage', 'fuzzing', 'stateful'] };

export interface ServerError {
  operation: string;
  status: number;
  request: string;
}

export interface FuzzResult {
  role: string;
  /** Requests sent (one per generated test case and step). */
  requests: number;
  /** Requests that got no answer at all (refused or reset connection, timeout). */
  unanswered: number;
  serverErrors: ServerError[];
  /** By status code, for the summary line. */
  statuses: Record<string, number>;
  exitCode: number;
  /** What Schemathesis printed (its own summary, reproduction commands). */
  output: string;
  report: string;
}

/** The session token of `role`'s demo login, as scripts use it (`Authorization: Bearer …`). */
export async function bearerToken(baseUrl: string, logins: Logins, role: string): Promise<string> {
  const login = logins[role];
  if (!login) throw new Error(`the product has no demo login for ${role}`);
  // fetch says it is a browser request (sec-fetch-mode), so it must say its origin as browsers do.
  const res = await fetch(`${baseUrl}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: baseUrl }, body: JSON.stringify({ email: login.email, password: login.password }) });
  const token = res.headers.get('set-auth-token');
  if (res.status !== 200 || !token) throw new Error(`signing in as ${role} answered ${res.status}: ${await res.text()}`);
  return token;
}

/** Run Schemathesis as one role and count what it sent and what failed on the server's side. */
export async function fuzzApi(o: { baseUrl: string; token: string; role: string; budget: FuzzBudget; reportDir: string; seed?: number }): Promise<FuzzResult> {
  mkdirSync(o.reportDir, { recursive: true });
  const report = join(o.reportDir, `fuzz-${o.role}.ndjson`);
  const args = [
    'run',
    `${o.baseUrl}/openapi.json`,
    '--header', `Authorization: Bearer ${o.token}`,
    // Changes sent with a cookie must say their origin; sending it always keeps the fuzzer on the API's logic.
    '--header', `Origin: ${o.baseUrl}`,
    '--checks', 'not_a_server_error',
    ...NOT_FUZZED.flatMap((path) => ['--exclude-path', path]),
    '--phases', o.budget.phases.join(','),
    '--max-examples', String(o.budget.maxExamples),
    ...(o.budget.maxSeconds ? ['--max-time', String(o.budget.maxSeconds)] : []),
    ...(o.budget.shrink ? [] : ['--no-shrink']),
    ...(o.seed !== undefined ? ['--seed', String(o.seed)] : []),
    '--workers', '2',
    '--continue-on-failure',
    '--suppress-health-check', 'all',
    '--request-timeout', '60',
    '--wait-for-schema', '30',
    '--report', 'ndjson',
    '--report-ndjson-path', report,
    '--no-color',
  ];
  const { exitCode, output } = await run(findSchemathesis(), args, o.reportDir);
  return { role: o.role, exitCode, output, report, ...countAnswers(readFileSync(report, 'utf8')) };
}

interface Interaction {
  request: { method: string; uri: string };
  response: { status_code: number } | null;
}

/** Requests, statuses and server errors from Schemathesis' ndjson event stream. */
export function countAnswers(ndjson: string): Pick<FuzzResult, 'requests' | 'unanswered' | 'serverErrors' | 'statuses'> {
  let requests = 0;
  let unanswered = 0;
  const serverErrors: ServerError[] = [];
  const statuses: Record<string, number> = {};
  for (const line of ndjson.split('\n')) {
    if (!line.startsWith('{"ScenarioFinished"')) continue;
    const scenario = (JSON.parse(line) as { ScenarioFinished: { recorder: { label: string; interactions?: Record<string, Interaction> } } }).ScenarioFinished;
    for (const interaction of Object.values(scenario.recorder.interactions ?? {})) {
      requests++;
      const status = interaction.response?.status_code;
      if (status === undefined) {
        unanswered++;
        continue;
      }
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status >= 500) serverErrors.push({ operation: scenario.recorder.label, status, request: `${interaction.request.method} ${interaction.request.uri}` });
    }
  }
  return { requests, unanswered, serverErrors, statuses };
}

/** One line per role, e.g. `api fuzz as admin: 4,210 requests, 0 server errors (400: 2,801, 404: 713, …)`. */
export function fuzzSummary(r: FuzzResult): string {
  const byStatus = Object.entries(r.statuses)
    .sort(([, a], [, b]) => b - a)
    .map(([status, n]) => `${status}: ${n.toLocaleString('en-US')}`)
    .join(', ');
  return `api fuzz as ${r.role}: ${r.requests.toLocaleString('en-US')} requests, ${r.serverErrors.length} server errors, ${r.unanswered} unanswered (${byStatus})`;
}

/** Runs in `cwd`, where Schemathesis keeps its cache (`.schemathesis/`): the report folder, never the work tree. */
function run(cmd: string, args: string[], cwd: string): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ exitCode: code ?? 1, output }));
  });
}
