// Node ids are step ids: they appear in timelines, the CLI's errors and the live view, so they are readable.

/** `send-message-3`: the kind's last name segment and the smallest number not in use. */
export function newNodeId(kind: string, taken: ReadonlySet<string>): string {
  const base = kind.split('/').pop()!;
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** An edge id that names where it goes, unique among `taken`. */
export function newEdgeId(source: string, outcome: string, target: string, taken: ReadonlySet<string>): string {
  const base = `${source}:${outcome}->${target}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}#${n}`)) return `${base}#${n}`;
}
