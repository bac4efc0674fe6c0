import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporalConnectionOptions, temporalTargetFromEnv } from './temporal-target';

function pemFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'temporal-target-'));
  const cert = join(dir, 'client.pem');
  const key = join(dir, 'client.key');
  writeFileSync(cert, '-----BEGIN CERTIFICATE-----\ncert\n-----END CERTIFICATE-----\n');
  writeFileSync(key, '-----BEGIN PRIVATE KEY-----\nkey\n-----END PRIVATE KEY-----\n');
  return { dir, cert, key };
}

describe('temporalTargetFromEnv', () => {
  it('names no target without TEMPORAL_ADDRESS, so the caller embeds a dev server', () => {
    expect(temporalTargetFromEnv({ TEMPORAL_NAMESPACE: 'prod' })).toBeUndefined();
    expect(temporalTargetFromEnv({ TEMPORAL_ADDRESS: '  ' })).toBeUndefined();
  });

  it('falls back to the default address and still applies namespace and API key', () => {
    expect(temporalTargetFromEnv({ TEMPORAL_NAMESPACE: 'prod', TEMPORAL_API_KEY: 'k' }, { defaultAddress: 'localhost:7233' })).toEqual({
      address: 'localhost:7233',
      namespace: 'prod',
      tls: true,
      apiKey: 'k',
    });
  });

  it('uses the `default` namespace unless TEMPORAL_NAMESPACE names one, and plain text without TLS settings', () => {
    expect(temporalTargetFromEnv({ TEMPORAL_ADDRESS: 'temporal:7233' })).toEqual({ address: 'temporal:7233', namespace: 'default' });
    expect(temporalTargetFromEnv({ TEMPORAL_ADDRESS: 'temporal:7233', TEMPORAL_NAMESPACE: 'collections.a1b2c' })?.namespace).toBe('collections.a1b2c');
  });

  it('reads the mTLS certificate and key from the files TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY name', () => {
    const { cert, key } = pemFiles();
    const target = temporalTargetFromEnv({ TEMPORAL_ADDRESS: 'ns.tmprl.cloud:7233', TEMPORAL_TLS_CERT: cert, TEMPORAL_TLS_KEY: key });
    expect(target?.tls).not.toBe(true);
    const pair = target?.tls === true ? undefined : target?.tls?.clientCertPair;
    expect(pair?.crt.toString()).toContain('BEGIN CERTIFICATE');
    expect(pair?.key.toString()).toContain('BEGIN PRIVATE KEY');
    expect(target?.apiKey).toBeUndefined();
  });

  it('turns TLS on when an API key is given without a certificate', () => {
    const target = temporalTargetFromEnv({ TEMPORAL_ADDRESS: 'eu-west-1.aws.api.temporal.io:7233', TEMPORAL_API_KEY: 'secret-key' });
    expect(target).toMatchObject({ tls: true, apiKey: 'secret-key' });
  });

  it('keeps the client certificate when an API key is given as well', () => {
    const { cert, key } = pemFiles();
    const target = temporalTargetFromEnv({ TEMPORAL_ADDRESS: 'a:7233', TEMPORAL_TLS_CERT: cert, TEMPORAL_TLS_KEY: key, TEMPORAL_API_KEY: 'k' });
    expect(target?.tls).toHaveProperty('clientCertPair');
    expect(target?.apiKey).toBe('k');
  });

  it('refuses a certificate without its key, and a key without its certificate, naming the missing variable', () => {
    const { cert, key } = pemFiles();
    expect(() => temporalTargetFromEnv({ TEMPORAL_ADDRESS: 'a:7233', TEMPORAL_TLS_CERT: cert })).toThrow(
      /TEMPORAL_TLS_CERT is set but TEMPORAL_TLS_KEY is not/,
    );
    expect(() => temporalTargetFromEnv({ TEMPORAL_ADDRESS: 'a:7233', TEMPORAL_TLS_KEY: key })).toThrow(/TEMPORAL_TLS_KEY is set but TEMPORAL_TLS_CERT is not/);
  });

  it('says which file cannot be read', () => {
    const { dir, key } = pemFiles();
    const missing = join(dir, 'nope.pem');
    expect(() => temporalTargetFromEnv({ TEMPORAL_ADDRESS: 'a:7233', TEMPORAL_TLS_CERT: missing, TEMPORAL_TLS_KEY: key })).toThrow(
      `TEMPORAL_TLS_CERT=${missing} cannot be read (ENOENT)`,
    );
  });
});

describe('temporalConnectionOptions', () => {
  it('passes only the address for a plain-text target', () => {
    expect(temporalConnectionOptions({ address: 'a:7233', namespace: 'default' })).toEqual({ address: 'a:7233' });
  });

  it('passes TLS and the API key when the target has them', () => {
    expect(temporalConnectionOptions({ address: 'a:7233', namespace: 'n', tls: true, apiKey: 'k' })).toEqual({ address: 'a:7233', tls: true, apiKey: 'k' });
  });
});
