// Pausing (or resuming) a whole version is worked through in batches by the API: each call changes the
// next batch and says how many remain. This drives the calls and reports progress for a progress bar.

export interface BatchAnswer {
  changed: number;
  failed: { id: string; message: string }[];
  remaining: number;
}

export interface VersionRunProgress {
  done: number;
  remaining: number;
  failed: { id: string; message: string }[];
}

/** Call `batch` until nothing remains, or until a call changes nothing (what is left failed: retrying now would not help). */
export async function workThroughVersion(batch: () => Promise<BatchAnswer>, onProgress: (p: VersionRunProgress) => void): Promise<VersionRunProgress> {
  const failed = new Map<string, string>();
  let done = 0;
  for (;;) {
    const a = await batch();
    done += a.changed;
    for (const f of a.failed) failed.set(f.id, f.message);
    const progress = { done, remaining: a.remaining, failed: [...failed].map(([id, message]) => ({ id, message })) };
    onProgress(progress);
    if (a.remaining === 0 || a.changed === 0) return progress;
  }
}
