import {
  DEFAULT_SQLITE_PATH,
  envValue as value,
  loadDatabaseConfig,
  passwordProblem,
  usernameProblem,
  type DatabaseConfig,
} from '@ogi/api-data-access';
import { DEFAULT_OCR_REVIEW_THRESHOLD } from '@ogi/report-ingestion';
import { DEFAULT_OCR_MEMORY_MB } from '@ogi/report-ocr';
import { parseAllowedOrigins } from './allowed-origins';
import { parseTrustProxy, type TrustProxy } from './trust-proxy';

/** Everything the api reads from its environment, validated once at start. */
export interface AppConfig {
  port: number;
  database: DatabaseConfig;
  /** Load the demo data into an empty database at start. */
  demoData: boolean;
  upload: {
    /** Largest file accepted in one upload (also each entry of a ZIP archive). */
    maxFileBytes: number;
    /** Most files in one request. */
    maxFiles: number;
    /** Most bytes of all files in one request together. */
    maxRequestBytes: number;
  };
  /** ZIP archives of reports: refused, not expanded, past these (zip bombs). */
  archive: {
    maxEntries: number;
    /** Sum of the uncompressed sizes of the entries. */
    maxTotalBytes: number;
    /** Largest uncompressed:compressed ratio of an entry. */
    maxRatio: number;
  };
  /** Reading one file (PDFs run in a worker thread that is stopped at the time limit). */
  read: {
    pdfMaxPages: number;
    timeoutMs: number;
  };
  /** Scans read by OCR as jobs, run by a pool inside the api. */
  ocr: {
    /** Jobs run at once by this instance (OCR_WORKERS; 0: this instance runs none). */
    workers: number;
    /** Limit of reading one page (OCR_PAGE_TIMEOUT_MS); over it the job fails, naming the page. */
    pageTimeoutMs: number;
    /** Heap limit of each OCR worker thread in MB (OCR_MEMORY_MB); over it the job fails. */
    memoryMb: number;
    /** Cells read with a lower confidence await review (OCR_REVIEW_THRESHOLD, 0 < t ≤ 1). */
    reviewThreshold: number;
  };
  logFormat: 'json' | 'text';
  /** Folder of the built web app (WEB_DIST), when set. */
  webDist: string | undefined;
  /** Proxies whose X-Forwarded-For is believed for `req.ip` (TRUST_PROXY; Express `trust proxy`). */
  trustProxy: TrustProxy;
  /**
   * Origins besides the request's own host from which browsers may send writes (ALLOWED_ORIGINS;
   * normalised as browsers send them, e.g. https://ogi.example.org).
   */
  allowedOrigins: string[];
  auth: AuthConfig;
}

export interface AuthConfig {
  /** The first admin, created at start when no enabled admin exists (both or neither set). */
  admin: { username: string; password: string } | null;
  /** Session cookies only over https (COOKIE_SECURE=on behind a TLS proxy). */
  cookieSecure: boolean;
  /** Idle lifetime of a session; each use past half of it renews it. */
  sessionTtlMs: number;
  /** scrypt cost of new password hashes: N = 2^scryptLogN (stored with each hash). */
  scryptLogN: number;
}

/** The documented demo account (README), present only while DEMO_DATA=on. */
export const DEMO_ACCOUNT = { username: 'demo', password: 'demo-ogi-2025' } as const;

export { DEFAULT_SQLITE_PATH };
export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_UPLOAD_FILES = 1000;
export const DEFAULT_MAX_REQUEST_BYTES = 200 * 1024 * 1024;
export const DEFAULT_ARCHIVE_LIMITS_CONFIG: AppConfig['archive'] = {
  maxEntries: 2000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
};
export const DEFAULT_READ_LIMITS: AppConfig['read'] = { pdfMaxPages: 300, timeoutMs: 20_000 };
export const DEFAULT_OCR_CONFIG: AppConfig['ocr'] = {
  workers: 1,
  pageTimeoutMs: 60_000,
  memoryMb: DEFAULT_OCR_MEMORY_MB,
  reviewThreshold: DEFAULT_OCR_REVIEW_THRESHOLD,
};

/** Thrown when variables are invalid; lists every problem, not just the first. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}); see .env.example:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
  }
}

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const parsed = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return parsed;
}

/** A share above 0 and at most 1 (a confidence). */
function fraction(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  problems: string[],
): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const parsed = /^(0?\.\d+|1(\.0*)?)$/.test(raw) ? Number(raw) : NaN;
  if (!(parsed > 0 && parsed <= 1)) {
    problems.push(`${name} must be a number above 0 and at most 1 (got "${raw}")`);
    return fallback;
  }
  return parsed;
}

function choice<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const lower = raw.toLowerCase();
  if ((allowed as readonly string[]).includes(lower)) return lower as T;
  problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
  return fallback;
}

/** Reads and checks the environment; throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const port = integer(env, 'PORT', 3000, 1, 65535, problems);
  const database = loadDatabaseConfig(env, problems);
  const demo = choice(env, 'DEMO_DATA', ['on', 'off'] as const, 'on', problems);
  const maxFileBytes = integer(
    env,
    'MAX_UPLOAD_BYTES',
    DEFAULT_MAX_UPLOAD_BYTES,
    1024,
    1024 * 1024 * 1024,
    problems,
  );
  const maxFiles = integer(env, 'MAX_UPLOAD_FILES', DEFAULT_MAX_UPLOAD_FILES, 1, 100_000, problems);
  const maxRequestBytes = integer(
    env,
    'MAX_UPLOAD_REQUEST_BYTES',
    DEFAULT_MAX_REQUEST_BYTES,
    1024,
    16 * 1024 * 1024 * 1024,
    problems,
  );
  const archive = {
    maxEntries: integer(
      env,
      'MAX_ARCHIVE_ENTRIES',
      DEFAULT_ARCHIVE_LIMITS_CONFIG.maxEntries,
      1,
      100_000,
      problems,
    ),
    maxTotalBytes: integer(
      env,
      'MAX_ARCHIVE_BYTES',
      DEFAULT_ARCHIVE_LIMITS_CONFIG.maxTotalBytes,
      1024,
      16 * 1024 * 1024 * 1024,
      problems,
    ),
    maxRatio: integer(
      env,
      'MAX_ARCHIVE_RATIO',
      DEFAULT_ARCHIVE_LIMITS_CONFIG.maxRatio,
      2,
      100_000,
      problems,
    ),
  };
  const read = {
    pdfMaxPages: integer(
      env,
      'PDF_MAX_PAGES',
      DEFAULT_READ_LIMITS.pdfMaxPages,
      1,
      100_000,
      problems,
    ),
    timeoutMs: integer(
      env,
      'READ_TIMEOUT_MS',
      DEFAULT_READ_LIMITS.timeoutMs,
      100,
      600_000,
      problems,
    ),
  };
  const ocr = {
    workers: integer(env, 'OCR_WORKERS', DEFAULT_OCR_CONFIG.workers, 0, 16, problems),
    pageTimeoutMs: integer(
      env,
      'OCR_PAGE_TIMEOUT_MS',
      DEFAULT_OCR_CONFIG.pageTimeoutMs,
      1_000,
      3_600_000,
      problems,
    ),
    memoryMb: integer(env, 'OCR_MEMORY_MB', DEFAULT_OCR_CONFIG.memoryMb, 128, 65_536, problems),
    reviewThreshold: fraction(
      env,
      'OCR_REVIEW_THRESHOLD',
      DEFAULT_OCR_CONFIG.reviewThreshold,
      problems,
    ),
  };
  const logFormat = choice(env, 'LOG_FORMAT', ['json', 'text'] as const, 'json', problems);
  const trustProxy = parseTrustProxy(value(env, 'TRUST_PROXY'), problems);
  const allowedOrigins = parseAllowedOrigins(value(env, 'ALLOWED_ORIGINS'), problems);
  const auth = loadAuthConfig(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    database,
    demoData: demo === 'on',
    upload: { maxFileBytes, maxFiles, maxRequestBytes },
    archive,
    read,
    ocr,
    logFormat,
    webDist: value(env, 'WEB_DIST'),
    trustProxy,
    allowedOrigins,
    auth,
  };
}

function loadAuthConfig(env: NodeJS.ProcessEnv, problems: string[]): AuthConfig {
  const username = value(env, 'ADMIN_USERNAME');
  const password = value(env, 'ADMIN_PASSWORD');
  if ((username === undefined) !== (password === undefined)) {
    problems.push('ADMIN_USERNAME and ADMIN_PASSWORD must be set together');
  } else if (username !== undefined && password !== undefined) {
    const problem = usernameProblem(username) ?? passwordProblem(password);
    if (problem) problems.push(`ADMIN_USERNAME/ADMIN_PASSWORD: ${problem}`);
  }
  const secure = choice(env, 'COOKIE_SECURE', ['on', 'off'] as const, 'off', problems);
  const hours = integer(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30, problems);
  const scryptLogN = integer(env, 'PASSWORD_SCRYPT_LOG_N', 15, 10, 20, problems);
  return {
    admin: username !== undefined && password !== undefined ? { username, password } : null,
    cookieSecure: secure === 'on',
    sessionTtlMs: hours * 3_600_000,
    scryptLogN,
  };
}
