import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createRng } from '@ogi/report-generator';
import { expectationFor, type ScanExpectation } from './expected-values';
import { generatedPdfs } from './generated-pdfs';
import { imageOnlyPdf } from '@ogi/report-extract';
import { renderPdfPages } from './pdf-pages';
import { scanPage } from './scan-effects';

const DPI = 200;
export const OFFICE_FIXTURES = join(__dirname, '../../libs/report-extract/src/fixtures/office');
export const DEFAULT_PDFS = ['full-2019.pdf', 'full-2021.pdf', 'wps-like-2022.pdf'].map((name) =>
  join(OFFICE_FIXTURES, name),
);

interface Source {
  name: string;
  pdf: Uint8Array;
  expected: ScanExpectation;
}

/** What to scan and where to write it. */
export interface ScanOptions {
  out: string;
  generated: number;
  pdfs: string[];
  seed: string;
}

/** The options of `scans:make`'s command line. */
export function parseScanArgs(args: readonly string[]): ScanOptions {
  const options: ScanOptions = { out: '', generated: 0, pdfs: [], seed: 'scans' };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const value = () => {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--out') options.out = resolve(value());
    else if (arg === '--from-generated') options.generated = Number(value());
    else if (arg === '--seed') options.seed = value();
    else if (arg === '--pdf') {
      options.pdfs.push(resolve(value()));
      while (args[i + 1] !== undefined && !args[i + 1].startsWith('--')) {
        options.pdfs.push(resolve(args[(i += 1)]));
      }
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (!options.out) throw new Error('--out <dir> is required');
  if (!Number.isInteger(options.generated) || options.generated < 0) {
    throw new Error('--from-generated takes a whole number');
  }
  if (options.pdfs.length === 0 && options.generated === 0) options.pdfs = DEFAULT_PDFS;
  return options;
}

async function sources(options: ScanOptions): Promise<Source[]> {
  const found: Source[] = [];
  for (const path of options.pdfs) {
    found.push({
      name: basename(path).replace(/\.pdf$/i, ''),
      pdf: new Uint8Array(readFileSync(path)),
      expected: await expectationFor(path),
    });
  }
  if (options.generated > 0) {
    for (const made of await generatedPdfs(options.seed, options.generated)) {
      found.push({
        name: made.name,
        pdf: new Uint8Array(made.pdf),
        expected: {
          ...made.truth,
          source: 'report-generator truth; HTML printed by Chromium, then scanned',
        },
      });
    }
  }
  return found;
}

async function scanReport(source: Source, out: string, seed: string): Promise<number> {
  const rng = createRng(`${seed}:${source.name}`);
  const pages = await renderPdfPages(source.pdf, DPI);
  const jpegs: Buffer[] = [];
  const effects = [];
  for (const [index, page] of pages.entries()) {
    const scanned = await scanPage(page.png, rng.fork(index));
    writeFileSync(join(out, `${source.name}-p${index + 1}.jpg`), scanned.jpeg);
    jpegs.push(scanned.jpeg);
    effects.push({
      page: index + 1,
      angle_degrees: scanned.angleDegrees,
      jpeg_quality: scanned.jpegQuality,
    });
  }
  writeFileSync(join(out, `${source.name}.pdf`), await imageOnlyPdf(jpegs));
  const expected = { ...source.expected, scan: { dpi: DPI, seed, pages: effects } };
  const expectedJson = `${JSON.stringify(expected, null, 1)}\n`;
  writeFileSync(join(out, `${source.name}.expected.json`), expectedJson);
  writeFileSync(join(out, 'text', `${source.name}.pdf`), source.pdf);
  writeFileSync(join(out, 'text', `${source.name}.expected.json`), expectedJson);
  return pages.length;
}

/**
 * Writes the scanned copy of every source into `options.out` (see make-scans.ts for the files);
 * calls `progress` after each report.
 */
export async function makeScans(
  options: ScanOptions,
  progress: (name: string, pages: number, seconds: number) => void = () => undefined,
): Promise<string[]> {
  mkdirSync(join(options.out, 'text'), { recursive: true });
  const names: string[] = [];
  for (const source of await sources(options)) {
    const started = Date.now();
    const pages = await scanReport(source, options.out, options.seed);
    progress(source.name, pages, (Date.now() - started) / 1000);
    names.push(source.name);
  }
  return names;
}
