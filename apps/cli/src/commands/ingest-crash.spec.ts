import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCrashScenario } from '../testing/ingest-crash';

describe('cli ingest killed midway (SIGKILL) and run again', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ogi-crash-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores every file exactly once, no report partly, and leaves SQLite consistent', async () => {
    const report = await runCrashScenario({
      dir,
      files: 120,
      killAfterStored: 40,
      brokenEvery: 15,
    });
    expect(report.checks.filter((check) => !check.ok)).toEqual([]);
    expect(report.checks.map((check) => check.name)).toContain(
      'the first ingest was killed midway',
    );
  }, 120_000);
});
