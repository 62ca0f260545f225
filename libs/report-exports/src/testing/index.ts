export * from './inspect';
export * from './pack-fixtures';
