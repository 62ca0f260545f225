import {
  ERROR_PROBLEM_KINDS,
  PROBLEM_KIND_CODES,
  PROBLEM_KIND_LABELS,
  PROBLEM_KINDS,
  problemKindOf,
} from './problem-kinds';

describe('problem kinds', () => {
  it('classifies a failing rule, an unreadable cell, a table not printed and a hint', () => {
    expect(problemKindOf('rule')).toBe('rule');
    expect(problemKindOf('out_of_range')).toBe('unreadable');
    expect(problemKindOf('table_not_printed')).toBe('not_printed');
    expect(problemKindOf('table_not_found')).toBe('not_printed');
    expect(problemKindOf('label_variant')).toBe('hint');
  });

  it('classifies an OCR cell awaiting review as its own kind, never one that may be an error', () => {
    expect(problemKindOf('needs_review')).toBe('needs_review');
    expect(PROBLEM_KIND_LABELS.needs_review).toBe('待人工核对');
    expect(ERROR_PROBLEM_KINDS).not.toContain('needs_review');
  });

  it('puts every listed code in exactly one kind', () => {
    const codes = Object.values(PROBLEM_KIND_CODES).flat();
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(PROBLEM_KINDS).toContain(problemKindOf(code));
  });
});
