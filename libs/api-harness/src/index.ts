export * from './lib/api-process';
export * from './lib/authenticate';
