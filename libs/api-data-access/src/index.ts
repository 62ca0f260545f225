export type { DatabaseConfig, DatabaseType } from './lib/database/database-config';
export {
  DEFAULT_SQLITE_PATH,
  envValue,
  loadDatabaseConfig,
} from './lib/database/load-database-config';
export {
  connectDataSource,
  createDataSourceOptions,
  migrateDatabase,
  openDataSource,
  prepareSqliteFolder,
} from './lib/database/data-source';
export { Database, isUniqueViolation } from './lib/database/database';
export * from './lib/entities/model';
export { ENTITY, createEntitySchemas, type ReportFiguresRow } from './lib/entities/entities';
export { MIGRATIONS } from './lib/migrations';
export { RollupRebuild } from './lib/migrations/rollup-step';
export * from './lib/figures/report-figures';
export * from './lib/names/office-names';
export * from './lib/names/stored-name';
export { RegionsRepository, type NewRegion } from './lib/repositories/regions.repository';
export {
  OfficesRepository,
  type NewOffice,
  type OfficeFilter,
  type OfficeNameClash,
} from './lib/repositories/offices.repository';
export { OfficeMergesRepository } from './lib/repositories/office-merges.repository';
export {
  SourceFilesRepository,
  type SourceFileInfo,
} from './lib/repositories/source-files.repository';
export {
  ReportsRepository,
  type ReportContent,
  type ReportFilter,
} from './lib/repositories/reports.repository';
export {
  NO_FINDINGS,
  REPORT_PROBLEMS,
  type FindingCounts,
  type ReportProblem,
} from './lib/repositories/report-problems';
export {
  CorrectionsRepository,
  type NewCorrection,
} from './lib/repositories/corrections.repository';
export {
  ReportRevisionsRepository,
  type ReportPatch,
} from './lib/repositories/report-revisions.repository';
export { Repositories } from './lib/repositories/repositories';
export {
  SourcePagesRepository,
  type SourcePageInfo,
} from './lib/repositories/source-pages.repository';
export { OcrJobsRepository } from './lib/repositories/ocr-jobs.repository';
export {
  DemoRepository,
  type DemoLoadStatus,
  type DemoRemoval,
  type DemoState,
} from './lib/repositories/demo.repository';
export { inRegionSubtrees } from './lib/repositories/region-paths';
export { UsersRepository, type NewUser, type UserChanges } from './lib/accounts/users.repository';
export { SessionsRepository } from './lib/accounts/sessions.repository';
export { LoginThrottleRepository } from './lib/accounts/login-throttle.repository';
export {
  hashPassword,
  verifyPassword,
  passwordProblem,
  MIN_PASSWORD_LENGTH,
  SCRYPT_PARAMS,
  scryptParams,
  type ScryptParams,
} from './lib/accounts/password';
export { createAdmin, usernameProblem, type CreateAdminResult } from './lib/accounts/create-admin';
export {
  createTestDatabase,
  testDatabaseTypes,
  POSTGRES_SKIPPED,
  type TestDatabase,
} from './lib/testing/test-databases';
export {
  metricSql,
  MONEY_SCALE,
  STATS_METRICS,
  statsMetric,
  type MetricColumns,
} from './lib/stats/metric-columns';
export type { StatsFormat, StatsScope } from './lib/stats/stats-scope';
export {
  SelectionsRepository,
  type IdPath,
  type NewSelection,
  type SelectionKind,
  type StoredSelection,
} from './lib/selections/selections.repository';
export {
  StatsRepository,
  type AggregateRow,
  type CoverageCell,
  type CoverageTotals,
  type MetricSums,
  type NamedRegion,
  type OfficeMetricRow,
  type ScopeOffice,
  type StatsGrouping,
} from './lib/stats/stats.repository';
export {
  currentRollupMetrics,
  currentRollupSql,
  dropRollupTriggersSql,
  rollupApplySql,
  rollupBackfillSql,
  rollupContributionSql,
  rollupTriggersSql,
  type RollupMetric,
  type RollupSums,
} from './lib/stats/stats-rollup';
export {
  rollupDifferences,
  storedRollupSums,
  type RollupDifference,
} from './lib/stats/rollup-check';
