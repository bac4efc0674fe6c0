// Sticky A/B assignment without randomness: the arm is a pure function of (account, experiment),
// so a replayed workflow, the simulator and a re-enrolled account all land in the same arm.

/** 32-bit FNV-1a over UTF-16 code units, finished with murmur3's fmix32 for avalanche. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Where an account falls in an experiment, uniformly in [0, 10000). */
export function assignmentBucket(accountId: string, experimentId: string): number {
  return hash32(`${experimentId}\u0000${accountId}`) % 10_000;
}

/** The arm whose cumulative weight (percent) covers the bucket; weights are expected to sum to 100. */
export function chooseArm<A extends { weight: number }>(arms: readonly A[], bucket: number): A {
  let upTo = 0;
  for (const arm of arms) {
    upTo += arm.weight * 100;
    if (bucket < upTo) return arm;
  }
  return arms[arms.length - 1]!;
}
