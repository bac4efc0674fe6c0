// Validation issues grouped by where they belong, reusing the previous arrays when nothing changed for
// a node: a node re-renders only when its own problems change.
import type { CadenceIssue } from '@kairos/cadence';

export type IssuesBy = ReadonlyMap<string, CadenceIssue[]>;

const sameIssues = (a: CadenceIssue[] | undefined, b: CadenceIssue[]) =>
  a !== undefined && a.length === b.length && a.every((x, i) => x.code === b[i]!.code && x.message === b[i]!.message && x.field === b[i]!.field && x.severity === b[i]!.severity);

function group(issues: readonly CadenceIssue[], place: 'nodeId' | 'edgeId', previous: IssuesBy): IssuesBy {
  const next = new Map<string, CadenceIssue[]>();
  for (const i of issues) {
    const id = i[place];
    if (id === undefined) continue;
    const list = next.get(id);
    if (list) list.push(i);
    else next.set(id, [i]);
  }
  for (const [id, list] of next) {
    const before = previous.get(id);
    if (sameIssues(before, list)) next.set(id, before!);
  }
  return next;
}

export function indexIssues(issues: readonly CadenceIssue[], previous: { byNode: IssuesBy; byEdge: IssuesBy }) {
  return { byNode: group(issues, 'nodeId', previous.byNode), byEdge: group(issues, 'edgeId', previous.byEdge) };
}

export const worstSeverity = (issues: readonly CadenceIssue[] | undefined): 'error' | 'warning' | undefined =>
  issues?.some((i) => i.severity === 'error') ? 'error' : issues?.length ? 'warning' : undefined;
