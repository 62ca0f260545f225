import type { IngestOverrides } from '@ogi/report-ingestion';
import { ID_MAX, MAX_REPORT_YEAR, MIN_REPORT_YEAR } from '@ogi/report-schema';

export interface IngestArgs {
  /** Files and folders, as given. */
  paths: string[];
  overrides: IngestOverrides;
  /** A SQLite file instead of the configured database. */
  db?: string;
  json: boolean;
  /** Parse worker threads; undefined: chosen from the cores and the number of files. */
  workers?: number;
}

export const INGEST_USAGE =
  '<files or folders>... [--region <id or 省/市/区>] [--year <yyyy>] [--office <id>] [--db <sqlite path>] [--workers <n>] [--json]';

const WITH_VALUE = ['region', 'year', 'office', 'db', 'workers'] as const;
const MAX_WORKERS = 16;

function wholeNumber(name: string, raw: string, min: number, max: number): number | string {
  const parsed = /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(parsed) && parsed >= min && parsed <= max
    ? parsed
    : `--${name} must be a whole number from ${min} to ${max} (got "${raw}")`;
}

/** Parses the arguments of `ingest`; returns every problem as one message for bad usage. */
export function parseIngestArgs(args: readonly string[]): IngestArgs | string {
  const problems: string[] = [];
  const options = new Map<string, string>();
  const paths: string[] = [];
  let json = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      paths.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!(WITH_VALUE as readonly string[]).includes(name)) {
      problems.push(`unknown option --${name}`);
      continue;
    }
    const value = inline ?? args[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      problems.push(`--${name} needs a value`);
      continue;
    }
    if (inline === undefined) index += 1;
    options.set(name, value);
  }
  if (paths.length === 0) problems.push('name at least one file or folder');

  const overrides: IngestOverrides = {};
  const year = options.get('year');
  if (year !== undefined) {
    const parsed = wholeNumber('year', year, MIN_REPORT_YEAR, MAX_REPORT_YEAR);
    if (typeof parsed === 'string') problems.push(parsed);
    else overrides.year = parsed;
  }
  const office = options.get('office');
  if (office !== undefined) {
    const parsed = wholeNumber('office', office, 1, ID_MAX);
    if (typeof parsed === 'string') problems.push(parsed);
    else overrides.officeId = parsed;
  }
  const region = options.get('region')?.trim();
  if (region !== undefined) {
    if (/^\d+$/.test(region)) {
      const parsed = wholeNumber('region', region, 1, ID_MAX);
      if (typeof parsed === 'string') problems.push(parsed);
      else overrides.regionId = parsed;
    } else {
      const names = region
        .split('/')
        .map((name) => name.trim())
        .filter(Boolean);
      if (names.length === 0)
        problems.push(`--region must be an id or names like 辽宁省/铁岭市 (got "${region}")`);
      else overrides.regionPath = names;
    }
  }
  const workersText = options.get('workers');
  let workers: number | undefined;
  if (workersText !== undefined) {
    const parsed = wholeNumber('workers', workersText, 0, MAX_WORKERS);
    if (typeof parsed === 'string') problems.push(parsed);
    else workers = parsed;
  }
  const db = options.get('db');
  if (db !== undefined && db.trim() === '') problems.push('--db needs a file path');
  if (problems.length > 0) return problems.join('; ');
  return {
    paths,
    overrides,
    json,
    ...(db !== undefined ? { db } : {}),
    ...(workers !== undefined ? { workers } : {}),
  };
}
