// Public surface of the progress model; import from here rather than from the files.
export * from './types';
export * from './schema';
export * from './serialize';
export * from './parse';
export * from './migrate';
export * from './merge';
export * from './export-import';
export * from './create';
export { formatPath, formatZodError } from './format-issues';
export { findUnsafeStructure, MAX_JSON_DEPTH } from './guard-json';
export { isPersistedCard, isPersistedLog, validateCards, validateLogs } from './validate-bulk';
export * from './cards';
