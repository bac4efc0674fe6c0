import type { CadenceGraph } from '@kairos/cadence';

/** Entry, one text, exit: the smallest cadence the analytics bench publishes versions of. */
export const tinyGraph = (): CadenceGraph => ({
  nodes: [
    { id: 'start', type: 'entry', position: { x: 0, y: 0 }, data: { config: {} } },
    { id: 'sms', type: 'send-message', position: { x: 0, y: 100 }, data: { config: { channel: 'sms', body: 'Hi. Reply STOP to opt out.' } } },
    { id: 'end', type: 'exit', position: { x: 0, y: 200 }, data: { config: { reason: 'completed' } } },
  ],
  edges: [
    { id: 'a', source: 'start', sourceHandle: 'next', target: 'sms' },
    { id: 'b', source: 'sms', sourceHandle: 'next', target: 'end' },
  ],
});
