/**
 * Crash safety of `cli ingest`: generates 1,000 report files (text, HTML and DOCX layouts, a
 * few broken or non-report files), starts the CLI on a fresh SQLite file, SIGKILLs it when
 * about half are stored, runs it again to completion, then checks that every file is stored
 * exactly once with exactly one report, that no report is partial, and SQLite's integrity and
 * foreign key checks. Exits 1 when a check fails.
 *
 *   npm run crash:ingest
 *   npm run crash:ingest -- --count 3000 --keep
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCrashScenario } from '../../apps/cli/src/testing/ingest-crash';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const files = Number(option('count') ?? 1000);
  const dir = mkdtempSync(join(tmpdir(), 'ogi-crash-ingest-'));
  const started = Date.now();
  try {
    const report = await runCrashScenario({
      dir,
      files,
      killAfterStored: Math.floor(files / 2),
      log: (line) => console.log(line),
    });
    for (const check of report.checks) {
      console.log(`${check.ok ? 'ok  ' : 'FAIL'} ${check.name}: ${check.detail}`);
    }
    console.log(
      `${report.ok ? 'crash safety: all checks passed' : 'crash safety: CHECKS FAILED'} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
    if (!report.ok) process.exitCode = 1;
  } finally {
    if (process.argv.includes('--keep')) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
