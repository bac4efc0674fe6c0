// The Kairos tables, one file per concept; drizzle-kit reads them all through this index.
export * from './accounts';
export * from './cadences';
export * from './enrollments';
export * from './contacts';
export * from './payments';
export * from './portfolios';
export * from './people';
export * from './audit';
export * from './analytics';
export { xid8 } from './columns';
export * from './imports';
