import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseFile } from '../../apps/cli/src/commands/parse';
import type { ExpectedReport } from '../../apps/cli/src/corpus/corpus-score';

/** Expected values of a scan, in the shape of the dev corpus `*.expected.json`. */
export type ScanExpectation = ExpectedReport & { source: string; [field: string]: unknown };

/**
 * What the scan of a text PDF must read as: the hand-read `<name>.expected.json` beside the PDF
 * when there is one, otherwise what our own parser reads from the PDF's text layer (the scan
 * prints the same numbers). Cells the parser derived rather than read are left out: the page
 * does not print them.
 */
export async function expectationFor(pdfPath: string): Promise<ScanExpectation> {
  const beside = pdfPath.replace(/\.pdf$/i, '.expected.json');
  if (existsSync(beside)) {
    const expected = JSON.parse(readFileSync(beside, 'utf8')) as ScanExpectation;
    return { ...expected, source: `${expected.source ?? basename(beside)} (scanned)` };
  }
  const outcome = await parseFile(pdfPath);
  if (!outcome.ok) {
    throw new Error(`${pdfPath}: its text layer does not parse (${outcome.error?.message})`);
  }
  const derived = new Set(
    outcome.cells.filter((cell) => cell.assignedBy === 'derived').map((cell) => cell.key),
  );
  const values = Object.fromEntries(
    Object.entries(outcome.values).filter(([key]) => !derived.has(key)),
  );
  return {
    office: outcome.office,
    year: outcome.year,
    values,
    source: `read by our parser from the text layer of ${basename(pdfPath)}, then scanned`,
  };
}
