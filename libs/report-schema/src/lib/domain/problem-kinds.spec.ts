import { PROBLEM_KIND_CODES, PROBLEM_KINDS, problemKindOf } from './problem-kinds';

describe('problem kinds', () => {
  it('classifies a failing rule, an unreadable cell, a table not printed and a hint', () => {
    expect(problemKindOf('rule')).toBe('rule');
    expect(problemKindOf('out_of_range')).toBe('unreadable');
    expect(problemKindOf('table_not_printed')).toBe('not_printed');
    expect(problemKindOf('table_not_found')).toBe('not_printed');
    expect(problemKindOf('label_variant')).toBe('hint');
  });

  it('puts every listed code in exactly one kind', () => {
    const codes = Object.values(PROBLEM_KIND_CODES).flat();
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(PROBLEM_KINDS).toContain(problemKindOf(code));
  });
});
