import { readFile } from 'node:fs/promises';
import { closeExtractors } from '@ogi/report-extract';
import { prepareItem } from '@ogi/report-ingestion';
import type { ParsedReport } from '@ogi/report-parser';
import type { CliIo, Command } from '../command';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';

interface ParseError {
  code: string;
  message: string;
}

/** One line of `parse --json`: the report as read, or why it could not be read. */
export interface ParseOutcome {
  file: string;
  ok: boolean;
  office: string | null;
  year: number | null;
  formatVersion:
    | ParsedReport['formatVersion']
    | { active: null; applications: null; appeals: null };
  values: ParsedReport['values'];
  cells: ParsedReport['cells'];
  findings: ParsedReport['findings'];
  error?: ParseError;
}

const NO_VERSIONS = { active: null, applications: null, appeals: null } as const;

/** The outcome of a file that could not be read at all. */
export function failedOutcome(file: string, error: ParseError): ParseOutcome {
  return {
    file,
    ok: false,
    office: null,
    year: null,
    formatVersion: NO_VERSIONS,
    values: {},
    cells: [],
    findings: [],
    error,
  };
}

/** The outcome of a file read as a report; with an error when it is not a whole report. */
export function outcomeOf(file: string, report: ParsedReport, error?: ParseError): ParseOutcome {
  return {
    file,
    ok: error === undefined,
    office: report.office.value,
    year: report.year.value,
    formatVersion: report.formatVersion,
    values: report.values,
    cells: report.cells,
    findings: report.findings,
    ...(error ? { error } : {}),
  };
}

/** Reads, extracts and parses one file; never throws. */
export async function parseFile(file: string): Promise<ParseOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code =
      (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file_not_found' : 'file_unreadable';
    return failedOutcome(file, {
      code,
      message: `${file}: ${code === 'file_not_found' ? 'no such file' : (err as Error).message}`,
    });
  }
  // Read as ingest reads it, without storing.
  const { outcome } = await prepareItem({ name: file, bytes });
  const report = outcome.report;
  const error = outcome.ok
    ? undefined
    : { code: outcome.error.code, message: outcome.error.message };
  if (!report)
    return failedOutcome(file, error ?? { code: 'parse_failed', message: `${file}: not read` });
  return outcomeOf(file, report, error);
}

function summary(outcome: ParseOutcome): string {
  if (!outcome.ok)
    return `${outcome.file}\n  失败 failed: [${outcome.error?.code}] ${outcome.error?.message}\n`;
  const statuses = new Map<string, number>();
  for (const cell of outcome.cells) statuses.set(cell.status, (statuses.get(cell.status) ?? 0) + 1);
  const versions = (['active', 'applications', 'appeals'] as const)
    .map(
      (table) =>
        `${{ active: '表二', applications: '表三', appeals: '表四' }[table]} ${outcome.formatVersion[table] ?? '—'}`,
    )
    .join(' · ');
  const lines = [
    outcome.file,
    `  单位 office: ${outcome.office ?? '（未写明）'}  年度 year: ${outcome.year ?? '（未写明）'}`,
    `  格式 formats: ${versions}`,
    `  单元格 cells: ${outcome.cells.length} (${[...statuses].map(([status, count]) => `${status} ${count}`).join(', ')})`,
    `  发现 findings: ${outcome.findings.length}`,
    ...outcome.findings.map(
      (item) =>
        `    ${item.severity === 'error' ? '✗' : item.severity === 'warning' ? '!' : '·'} ${item.message}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

export const parseCommand: Command = {
  name: 'parse',
  description:
    'Read annual reports (txt, md, html, docx, pdf) and print their tables as canonical values.',
  usage: '[--json] <file>...',
  async run(args: string[], io: CliIo) {
    const json = args.includes('--json');
    const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--json');
    if (unknown.length > 0) {
      io.stderr.write(`parse: unknown option ${unknown.join(' ')}\n`);
      return EXIT_USAGE;
    }
    const files = args.filter((arg) => !arg.startsWith('--'));
    if (files.length === 0) {
      io.stderr.write('parse: name at least one file\n');
      return EXIT_USAGE;
    }
    let allOk = true;
    try {
      for (const file of files) {
        const outcome = await parseFile(file);
        allOk &&= outcome.ok;
        io.stdout.write(json ? `${JSON.stringify(outcome)}\n` : summary(outcome));
      }
    } finally {
      await closeExtractors();
    }
    return allOk ? EXIT_OK : EXIT_FAILURE;
  },
};
