// Patch ids for changes to the workflow driver. Running enrollments replay their history against
// the newest code, so a change that alters which commands the workflow issues must be guarded:
//   if (patched(PATCHES.someChange)) { new behaviour } else { old behaviour }
// Later, once no execution from before the change is running, replace patched() by
// deprecatePatch() and then remove it. Re-record histories (workflows/README.md) after each change.
export const PATCHES = {
  /** Timeline entries are persisted in one recordProgress call per wait instead of none. */
  progressBatches: 'kairos-progress-batches-v1',
  /** A person's pause, resume or stop (the enrollmentControl signal) is applied before anything else the run would do. */
  personControl: 'kairos-person-control-v1',
} as const;
