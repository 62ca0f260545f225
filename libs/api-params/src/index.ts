export * from './lib/fields';
export * from './lib/declare-query';
export * from './lib/openapi';
export * from './lib/query-string';
export * from './lib/stats-query';
export * from './lib/exports-query';
export * from './lib/reports-query';
export * from './lib/offices-query';
