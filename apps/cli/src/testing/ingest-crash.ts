import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sha256Of } from '@ogi/report-ingestion';
import { DataSource } from 'typeorm';
import { writeReportFiles } from './report-files';

const WORKSPACE = resolve(__dirname, '../../../..');
const CLI_MAIN = join(WORKSPACE, 'apps/cli/src/main.ts');

export interface CrashScenario {
  /** An empty folder for the reports and the database. */
  dir: string;
  files: number;
  /** SIGKILL the first ingest once this many files are stored. */
  killAfterStored: number;
  brokenEvery?: number;
  seed?: string;
  log?: (line: string) => void;
}

export interface CrashCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface CrashReport {
  files: number;
  storedAtKill: number;
  secondRunExitCode: number | null;
  checks: CrashCheck[];
  ok: boolean;
}

/** The CLI as a child process, the way a user runs it (TypeScript sources, no build). */
function startIngest(folder: string, db: string): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', '@swc-node/register', CLI_MAIN, 'ingest', folder, '--db', db, '--json'],
    {
      cwd: WORKSPACE,
      env: { ...process.env, SWC_NODE_PROJECT: join(WORKSPACE, 'tsconfig.base.json') },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done(child.exitCode);
    else child.once('exit', (code) => done(code));
  });
}

/** A second connection, as the server would have: reads committed data only, never migrates. */
async function openReader(db: string): Promise<DataSource> {
  const reader = new DataSource({ type: 'better-sqlite3', database: db, timeout: 10_000 });
  await reader.initialize();
  return reader;
}

async function count(reader: DataSource, sql: string): Promise<number> {
  const [row] = await reader.query(sql);
  return Number(Object.values(row as object)[0]);
}

async function storedFiles(db: string): Promise<number> {
  if (!existsSync(db)) return 0;
  const reader = await openReader(db);
  try {
    return await count(reader, 'SELECT COUNT(*) FROM source_files');
  } catch {
    return 0; // not migrated yet
  } finally {
    await reader.destroy();
  }
}

/** Everything a killed and restarted ingest must leave behind. */
async function audit(db: string, paths: readonly string[]): Promise<CrashCheck[]> {
  const reader = await openReader(db);
  try {
    const expected = new Set(paths.map((path) => sha256Of(readFileSync(path))));
    const rows: { sha256: string; n: number }[] = await reader.query(
      'SELECT sha256, COUNT(*) AS n FROM source_files GROUP BY sha256',
    );
    const stored = new Map(rows.map((row) => [row.sha256, Number(row.n)]));
    const missing = [...expected].filter((sha) => !stored.has(sha)).length;
    const twice = rows.filter((row) => Number(row.n) > 1).length;
    const unknown = rows.filter((row) => !expected.has(row.sha256)).length;
    const reportsPerFile: { n: number; files: number }[] = await reader.query(
      `SELECT n, COUNT(*) AS files FROM (SELECT f.id, COUNT(r.id) AS n FROM source_files f
         LEFT JOIN reports r ON r.source_file_id = f.id GROUP BY f.id) GROUP BY n`,
    );
    const notOne = reportsPerFile.filter((row) => Number(row.n) !== 1);
    const withoutContent = await count(
      reader,
      `SELECT COUNT(*) FROM reports r WHERE r.status <> 'failed' AND (
         NOT EXISTS (SELECT 1 FROM report_cells c WHERE c.report_id = r.id)
         OR NOT EXISTS (SELECT 1 FROM report_figures g WHERE g.report_id = r.id))`,
    );
    const failedWithContent = await count(
      reader,
      `SELECT COUNT(*) FROM reports r WHERE r.status = 'failed' AND (
         EXISTS (SELECT 1 FROM report_cells c WHERE c.report_id = r.id)
         OR EXISTS (SELECT 1 FROM report_figures g WHERE g.report_id = r.id))`,
    );
    const integrity: { integrity_check: string }[] = await reader.query('PRAGMA integrity_check');
    const foreignKeys: unknown[] = await reader.query('PRAGMA foreign_key_check');
    return [
      {
        name: 'every file stored exactly once',
        ok: missing === 0 && twice === 0 && unknown === 0,
        detail: `${expected.size} distinct files, ${rows.length} stored; ${missing} missing, ${twice} stored twice, ${unknown} unknown`,
      },
      {
        name: 'each stored file has exactly one report',
        ok: notOne.length === 0,
        detail:
          notOne.length === 0
            ? 'yes'
            : notOne.map((row) => `${row.files} files with ${row.n} reports`).join(', '),
      },
      {
        name: 'no partial report (ok/needs_input: cells and figures; failed: neither)',
        ok: withoutContent === 0 && failedWithContent === 0,
        detail: `${withoutContent} without cells or figures, ${failedWithContent} failed with content`,
      },
      {
        name: 'PRAGMA integrity_check',
        ok: integrity.length === 1 && integrity[0].integrity_check === 'ok',
        detail: integrity.map((row) => row.integrity_check).join('; '),
      },
      {
        name: 'PRAGMA foreign_key_check',
        ok: foreignKeys.length === 0,
        detail: `${foreignKeys.length} violations`,
      },
    ];
  } finally {
    await reader.destroy();
  }
}

/**
 * Generates report files, starts `cli ingest` on a fresh SQLite file, SIGKILLs it once enough
 * files are stored, runs the same ingest again to completion, and checks what is stored.
 */
export async function runCrashScenario(scenario: CrashScenario): Promise<CrashReport> {
  const log = scenario.log ?? (() => undefined);
  const folder = join(scenario.dir, 'reports');
  const db = join(scenario.dir, 'db', 'ogi.sqlite');
  mkdirSync(join(scenario.dir, 'db'), { recursive: true });
  const paths = writeReportFiles(folder, {
    count: scenario.files,
    seed: scenario.seed ?? 'crash-ingest',
    layouts: ['tab', 'tab8', 'lines', 'pipe', 'pdf-text', 'html', 'docx'],
    brokenEvery: scenario.brokenEvery ?? 50,
  });
  log(`${paths.length} files in ${folder}; database ${db}`);

  const first = startIngest(folder, db);
  let storedAtKill = 0;
  while (first.exitCode === null) {
    storedAtKill = await storedFiles(db);
    if (storedAtKill >= scenario.killAfterStored) {
      first.kill('SIGKILL');
      break;
    }
    await sleep(25);
  }
  await exited(first);
  log(
    `first ingest ${first.signalCode === 'SIGKILL' ? 'killed' : `exited ${first.exitCode}`} with ${storedAtKill} files stored`,
  );

  const second = startIngest(folder, db);
  let stderr = '';
  second.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const secondRunExitCode = await exited(second);
  log(
    `second ingest exited ${secondRunExitCode}${stderr ? `: ${stderr.trim().split('\n').pop()}` : ''}`,
  );

  const checks: CrashCheck[] = [
    {
      name: 'the first ingest was killed midway',
      ok: first.signalCode === 'SIGKILL' && storedAtKill > 0 && storedAtKill < paths.length,
      detail: `${storedAtKill} of ${paths.length} files stored when killed`,
    },
    {
      // 1: the broken files failed, as they should.
      name: 'the second ingest ran to completion',
      ok: secondRunExitCode === 0 || secondRunExitCode === 1,
      detail: `exit code ${secondRunExitCode}`,
    },
    ...(await audit(db, paths)),
  ];
  return {
    files: paths.length,
    storedAtKill,
    secondRunExitCode,
    checks,
    ok: checks.every((check) => check.ok),
  };
}
