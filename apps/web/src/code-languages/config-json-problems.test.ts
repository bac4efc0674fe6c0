import { describe, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { positionAt, problemRange } from './code-problem';
import { configJsonProblems } from './config-json-problems';
import { templateProblems } from './liquid-markers';

const sendMessage = builtInRegistry.get('send-message')!;

describe('problems of settings written as JSON', () => {
  it("names each field the kind's schema refuses and places it on that field's value", () => {
    const text = '{\n  "channel": "pigeon",\n  "body": ""\n}';
    const problems = configJsonProblems(text, sendMessage);
    expect(problems.map((p) => [p.field, text.slice(p.start, p.end)])).toEqual([
      ['channel', '"pigeon"'],
      ['body', '""'],
    ]);
    expect(problems[1]!.message).toBe('body: message body must not be empty');
  });

  it("also reports the kind's own checks, deep in lists, and marks a missing field on its object", () => {
    const text = JSON.stringify({ channel: 'email', body: 'Hi {{ nope }}', fallback: [{ channel: 'sms', body: 'x {{ acount.name }}' }] }, null, 2);
    const problems = configJsonProblems(text, sendMessage);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['subject', 'body', 'fallback.0.body']));
    const missingSubject = problems.find((p) => p.field === 'subject')!;
    expect(text.slice(missingSubject.start, missingSubject.end)).toBe('{');
    expect(problems.find((p) => p.field === 'fallback.0.body')!.message).toMatch(/^fallback\.0\.body: unknown template variable "acount\.name"/);
  });

  it('says when the text is not JSON yet, or not an object', () => {
    expect(configJsonProblems('{ "channel": ', sendMessage)[0]!.message).toMatch(/^not JSON yet/);
    expect(configJsonProblems('[1]', sendMessage)[0]!.message).toBe('the settings must be a JSON object { … }');
    expect(configJsonProblems(JSON.stringify(sendMessage.defaults), sendMessage)).toEqual([]);
  });
});

describe('marker positions', () => {
  it('turn offsets into Monaco lines and columns, at least one character wide', () => {
    const text = 'Hello\n  {{ nope }}';
    const [p] = templateProblems(text);
    expect(problemRange(text, p!)).toEqual({ startLineNumber: 2, startColumn: 6, endLineNumber: 2, endColumn: 10 });
    expect(positionAt(text, text.length)).toEqual({ lineNumber: 2, column: 13 });
    expect(problemRange('ab', { start: 2, end: 2 })).toEqual({ startLineNumber: 1, startColumn: 2, endLineNumber: 1, endColumn: 3 });
  });

  it('mark an unknown variable at every place it is used', () => {
    const text = '{{ acount.name }} and {{ acount.name }}';
    expect(templateProblems(text).map((p) => text.slice(p.start, p.end))).toEqual(['acount.name', 'acount.name']);
  });
});
