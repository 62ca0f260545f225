import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CELL_STATUSES } from '@ogi/report-schema';
import { parseReport } from '@ogi/report-parser';
import { closeExtractors, extractDocument, ExtractError } from './index';

const CORPUS = join(__dirname, 'fixtures', 'corpus');
const samples = readdirSync(CORPUS)
  .filter((name) => !name.endsWith('.json'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(CORPUS, name))) }));
/** A whole read (extract + parse) of one mutated file must end within this. */
const TIME_BOUND_MS = 3000;

afterAll(() => closeExtractors());

/** Reads a file end to end: either a clear ExtractError or well-formed values; never anything else. */
async function readEndToEnd(bytes: Uint8Array, name: string): Promise<string[]> {
  const started = Date.now();
  try {
    const report = parseReport(await extractDocument(bytes, name, { timeoutMs: TIME_BOUND_MS }));
    const problems = report.cells
      .filter(
        (cell) =>
          !CELL_STATUSES.includes(cell.status) ||
          (cell.value !== null && !Number.isFinite(cell.value)),
      )
      .map((cell) => cell.key);
    if (Date.now() - started > TIME_BOUND_MS) problems.push(`took ${Date.now() - started} ms`);
    return problems;
  } catch (error) {
    if (error instanceof ExtractError && error.message.includes(name)) return [];
    throw error;
  }
}

describe('reading mutated reports end to end', () => {
  it('gives values or a clear error for every byte-level mutation of the corpus', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...samples),
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })),
          { maxLength: 30 },
        ),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        async (sample, flips, cut) => {
          const bytes = sample.bytes.slice(
            0,
            cut === undefined ? undefined : Math.floor(sample.bytes.length * cut),
          );
          for (const [where, value] of flips)
            if (bytes.length > 0) bytes[Math.floor(where * (bytes.length - 1))] = value;
          expect(await readEndToEnd(bytes, sample.name)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
