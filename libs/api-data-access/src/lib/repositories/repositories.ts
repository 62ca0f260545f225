import type { EntityManager } from 'typeorm';
import { LoginThrottleRepository } from '../accounts/login-throttle.repository';
import { SessionsRepository } from '../accounts/sessions.repository';
import { UsersRepository } from '../accounts/users.repository';
import { CorrectionsRepository } from './corrections.repository';
import { DemoRepository } from './demo.repository';
import { OcrJobsRepository } from './ocr-jobs.repository';
import { OfficeMergesRepository } from './office-merges.repository';
import { OfficesRepository } from './offices.repository';
import { RegionsRepository } from './regions.repository';
import { ReportRevisionsRepository } from './report-revisions.repository';
import { ReportsRepository } from './reports.repository';
import { SourceFilesRepository } from './source-files.repository';
import { SourcePagesRepository } from './source-pages.repository';

/** Every repository over one EntityManager (a transaction, or the plain connection for reads). */
export class Repositories {
  readonly regions: RegionsRepository;
  readonly offices: OfficesRepository;
  readonly sourceFiles: SourceFilesRepository;
  readonly reports: ReportsRepository;
  readonly revisions: ReportRevisionsRepository;
  readonly corrections: CorrectionsRepository;
  readonly officeMerges: OfficeMergesRepository;
  readonly users: UsersRepository;
  readonly sessions: SessionsRepository;
  readonly loginThrottle: LoginThrottleRepository;
  readonly demo: DemoRepository;
  readonly sourcePages: SourcePagesRepository;
  readonly ocrJobs: OcrJobsRepository;

  constructor(manager: EntityManager) {
    this.regions = new RegionsRepository(manager);
    this.offices = new OfficesRepository(manager);
    this.sourceFiles = new SourceFilesRepository(manager);
    this.reports = new ReportsRepository(manager);
    this.revisions = new ReportRevisionsRepository(manager);
    this.corrections = new CorrectionsRepository(manager);
    this.officeMerges = new OfficeMergesRepository(manager);
    this.users = new UsersRepository(manager);
    this.sessions = new SessionsRepository(manager);
    this.loginThrottle = new LoginThrottleRepository(manager);
    this.demo = new DemoRepository(manager);
    this.sourcePages = new SourcePagesRepository(manager);
    this.ocrJobs = new OcrJobsRepository(manager);
  }
}
