// Test support shared by Kairos packages: real servers, never stand-ins.
export { startThrowawayPostgres, createTestDatabase, freePort, type ThrowawayPostgres } from './postgres-server';
export { createTimeSkippingEnv, createLocalEnv, temporalTestServerPath } from './temporal-env';
export { zoneWhereItIs, afternoonZone } from './local-hour-zone';
