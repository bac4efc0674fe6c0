// The hosts a portfolio may call: exact names (`hooks.example.com`), every subdomain of a name
// (`*.example.com`, not example.com itself) or a public IP address. An admin writes them; the schema
// says at the entry what is wrong with it.
import { z } from 'zod';
import { classifyAddress, describeAddressClass, isIpAddress } from './address-class';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A host name without a trailing dot, lowercase; IPv6 without brackets. */
export const normalizeHost = (host: string): string => host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');

const isHostName = (name: string) => name.length <= 253 && name.split('.').every((l) => LABEL.test(l));

/** Why an allowed-host entry cannot be used, or null when it can. */
export function hostPatternProblem(pattern: string): string | null {
  const p = normalizeHost(pattern);
  if (isIpAddress(p)) {
    const cls = classifyAddress(p);
    return cls === 'public' ? null : `${p} is ${describeAddressClass(cls)}: Kairos never calls such addresses, so it cannot be allowed`;
  }
  if (p.startsWith('*')) {
    const base = p.slice(2);
    if (!p.startsWith('*.')) return `"${pattern}" is not a host name pattern: write *.example.com (every subdomain of example.com)`;
    if (!isHostName(base)) return `"${pattern}" is not a host name pattern: write *.example.com (every subdomain of example.com)`;
    if (!base.includes('.')) return `"${pattern}" would allow a whole top-level domain: name the organisation's domain, e.g. *.example.com`;
    return null;
  }
  if (p.includes('*')) return `"${pattern}" has a * in the middle: only a leading "*." is allowed, e.g. *.example.com`;
  if (p.includes('/') || p.includes(':')) return `"${pattern}" is not a host name: give the host only, without scheme, port or path (e.g. hooks.example.com)`;
  if (!isHostName(p) || !p.includes('.')) return `"${pattern}" is not a host name: give a full name such as hooks.example.com`;
  return null;
}

/** One allowed-host entry, normalized (lowercase, no trailing dot). */
export const hostPatternSchema = z
  .string()
  .max(253)
  .transform(normalizeHost)
  .superRefine((p, ctx) => {
    const problem = hostPatternProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Whether a host (as a URL or SMTP setting names it) matches one of the patterns. */
export function hostMatches(host: string, patterns: readonly string[]): boolean {
  const h = normalizeHost(host);
  return patterns.some((raw) => {
    const p = normalizeHost(raw);
    return p.startsWith('*.') ? h.endsWith(p.slice(1)) && h.length > p.length - 1 : h === p;
  });
}
