import { SEND_MESSAGE_ACTIVITY } from '@kairos/cadence';
import { complianceProfiles, type ComplianceProfile } from '@kairos/compliance';
import type { KairosDb } from '@kairos/db';
import { RECORD_PROGRESS_ACTIVITY } from '@kairos/workflows';
import { createChannelRouter, type ChannelProvider } from '../channels/provider';
import { createSandboxProvider } from '../channels/sandbox-provider';
import { attemptClock } from './attempt-clock';
import { createRecordProgress } from './record-progress';
import { createSendMessage } from './send-message';

export interface ActivityDeps {
  db: KairosDb;
  /** Providers by preference; defaults to the sandbox provider for every channel. */
  providers?: ChannelProvider[];
  /** The instant of a contact attempt; by default the attempt clock (see attempt-clock.ts). */
  now?: () => Date;
  /** Compliance profiles accounts may name; the built-in ones by default. */
  profiles?: ReadonlyMap<string, ComplianceProfile>;
}

/** Every activity a cadence worker serves, by the name node kinds compile to. */
export function createActivities(deps: ActivityDeps) {
  const channels = createChannelRouter(deps.providers ?? [createSandboxProvider(deps.db)]);
  return {
    [SEND_MESSAGE_ACTIVITY]: createSendMessage({ db: deps.db, channels, now: deps.now ?? attemptClock, profiles: deps.profiles ?? complianceProfiles }),
    [RECORD_PROGRESS_ACTIVITY]: createRecordProgress({ db: deps.db }),
  };
}
