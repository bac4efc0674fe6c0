// `pnpm kairos import accounts <file.csv> --portfolio <id>`: the API's import, from a terminal. It
// signs in (KAIROS_TOKEN, or KAIROS_EMAIL and KAIROS_PASSWORD), uploads the file, applies a mapping
// file when given, starts the import and prints its progress and summary.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importMappingSchema } from '@kairos/account-import';

export interface ImportAccountsOptions {
  portfolio: string;
  mapping?: string;
  defaultCountry?: string;
  api?: string;
}

interface Io {
  env: NodeJS.ProcessEnv;
  out: (line: string) => void;
  err: (line: string) => void;
  fetch: typeof fetch;
  pollMs: number;
}

const defaultIo = (): Io => ({ env: process.env, out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`), fetch, pollMs: 1000 });

class CliError extends Error {}

/** Runs the import; resolves to the process exit code (0 done, 1 refused or failed). */
export async function importAccounts(file: string, opts: ImportAccountsOptions, io: Io = defaultIo()): Promise<number> {
  try {
    return await run(file, opts, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

async function run(file: string, opts: ImportAccountsOptions, io: Io): Promise<number> {
  const base = (opts.api ?? io.env.KAIROS_API_URL ?? `http://127.0.0.1:${io.env.KAIROS_PORT ?? 3000}`).replace(/\/$/, '');
  let csv: string;
  try {
    csv = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`cannot read ${file}: check the path`);
  }
  let mapping: unknown;
  if (opts.mapping) {
    let text: string;
    try {
      text = readFileSync(opts.mapping, 'utf8');
    } catch {
      throw new CliError(`cannot read the mapping file ${opts.mapping}: check the path`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new CliError(`${opts.mapping} is not JSON: write it as in docs/importing-accounts.md`);
    }
    const checked = importMappingSchema.safeParse({ ...(parsed as object), ...(opts.defaultCountry ? { defaultCountry: opts.defaultCountry } : {}) });
    if (!checked.success) throw new CliError(checked.error.issues.map((i) => `${opts.mapping}: ${i.path.join('.') || '(file)'} ${i.message}`).join('\n'));
    mapping = checked.data;
  }
  const token = await signIn(base, io);
  const call = async (method: string, path: string, body?: { type: string; text: string }) => {
    const res = await io.fetch(`${base}/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': body.type } : {}) }, ...(body ? { body: body.text } : {}) });
    const payload = (await res.json().catch(() => ({}))) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are read field by field
    if (res.status >= 400) throw new CliError(`${method} ${path} answered ${res.status}: ${payload.message ?? ''}${(payload.issues ?? []).map((i: { field: string; message: string }) => `\n  ${i.field}: ${i.message}`).join('')}`);
    return payload;
  };
  const query = new URLSearchParams({ portfolioId: opts.portfolio, fileName: basename(file) });
  let preview = await call('POST', `/imports?${query}`, { type: 'text/csv', text: csv });
  const id = preview.import.id as string;
  if (!mapping && opts.defaultCountry) mapping = { ...preview.import.mapping, defaultCountry: opts.defaultCountry };
  if (mapping) preview = await call('PUT', `/imports/${id}/mapping`, { type: 'application/json', text: JSON.stringify(mapping) });
  io.out(`${basename(file)}: ${preview.import.totalRows} rows, ${preview.problemCount} problems in ${preview.import.rejected} rows (import ${id})`);
  for (const [column, m] of Object.entries(preview.import.mapping.columns as Record<string, { field: string; format?: string }>)) io.out(`  ${column} -> ${m.field}${m.format ? ` (${m.format})` : ''}`);
  if (preview.mappingProblems.length > 0) {
    for (const p of preview.mappingProblems as Array<{ column: string | null; message: string }>) io.err(`mapping${p.column ? ` "${p.column}"` : ''}: ${p.message}`);
    io.err('Nothing was imported: give a mapping file with --mapping (see docs/importing-accounts.md).');
    return 1;
  }
  for (const p of (preview.problems as Array<{ row: number; column: string | null; message: string }>).slice(0, 20)) io.out(`  row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.message}`);
  await call('POST', `/imports/${id}/start`);
  for (;;) {
    const imp = await call('GET', `/imports/${id}`);
    if (imp.status === 'running' || imp.status === 'queued') {
      io.out(`${imp.status}: ${imp.rowsDone} / ${imp.totalRows} rows${imp.rowsPerSecond ? `, ${imp.rowsPerSecond} rows/s` : ''}${imp.etaSeconds !== null ? `, about ${imp.etaSeconds} s left` : ''}`);
      await new Promise((resolve) => setTimeout(resolve, io.pollMs));
      continue;
    }
    io.out(`${imp.status}: created ${imp.created}, updated ${imp.updated}, unchanged ${imp.unchanged}, rejected ${imp.rejected}`);
    if (imp.rejected > 0) io.out(`Problems of the rejected rows: ${base}/api/v1/imports/${id}/problems.csv`);
    if (imp.failureReason) io.err(imp.failureReason);
    return imp.status === 'done' ? 0 : 1;
  }
}

async function signIn(base: string, io: Io): Promise<string> {
  if (io.env.KAIROS_TOKEN) return io.env.KAIROS_TOKEN;
  const { KAIROS_EMAIL: email, KAIROS_PASSWORD: password } = io.env;
  if (!email || !password) throw new CliError('sign in first: set KAIROS_EMAIL and KAIROS_PASSWORD (an engineer or admin; see logins.json in the data folder), or KAIROS_TOKEN');
  const res = await io.fetch(`${base}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const token = res.headers.get('set-auth-token');
  if (res.status !== 200 || !token) throw new CliError(`signing in as ${email} at ${base} answered ${res.status}: check KAIROS_EMAIL, KAIROS_PASSWORD and --api`);
  return token;
}
