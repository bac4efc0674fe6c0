// How a review presents its diff: the list of changes, each step's changes side by side (templates as
// texts, settings as JSON), and the findings; with the plain side-by-side view Monaco replaces in the app.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LIVE_TEXT, reviewDetail, SUBMITTED_TEXT, submittedGraph } from '../testing/review-fixtures';
import { ChangeList } from './change-list';
import { FindingsList } from './findings-list';
import { NodeChanges } from './node-changes';
import { addedNodeChanges } from './review-model';
import { PlainTextDiff, TextDiffContext } from './text-diff';

const review = reviewDetail();
const name = (id: string) => `Step ${id}`;
const changesOf = (id: string) => review.diff.nodes.changed.find((c) => c.id === id)!.changes;
const withPlainDiff = (ui: React.ReactNode) => render(<TextDiffContext.Provider value={PlainTextDiff}>{ui}</TextDiffContext.Provider>);

describe('the diff of a review', () => {
  it('lists changed, new and rewired steps, and shows a step when its entry is pressed', async () => {
    const onShowStep = vi.fn();
    render(<ChangeList diff={review.diff} hasLive stepName={name} onShowStep={onShowStep} />);
    expect(screen.getByText('2 steps changed, 1 added, 0 removed, 1 arrow rewired')).toBeTruthy();
    const changed = screen.getByRole('list', { name: 'Changed steps' });
    expect(within(changed).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Step wait-1On days, Duration, Window opens, Mode, Window closes',
      'Step sms-1Message',
    ]);
    expect(within(screen.getByRole('list', { name: 'New steps' })).getByRole('button').textContent).toBe('Step exit-2');
    expect(screen.getByRole('list', { name: 'Rewired arrows' }).textContent).toBe('Step consent → “otherwise” goes to Step exit-2 instead of Step done');
    await userEvent.click(within(changed).getByRole('button', { name: 'Step sms-1' }));
    expect(onShowStep).toHaveBeenCalledWith('sms-1');
  });

  it('puts a changed message text side by side: the live version left, the submitted one right', () => {
    withPlainDiff(<NodeChanges stepId="sms-1" kind="send-message" mark="changed" changes={changesOf('sms-1')} />);
    const diff = screen.getByRole('group', { name: 'Message of sms-1' });
    expect(within(diff).getByLabelText('Message of sms-1: live version').textContent).toBe(LIVE_TEXT);
    expect(within(diff).getByLabelText('Message of sms-1: submitted').textContent).toBe(SUBMITTED_TEXT);
    expect(screen.getByText('1 change against the live version.')).toBeTruthy();
    expect(screen.getByText('message text')).toBeTruthy();
  });

  it('shows changed settings as JSON before and after, and a setting that went away as nothing', () => {
    withPlainDiff(<NodeChanges stepId="wait-1" kind="wait" mark="changed" changes={changesOf('wait-1')} />);
    expect(screen.getByLabelText('Duration of wait-1: live version').textContent).toBe('{\n  "days": 2\n}');
    expect(screen.getByLabelText('Duration of wait-1: submitted').textContent).toBe('(nothing)');
    expect(screen.getByLabelText('Window opens of wait-1: submitted').textContent).toBe('07:30');
    expect(screen.getAllByText('setting')).toHaveLength(5);
  });

  it('shows everything a new step holds, and says when a step did not change', () => {
    const exit = submittedGraph.nodes.find((n) => n.id === 'exit-2')!;
    const { unmount } = withPlainDiff(<NodeChanges stepId="exit-2" kind="exit" mark="added" changes={addedNodeChanges(exit)} />);
    expect(screen.getByText('A new step: everything it holds is shown as added.')).toBeTruthy();
    expect(screen.getByLabelText('Reason of exit-2: submitted').textContent).toBe('completed');
    unmount();
    withPlainDiff(<NodeChanges stepId="start" kind="entry" mark={undefined} changes={[]} />);
    expect(screen.getByText('This step is the same as in the live version.')).toBeTruthy();
  });

  it('tells of a renamed step in words', () => {
    withPlainDiff(<NodeChanges stepId="sms-1" kind="send-message" mark="changed" changes={[{ field: 'label', kind: 'meta', before: 'Pre-due SMS', after: 'First SMS' }]} />);
    expect(screen.getByRole('list', { name: 'Renamed or retyped sms-1' }).textContent).toBe('Step label: “Pre-due SMS” → “First SMS”');
  });

  it('lists the findings, blocking first, each leading to its step', async () => {
    const onShowStep = vi.fn();
    const findings = [
      ...review.findings,
      { rule: 'lint.opt-out-text' as const, severity: 'blocking' as const, nodeId: 'sms-1', field: 'body', message: 'says nothing about opting out', cites: '1006.6(e)' },
    ];
    render(<FindingsList findings={findings} stepName={name} onShowStep={onShowStep} />);
    const items = within(screen.getByRole('list', { name: 'Compliance findings' })).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      'Blocking: Step sms-1 · body: says nothing about opting out',
      expect.stringMatching(/^Warning: Step wait-1 · window: the sms step "Pre-due SMS" \(sms-1\) goes out between 07:30 and 12:00 local time, partly outside/),
    ]);
    await userEvent.click(items[1]!);
    expect(onShowStep).toHaveBeenCalledWith('wait-1');
  });

  it('says so when the lint found nothing', () => {
    render(<FindingsList findings={[]} stepName={name} />);
    expect(screen.getByText('No compliance findings: the lint found nothing to flag.')).toBeTruthy();
  });
});
