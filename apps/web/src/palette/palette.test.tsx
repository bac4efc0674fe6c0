import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { Palette } from './palette';
import { paletteGroups } from './palette-model';

describe('palette', () => {
  it('lists every registered kind under its category, in a fixed category order', () => {
    const groups = paletteGroups(builtInRegistry);
    expect(groups.map((g) => g.title)).toEqual(['Start', 'Timing', 'Messages', 'Payments', 'Logic', 'Actions', 'End']);
    expect(groups.flatMap((g) => g.kinds.map((k) => k.kind)).sort()).toEqual(builtInRegistry.list().map((k) => k.kind).sort());
  });

  it('narrows to kinds whose words match the search', () => {
    expect(paletteGroups(builtInRegistry, 'sms').flatMap((g) => g.kinds.map((k) => k.kind))).toEqual(['send-message']);
    // Every word must match: "payment plan" is one kind, not every kind about payments.
    expect(paletteGroups(builtInRegistry, 'payment plan').flatMap((g) => g.kinds.map((k) => k.kind))).toEqual(['payment-plan']);
    expect(paletteGroups(builtInRegistry, 'wait').flatMap((g) => g.kinds.map((k) => k.kind))).toEqual(expect.arrayContaining(['wait', 'wait-for-event', 'wait-for-promise']));
    expect(paletteGroups(builtInRegistry, 'zebra')).toEqual([]);
  });

  it('adds a kind when its button is pressed, and says so when a search finds nothing', async () => {
    const added: string[] = [];
    render(<Palette onAdd={(k) => added.push(k)} />);
    const user = userEvent.setup();
    const timing = screen.getByRole('region', { name: 'Timing' });
    await user.click(within(timing).getByRole('button', { name: 'Add Wait' }));
    screen.getByRole('button', { name: 'Add Send message' }).focus();
    await user.keyboard('{Enter}');
    expect(added).toEqual(['wait', 'send-message']);
    await user.type(screen.getByRole('searchbox', { name: 'Search node kinds' }), 'zebra');
    expect(screen.getByRole('status').textContent).toMatch(/No node kind matches “zebra”/);
  });
});
