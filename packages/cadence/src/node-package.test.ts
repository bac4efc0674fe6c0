import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineNode } from './define-node';
import { defineNodePackage, NodePackageError } from './node-package';

const kind = (id: string, over: Partial<Parameters<typeof defineNode>[0]> = {}) =>
  defineNode({
    kind: id,
    title: 'Agency placement',
    category: 'action',
    description: 'Place the account with an agency over HTTP.',
    config: z.object({ url: z.string() }),
    defaults: { url: 'https://agency.example' },
    outcomes: [{ id: 'placed', label: 'Placed' }],
    activity: 'place',
    summary: (c) => `Place with ${c.url ?? '?'}`,
    simulate: () => ({ outcome: 'placed' }),
    compile: () => ({ op: 'activity', activity: 'place', input: {}, outcomes: ['placed'] }),
    ...over,
  });

describe('node packages', () => {
  it('accepts scoped kinds that keep the plug-in contract', () => {
    const p = defineNodePackage({ name: '@acme/nodes', version: '1.0.0', nodes: [kind('acme/place')] });
    expect(p.nodes.map((k) => k.kind)).toEqual(['acme/place']);
  });

  it('refuses the whole package, listing every problem: unscoped kinds, duplicates, broken contracts', () => {
    const broken = kind('acme/broken', { defaults: { url: 42 } as never });
    let error: unknown;
    try {
      defineNodePackage({ name: '@acme/nodes', version: '1.0.0', nodes: [kind('place'), kind('acme/x'), kind('acme/x'), broken] });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(NodePackageError);
    expect((error as NodePackageError).problems).toEqual([
      'kind "place" must be scoped, e.g. "acme/place"',
      'kind "acme/x" is declared twice',
      expect.stringMatching(/^acme\/broken: defaults fail the config schema at "url"/),
    ]);
    expect(() => defineNodePackage({ name: 'empty', version: '0.0.1', nodes: [] })).toThrow(/declares no node kinds/);
    expect(() => defineNodePackage({ name: '@acme/nodes', version: '1.0.0', nodes: [kind('acme/call', { waitsForReceipt: true })] })).toThrow(
      /kind "acme\/call" waits for a receipt, which only built-in kinds can/,
    );
  });
});
