export * from './stats-fixtures';
