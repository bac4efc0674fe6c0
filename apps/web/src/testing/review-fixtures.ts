// A review as the API answers it, made with the real diff and lint of @kairos/review over a small
// cadence whose live version a strategist changed: a message text, a send window (partly outside the
// permitted hours, so the lint warns), one new step.
import { builtInRegistry, type CadenceGraph } from '@kairos/cadence';
import { diffGraphs, lintGraph } from '@kairos/review';
import type { ReviewComment, ReviewDetail } from '../api/review-types';
import type { SessionUser } from '../api/types';

const consent = { rules: [{ outcome: 'texts', label: 'Texts allowed', when: [{ field: 'consents.sms', operator: 'eq', value: true }] }] };
const LIVE_TEXT = 'Hi {{ account.firstName }}, {{ account.amountDue }} is due. {{ collector.disclosure }} Reply STOP to opt out.';
export const SUBMITTED_TEXT = 'Hi {{ account.firstName }}, {{ account.amountDue }} is due. Questions? Call {{ collector.phone }}. {{ collector.disclosure }} Reply STOP to opt out.';
export { LIVE_TEXT };

const graph = (text: string, wait: Record<string, unknown>, extra = false): CadenceGraph => ({
  nodes: [
    { id: 'start', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid', 'dispute'] } } },
    { id: 'consent', type: 'branch', position: { x: 0, y: 150 }, data: { label: 'Texts allowed?', config: consent } },
    { id: 'wait-1', type: 'wait', position: { x: 0, y: 300 }, data: { config: wait } },
    { id: 'sms-1', type: 'send-message', position: { x: 0, y: 450 }, data: { label: 'Pre-due SMS', config: { channel: 'sms', body: text } } },
    ...(extra ? [{ id: 'exit-2', type: 'exit', position: { x: 300, y: 150 }, data: { config: { reason: 'completed' } } }] : []),
    { id: 'done', type: 'exit', position: { x: 0, y: 600 }, data: { config: { reason: 'completed' } } },
  ],
  edges: [
    { id: 'e1', source: 'start', sourceHandle: 'next', target: 'consent' },
    { id: 'e2', source: 'consent', sourceHandle: 'texts', target: 'wait-1' },
    { id: 'e3', source: 'consent', sourceHandle: 'otherwise', target: extra ? 'exit-2' : 'done' },
    { id: 'e4', source: 'wait-1', sourceHandle: 'next', target: 'sms-1' },
    { id: 'e5', source: 'sms-1', sourceHandle: 'next', target: 'done' },
  ],
});

export const liveGraph = graph(LIVE_TEXT, { mode: 'duration', duration: { days: 2 } });
export const submittedGraph = graph(SUBMITTED_TEXT, { mode: 'window', days: ['mon', 'tue'], from: '07:30', to: '12:00' }, true);

export const HASH = 'a1b2c3d4e5f6'.padEnd(64, '0');
export const stella: SessionUser = { id: 'u-stella', name: 'Stella Strategist', email: 'stella@kairos.test', role: 'strategist' };
export const olga: SessionUser = { id: 'u-olga', name: 'Olga Officer', email: 'olga@kairos.test', role: 'compliance_officer' };

export function reviewDetail(over: Partial<ReviewDetail> = {}, comments: ReviewComment[] = []): ReviewDetail {
  return {
    id: 'r-1',
    cadenceId: 'c-1',
    cadenceName: 'Pre-due reminders',
    hash: HASH,
    status: 'submitted',
    authorIds: [stella.id],
    authors: [{ id: stella.id, name: stella.name }],
    submittedBy: stella.id,
    submittedByName: stella.name,
    submittedAt: '2026-03-02T13:05:00.000Z',
    decidedBy: null,
    decidedByName: null,
    decidedAt: null,
    publishedVersionId: null,
    graph: submittedGraph,
    comments,
    findings: lintGraph(submittedGraph, builtInRegistry).findings,
    liveVersion: { id: 'v-1', version: 1, hash: 'f'.repeat(64), graph: liveGraph },
    diff: diffGraphs(liveGraph, submittedGraph),
    canApprove: true,
    decisionRefusal: null,
    decidedByOrigins: [],
    officers: [{ id: olga.id, name: olga.name, origins: [{ how: 'invited', byId: 'u-ada', byName: 'Ada Admin' }], mayDecide: true, reason: null }],
    ...over,
  };
}
