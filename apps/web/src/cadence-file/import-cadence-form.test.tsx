import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ImportCadenceForm } from './import-cadence-form';

function renderForm() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <ImportCadenceForm onCancel={() => undefined} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

async function pick(text: string, name = 'cadence.json') {
  await userEvent.setup().upload(screen.getByLabelText('Cadence file (.json, exported from Kairos)'), new File([text], name, { type: 'application/json' }));
}
const importButton = () => screen.getByRole('button', { name: 'Import as a new draft' }) as HTMLButtonElement;

describe('the import form', () => {
  it('says a file is not JSON and imports nothing', async () => {
    renderForm();
    await pick('{ "format": "kairos.cadence/1", ');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^This file is not JSON: cadence\.json/);
    expect(alert.textContent).toMatch(/Nothing was imported/);
    expect(importButton().disabled).toBe(true);
  });

  it('lists the graph problems that keep a file from opening, by step and field', async () => {
    renderForm();
    await pick(JSON.stringify({ format: 'kairos.cadence/1', name: 'Broken', graph: { nodes: [{ id: 'entry', type: 'entry' }], edges: [{ id: 'e1', source: 'entry', sourceHandle: 'next', target: 'gone' }] } }));
    const alert = await screen.findByRole('alert');
    const reasons = within(alert).getByRole('list', { name: 'Why this file cannot be imported' });
    expect(within(reasons).getAllByRole('listitem').map((li) => li.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/^step "entry" \(entry\), field position: /)]));
    expect(importButton().disabled).toBe(true);
  });

  it('shows what a readable file holds, its design problems, and offers to import it under its name', async () => {
    renderForm();
    const graph = {
      nodes: [
        { id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid'] } } },
        { id: 'sms', type: 'send-message', position: { x: 0, y: 100 }, data: { config: { channel: 'sms', body: 'Hi {{ total }}' } } },
      ],
      edges: [{ id: 'e1', source: 'entry', sourceHandle: 'next', target: 'sms' }],
    };
    await pick(JSON.stringify({ format: 'kairos.cadence/1', name: 'Reminders', description: '', graph }), 'reminders.cadence.json');
    const ready = await screen.findByRole('status');
    expect(ready.textContent).toMatch(/reminders\.cadence\.json: 2 steps, 1 arrows\. It opens as a draft with \d+ errors? to fix/);
    const problems = within(ready).getByRole('list', { name: 'Problems the imported draft will have' });
    expect(problems.textContent).toMatch(/step "sms" \(send-message\), field body: unknown template variable "total"/);
    expect((screen.getByRole('textbox', { name: 'Name of the imported cadence' }) as HTMLInputElement).value).toBe('Reminders');
    expect(importButton().disabled).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
