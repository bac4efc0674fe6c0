// Where a Kairos process finds Temporal. One reading of the TEMPORAL_* variables shared by
// `kairos start`, the standalone worker and a standalone API, so all three reach the same cluster.
import { readFileSync } from 'node:fs';

/** A Temporal cluster: address, namespace and optional mTLS client pair or API key. */
export interface TemporalTarget {
  address: string;
  namespace: string;
  /** `true`: TLS with the system's roots and no client certificate (what an API key needs). */
  tls?: { clientCertPair: { crt: Buffer; key: Buffer } } | true;
  apiKey?: string;
}

/** The options both `Connection.connect` (client) and `NativeConnection.connect` (worker) take. */
export interface TemporalConnectionOptions {
  address: string;
  tls?: TemporalTarget['tls'];
  apiKey?: string;
}

type Env = Record<string, string | undefined>;

function readPemFile(variable: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new Error(`${variable}=${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}): point it at a PEM file`);
  }
}

/**
 * The Temporal target the environment names: TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE (default `default`),
 * TEMPORAL_TLS_CERT + TEMPORAL_TLS_KEY (mTLS, both or neither) and TEMPORAL_API_KEY (implies TLS).
 * Without TEMPORAL_ADDRESS it returns undefined, or `defaultAddress` with the rest applied when given.
 */
export function temporalTargetFromEnv(env: Env, opts: { defaultAddress?: string } = {}): TemporalTarget | undefined {
  const address = env.TEMPORAL_ADDRESS?.trim() || opts.defaultAddress;
  if (!address) return undefined;
  const target: TemporalTarget = { address, namespace: env.TEMPORAL_NAMESPACE?.trim() || 'default' };
  const cert = env.TEMPORAL_TLS_CERT?.trim();
  const key = env.TEMPORAL_TLS_KEY?.trim();
  if (Boolean(cert) !== Boolean(key)) {
    const [set, missing] = cert ? ['TEMPORAL_TLS_CERT', 'TEMPORAL_TLS_KEY'] : ['TEMPORAL_TLS_KEY', 'TEMPORAL_TLS_CERT'];
    throw new Error(`${set} is set but ${missing} is not: mTLS needs both the client certificate and its key (or unset both)`);
  }
  if (cert && key) {
    target.tls = { clientCertPair: { crt: readPemFile('TEMPORAL_TLS_CERT', cert), key: readPemFile('TEMPORAL_TLS_KEY', key) } };
  }
  const apiKey = env.TEMPORAL_API_KEY?.trim();
  if (apiKey) {
    // Temporal Cloud refuses API keys over plain text.
    target.tls ??= true;
    target.apiKey = apiKey;
  }
  return target;
}

/** Connection options for a target, with only what is set (plain text unless TLS or an API key asks otherwise). */
export function temporalConnectionOptions(target: TemporalTarget): TemporalConnectionOptions {
  return {
    address: target.address,
    ...(target.tls ? { tls: target.tls } : {}),
    ...(target.apiKey ? { apiKey: target.apiKey } : {}),
  };
}
