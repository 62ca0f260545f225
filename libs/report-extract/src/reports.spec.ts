import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '@ogi/report-parser';
import { closeExtractors, extractDocument } from './index';

/** A fixture's hand-checked expectations, in the shape of the shared dev corpus. */
interface Expected {
  office: string | null;
  year: number | null;
  format_version?: string;
  values: Record<string, number | null>;
  lenient_null_prefixes?: string[];
}

const FIXTURE_DIRS = ['corpus', 'office'].map((dir) => join(__dirname, 'fixtures', dir));

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
          !name.endsWith('.json') && names.includes(name.replace(/\.[^.]+$/, '.expected.json')),
      )
      .map((name): [string, string, Expected] => [
        name,
        join(dir, name),
        JSON.parse(readFileSync(join(dir, name.replace(/\.[^.]+$/, '.expected.json')), 'utf8')),
      ]);
  });
}

afterAll(() => closeExtractors());

describe('real reports: every cell, office and year as hand-checked', () => {
  it.each(fixtures())('%s', async (name, file, expected) => {
    const report = parseReport(await extractDocument(readFileSync(file), name));
    expect(report.office.value).toBe(expected.office);
    expect(report.year.value).toBe(expected.year);
    const lenient = expected.lenient_null_prefixes ?? [];
    const wrong = Object.entries(expected.values)
      .filter(([key, value]) => {
        const got = report.values[key] ?? null;
        return got !== value && !(got === null && lenient.some((prefix) => key.startsWith(prefix)));
      })
      .map(([key, value]) => `${key}: expected ${value}, got ${report.values[key]}`);
    expect(wrong).toEqual([]);
  });
});
