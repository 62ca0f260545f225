import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReports, renderReport, type LayoutId } from '@ogi/report-generator';
import { zipSync, strToU8 } from 'fflate';
import { reportBytes } from '../commands/generate-roundtrip';

export const TEXT_LAYOUTS: LayoutId[] = ['tab', 'tab8', 'lines', 'pipe', 'pdf-text'];

/** Files that are not reports, as a folder of downloads holds them: each must end as `failed`. */
const BROKEN_FILES: { ext: string; bytes: () => Uint8Array }[] = [
  { ext: 'txt', bytes: () => strToU8('关于召开年度工作会议的通知\n请各单位准时参加。\n') },
  { ext: 'png', bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7]) },
  { ext: 'zip', bytes: () => zipSync({ 'a.txt': strToU8('x') }).slice(0, 30) },
  { ext: 'html', bytes: () => strToU8('<html><body><p>页面不存在</p></body></html>') },
];

export interface ReportFilesOptions {
  count: number;
  seed: string;
  layouts?: LayoutId[];
  /** Every n-th file is a broken one instead (0: none). */
  brokenEvery?: number;
}

/**
 * Writes generated reports (no truth files) into a folder, with broken files mixed in;
 * returns the paths written, in order.
 */
export function writeReportFiles(folder: string, options: ReportFilesOptions): string[] {
  mkdirSync(folder, { recursive: true });
  const paths: string[] = [];
  const reports = generateReports({
    seed: options.seed,
    count: options.count,
    layouts: options.layouts ?? TEXT_LAYOUTS,
    breakRules: [],
    breakShare: 0,
    gb18030Share: 0,
  });
  for (const { model } of reports) {
    const index = paths.length;
    if (options.brokenEvery && index % options.brokenEvery === options.brokenEvery - 1) {
      const broken = BROKEN_FILES[Math.floor(index / options.brokenEvery) % BROKEN_FILES.length];
      // Distinct bytes per file: each is its own failure, not a duplicate.
      const bytes = Buffer.concat([Buffer.from(broken.bytes()), Buffer.from(`\n${index}\n`)]);
      const path = join(folder, `broken-${index}.${broken.ext}`);
      writeFileSync(path, bytes);
      paths.push(path);
      continue;
    }
    const rendered = renderReport(model);
    const path = join(folder, `${model.id}.${rendered.ext}`);
    writeFileSync(path, reportBytes(rendered, model.charset));
    paths.push(path);
  }
  return paths;
}
