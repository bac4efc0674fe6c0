// What plug-in authors and the other packages rely on: an accidental change to the public face of
// @kairos/cadence fails here and must be made on purpose (update the snapshot and docs/adding-a-node.md).
import { expect, it } from 'vitest';
import * as cadence from './index';
import * as interpreter from './interpreter/index';
import * as templates from './templates/index';

const face = (m: Record<string, unknown>) => Object.keys(m).sort().map((k) => `${k}: ${typeof m[k]}`);

it('keeps the public exports of @kairos/cadence stable', () => {
  expect({ cadence: face(cadence), interpreter: face(interpreter), templates: face(templates) }).toMatchSnapshot();
});

it('keeps the shape of a node kind that defineNode returns stable', () => {
  const k = cadence.sendMessageNode;
  expect(Object.keys(k).sort()).toMatchSnapshot();
});
