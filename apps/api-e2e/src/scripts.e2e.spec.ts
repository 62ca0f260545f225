import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCorrectionCrash } from './crash/correction-crash';
import { runLoad } from './load/load-run';

/**
 * `npm run crash` (its corrections part) and `npm run load` at CI size: the same code, a few
 * reports, one kill, a few seconds of load. They log in, wait for the api and read its answers
 * like the full runs, so a change that breaks them (as accounts once did) fails here. The crash
 * case uploads a few generated reports instead of waiting for the demo data (679 reports).
 */

// Most of the time is starting the api from its TypeScript sources, three times (8–15 s each on
// this project's 2-core machine while other work ran): the limits leave room for a busy machine.
const LIMIT_MS = 150_000;

describe('the crash and load scripts, CI-sized', () => {
  let dir: string;
  const lines: string[] = [];
  const started = Date.now();
  /** The script's lines with the ms since the file started (most of it is starting the api). */
  const log = (line: string) => lines.push(`${Date.now() - started} ms: ${line}`);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ogi-scripts-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    // Failures show the lines anyway (they are in the compared objects).
    if (process.env['TEST_LOGS']) console.log(lines.join('\n'));
    lines.length = 0;
  });

  it(
    'crash: corrections while the api is SIGKILLed lose nothing and leave nothing partial',
    async () => {
      const report = await runCorrectionCrash({
        dir,
        rounds: 1,
        clients: 3,
        cells: 60,
        uploadReports: 6,
        killAfterMs: [800, 1200],
        log,
      });
      expect({ failed: report.checks.filter((check) => !check.ok), lines }).toEqual({
        failed: [],
        lines,
      });
      expect(report.checks).toHaveLength(8);
      expect(report.cells).toBeGreaterThan(10);
      // Some corrections went through before the kill, on top of the first ones.
      expect(report.acknowledged).toBeGreaterThan(report.cells);
    },
    LIMIT_MS,
  );

  it(
    'load: the stats endpoints under concurrent requests and uploads answer without an error',
    async () => {
      const report = await runLoad({
        reports: 300,
        connections: 4,
        duration: 3,
        uploaders: 1,
        demo: false,
        log,
      });
      expect({ ok: report.ok, lines }).toEqual({ ok: true, lines });
      expect(report.data.reports).toBe(300);
      expect(report.requests).toBeGreaterThan(10);
      expect(report.uploads.sent).toBeGreaterThan(0);
      expect(report.health).toBe(200);
    },
    LIMIT_MS,
  );
});
