/**
 * Crash safety, both ways a write can be cut short: SIGKILL during a 1,000-file `cli ingest`
 * (then run again; apps/cli/src/testing/ingest-crash.ts) and SIGKILL of the api during
 * corrections, several rounds (apps/api-e2e/src/crash/correction-crash.ts). Prints every check with its figures; exits 1
 * when one fails.
 *
 *   npm run crash
 *   npm run crash -- --files 1000 --rounds 5 --clients 8 --keep
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCrashScenario } from '../../apps/cli/src/testing/ingest-crash';
import { runCorrectionCrash, type CrashCheck } from '../../apps/api-e2e/src/crash/correction-crash';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function print(checks: readonly CrashCheck[]): void {
  for (const check of checks) {
    console.log(`${check.ok ? 'ok  ' : 'FAIL'} ${check.name}: ${check.detail}`);
  }
}

async function main(): Promise<void> {
  const files = Number(option('files') ?? 1000);
  const rounds = Number(option('rounds') ?? 5);
  const clients = Number(option('clients') ?? 8);
  const dir = mkdtempSync(join(tmpdir(), 'ogi-crash-'));
  const log = (line: string) => console.log(`  ${line}`);
  let ok = true;
  try {
    let started = Date.now();
    console.log(`ingest: SIGKILL during a ${files}-file cli ingest, then again to completion`);
    const ingestDir = join(dir, 'ingest');
    const ingest = await runCrashScenario({
      dir: ingestDir,
      files,
      killAfterStored: Math.floor(files / 2),
      log,
    });
    print(ingest.checks);
    console.log(
      `ingest: ${ingest.ok ? 'all checks passed' : 'CHECKS FAILED'} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
    ok &&= ingest.ok;

    started = Date.now();
    console.log(
      `corrections: ${rounds} rounds of ${clients} clients correcting cells, api SIGKILLed each round`,
    );
    const corrections = await runCorrectionCrash({
      dir,
      rounds,
      clients,
      cells: 400,
      log,
    });
    print(corrections.checks);
    console.log(
      `corrections: ${corrections.sent} sent, ${corrections.acknowledged} acknowledged, ${corrections.interrupted} cut off by a kill, ${corrections.cells} cells; ${corrections.ok ? 'all checks passed' : 'CHECKS FAILED'} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
    ok &&= corrections.ok;
  } finally {
    if (process.argv.includes('--keep')) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  console.log(ok ? 'crash safety: nothing partial, nothing lost' : 'crash safety: FAILED');
  if (!ok) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
