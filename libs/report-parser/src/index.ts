export * from './lib/document/report-document';
export * from './lib/parsed-report';
export * from './lib/parse-report';
export * from './lib/parser-version';
export { readCell, convertToKeyUnit } from './lib/cells/cell-value';
export * from './lib/findings/rule-findings';
export * from './lib/manual/manual-reading';
