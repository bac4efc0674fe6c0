// How much the API reads from a request, in one place. Bodies are limited per route class before
// authentication and before anything parses them, so an oversized request costs the server
// nothing but a 413. The defaults are documented in docs/limits.md; `kairos start` reads overrides
// from the environment (`limitsFromEnv`).
import { MAX_CONFIG_DEPTH } from '@kairos/input';

export interface ApiLimits {
  /** Bytes of a JSON body on any API route not named below. */
  jsonBytes: number;
  /** Bytes of a cadence graph: creating a cadence (an imported cadence file) or saving its draft. */
  graphBytes: number;
  /** Bytes of a provider webhook (payments, Stripe, Twilio, email reports). */
  webhookBytes: number;
  /** Bytes of a form posted to a public page (checkout, unsubscribe, sandbox outbox). */
  formBytes: number;
  /** Bytes of a CSV file of accounts uploaded for import (POST /imports). */
  importBytes: number;
  /** Nesting of any JSON body (the outermost object is level 1); a step's config has its own limit of MAX_CONFIG_DEPTH. */
  jsonDepth: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ApiLimits = {
  jsonBytes: 1 * MB,
  graphBytes: 5 * MB,
  webhookBytes: 1 * MB,
  formBytes: 64 * 1024,
  importBytes: 50 * MB,
  // A config (MAX_CONFIG_DEPTH) sits a few levels inside a graph body: room for it, and no more.
  jsonDepth: MAX_CONFIG_DEPTH + 16,
};

const ENV: Record<keyof ApiLimits, string> = {
  jsonBytes: 'KAIROS_LIMIT_JSON_BYTES',
  graphBytes: 'KAIROS_LIMIT_GRAPH_BYTES',
  webhookBytes: 'KAIROS_LIMIT_WEBHOOK_BYTES',
  formBytes: 'KAIROS_LIMIT_FORM_BYTES',
  importBytes: 'KAIROS_LIMIT_IMPORT_BYTES',
  jsonDepth: 'KAIROS_LIMIT_JSON_DEPTH',
};

/** Overrides given as KAIROS_LIMIT_* variables (positive whole numbers); a bad value stops the start, naming the variable. */
export function limitsFromEnv(env: NodeJS.ProcessEnv): Partial<ApiLimits> {
  const out: Partial<ApiLimits> = {};
  for (const [key, name] of Object.entries(ENV) as Array<[keyof ApiLimits, string]>) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number (got "${raw}")`);
    out[key] = value;
  }
  return out;
}

/** `1 MB`, `64 KB`, `1500 bytes`: how a limit reads in a message. */
export function sizeInWords(bytes: number): string {
  if (bytes % MB === 0) return `${bytes / MB} MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}
