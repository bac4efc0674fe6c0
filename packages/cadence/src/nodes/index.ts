import { createNodeRegistry } from '../registry';
import { branchNode } from './branch';
import { entryNode } from './entry';
import { exitNode } from './exit';
import { sendMessageNode } from './send-message';
import { waitNode } from './wait';
import { waitForEventNode } from './wait-for-event';

export { branchNode, entryNode, exitNode, sendMessageNode, waitNode, waitForEventNode };
export { SEND_MESSAGE_ACTIVITY } from './send-message';

export const builtInNodes = [entryNode, waitNode, waitForEventNode, sendMessageNode, branchNode, exitNode];

/** The registry of every built-in node kind. */
export const builtInRegistry = createNodeRegistry(builtInNodes);
