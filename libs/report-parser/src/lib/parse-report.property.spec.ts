import fc from 'fast-check';
import { CELL_STATUSES, isFieldKey } from '@ogi/report-schema';
import { linesDocument } from './document/report-document';
import { parseReport } from './parse-report';
import type { ParsedReport } from './parsed-report';
import {
  activeTabGrid2021,
  appealsTabGrid,
  applicationsTabGrid,
  reportText,
} from './testing/report-text';

const BASE = reportText({
  title: '东兴街道办事处2023年政府信息公开工作年度报告',
  active: activeTabGrid2021({ licensing: '12', fees: '0.5' }),
  applications: applicationsTabGrid('2021', (rowId) =>
    rowId === 'granted' ? [1, 0, 0, 0, 0, 0, 1] : [0, 0, 0, 0, 0, 0, 0],
  ),
  appeals: appealsTabGrid(Array.from({ length: 15 }, () => 0)),
});
/**
 * Parsing one report must never take longer than this, whatever the input. A guard against
 * runaway work (a regular expression backtracking through a long run of digits took 19 s), not a
 * speed target: those are `npm run bench:parse`'s. The 20,000-row case takes 0.4–1.5 s on a
 * 2-core machine, depending on what else runs (1 s failed a CI run beside two soak runs).
 */
const TIME_BOUND_MS = 5000;

/** Everything wrong with a result's shape (one expect per run keeps the property fast). */
function malformations(report: ParsedReport): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(report.values)) {
    if (!isFieldKey(key)) problems.push(`unknown key ${key}`);
    if (!(value === null || Number.isFinite(value))) problems.push(`${key} = ${value}`);
  }
  for (const cell of report.cells)
    if (!CELL_STATUSES.includes(cell.status)) problems.push(`${cell.key} status ${cell.status}`);
  for (const version of Object.values(report.formatVersion))
    if (![null, '2019', '2021'].includes(version)) problems.push(`version ${version}`);
  for (const item of report.findings)
    if (item.message.length === 0) problems.push(`empty finding ${item.code}`);
  return problems;
}

function expectWellFormed(report: ParsedReport): void {
  expect(malformations(report)).toEqual([]);
}

function parseTimed(lines: string[]): ParsedReport {
  const started = Date.now();
  const report = parseReport(linesDocument(lines));
  expect(Date.now() - started).toBeLessThan(TIME_BOUND_MS);
  return report;
}

const line = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '0',
    '/',
    '—',
    '1,234',
    '+3',
    '减少2',
    '251000元',
    '（七）总计',
    '其他',
    '合计',
    '第二十条第（九）项',
    '四、政府信息公开行政复议、行政诉讼情况',
    '\t\t\t',
    '|||',
  ),
  fc
    .array(fc.constantFrom('0', '1', '', '12', '/', '规章', '其他'), { maxLength: 16 })
    .map((cells) => cells.join('\t')),
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: line }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: line }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(lines: readonly string[], mutations: readonly Mutation[]): string[] {
  const result = [...lines];
  for (const change of mutations) {
    if (result.length === 0) break;
    const at = change.at % result.length;
    if (change.kind === 'delete') result.splice(at, 1);
    else if (change.kind === 'duplicate') result.splice(at, 0, result[at]);
    else if (change.kind === 'insert') result.splice(at, 0, change.text);
    else if (change.kind === 'replace') result[at] = change.text;
    else {
      const other = change.other % result.length;
      [result[at], result[other]] = [result[other], result[at]];
    }
  }
  return result;
}

describe('parseReport on hostile input', () => {
  it('never throws on random lines and always returns well-formed values', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 200 }), (lines) => {
        expectWellFormed(parseTimed(lines));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated reports, and keys stay canonical', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 30 }), (mutations) => {
        expectWellFormed(parseTimed(mutate(BASE, mutations)));
      }),
      { numRuns: 300 },
    );
  });

  it('handles very long lines and very many rows within the time bound', () => {
    expectWellFormed(parseTimed(['规章' + '0\t'.repeat(50_000)]));
    // Cells run together: long runs of digits or placeholders after a label are not enumerated.
    expectWellFormed(parseTimed(['二、主动公开政府信息情况', `行政许可${'1'.repeat(100_000)}第`]));
    expectWellFormed(
      parseTimed(['二、主动公开政府信息情况', `规章${'无'.repeat(100_000)}行政许可`]),
    );
    expectWellFormed(
      parseTimed(
        Array.from({ length: 20_000 }, (_, index) => (index % 2 ? '0' : '1.属于国家秘密')),
      ),
    );
  });
});
