import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportScore } from './corpus-score';
import { identityCounts, scoreLine, scoredFiles } from './score-table';

const score: ReportScore = {
  printed: 10,
  right: 9,
  nonZeroPrinted: 4,
  nonZeroRight: 3,
  flaggedMissing: 0,
  silentlyMissing: 0,
  silentlyWrong: 0,
  flaggedWrong: 1,
  officeRight: true,
  yearRight: false,
  wrongKeys: [],
  missingKeys: [],
};

describe('score table', () => {
  it('pairs each report with the expectations beside it, and leaves folders and page images out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogi-score-table-'));
    for (const name of ['a.pdf', 'a.expected.json', 'a-p1.jpg', 'b.txt']) {
      writeFileSync(join(dir, name), '');
    }
    mkdirSync(join(dir, 'text'));
    expect(await scoredFiles([dir])).toEqual([[join(dir, 'a.pdf'), join(dir, 'a.expected.json')]]);
  });

  it('prints the non-zero cells only when asked, and the counts of office and year over several reports', () => {
    expect(scoreLine('a.pdf', score)).not.toContain('non-zero');
    const line = scoreLine('all', score, identityCounts([score, score]), {
      nonZero: true,
      suffix: '  review 2',
    });
    expect(line).toMatch(
      /9\/10\s+90\.0 %\s+non-zero 3\/4\s+flagged 1 .* office 2\/2 {2}year 0\/2 {2}review 2$/,
    );
  });
});
