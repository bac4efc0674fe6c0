// The I/O edge of custom profiles: `complianceProfiles` (paths of profile files) and
// `defaultComplianceProfile` in kairos.config.json (read by @kairos/toolchain/config). Kept out of the package's main entry, which
// the editor bundles for the browser.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { CONFIG_FILE, readKairosConfig } from '@kairos/toolchain/config';
import { DEFAULT_PROFILE_ID } from './profile-choice';
import { parseProfileFile } from './profile-file';
import type { ComplianceProfile } from './profile';
import { complianceProfiles as builtIns } from './profiles/index';

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
  const config = readKairosConfig(root);
  const profiles = new Map(builtIns);
  for (const path of config.complianceProfiles ?? []) {
    const profile = loadProfileFile(isAbsolute(path) ? path : join(root, path));
    if (profiles.has(profile.id)) throw new ProfileConfigError(`${path}: compliance profile "${profile.id}" is configured twice`);
    profiles.set(profile.id, profile);
  }
  const defaultProfile = config.defaultComplianceProfile ?? DEFAULT_PROFILE_ID;
  if (!profiles.has(defaultProfile)) {
    throw new ProfileConfigError(`${CONFIG_FILE}: defaultComplianceProfile: unknown profile "${defaultProfile}": use one of ${[...profiles.keys()].join(', ')}`);
  }
  return { profiles, defaultProfile };
}
