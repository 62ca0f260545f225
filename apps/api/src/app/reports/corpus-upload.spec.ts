import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseOfficeName, POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { extractDocument } from '@ogi/report-extract';
import {
  generateReports,
  LAYOUTS,
  renderReport,
  type GeneratedReport,
} from '@ogi/report-generator';
import { parseReport } from '@ogi/report-parser';
import { encode } from 'iconv-lite';
import { createTestApp, fixturePath, type TestApp } from '../testing/test-app';

/** A file to upload and what its report states (null: not stated, so the upload needs input). */
interface CorpusFile {
  name: string;
  bytes: Buffer;
  office: string | null;
  year: number | null;
}

/** The dev corpus and the full office documents, with the office and year they state. */
function fixtureFiles(): CorpusFile[] {
  return ['corpus', 'office'].flatMap((folder) => {
    const dir = fixturePath(folder);
    return readdirSync(dir)
      .filter((name) => !name.endsWith('.json'))
      .map((name) => {
        const expected = JSON.parse(
          readFileSync(join(dir, name.replace(/\.[a-z]+$/, '.expected.json')), 'utf8'),
        ) as { office: string | null; year: number | null };
        return {
          name: `${folder}-${name}`,
          bytes: readFileSync(join(dir, name)),
          office: expected.office,
          year: expected.year,
        };
      });
  });
}

function generatedBytes(report: GeneratedReport): Buffer {
  const rendered = renderReport(report.model);
  if (typeof rendered.content !== 'string') return Buffer.from(rendered.content);
  if (rendered.ext === 'html' && report.model.charset === 'gb18030')
    return encode(rendered.content, 'gb18030');
  return Buffer.from(rendered.content, 'utf8');
}

/** Generated reports in every layout the generator has, a few per layout. */
function generatedFiles(perLayout: number): CorpusFile[] {
  return LAYOUTS.flatMap((layout) =>
    [...generateReports({ seed: `upload-${layout}`, count: perLayout, layouts: [layout] })].map(
      (report) => ({
        name: `generated-${layout}-${report.model.id}.${renderReport(report.model).ext}`,
        bytes: generatedBytes(report),
        office: report.truth.office,
        year: report.truth.year,
      }),
    ),
  );
}

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('uploads the corpus on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('uploading the corpus on %s', (type) => {
  let t: TestApp;
  const files = [...fixtureFiles(), ...generatedFiles(4)];

  beforeAll(async () => {
    t = await createTestApp(type, { upload: { maxFileBytes: 3 * 1024 * 1024, maxFiles: 200 } });
  });
  afterAll(async () => {
    await t?.close();
  });

  function uploadAll() {
    const req = t.http.post('/api/reports');
    for (const file of files) req.attach('files', file.bytes, file.name);
    return req.expect(200);
  }

  it('gives each file its status, then duplicate for every file, and serves the parser’s values', async () => {
    const first = (await uploadAll()).body.results as {
      file: string;
      status: string;
      reportId: number;
      office: { id: number; name: string } | null;
      year: number | null;
    }[];
    expect(first.map((result) => result.file)).toEqual(files.map((file) => file.name));

    const seen = new Set<string>();
    first.forEach((result, index) => {
      const file = files[index];
      if (file.office === null || file.year === null) {
        expect({ file: file.name, status: result.status }).toEqual({
          file: file.name,
          status: 'needs_input',
        });
        return;
      }
      // The first report of an office and year creates it; a later one is its new version.
      const officeYear = `${result.office?.id}/${result.year}`;
      expect({ file: file.name, status: result.status, year: result.year }).toEqual({
        file: file.name,
        status: seen.has(officeYear) ? 'new_version' : 'created',
        year: file.year,
      });
      seen.add(officeYear);
      expect(normaliseOfficeName(result.office?.name ?? '')).toBe(normaliseOfficeName(file.office));
    });

    for (const [index, result] of first.entries()) {
      const file = files[index];
      const parsed = parseReport(await extractDocument(file.bytes, file.name));
      const detail = (await t.http.get(`/api/reports/${result.reportId}`).expect(200)).body;
      expect({ file: file.name, values: detail.values }).toEqual({
        file: file.name,
        values: parsed.values,
      });
    }

    const again = (await uploadAll()).body.results as { status: string; reportId: number }[];
    expect(again.map((result) => result.status)).toEqual(files.map(() => 'duplicate'));
    expect(again.map((result) => result.reportId)).toEqual(first.map((result) => result.reportId));
  }, 120_000);
});
