import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

/** sha256 (hex) of a value's RFC 8785 canonical JSON: key order and whitespace never change it. */
export function contentHash(value: unknown): string {
  const json = canonicalize(value);
  if (json === undefined) throw new Error('value has no JSON form');
  return bytesToHex(sha256(utf8ToBytes(json)));
}
