// @kairos/account-import: a creditor's CSV file read into accounts, pure apart from the streaming
// reader: the fields a column can fill, the mapping (suggested, checked, adapted), cell formats and
// one row read into an account or its problems by row and column.
export * from './fields';
export * from './cell-formats';
export * from './mapping';
export * from './row';
export { csvRecords, CsvFileError, type CsvRecord } from './csv-records';
export { readAccountsFile, type FileItem } from './read-file';
