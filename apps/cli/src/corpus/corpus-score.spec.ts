import type { ParseOutcome } from '../commands/parse';
import { addScores, scoreReport, type ExpectedReport } from './corpus-score';

function outcome(values: Record<string, number | null>, flaggedKeys: string[] = []): ParseOutcome {
  return {
    file: 'report.txt',
    ok: true,
    office: '东兴街道办事处',
    year: 2025,
    formatVersion: { active: '2021', applications: '2021', appeals: '2021' },
    values,
    cells: [],
    findings: flaggedKeys.length
      ? [
          {
            code: 'partial_row',
            severity: 'warning',
            message: '表三',
            table: 'applications',
            keys: flaggedKeys,
            location: null,
          },
        ]
      : [],
  };
}

const expected: ExpectedReport = {
  office: '东兴街道办事处',
  year: 2025,
  values: {
    'applications.granted.natural_person': 3,
    'applications.granted.total': 3,
    'appeals.review.upheld': 1,
    'appeals.review.total': null,
  },
};

describe('scoring a report against its hand-read values', () => {
  it('counts printed cells read right, office and year', () => {
    const score = scoreReport(
      outcome({
        'applications.granted.natural_person': 3,
        'applications.granted.total': 3,
        'appeals.review.upheld': 1,
        'appeals.review.total': null,
      }),
      expected,
    );
    expect(score).toMatchObject({ printed: 3, right: 3, silentlyWrong: 0, officeRight: true });
  });

  it('counts a wrong number nobody flagged as silently wrong, and a flagged one as flagged', () => {
    const silent = scoreReport(outcome({ 'applications.granted.total': 30 }), expected);
    expect(silent.silentlyWrong).toBe(1);
    expect(silent.wrongKeys).toEqual(['applications.granted.total: 3 → 30']);
    const flagged = scoreReport(
      outcome({ 'applications.granted.total': 30 }, ['applications.granted.natural_person']),
      expected,
    );
    expect(flagged).toMatchObject({ silentlyWrong: 0, flaggedWrong: 1 });
  });

  it('counts a number where the source prints none as wrong, and a missing one as missing', () => {
    const score = scoreReport(
      outcome({ 'appeals.review.total': 0, 'active.regulations.issued': 0 }),
      expected,
    );
    expect(score.silentlyWrong).toBe(2);
    expect(score.silentlyMissing).toBe(3);
  });

  it('with cell flagging, a finding on another cell of the row leaves a wrong cell silent', () => {
    const wrongTotal = outcome({ 'applications.granted.total': 30 }, [
      'applications.granted.natural_person',
    ]);
    expect(scoreReport(wrongTotal, expected, 'cell')).toMatchObject({
      silentlyWrong: 1,
      flaggedWrong: 0,
    });
    const named = outcome({ 'applications.granted.total': 30 }, ['applications.granted.total']);
    expect(scoreReport(named, expected, 'cell')).toMatchObject({
      silentlyWrong: 0,
      flaggedWrong: 1,
    });
  });

  it('counts the non-zero printed cells and those read right apart', () => {
    const score = scoreReport(
      outcome({ 'applications.granted.natural_person': 3, 'applications.granted.total': 0 }),
      expected,
    );
    expect(score).toMatchObject({ nonZeroPrinted: 3, nonZeroRight: 1 });
  });

  it('adds reports up', () => {
    const one = scoreReport(outcome({ 'applications.granted.total': 3 }), expected);
    expect(addScores([one, one])).toMatchObject({ printed: 6, right: 2, silentlyMissing: 4 });
  });
});
