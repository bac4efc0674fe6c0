import type { CadenceIR, NodeRegistry } from '@kairos/cadence';
import type { ComplianceProfile } from '@kairos/compliance';
import type { ComplianceProfileCatalog, KairosDb } from '@kairos/db';
import type { Logger } from '@kairos/logging';
import type { AuthConfig } from './auth/auth';
import type { ApiLimits } from './limits';
import type { CadenceRuntime } from './runtime';

/** What the API needs from the outside world: the database, the node kinds, Temporal, sign-in settings and (optionally) profiles and a clock. */
export interface ApiDeps {
  db: KairosDb;
  registry: NodeRegistry;
  runtime: CadenceRuntime;
  auth: AuthConfig;
  /** Compliance profiles accounts and decisions may name besides the stored ones: the built-in ones by default (plus kairos.config.json's files in `kairos start`). */
  complianceProfiles?: ReadonlyMap<string, ComplianceProfile>;
  /** The profile of accounts whose portfolio names none (kairos.config.json `defaultComplianceProfile`; us-reg-f). */
  defaultComplianceProfile?: string;
  /** The API's clock (the sweep's notion of "older than"); `() => new Date()` by default. */
  clock?: () => Date;
  /** Send receipts and confirmations for payments and plans (default true; tests without a worker turn them off). */
  notices?: boolean;
  /** Body sizes and JSON depth the API accepts; DEFAULT_LIMITS for what is not given (docs/limits.md). */
  limits?: Partial<ApiLimits>;
  /** Where the API logs (failures by route pattern, requests at debug level): the process's logger by default. */
  logger?: Logger;
  /**
   * The test-only outbound loopback allowance: portfolios and designs may then name loopback test
   * peers. By default KAIROS_OUTBOUND_ALLOW_LOOPBACK=1 under NODE_ENV=test (see @kairos/outbound/node).
   */
  outboundAllowLoopback?: boolean;
}

/** Dependencies as routes see them: defaults filled in, plus caches of immutable data. */
export interface RouteDeps extends Required<Omit<ApiDeps, 'limits'>> {
  limits: ApiLimits;
  /** Published IRs by version id: versions never change, so they are safe to keep. */
  irCache: Map<string, CadenceIR>;
  /** `complianceProfiles` plus the profiles stored through the API; the same object as `complianceProfiles`. */
  profileCatalog: ComplianceProfileCatalog;
}

export const systemClock = (): Date => new Date();
