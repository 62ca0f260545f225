/**
 * The load run behind `npm run load` (load.ts) and its CI-sized smoke test: the api as a child
 * process on a SQLite file holding the demo data (optional) plus generated reports (the stats
 * benchmark's bulk data, stats-data.ts); autocannon sends concurrent connections
 * across the stats endpoints on loopback while upload loops keep uploading generated reports.
 * Every line it prints goes through `log`; the figures come back in the report.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { openDataSource } from '@ogi/api-data-access';
import { generateReports, renderReport } from '@ogi/report-generator';
import { authenticate, startApi, waitForDemo } from '@ogi/api-harness';
import { generateBenchData, type BenchData } from './stats-data';

/** Every stats endpoint, with the filters the dashboard sends (several year ranges and regions). */
function statsPaths(data: BenchData): string[] {
  const paths: string[] = ['/api/stats/metrics'];
  const ranges = ['yearFrom=2019&yearTo=2025', 'yearFrom=2022&yearTo=2024', ''];
  const scopes = [
    '',
    `regionIds=${data.regions.cities[0]}`,
    `regionIds=${data.regions.districts[3]}`,
    'officeKinds=street,township',
  ];
  for (const range of ranges) {
    for (const scope of scopes) {
      const q = [range, scope].filter(Boolean).join('&');
      const and = q ? `&${q}` : '';
      paths.push(
        `/api/stats/summary${q ? `?${q}` : ''}`,
        `/api/stats/series?metrics=applications_new,disclosure_rate,correction_rate${and}`,
        `/api/stats/breakdown?metrics=applications_new,disclosure_rate&groupBy=region&level=district${and}`,
        `/api/stats/outcomes${q ? `?${q}` : ''}`,
        `/api/stats/applicants${q ? `?${q}` : ''}`,
        `/api/stats/appeals${q ? `?${q}` : ''}`,
        `/api/stats/ranking?metric=disclosure_rate&order=desc&limit=10${and}`,
        `/api/stats/matrix?metric=applications_new&page=1&pageSize=50${and}`,
        `/api/stats/coverage${q ? `?${q}` : ''}`,
      );
    }
  }
  return paths;
}

interface UploadFigures {
  sent: number;
  failed: number;
  ms: number[];
  examples: string[];
}

/** Uploads generated reports one after another until `until()` says stop. */
async function uploadLoop(
  url: string,
  headers: Record<string, string>,
  seed: string,
  until: () => boolean,
  figures: UploadFigures,
): Promise<void> {
  for (const { model } of generateReports({
    seed,
    count: Infinity,
    layouts: ['tab', 'lines', 'pipe', 'html', 'docx'],
    breakShare: 0,
    gb18030Share: 0,
  })) {
    if (until()) return;
    const rendered = renderReport(model);
    const bytes =
      typeof rendered.content === 'string'
        ? new TextEncoder().encode(rendered.content)
        : rendered.content;
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)]), `${model.id}.${rendered.ext}`);
    const started = performance.now();
    figures.sent++;
    try {
      const res = await fetch(`${url}/api/reports`, { method: 'POST', body: form, headers });
      const body = (await res.json()) as {
        results?: { status: string; error?: { message: string } | null }[];
      };
      const failed =
        res.status !== 200 || !body.results || body.results.some((r) => r.status === 'failed');
      if (failed) {
        figures.failed++;
        if (figures.examples.length < 5)
          figures.examples.push(`${model.id}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
      }
    } catch (err) {
      figures.failed++;
      if (figures.examples.length < 5)
        figures.examples.push(`${model.id}: ${(err as Error).message}`);
    }
    figures.ms.push(performance.now() - started);
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface LoadOptions {
  /** Generated reports written straight into the database (stats benchmark data). */
  reports: number;
  connections: number;
  /** Seconds of autocannon load. */
  duration: number;
  uploaders: number;
  /** Load the demo data first (default true; the smoke test skips it to stay short). */
  demo?: boolean;
  log?: (line: string) => void;
}

export interface LoadReport {
  demoReports: number;
  data: BenchData;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  uploads: { sent: number; failed: number };
  health: number;
  ok: boolean;
}

/** Builds the data, runs the load, prints the figures through `log`; `ok` when nothing failed. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const { reports, connections, duration, uploaders } = options;
  const log = options.log ?? (() => undefined);
  const withDemo = options.demo ?? true;
  const dir = mkdtempSync(join(tmpdir(), 'ogi-load-'));
  const sqlitePath = join(dir, 'load.sqlite');
  try {
    let started = Date.now();
    let demo = 0;
    if (withDemo) {
      const first = await startApi({ sqlitePath, demoData: true });
      demo = await waitForDemo(first.url, await authenticate(first.url));
      await first.stop();
    } else {
      // Only the schema: migrated as the api does at start, without starting one.
      await (await openDataSource({ type: 'sqlite', path: sqlitePath })).destroy();
    }
    const raw = new Database(sqlitePath);
    const data = generateBenchData(raw, reports);
    raw.close();
    log(
      `data: ${demo} demo reports + ${data.reports} generated (${data.offices} offices) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );

    const api = await startApi({ sqlitePath });
    const headers = await authenticate(api.url);
    const paths = statsPaths(data);
    log(
      `load: ${connections} connections for ${duration} s over ${paths.length} stats URLs, ${uploaders} upload loop(s) at the same time`,
    );
    const uploads: UploadFigures = { sent: 0, failed: 0, ms: [], examples: [] };
    let done = false;
    const loops = Array.from({ length: uploaders }, (_, n) =>
      uploadLoop(api.url, headers, `load-${n}`, () => done, uploads),
    );
    started = Date.now();
    const result = await autocannon({
      url: api.url,
      connections,
      duration,
      timeout: 30,
      headers,
      requests: paths.map((path) => ({ method: 'GET', path })),
    });
    done = true;
    await Promise.all(loops);
    const health = (await fetch(`${api.url}/api/health`)).status;
    await api.stop();

    const codes = Object.entries(result.statusCodeStats ?? {})
      .map(([code, stats]) => `${code}: ${stats.count}`)
      .join(', ');
    log(
      `stats endpoints: ${result.requests.total} requests in ${result.duration} s (${Math.round(result.requests.average)}/s), ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx (${codes})`,
    );
    log(
      `latency: p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    );
    log(
      `uploads meanwhile: ${uploads.sent} sent, ${uploads.failed} failed; p50 ${Math.round(percentile(uploads.ms, 50))} ms, p99 ${Math.round(percentile(uploads.ms, 99))} ms`,
    );
    for (const example of uploads.examples) log(`  ${example}`);
    log(`api afterwards: /api/health ${health}`);
    const ok =
      result.errors === 0 &&
      result.timeouts === 0 &&
      result.non2xx === 0 &&
      uploads.failed === 0 &&
      uploads.sent > 0 &&
      health === 200;
    log(ok ? 'load: zero errors' : 'load: FAILED');
    return {
      demoReports: demo,
      data,
      requests: result.requests.total,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      uploads: { sent: uploads.sent, failed: uploads.failed },
      health,
      ok,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
