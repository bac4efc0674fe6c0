// The deterministic part of Kairos that runs inside Temporal workflows and the simulator.
// Imports nothing that does I/O, reads a clock or draws randomness.
export * from './ir';
export * from './state';
export { startEnrollment, interpret, wakeAt, resume, classifyEvent, MAX_INSTANT_TRANSITIONS } from './interpreter';
export { resolveTimeSpec, addDuration, daysPastDue, localDate, nextWindowOpening, endOfLocalDay } from './time';
export { assignmentBucket, chooseArm } from './assignment';
export { accountView, conditionsHold, type FieldValue } from './conditions';
// Types only: the account schemas themselves (zod) stay out of workflow bundles.
export type { AccountEvent, AccountEventType, AccountSnapshot, Channel } from '../account';
