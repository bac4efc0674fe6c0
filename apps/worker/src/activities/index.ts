import { SEND_MESSAGE_ACTIVITY } from '@kairos/cadence';
import type { KairosDb } from '@kairos/db';
import { RECORD_PROGRESS_ACTIVITY } from '@kairos/workflows';
import { createChannelRouter, type ChannelProvider } from '../channels/provider';
import { createSandboxProvider } from '../channels/sandbox-provider';
import { createRecordProgress } from './record-progress';
import { createSendMessage } from './send-message';

export interface ActivityDeps {
  db: KairosDb;
  /** Providers by preference; defaults to the sandbox provider for every channel. */
  providers?: ChannelProvider[];
  now?: () => Date;
}

/** Every activity a cadence worker serves, by the name node kinds compile to. */
export function createActivities(deps: ActivityDeps) {
  const channels = createChannelRouter(deps.providers ?? [createSandboxProvider(deps.db)]);
  return {
    [SEND_MESSAGE_ACTIVITY]: createSendMessage({ db: deps.db, channels, now: deps.now ?? (() => new Date()) }),
    [RECORD_PROGRESS_ACTIVITY]: createRecordProgress({ db: deps.db }),
  };
}
