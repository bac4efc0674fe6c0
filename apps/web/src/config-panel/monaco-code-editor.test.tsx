// The real Monaco editor (it runs in happy-dom): problems of templates, conditions and JSON settings
// become markers at their exact place, follow the text as it changes, and clear once fixed.
import { render } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { conditionProblems } from '../code-languages/condition-markers';
import { configJsonProblems } from '../code-languages/config-json-problems';
import { templateProblems } from '../code-languages/liquid-markers';
import type { CodeEditorProps } from './code-field';
import MonacoCodeEditor from './monaco-code-editor';
import { monaco } from './monaco-setup';

function editorFor(props: Omit<CodeEditorProps, 'id' | 'onChange'>) {
  const changes: string[] = [];
  const { container, unmount } = render(<MonacoCodeEditor id="field" {...props} onChange={(v) => changes.push(v)} />);
  const uri = container.querySelector('.monaco-editor')!.getAttribute('data-uri')!;
  const model = monaco.editor.getModel(monaco.Uri.parse(uri))!;
  const markers = () =>
    monaco.editor.getModelMarkers({ resource: model.uri, owner: 'kairos' }).map((m) => ({
      text: model.getValueInRange(m),
      message: m.message,
      error: m.severity === monaco.MarkerSeverity.Error,
    }));
  return { container, model, markers, changes, unmount };
}

describe('code fields in Monaco', () => {
  it('underlines each unknown template variable where it is used, and clears the marks once fixed', () => {
    const { model, markers, changes } = editorFor({ label: 'Message', language: 'liquid', value: 'Hi {{ acount.name }}, pay {{ account.amountDue }} {{ acount.name }}', check: templateProblems });
    expect(markers()).toEqual([
      { text: 'acount.name', message: 'unknown template variable "acount.name"', error: true },
      { text: 'acount.name', message: 'unknown template variable "acount.name"', error: true },
    ]);
    model.setValue('Hi {{ account.name }}, pay {{ account.amountDue | shout }}');
    expect(markers()).toEqual([{ text: 'shout', message: expect.stringMatching(/undefined filter: shout/), error: true }]);
    model.setValue('Hi {{ account.name }}, pay {{ account.balanceCents | money }}');
    expect(markers()).toEqual([]);
    expect(changes.at(-1)).toBe('Hi {{ account.name }}, pay {{ account.balanceCents | money }}');
  });

  it('marks a type error in a condition at the value, and a syntax error at the character', () => {
    const { model, markers } = editorFor({ label: 'Or an expression', language: 'condition', value: "dpd = 'late'", check: conditionProblems });
    expect(markers()).toEqual([{ text: "'late'", message: 'dpd is a number, so compare it with a number', error: true }]);
    model.setValue('dpd > ');
    expect(markers()).toEqual([{ text: ' ', message: expect.stringMatching(/a value is missing here/), error: true }]);
    model.setValue('dpd > 30');
    expect(markers()).toEqual([]);
  });

  it("marks JSON settings at the field the kind's schema refuses, named in the message", () => {
    const kind = builtInRegistry.get('exit')!;
    const { markers } = editorFor({ label: 'Settings (JSON)', language: 'json', value: '{ "reason": "bored" }', check: (t) => configJsonProblems(t, kind) });
    expect(markers()).toEqual([{ text: '"bored"', message: expect.stringMatching(/^reason: /), error: true }]);
  });

  it('re-marks when the check changes without the text, and follows a new value from outside', () => {
    function Harness() {
      const [strict, setStrict] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setStrict(true)}>
            strict
          </button>
          <MonacoCodeEditor id="x" label="Message" language="liquid" value="{{ account.name }}" check={strict ? () => [{ start: 3, end: 10, message: 'no', severity: 'warning' }] : templateProblems} onChange={() => undefined} />
        </>
      );
    }
    const { container } = render(<Harness />);
    const model = monaco.editor.getModel(monaco.Uri.parse(container.querySelector('.monaco-editor')!.getAttribute('data-uri')!))!;
    expect(monaco.editor.getModelMarkers({ resource: model.uri })).toEqual([]);
    container.querySelector('button')!.click();
    return new Promise<void>((done) =>
      setTimeout(() => {
        const [m] = monaco.editor.getModelMarkers({ resource: model.uri });
        expect([model.getValueInRange(m!), m!.severity]).toEqual(['account', monaco.MarkerSeverity.Warning]);
        done();
      }, 0),
    );
  });

  it('is labelled and described for screen readers through its own text input', () => {
    const { container } = editorFor({ label: 'Message', language: 'liquid', value: 'Hi', describedBy: 'field-help field-issues' });
    const input = container.querySelector('textarea')!;
    expect(input.getAttribute('aria-label')).toBe('Message');
    expect(input.getAttribute('aria-describedby')).toBe('field-help field-issues');
  });
});
