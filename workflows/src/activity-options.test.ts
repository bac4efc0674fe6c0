// Which activities get the long, heartbeating limit is fixed workflow code (so recorded histories
// replay); the node kinds say which of theirs need it (`waitsForReceipt`), and this holds the two together.
import { expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { RECEIPT_WAITING_ACTIVITIES, SEND_NOTICE_ACTIVITY } from './contract';

it('gives the receipt-waiting limit to exactly the activities of kinds that wait for a receipt, and the notice', () => {
  const waiting = builtInRegistry.list().filter((k) => k.waitsForReceipt).map((k) => k.activity);
  expect([...RECEIPT_WAITING_ACTIVITIES].sort()).toEqual([...waiting, SEND_NOTICE_ACTIVITY].sort());
});
