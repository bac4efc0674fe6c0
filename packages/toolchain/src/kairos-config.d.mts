export declare const CONFIG_FILE = 'kairos.config.json';

export declare class KairosConfigError extends Error {}

/** kairos.config.json at the repository root. */
export interface KairosConfig {
  $schema?: string;
  /** npm packages whose node kinds (`<package>/nodes`) and activities (`<package>/worker`) this installation loads. */
  nodePackages?: string[];
  /** Paths of compliance profile files, relative to the repository root. */
  complianceProfiles?: string[];
  /** The profile of accounts whose portfolio names none (us-reg-f if absent). */
  defaultComplianceProfile?: string;
}

export declare function readKairosConfig(root: string): KairosConfig;
export declare function configuredNodePackageNames(root: string, env?: NodeJS.ProcessEnv): string[];
