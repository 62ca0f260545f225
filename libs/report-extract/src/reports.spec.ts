import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, type ReportDocument } from '@ogi/report-parser';
import { closeExtractors, extractDocument } from './index';

/** A fixture's hand-checked expectations, in the shape of the shared dev corpus. */
interface Expected {
  office: string | null;
  year: number | null;
  format_version?: string;
  values: Record<string, number | null>;
  lenient_null_prefixes?: string[];
}

const FIXTURE_DIRS = ['corpus', 'office', 'layout'].map((dir) => join(__dirname, 'fixtures', dir));
/** A real PDF's layout without its narrative (tools/fixtures/pdf-layout-fixture.ts): the document as extracted. */
const LAYOUT_SUFFIX = '.document.json';

function fixtures(): Array<[string, string, Expected]> {
  return FIXTURE_DIRS.flatMap((dir) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    return names
      .filter(
        (name) =>
          (name.endsWith(LAYOUT_SUFFIX) || !name.endsWith('.json')) &&
          names.includes(expectedName(name)),
      )
      .map((name): [string, string, Expected] => [
        name,
        join(dir, name),
        JSON.parse(readFileSync(join(dir, expectedName(name)), 'utf8')),
      ]);
  });
}

function expectedName(name: string): string {
  return name.endsWith(LAYOUT_SUFFIX)
    ? name.replace(LAYOUT_SUFFIX, '.expected.json')
    : name.replace(/\.[^.]+$/, '.expected.json');
}

async function documentOf(name: string, file: string): Promise<ReportDocument> {
  if (name.endsWith(LAYOUT_SUFFIX)) return JSON.parse(readFileSync(file, 'utf8')) as ReportDocument;
  return extractDocument(readFileSync(file), name);
}

afterAll(() => closeExtractors());

describe('real reports: every cell, office and year as hand-checked', () => {
  it.each(fixtures())('%s', async (name, file, expected) => {
    const report = parseReport(await documentOf(name, file));
    expect(report.office.value).toBe(expected.office);
    expect(report.year.value).toBe(expected.year);
    const lenient = expected.lenient_null_prefixes ?? [];
    // A cell the source makes unrecoverable (digits run together that no rule splits) may be read
    // as nothing, when a finding names it; a number is always the printed one.
    const named = new Set(report.findings.flatMap((item) => item.keys));
    const wrong = Object.entries(expected.values)
      .filter(([key, value]) => {
        const got = report.values[key] ?? null;
        if (got === value || got !== null) return got !== value;
        return !lenient.some((prefix) => key.startsWith(prefix)) && !named.has(key);
      })
      .map(([key, value]) => `${key}: expected ${value}, got ${report.values[key]}`);
    expect(wrong).toEqual([]);
  });
});
