import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Database,
  openDataSource,
  POSTGRES_SKIPPED,
  Repositories,
  createTestDatabase,
  testDatabaseTypes,
  type TestDatabase,
} from '@ogi/api-data-access';
import { closeExtractors } from '@ogi/report-extract';
import { linesDocument, parseReport, type ParseFinding } from '@ogi/report-parser';
import { Ingestor } from './ingestor';
import { storeReread } from './reread-report';

const CORPUS = join(__dirname, '../../../report-extract/src/fixtures/corpus');
const QIJIAZI = readFileSync(join(CORPUS, 'changtu-qijiazi-2023.txt'));
const CONFIRMED = 'applications.new_received.natural_person';
const STILL_DOUBTFUL = 'applications.new_received.commercial_enterprise';

const awaiting = (key: string): ParseFinding => ({
  code: 'needs_review',
  severity: 'warning',
  message: `${key} 识别置信度 50%`,
  table: 'applications',
  keys: [key],
  location: null,
});

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the re-read of reviewed cells on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('re-reading a report with confirmed cells on %s', (type) => {
  let testDb: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    testDb = await createTestDatabase(type);
    db = new Database(await openDataSource(testDb.config));
  });
  afterAll(async () => {
    await closeExtractors();
    await db?.dataSource.destroy();
    await testDb?.drop();
  });

  it('keeps a confirmed cell confirmed when the new reading doubts it again', async () => {
    const [stored] = await new Ingestor(db).ingest([{ name: 'scan.txt', bytes: QIJIAZI }], {});
    const id = stored.reportId as number;
    const fresh = parseReport(linesDocument(QIJIAZI.toString('utf8').split(/\r?\n/)));
    const reading = {
      ...fresh,
      findings: [...fresh.findings, awaiting(CONFIRMED), awaiting(STILL_DOUBTFUL)],
    };
    const findings = await db.write(async (manager) => {
      const repos = new Repositories(manager);
      const report = await repos.reports.findById(id);
      const cell = (await repos.reports.cellsOf(id)).find((c) => c.key === CONFIRMED);
      await repos.corrections.insert({
        reportId: id,
        key: CONFIRMED,
        oldValue: cell?.value ?? null,
        oldStatus: cell?.status ?? null,
        newValue: cell?.value ?? null,
        newStatus: cell?.status ?? null,
        reason: '确认',
        userName: 'editor',
      });
      if (!report) throw new Error('stored report missing');
      await storeReread(repos, report, 'scan.txt', { ok: true, kind: 'text', report: reading });
      return repos.reports.findingsOf(id);
    });
    const review = findings.filter((finding) => finding.code === 'needs_review');
    expect(review.map((finding) => finding.keys)).toEqual([[STILL_DOUBTFUL]]);
  });
});
