import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReports, LAYOUTS, renderReport } from '@ogi/report-generator';
import type { FuzzFile } from './mutations';

const FIXTURES = join(__dirname, '../../../../../../libs/report-extract/src/fixtures');

/** Committed real-world reports: the corpus (text, HTML) and the office files (DOCX, PDF). */
function fixtureFiles(): FuzzFile[] {
  const files: FuzzFile[] = [];
  for (const folder of ['corpus', 'office', 'html']) {
    for (const name of readdirSync(join(FIXTURES, folder)).sort()) {
      if (name.endsWith('.json')) continue;
      files.push({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, folder, name))) });
    }
  }
  return files;
}

/**
 * The files mutations start from: generated reports in every layout of @ogi/report-generator
 * (text layouts, HTML, DOCX) and the committed fixtures, the same for the same seed.
 */
export function fuzzSeeds(seed: string, generated = 70): FuzzFile[] {
  const files: FuzzFile[] = [];
  for (const { model } of generateReports({
    seed,
    count: generated,
    layouts: [...LAYOUTS],
    breakShare: 0.1,
    gb18030Share: 0,
  })) {
    const rendered = renderReport(model);
    const bytes =
      typeof rendered.content === 'string'
        ? new TextEncoder().encode(rendered.content)
        : rendered.content;
    files.push({ name: `${model.id}.${rendered.ext}`, bytes });
  }
  return [...files, ...fixtureFiles()];
}
