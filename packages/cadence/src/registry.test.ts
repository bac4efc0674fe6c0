import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineNode, type NodeKindSpec } from './define-node';
import { nodeKindContractProblems } from './node-contract';
import { builtInRegistry, builtInNodes } from './nodes/index';
import { createNodeRegistry } from './registry';

const testKind = (over: Partial<NodeKindSpec<z.ZodObject<{ n: z.ZodNumber }>>> = {}) =>
  defineNode({
    kind: 'test/kind',
    title: 'Test kind',
    category: 'action',
    description: 'a kind for testing the contract',
    config: z.object({ n: z.number().int().positive() }),
    defaults: { n: 1 },
    outcomes: [{ id: 'next', label: 'Next' }],
    activity: 'doIt',
    summary: (c) => `Do it ${c.n ?? '?'} times`,
    simulate: () => ({ outcome: 'next' }),
    compile: () => ({ op: 'activity', activity: 'doIt', input: {}, outcomes: ['next'] }),
    ...over,
  });

describe('every built-in node kind keeps the plug-in contract', () => {
  it.each(builtInRegistry.list().map((k) => [k.kind, k] as const))('%s', (_id, kind) => {
    expect(nodeKindContractProblems(kind)).toEqual([]);
  });
});

it('every built-in kind that does work declares the params its activity accepts', () => {
  expect(builtInRegistry.list().filter((k) => k.activity && !k.activityInput).map((k) => k.kind)).toEqual([]);
});

describe('the plug-in contract check', () => {
  it('accepts a kind that keeps it', () => {
    expect(nodeKindContractProblems(testKind())).toEqual([]);
  });

  it('catches defaults that fail the schema', () => {
    expect(nodeKindContractProblems(testKind({ defaults: { n: 0 } }))).toEqual([
      expect.stringMatching(/^defaults fail the config schema at "n"/),
    ]);
  });

  it('catches a version bump without a migration', () => {
    expect(nodeKindContractProblems(testKind({ version: 3, migrations: { 1: (c) => c } }))).toEqual([
      'has no migration from config v2 to v3',
    ]);
  });

  it('catches unlabelled and undeclared outcomes', () => {
    const problems = nodeKindContractProblems(testKind({ outcomes: [{ id: 'done', label: ' ' }] }));
    expect(problems).toEqual([
      'outcome "done" has no label',
      'compiles to outcome "next", which it does not declare',
      'declares outcome "done", which its compiled step never takes',
    ]);
  });

  it('catches an activity name that differs from the declared one', () => {
    expect(nodeKindContractProblems(testKind({ activity: 'other' }))).toEqual([
      'compiles to activity "doIt" but declares activity "other"',
    ]);
  });

  it('asks for a summary for the canvas that reads any config without throwing', () => {
    expect(nodeKindContractProblems({ ...testKind(), summary: undefined })).toEqual(['has no summary for the canvas']);
    expect(nodeKindContractProblems(testKind({ summary: () => ' ' }))).toEqual(['summary of its defaults is empty']);
    const strict = testKind({ summary: (c) => `Do it ${c.n.toFixed(0)} times` });
    expect(nodeKindContractProblems(strict)).toEqual([
      expect.stringMatching(/^summary throws on a half-edited config \(.+\); read the config defensively$/),
    ]);
  });

  it('asks a kind with an activity for a simulated answer that leaves by a declared outcome', () => {
    expect(nodeKindContractProblems(testKind({ simulate: undefined }))).toEqual([
      'names activity "doIt" but has no simulated answer for simulations',
    ]);
    expect(nodeKindContractProblems(testKind({ simulate: () => ({ outcome: 'done' }) }))).toEqual([
      'simulated answer leaves by outcome "done", which its compiled step does not take',
    ]);
    const noActivity = testKind({ activity: undefined, compile: () => ({ op: 'goto', outcome: 'next' }) });
    expect(nodeKindContractProblems(noActivity)).toEqual(['has a simulated answer but no activity to simulate']);
    expect(nodeKindContractProblems(testKind({ activityInput: z.object({ n: z.number() }) }))).toEqual([
      'compiles to activity params its activity input refuses at "n": Invalid input: expected number, received undefined',
    ]);
    expect(nodeKindContractProblems(testKind({ activity: undefined, simulate: undefined, waitsForReceipt: true, compile: () => ({ op: 'goto', outcome: 'next' }) }))).toEqual([
      'waits for a receipt but has no activity',
    ]);
  });

  it('catches defaults that do not compile', () => {
    const k = testKind({
      compile: () => {
        throw new Error('needs an endpoint');
      },
    });
    expect(nodeKindContractProblems(k)).toEqual(['defaults do not compile: needs an endpoint']);
  });
});

describe('node registry', () => {
  it('holds every built-in kind once, in palette order', () => {
    expect(builtInRegistry.list().map((k) => k.kind)).toEqual(builtInNodes.map((k) => k.kind));
  });

  it('refuses a kind registered twice', () => {
    expect(() => builtInRegistry.with(testKind({ kind: 'entry' }))).toThrow('node kind "entry" is registered twice');
  });

  it('adds custom kinds without changing the registry it came from', () => {
    const extended = builtInRegistry.with(testKind({ kind: 'acme/place-with-agency' }));
    expect(extended.get('acme/place-with-agency')?.title).toBe('Test kind');
    expect(builtInRegistry.get('acme/place-with-agency')).toBeUndefined();
    expect(createNodeRegistry([]).list()).toEqual([]);
  });

  it('refuses a kind id that is not lowercase words joined by dashes', () => {
    expect(() => testKind({ kind: 'Acme Agency' })).toThrow(/lowercase words/);
    expect(() => testKind({ kind: 'acme/agency/x' })).toThrow(/lowercase words/);
  });
});
