// @kairos/db: the schema, its migrations and one repository module per concept.
export * from './schema';
export { openDatabase, type Database, type KairosDb, type OpenDatabaseOptions } from './connection';
export * from './accounts';
export * from './cadences';
export * from './versions';
export * from './enrollments';
export * from './enrollment-target';
export * from './contacts';
export * from './outbox';
export * from './account-events';
export * from './audit';
export * from './users';
export * from './reviews';
export * from './contact-ledger';
