// The only clock read in workflow code. Inside a Temporal workflow Date.now() is deterministic:
// the SDK replaces it with the time of the current workflow task, identical on replay.
export function workflowNow(): string {
  // eslint-disable-next-line no-restricted-properties -- deterministic in the workflow sandbox (see above)
  return new Date(Date.now()).toISOString();
}

export function msUntil(iso: string): number {
  // eslint-disable-next-line no-restricted-properties -- deterministic in the workflow sandbox (see above)
  return Date.parse(iso) - Date.now();
}
