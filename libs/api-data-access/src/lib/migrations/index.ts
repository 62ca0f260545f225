import { InitialSchema1764201600000 } from './1764201600000-initial-schema';
import { DemoData1764288000000 } from './1764288000000-demo-data';
import { OfficeMerges1764374400000 } from './1764374400000-office-merges';
import { ReportTextFigures1764460800000 } from './1764460800000-report-text-figures';
import { StatsRollup1764720000000 } from './1764720000000-stats-rollup';
import { Accounts1764806400000 } from './1764806400000-accounts';
import { Selections1764892800000 } from './1764892800000-selections';
import { SourceFileUploader1764979200000 } from './1764979200000-source-file-uploader';
import { ExactRollup1765065600000 } from './1765065600000-exact-rollup';
import { ReviewRate1796680517548 } from './1796680517548-review-rate';
import { OcrJobs1796767000000 } from './1796767000000-ocr-jobs';

/**
 * Every migration, oldest first. Listed as classes (not a glob) so that the webpack bundle of the
 * api contains them.
 */
export const MIGRATIONS = [
  InitialSchema1764201600000,
  DemoData1764288000000,
  OfficeMerges1764374400000,
  ReportTextFigures1764460800000,
  StatsRollup1764720000000,
  Accounts1764806400000,
  Selections1764892800000,
  SourceFileUploader1764979200000,
  ExactRollup1765065600000,
  ReviewRate1796680517548,
  OcrJobs1796767000000,
];
