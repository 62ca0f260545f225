/**
 * Load: the api as a child process on a SQLite file holding the demo data plus 50,000 generated
 * reports (the stats benchmark's bulk data, tools/bench/stats-data.ts); autocannon sends 50
 * concurrent connections across the stats endpoints for 30 s on loopback while another loop keeps
 * uploading generated reports. Prints requests, errors, non-2xx, latency p50/p90/p99 and the
 * uploads with their failures; exits 1 on any error, non-2xx or failed upload.
 *
 *   npm run load
 *   npm run load -- --reports 50000 --connections 50 --duration 30 --uploaders 1
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { generateReports, renderReport } from '@ogi/report-generator';
import { generateBenchData, type BenchData } from '../bench/stats-data';
import { authenticate } from '../server/authenticate';
import { startApi, waitForDemo } from '../server/api-process';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

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
    form.append('files', new Blob([bytes]), `${model.id}.${rendered.ext}`);
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

async function main(): Promise<void> {
  const reports = Number(option('reports') ?? 50_000);
  const connections = Number(option('connections') ?? 50);
  const duration = Number(option('duration') ?? 30);
  const uploaders = Number(option('uploaders') ?? 1);
  const dir = mkdtempSync(join(tmpdir(), 'ogi-load-'));
  const sqlitePath = join(dir, 'load.sqlite');
  try {
    let started = Date.now();
    let api = await startApi({ sqlitePath, demoData: true });
    const demo = await waitForDemo(api.url, await authenticate(api.url));
    await api.stop();
    const raw = new Database(sqlitePath);
    const data = generateBenchData(raw, reports);
    raw.close();
    console.log(
      `data: ${demo} demo reports + ${data.reports} generated (${data.offices} offices) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );

    api = await startApi({ sqlitePath });
    const headers = await authenticate(api.url);
    const paths = statsPaths(data);
    console.log(
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
    console.log(
      `stats endpoints: ${result.requests.total} requests in ${result.duration} s (${Math.round(result.requests.average)}/s), ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx (${codes})`,
    );
    console.log(
      `latency: p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    );
    console.log(
      `uploads meanwhile: ${uploads.sent} sent, ${uploads.failed} failed; p50 ${Math.round(percentile(uploads.ms, 50))} ms, p99 ${Math.round(percentile(uploads.ms, 99))} ms`,
    );
    for (const example of uploads.examples) console.log(`  ${example}`);
    console.log(`api afterwards: /api/health ${health}`);
    const ok =
      result.errors === 0 &&
      result.timeouts === 0 &&
      result.non2xx === 0 &&
      uploads.failed === 0 &&
      uploads.sent > 0 &&
      health === 200;
    console.log(ok ? 'load: zero errors' : 'load: FAILED');
    if (!ok) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
