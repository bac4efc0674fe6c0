// Deciding on a review and commenting on it, against a real HTTP server that answers as the API does.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderPage } from '../testing/render-page';
import { HASH, olga, reviewDetail, stella } from '../testing/review-fixtures';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { CommentForm } from './comment-form';
import { DecisionPanel } from './decision-panel';

let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
});
const posts = () => api.seen.filter((r) => r.method === 'POST').map((r) => [r.url, r.body]);

describe('deciding on a review', () => {
  it('approves the content on screen: the request carries the reviewed hash and the comment', async () => {
    api.answer({ 'POST /api/v1/reviews/r-1/approve': [200, { ...reviewDetail(), status: 'approved' }] });
    renderPage(<DecisionPanel review={reviewDetail()} me={olga} />);
    expect(screen.getByText(/You decide on content/).textContent).toContain(HASH.slice(0, 12));
    await userEvent.type(screen.getByLabelText('Comment (required to request changes)'), 'Disclosures in place');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(posts()).toEqual([['/api/v1/reviews/r-1/approve', { hash: HASH, comment: 'Disclosures in place' }]]));
  });

  it('asks what must change before requesting changes, and sends nothing until it is said', async () => {
    api.answer({ 'POST /api/v1/reviews/r-1/request-changes': [200, { ...reviewDetail(), status: 'changes_requested' }] });
    renderPage(<DecisionPanel review={reviewDetail()} me={olga} />);
    await userEvent.click(screen.getByRole('button', { name: 'Request changes' }));
    expect(screen.getByRole('alert').textContent).toBe('Say what must change before requesting changes.');
    expect(screen.getByLabelText('Comment (required to request changes)').getAttribute('aria-invalid')).toBe('true');
    expect(posts()).toEqual([]);
    await userEvent.type(screen.getByLabelText('Comment (required to request changes)'), 'Start the window at 08:00');
    await userEvent.click(screen.getByRole('button', { name: 'Request changes' }));
    await waitFor(() => expect(posts()).toEqual([['/api/v1/reviews/r-1/request-changes', { hash: HASH, comment: 'Start the window at 08:00' }]]));
  });

  it("shows the server's refusal in its words, with what to do next: a changed draft needs a new review", async () => {
    api.answer({
      'POST /api/v1/reviews/r-1/approve': [
        409,
        { error: 'decision_refused', code: 'review_not_open', message: 'this review is superseded, not waiting for a decision: submit the draft again' },
      ],
    });
    renderPage(<DecisionPanel review={reviewDetail()} me={olga} />);
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not approved');
    expect(alert.textContent).toContain('This review is superseded, not waiting for a decision: submit the draft again.');
    expect(alert.textContent).toContain('a changed draft needs a new submission');
    expect(screen.getByRole('button', { name: 'Reload the review' })).toBeTruthy();
  });

  it('tells an officer who is an author why they cannot decide, before they press anything', () => {
    const review = reviewDetail({ authorIds: [stella.id, olga.id], canApprove: false });
    renderPage(<DecisionPanel review={review} me={olga} />);
    const why = screen.getByRole('note');
    expect(why.textContent).toBe('You are an author of this version: another compliance officer must approve it.');
    for (const name of ['Approve', 'Request changes']) {
      const button = screen.getByRole('button', { name }) as HTMLButtonElement;
      expect(button.disabled).toBe(true);
      expect(button.getAttribute('aria-describedby')).toBe(why.id);
    }
  });

  it('shows a strategist the state instead of buttons, and that they wrote it', () => {
    renderPage(<DecisionPanel review={reviewDetail({ canApprove: false })} me={stella} />);
    expect(screen.getByRole('note').textContent).toMatch(/Waiting for a compliance officer who is not an author.*You are an author of this version/);
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('tells an officer an author invited why they cannot decide, and lists who may', () => {
    const review = reviewDetail({
      canApprove: false,
      officers: [
        { id: olga.id, name: olga.name, origins: [{ how: 'invited', byId: stella.id, byName: stella.name }], mayDecide: false, reason: 'your account was invited by Stella Strategist, an author' },
        { id: 'u-otto', name: 'Otto Officer', origins: [{ how: 'created', byId: 'seed', byName: null }], mayDecide: true, reason: null },
      ],
    });
    renderPage(<DecisionPanel review={review} me={olga} />);
    expect(screen.getByRole('note').textContent).toMatch(/^Your account was invited by Stella Strategist, an author of this version: a compliance officer whose account no author created, invited or reset must approve it\.$/);
    expect((screen.getByRole('button', { name: 'Approve' }) as HTMLButtonElement).disabled).toBe(true);
    const officers = screen.getByRole('list', { name: 'Compliance officers' });
    const [first, second] = Array.from(officers.querySelectorAll('li')).map((li) => li.textContent);
    expect(first).toBe('Olga Officer (Invited by Stella Strategist)May not decide: Your account was invited by Stella Strategist, an author.');
    expect(second).toBe('Otto Officer (Created by the demo setup)May decide.');
  });

  it('says who decided once it is decided, and who handed them their account', () => {
    const approved = reviewDetail({
      status: 'approved',
      decidedBy: olga.id,
      decidedByName: olga.name,
      decidedAt: '2026-03-02T14:00:00.000Z',
      decidedByOrigins: [{ how: 'invited', byId: 'u-ada', byName: 'Ada Admin' }],
    });
    renderPage(<DecisionPanel review={approved} me={stella} />);
    expect(screen.getByText(/^Approved by Olga Officer \(account: Invited by Ada Admin\),/)).toBeTruthy();
  });

  it('says who decided once it is decided', () => {
    const decided = reviewDetail({ status: 'changes_requested', decidedBy: olga.id, decidedByName: olga.name, decidedAt: '2026-03-02T14:00:00.000Z' });
    renderPage(<DecisionPanel review={decided} me={olga} />);
    expect(screen.getByText(/Olga Officer requested changes/).textContent).toMatch(/submits it again/);
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });
});

describe('commenting on a review', () => {
  it('comments at a step and one of its fields', async () => {
    api.answer({ 'POST /api/v1/reviews/r-1/comments': [201, { id: 'c1', body: 'x' }] });
    renderPage(<CommentForm reviewId="r-1" nodeId="wait-1" fields={[{ key: 'window', title: 'Window' }]} label="Comment on wait-1" />);
    await userEvent.type(screen.getByLabelText('Comment on wait-1'), 'Calls may not start before 08:00');
    await userEvent.selectOptions(screen.getByLabelText('About'), 'window');
    await userEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    await screen.findByText('Comment added.');
    expect(posts()).toEqual([['/api/v1/reviews/r-1/comments', { body: 'Calls may not start before 08:00', nodeId: 'wait-1', field: 'window' }]]);
    expect((screen.getByLabelText('Comment on wait-1') as HTMLTextAreaElement).value).toBe('');
  });

  it('keeps the text when the comment could not be sent, and says so', async () => {
    api.answer({ 'POST /api/v1/reviews/r-1/comments': [404, { error: 'not_found', message: 'no such review' }] });
    renderPage(<CommentForm reviewId="r-1" label="Comment on the whole cadence" />);
    await userEvent.type(screen.getByLabelText('Comment on the whole cadence'), 'Looks fine');
    await userEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not sent: No such review. Your text is kept; try again.');
    expect((screen.getByLabelText('Comment on the whole cadence') as HTMLTextAreaElement).value).toBe('Looks fine');
    expect(screen.queryByLabelText('About')).toBeNull();
  });
});
