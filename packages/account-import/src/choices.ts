// The choices a column mapping offers (fields, their kinds and formats), without the file and cell
// readers: what the web app imports to draw the mapping table.
export * from './fields';
export * from './formats';
