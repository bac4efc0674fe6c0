// What the review screen says about a submitted version, as pure functions of the review the API
// answers: which steps are new or changed, how each change reads, which texts go side by side in
// the diff editor, and whether the signed-in person may decide (the API's own approval rules).
import type { CadenceGraph, GraphNode, NodeRegistry } from '@kairos/cadence';
import { approvalRefusal, diffGraphs, type AccountOrigin, type ReviewStatus, type Role } from '@kairos/review';
import type { EdgeChange, FieldChange, GraphDiff } from '../api/review-types';

export type NodeMark = 'added' | 'changed';

/** Steps of the submitted graph that are new or changed against the live version. */
export function nodeMarks(diff: GraphDiff): Map<string, NodeMark> {
  const marks = new Map<string, NodeMark>();
  for (const n of diff.nodes.added) marks.set(n.id, 'added');
  for (const n of diff.nodes.changed) marks.set(n.id, 'changed');
  return marks;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line saying how big the change is. */
export function changeSummary(diff: GraphDiff, hasLive: boolean): string {
  if (!hasLive) return `Nothing is live yet: all ${plural(diff.nodes.added.length, 'step')} are new.`;
  if (diff.unchanged) return 'Nothing that runs differs from the live version (only positions may have moved).';
  const rewired = diff.edges.added.length + diff.edges.removed.length + diff.edges.retargeted.length;
  return [
    `${plural(diff.nodes.changed.length, 'step')} changed`,
    `${diff.nodes.added.length} added`,
    `${diff.nodes.removed.length} removed`,
    `${plural(rewired, 'arrow')} rewired`,
  ].join(', ');
}

/** The text a value shows in the diff editor: templates as they are, other settings as JSON, nothing as empty. */
export function diffText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

/** Monaco's language for a change: Liquid for message templates, JSON for other settings. */
export const diffLanguage = (change: FieldChange): 'liquid' | 'json' => (change.kind === 'template' ? 'liquid' : 'json');

/** The config key a change or comment is about (`config.body` → `body`); findings and comments use these. */
export const configKey = (field: string) => (field.startsWith('config.') ? field.slice('config.'.length) : field);

/** A config key as words when the kind gives no label: `offsetDays` → "Offset days". */
const humanize = (key: string) => {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
};

/** How a field reads to people: the kind's form labels ("Fallback channels 1: Message"), else the keys as words. */
export function fieldTitle(registry: NodeRegistry, kind: string | undefined, field: string): string {
  if (field === 'label') return 'Step label';
  if (field === 'type') return 'Kind of step';
  const ui = (kind ? registry.get(kind)?.ui : undefined) ?? {};
  const parts = configKey(field).split('.');
  const names = parts.filter((p) => !/^\d+$/.test(p));
  const top = ui[names[0]!]?.label ?? humanize(names[0]!);
  if (parts.length === 1) return top;
  const index = parts.find((p) => /^\d+$/.test(p));
  const leaf = ui[names.join('.')]?.label ?? humanize(names.at(-1)!);
  return `${top}${index !== undefined ? ` ${Number(index) + 1}` : ''}: ${leaf}`;
}

/** A step in words: "Send message: Friendly SMS (sms-1)". */
export function stepName(registry: NodeRegistry, node: Pick<GraphNode, 'id' | 'type'> & { label?: string | undefined }): string {
  const title = registry.get(node.type)?.title ?? node.type;
  return `${title}${node.label ? `: ${node.label}` : ''} (${node.id})`;
}

/** What a new step holds, as changes from nothing: its settings (templates as texts) to read in full. */
export function addedNodeChanges(node: GraphNode): FieldChange[] {
  const empty: GraphNode = { ...node, data: { ...node.data, config: {} } };
  const diff = diffGraphs({ nodes: [empty], edges: [] }, { nodes: [node], edges: [] });
  return diff.nodes.changed[0]?.changes ?? [];
}

/** A rewired outcome in words, with the steps named by `name`. */
export function edgeChangeText(kind: 'added' | 'removed' | 'retargeted', e: EdgeChange, name: (id: string) => string): string {
  const from = `${name(e.source)} → “${e.sourceHandle}”`;
  if (kind === 'added') return `${from} now goes to ${name(e.after!)}`;
  if (kind === 'removed') return `${from} no longer goes to ${name(e.before!)}`;
  return `${from} goes to ${name(e.after!)} instead of ${name(e.before!)}`;
}

export const STATUS_TEXT: Record<ReviewStatus, string> = {
  submitted: 'Waiting for a decision',
  approved: 'Approved',
  changes_requested: 'Changes requested',
  superseded: 'Superseded',
  published: 'Published',
};

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/**
 * Why `me` may not approve or request changes on this review, in the words of the API's rule
 * (the same function the server applies), or null when they may.
 */
export function decisionBlock(
  review: { hash: string; status: ReviewStatus; authorIds: readonly string[]; officers?: ReadonlyArray<{ id: string; origins: readonly AccountOrigin[] }> },
  me: { id: string; role: Role },
): string | null {
  // Who handed the signed-in officer their account, as the review says: the rule needs it to judge independence.
  const origins = review.officers?.find((o) => o.id === me.id)?.origins ?? [];
  const refusal = approvalRefusal(review, { ...me, origins }, review.hash);
  return refusal ? sentence(refusal.message) : null;
}

/** The graph a removed step lived in (the live one), so it can be named. */
export const nodeIn = (graph: CadenceGraph | null | undefined, id: string) => graph?.nodes.find((n) => n.id === id);
