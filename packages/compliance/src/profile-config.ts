// The I/O edge of custom profiles: `complianceProfiles` (paths of profile files) and
// `defaultComplianceProfile` in kairos.config.json. Kept out of the package's main entry, which
// the editor bundles for the browser.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_PROFILE_ID } from './profile-choice';
import { parseProfileFile } from './profile-file';
import type { ComplianceProfile } from './profile';
import { complianceProfiles as builtIns } from './profiles/index';

export const CONFIG_FILE = 'kairos.config.json';

const configSchema = z.object({
  complianceProfiles: z.array(z.string().min(1, 'must be the path of a profile file')).default([]),
  defaultComplianceProfile: z.string().min(1).optional(),
});

/** A configuration or profile file that does not hold together; the message names the file and field. */
export class ProfileConfigError extends Error {
  override name = 'ProfileConfigError';
}

export interface ConfiguredProfiles {
  /** The built-in profiles and those of the configured files. */
  profiles: ReadonlyMap<string, ComplianceProfile>;
  /** The profile of accounts whose portfolio names none. */
  defaultProfile: string;
}

/** Read one profile file; throws ProfileConfigError naming the file and each field at fault. */
export function loadProfileFile(path: string, base: ReadonlyMap<string, ComplianceProfile> = builtIns): ComplianceProfile {
  if (!existsSync(path)) throw new ProfileConfigError(`compliance profile file ${path} does not exist`);
  const result = parseProfileFile(readFileSync(path, 'utf8'), base);
  if (!result.ok) throw new ProfileConfigError(`${path}:\n${result.issues.map((i) => `  ${i.field || '(file)'}: ${i.message}`).join('\n')}`);
  return result.profile;
}

/** The profiles kairos.config.json configures under `root` (paths are relative to it). */
export function loadConfiguredProfiles(root: string): ConfiguredProfiles {
  const file = join(root, CONFIG_FILE);
  let json: unknown = {};
  if (existsSync(file)) {
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new ProfileConfigError(`${CONFIG_FILE} is not JSON: ${(err as Error).message}`);
    }
  }
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) {
    throw new ProfileConfigError(`${CONFIG_FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
  const profiles = new Map(builtIns);
  for (const path of parsed.data.complianceProfiles) {
    const profile = loadProfileFile(isAbsolute(path) ? path : join(root, path));
    if (profiles.has(profile.id)) throw new ProfileConfigError(`${path}: compliance profile "${profile.id}" is configured twice`);
    profiles.set(profile.id, profile);
  }
  const defaultProfile = parsed.data.defaultComplianceProfile ?? DEFAULT_PROFILE_ID;
  if (!profiles.has(defaultProfile)) {
    throw new ProfileConfigError(`${CONFIG_FILE}: defaultComplianceProfile: unknown profile "${defaultProfile}": use one of ${[...profiles.keys()].join(', ')}`);
  }
  return { profiles, defaultProfile };
}
