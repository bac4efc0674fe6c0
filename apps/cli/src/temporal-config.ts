import { readFileSync } from 'node:fs';

/** Where to find Temporal when not embedded: TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE and optional mTLS or API key. */
export interface TemporalTarget {
  address: string;
  namespace: string;
  tls?: { clientCertPair: { crt: Buffer; key: Buffer } } | true;
  apiKey?: string;
}

export function temporalTargetFromEnv(env: NodeJS.ProcessEnv): TemporalTarget | undefined {
  const address = env.TEMPORAL_ADDRESS;
  if (!address) return undefined;
  const target: TemporalTarget = { address, namespace: env.TEMPORAL_NAMESPACE ?? 'default' };
  if (env.TEMPORAL_TLS_CERT && env.TEMPORAL_TLS_KEY) {
    target.tls = { clientCertPair: { crt: readFileSync(env.TEMPORAL_TLS_CERT), key: readFileSync(env.TEMPORAL_TLS_KEY) } };
  } else if (env.TEMPORAL_API_KEY) {
    target.tls = true;
    target.apiKey = env.TEMPORAL_API_KEY;
  }
  return target;
}
