import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtInRegistry, defineNode, type CadenceIssue, type NodeKind } from '@kairos/cadence';
import { CodeEditorContext, PlainCodeEditor } from './code-field';
import { configJsonSchema } from './json-schema';
import { SchemaForm } from './schema-form';

/** A form for `kind` that keeps its value, like the config panel does, and exposes the latest config. */
function renderForm(kind: NodeKind, initial: Record<string, unknown> = kind.defaults, issues: CadenceIssue[] = []) {
  const seen: { config: Record<string, unknown>; field?: string } = { config: initial };
  function Harness() {
    const [value, setValue] = useState(initial);
    return (
      <CodeEditorContext.Provider value={PlainCodeEditor}>
        <SchemaForm
          id="f"
          schema={configJsonSchema(kind)!}
          value={value}
          hints={kind.ui}
          issues={issues}
          onChange={(next, field) => {
            seen.config = next;
            seen.field = field;
            setValue(next);
          }}
        />
      </CodeEditorContext.Provider>
    );
  }
  render(<Harness />);
  return seen;
}
const kind = (id: string) => builtInRegistry.get(id)!;

describe('config forms generated from node schemas', () => {
  it('edits a message: channel as a choice, subject as text, the body as a labelled template editor', async () => {
    const seen = renderForm(kind('send-message'));
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'email');
    await user.type(screen.getByRole('textbox', { name: 'Subject / title' }), 'Balance due');
    const body = screen.getByRole('textbox', { name: 'Message' });
    await user.clear(body);
    await user.type(body, 'Hi there');
    expect(seen.config).toEqual({ channel: 'email', subject: 'Balance due', body: 'Hi there' });
    expect(seen.field).toBe('body');
  });

  it('switches a Wait between its two shapes and fills the chosen shape with valid values', async () => {
    const seen = renderForm(kind('wait'));
    const user = userEvent.setup();
    const days = screen.getByRole('spinbutton', { name: 'Days' });
    await user.clear(days);
    await user.type(days, '3');
    expect(seen.config).toEqual({ mode: 'duration', duration: { days: 3, hours: 0, minutes: 0 } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mode' }), 'dueDate');
    expect(seen.config).toEqual({ mode: 'dueDate', offsetDays: 0, localTime: '10:00' });
    expect(screen.getByRole('spinbutton', { name: 'Days relative to due date' })).toBeTruthy();
    expect(screen.queryByRole('spinbutton', { name: 'Days' })).toBeNull();
    expect(kind('wait').config.safeParse(seen.config).success).toBe(true);
  });

  it('chooses several events with checkboxes, kept in the schema order', async () => {
    const seen = renderForm(kind('wait-for-event'));
    const user = userEvent.setup();
    const events = screen.getByRole('group', { name: 'Wait for' });
    await user.click(within(events).getByRole('checkbox', { name: 'Dispute' }));
    await user.click(within(events).getByRole('checkbox', { name: 'Paid' }));
    await user.click(within(events).getByRole('checkbox', { name: 'Paid' }));
    expect(seen.config.events).toEqual(['paid', 'promise', 'dispute']);
  });

  it('adds and removes branch rules and their conditions', async () => {
    const seen = renderForm(kind('branch'));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add rule' }));
    const rules = seen.config.rules as Array<Record<string, unknown>>;
    expect(rules).toHaveLength(2);
    expect(rules[1]).toEqual({ outcome: '', when: [] });
    const second = screen.getByRole('group', { name: 'Rule 2' });
    await user.type(within(second).getByRole('textbox', { name: 'Outcome name' }), 'spanish');
    await user.click(within(second).getByRole('button', { name: 'Add condition' }));
    const condition = within(second).getByRole('group', { name: 'Condition 1' });
    await user.type(within(condition).getByRole('textbox', { name: 'Account field' }), 'language');
    await user.type(within(condition).getByRole('textbox', { name: 'Value' }), 'es');
    expect((seen.config.rules as unknown[])[1]).toEqual({ outcome: 'spanish', when: [{ field: 'language', operator: 'eq', value: 'es' }] });
    expect(kind('branch').validate(kind('branch').config.parse(seen.config), { nodeId: 'b' })).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Remove rule 1' }));
    expect((seen.config.rules as Array<{ outcome: string }>).map((r) => r.outcome)).toEqual(['spanish']);
    // A branch needs at least one rule: the last one cannot be removed.
    expect((screen.getByRole('button', { name: 'Remove rule 1' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows each validation issue under the field it names, marked invalid for screen readers', () => {
    const issues: CadenceIssue[] = [{ severity: 'error', code: 'missing-subject', message: 'an email needs a subject', nodeId: 'n', field: 'subject' }];
    renderForm(kind('send-message'), { channel: 'email', body: 'Hi' }, issues);
    const subject = screen.getByRole('textbox', { name: 'Subject / title' });
    expect(subject.getAttribute('aria-invalid')).toBe('true');
    const described = subject.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('an email needs a subject');
  });

  it('gives a custom node kind a form without any form code', async () => {
    const agency = defineNode({
      kind: 'acme/place-with-agency',
      title: 'Place with agency',
      category: 'action',
      description: 'Hand the account to an agency.',
      config: z.object({ agency: z.string().min(1), minBalanceCents: z.number().int().min(0), urgent: z.boolean().default(false), tier: z.enum(['primary', 'secondary']) }),
      defaults: { agency: 'Acme Recoveries', minBalanceCents: 50_000, urgent: false, tier: 'primary' },
      outcomes: [{ id: 'placed', label: 'Placed' }],
      ui: { minBalanceCents: { label: 'Minimum balance (cents)', help: 'Smaller balances stay in house.' } },
      summary: () => 'A test kind',
      compile: () => ({ op: 'goto', outcome: 'placed' }),
    });
    const seen = renderForm(agency);
    const user = userEvent.setup();
    const agencyName = screen.getByRole('textbox', { name: 'Agency' });
    await user.clear(agencyName);
    await user.type(agencyName, 'Beta');
    await user.click(screen.getByRole('checkbox', { name: 'Urgent' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tier' }), 'secondary');
    const min = screen.getByRole('spinbutton', { name: 'Minimum balance (cents)' });
    expect(min.getAttribute('aria-describedby')).toBe('f-minBalanceCents-help');
    await user.clear(min);
    await user.type(min, '1000');
    expect(seen.config).toEqual({ agency: 'Beta', minBalanceCents: 1000, urgent: true, tier: 'secondary' });
  });
});
