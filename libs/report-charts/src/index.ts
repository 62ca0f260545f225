export * from './lib/stats-types';
export * from './lib/format';
export * from './lib/escape';
export * from './lib/options';
export * from './lib/overview-models';
export * from './lib/coverage-model';
