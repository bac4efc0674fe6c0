// The profiles a request may name.
import type { ComplianceProfile } from '../profile';
import { ukFcaExample } from './uk-fca-example';
import { usRegF } from './us-reg-f';

/** Build a registry, refusing two profiles with one id. */
export function createProfileRegistry(profiles: readonly ComplianceProfile[]): ReadonlyMap<string, ComplianceProfile> {
  const registry = new Map<string, ComplianceProfile>();
  for (const p of profiles) {
    if (registry.has(p.id)) throw new Error(`compliance profile "${p.id}" is registered twice`);
    registry.set(p.id, p);
  }
  return registry;
}

/** Built-in profiles: `us-reg-f`, and `uk-fca-example` (an example, not legal advice). */
export const complianceProfiles = createProfileRegistry([usRegF, ukFcaExample]);

export { usRegF, ukFcaExample };
