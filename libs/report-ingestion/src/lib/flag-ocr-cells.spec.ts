import type { ParseFinding, ParsedCell, ParsedReport } from '@ogi/report-parser';
import { derivedParts } from '@ogi/report-schema';
import {
  flagOcrCells,
  ocrReviewThreshold,
  withoutReviewed,
  type OcrWordBox,
} from './flag-ocr-cells';

const RECEIVED = 'applications.new_received.total';
const NATURAL = 'applications.new_received.natural_person';
const GRANTED = 'applications.granted.total';

const cell = (
  key: string,
  raw: string | null,
  at: { x: number; y: number } | null,
  assignedBy: ParsedCell['assignedBy'] = 'position',
): ParsedCell => ({
  key,
  value: raw === null ? null : Number(raw.replace(/,/g, '')),
  status: raw === null ? 'not_printed' : 'number',
  raw,
  unit: null,
  location: at ? { page: 2, x: at.x, y: at.y, table: 0, row: 3, column: 1 } : null,
  assignedBy,
});

const word = (
  text: string,
  confidence: number,
  box: [number, number, number, number],
  page = 2,
): OcrWordBox => ({ page, text, confidence, box });

const report = (cells: ParsedCell[], findings: ParseFinding[] = []): ParsedReport => ({
  office: { value: '某某局', source: null },
  year: { value: 2023, source: null },
  formatVersion: { active: null, applications: '2021', appeals: null },
  cells,
  values: {},
  findings,
  textFigures: null,
});

const ruleFailing = (keys: string[]): ParseFinding => ({
  code: 'rule',
  severity: 'error',
  message: 'T2-1 不相等',
  table: 'applications',
  keys,
  location: null,
});

describe('flagOcrCells', () => {
  it('puts the box and confidence of the word holding its left edge and baseline on each cell', () => {
    const parsed = report([cell(RECEIVED, '123', { x: 300, y: 410 })]);
    const words = [
      word('7', 0.99, [200, 400, 210, 412]),
      word('123', 0.97, [300, 399, 318, 411]),
      word('123', 0.97, [300, 399, 318, 411], 3),
    ];
    const flagged = flagOcrCells(parsed, words, 0.9);
    expect(flagged.cells[0].location).toMatchObject({
      page: 2,
      box: [300, 399, 318, 411],
      confidence: 0.97,
    });
    expect(flagged.findings).toEqual([]);
  });

  it('joins the words of a value the layout read as one and keeps their lowest confidence', () => {
    const parsed = report([cell(RECEIVED, '1,234', { x: 300, y: 410 })]);
    const words = [
      word('1,', 0.98, [300, 399, 306, 411]),
      word('234', 0.8, [307, 399, 320, 411]),
      word('56', 0.99, [400, 399, 410, 411]),
    ];
    const located = flagOcrCells(parsed, words, 0.5).cells[0].location;
    expect(located).toMatchObject({ box: [300, 399, 320, 411], confidence: 0.8 });
  });

  it('flags a cell read below the threshold, naming the table, row, column and confidence', () => {
    const parsed = report([cell(RECEIVED, '18', { x: 300, y: 410 })]);
    const flagged = flagOcrCells(parsed, [word('18', 0.62, [300, 399, 312, 411])], 0.9);
    expect(flagged.findings).toHaveLength(1);
    const [finding] = flagged.findings;
    expect(finding).toMatchObject({
      code: 'needs_review',
      severity: 'warning',
      table: 'applications',
      keys: [RECEIVED],
      location: { box: [300, 399, 312, 411], confidence: 0.62 },
    });
    expect(finding.message).toContain('表三');
    expect(finding.message).toContain('置信度 62%');
    expect(finding.message).toContain('低于 90%');
  });

  it('flags every printed cell of a failing rule and every cell placed by the rules, once each', () => {
    const parsed = report(
      [
        cell(RECEIVED, '10', { x: 300, y: 410 }),
        cell(NATURAL, '4', { x: 350, y: 410 }, 'rules'),
        cell(GRANTED, null, null),
      ],
      [ruleFailing([RECEIVED, NATURAL, GRANTED])],
    );
    const words = [word('10', 0.99, [300, 399, 312, 411]), word('4', 0.5, [350, 399, 356, 411])];
    const review = flagOcrCells(parsed, words, 0.9).findings.filter(
      (finding) => finding.code === 'needs_review',
    );
    expect(review.map((finding) => finding.keys)).toEqual([[RECEIVED], [NATURAL], [GRANTED]]);
    expect(review[0].message).toContain('所在行校验不通过');
    expect(review[2].message).toContain('未读出');
    expect(review[1].message).toContain('低于 90%');
    expect(review[1].message).toContain('所在行校验不通过');
    expect(review[1].message).toContain('由校验规则排列');
  });

  it('flags every cell of a row read with a gap, sure figures too: they may have slid a column', () => {
    const legal = 'applications.carried_forward.legal_service_org';
    const parsed = report([
      cell('applications.carried_forward.natural_person', '0', { x: 300, y: 410 }),
      cell('applications.carried_forward.commercial_enterprise', '0', { x: 330, y: 410 }),
      cell(legal, null, null),
      cell(GRANTED, '5', { x: 300, y: 430 }),
    ]);
    const words = [
      word('0', 0.99, [300, 399, 305, 411]),
      word('0', 0.99, [330, 399, 335, 411]),
      word('5', 0.99, [300, 419, 305, 431]),
    ];
    const review = flagOcrCells(parsed, words, 0.9).findings.filter(
      (finding) => finding.code === 'needs_review',
    );
    expect(review.map((finding) => finding.keys[0]).sort()).toEqual([
      'applications.carried_forward.commercial_enterprise',
      legal,
      'applications.carried_forward.natural_person',
    ]);
    expect(review.every((finding) => finding.message.includes('本行有格未读出'))).toBe(true);
  });

  it('flags a row not read at all while the rest of its table was, and nothing of a table not found', () => {
    const parsed = report([
      cell(RECEIVED, '5', { x: 300, y: 410 }),
      cell(GRANTED, null, null),
      cell('appeals.litigation_direct.upheld', null, null),
    ]);
    const review = flagOcrCells(parsed, [word('5', 0.99, [300, 399, 305, 411])], 0.9).findings;
    expect(review.map((finding) => finding.keys[0])).toEqual([GRANTED]);
  });

  it('names the derived sum a doubtful part adds up to, so the sum is never silently wrong', () => {
    const sum = 'applications.other_handling.total.natural_person';
    const [part, other] = derivedParts(sum, '2021') ?? [];
    const parsed = report([
      cell(part, '3', { x: 300, y: 410 }),
      cell(other, '1', { x: 300, y: 430 }),
      { ...cell(sum, null, null, 'derived'), value: 4, status: 'number' },
    ]);
    const words = [word('3', 0.4, [300, 399, 306, 411]), word('1', 0.99, [300, 419, 306, 431])];
    const review = flagOcrCells(parsed, words, 0.9).findings;
    expect(review.map((finding) => finding.keys)).toEqual([[part, sum]]);
  });

  it('leaves a reading without OCR words as it was', () => {
    const parsed = report([cell(RECEIVED, '5', { x: 300, y: 410 }, 'rules')]);
    expect(flagOcrCells(parsed, [], 0.9)).toBe(parsed);
  });

  it('reads the threshold from the environment, falling back to the default when not a fraction', () => {
    expect(ocrReviewThreshold('0.8')).toBe(0.8);
    expect(ocrReviewThreshold(undefined)).toBe(0.9);
    expect(ocrReviewThreshold('80')).toBe(0.9);
    expect(ocrReviewThreshold('')).toBe(0.9);
  });
});

describe('withoutReviewed', () => {
  it('drops the needs_review finding of a corrected or confirmed cell and keeps all others', () => {
    const findings = [
      { code: 'needs_review', keys: [RECEIVED] },
      { code: 'needs_review', keys: [NATURAL] },
      { code: 'rule', keys: [RECEIVED] },
    ];
    expect(withoutReviewed(findings, new Set([RECEIVED]))).toEqual([
      { code: 'needs_review', keys: [NATURAL] },
      { code: 'rule', keys: [RECEIVED] },
    ]);
  });
});
