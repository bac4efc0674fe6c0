// `pnpm fuzz`: the full API fuzz run (every Schemathesis phase, stateful sequences included, no time
// cap) as an admin and as an engineer, against a fresh product it starts, or against a running one
// (KAIROS_FUZZ_URL and KAIROS_FUZZ_LOGINS, its logins.json: the fuzzer changes its data). Prints the
// count of requests and of server errors per role; exits 1 on any server error. docs/api-fuzzing.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR, bearerToken, FULL, fuzzApi, fuzzSummary, FUZZ_ROLES, startProduct, type Logins, type RunningProduct } from './harness';

const positive = (name: string): number | undefined => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number (got "${raw}")`);
  return n;
};

async function main(): Promise<number> {
  const given = process.env.KAIROS_FUZZ_URL;
  if (given && !process.env.KAIROS_FUZZ_LOGINS) throw new Error('KAIROS_FUZZ_URL needs KAIROS_FUZZ_LOGINS: the logins.json of that product (in its data folder)');
  let product: RunningProduct | undefined;
  if (!given) {
    console.log('[fuzz] starting a fresh product (kairos start on free ports, a throwaway data folder) ...');
    product = await startProduct();
  }
  const baseUrl = given ?? product!.url;
  const logins = given ? (JSON.parse(readFileSync(process.env.KAIROS_FUZZ_LOGINS!, 'utf8')) as Logins) : product!.logins;
  const maxSeconds = positive('KAIROS_FUZZ_SECONDS');
  const budget = { ...FULL, maxExamples: positive('KAIROS_FUZZ_EXAMPLES') ?? FULL.maxExamples, ...(maxSeconds ? { maxSeconds } : {}) };
  const seed = positive('KAIROS_FUZZ_SEED');
  let failed = false;
  try {
    for (const role of FUZZ_ROLES) {
      console.log(`[fuzz] ${baseUrl} as ${role}: phases ${budget.phases.join(', ')}, ${budget.maxExamples} examples per operation${maxSeconds ? `, at most ${maxSeconds} s` : ''} ...`);
      const token = await bearerToken(baseUrl, logins, role);
      const result = await fuzzApi({ baseUrl, token, role, budget, reportDir: join(ARTIFACTS_DIR, 'fuzz'), ...(seed ? { seed } : {}) });
      if (result.serverErrors.length > 0) {
        failed = true;
        console.log(result.output);
        for (const e of result.serverErrors) console.log(`  ${e.status} ${e.operation}: ${e.request}`);
      }
      console.log(fuzzSummary(result));
      console.log(`[fuzz] every request and answer: ${result.report}`);
    }
  } finally {
    await product?.stop();
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`[fuzz] ${(err as Error).message}`);
    process.exit(1);
  },
);
