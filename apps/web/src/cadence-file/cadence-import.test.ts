import { describe, expect, it } from 'vitest';
import { builtInRegistry, type CadenceGraph } from '@kairos/cadence';
import { cadenceFileName, cadenceFileText } from './cadence-export';
import { checkCadenceImport } from './cadence-import';

const graph: CadenceGraph = {
  nodes: [
    { id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid', 'dispute'] } } },
    { id: 'done', type: 'exit', position: { x: 0, y: 200 }, data: { label: 'Done', config: { reason: 'completed' } } },
  ],
  edges: [{ id: 'e1', source: 'entry', sourceHandle: 'next', target: 'done' }],
};
const check = (text: string, fileName = 'x.json') => checkCadenceImport(text, fileName, builtInRegistry);

describe('importing a cadence file', () => {
  it('reads back exactly what export wrote: name, description and graph', () => {
    const text = cadenceFileText('Early reminders', graph, 'Days 1-15');
    expect(JSON.parse(text).format).toBe('kairos.cadence/1');
    expect(check(text)).toEqual({ ok: true, name: 'Early reminders', description: 'Days 1-15', graph, problems: [] });
    expect(cadenceFileName('Early réminders: DPD 1–15!')).toBe('early-reminders-dpd-1-15.cadence.json');
  });

  it('says a file is not JSON, and where', () => {
    const r = check('{\n  "format": "kairos.cadence/1",\n  "name": oops\n}');
    expect(r).toMatchObject({ ok: false, title: 'This file is not JSON', problems: [{ place: 'line 3, column 11', severity: 'error' }] });
  });

  it('says a JSON file is not a cadence file, naming the field at fault', () => {
    expect(check('{"hello": "world"}')).toMatchObject({ ok: false, title: 'This is not a Kairos cadence file', problems: [{ message: expect.stringMatching(/expected a cadence file/) }] });
    expect(check('{"format": "kairos.cadence/1", "name": "", "graph": {}}')).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/^not a Kairos cadence file: name: /) }] });
  });

  it('refuses a graph that cannot be opened, listing each problem by step and field', () => {
    const broken = {
      format: 'kairos.cadence/1',
      name: 'Broken',
      graph: { nodes: [{ id: 'entry', type: 'entry', position: { x: 'left' } }, { id: 'entry', type: 'exit', position: { x: 0, y: 0 } }], edges: [{ id: 'e1', source: 'entry', sourceHandle: 'next', target: 'nowhere' }] },
    };
    const r = check(JSON.stringify(broken));
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.title).toBe('The cadence in this file cannot be opened');
    expect(r.problems.map((p) => p.place)).toEqual(expect.arrayContaining(['step "entry" (entry), field position.x', 'step "entry" (entry), field position.y']));
  });

  it('imports a readable draft with its design problems listed by step and field', () => {
    const draft = structuredClone(graph);
    draft.nodes.push({ id: 'sms', type: 'send-message', position: { x: 0, y: 100 }, data: { config: { channel: 'sms', body: 'Hi {{ acount.name }}' } } });
    draft.nodes.push({ id: 'odd', type: 'acme/not-installed', position: { x: 0, y: 300 }, data: { config: {} } });
    const r = check(JSON.stringify(draft), 'late-stage_reminders.cadence.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.name).toBe('late stage reminders');
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { place: 'step "sms" (send-message), field body', message: 'unknown template variable "acount.name"', severity: 'error' },
        { place: 'step "odd" (acme/not-installed), field type', message: 'node kind "acme/not-installed" is not installed', severity: 'error' },
      ]),
    );
  });
});
