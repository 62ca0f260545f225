/**
 * Load: the api as a child process on a SQLite file holding the demo data plus 50,000 generated
 * reports (the stats benchmark's bulk data, apps/api-e2e/src/load/stats-data.ts); autocannon sends 50
 * concurrent connections across the stats endpoints for 30 s on loopback while another loop keeps
 * uploading generated reports. Prints requests, errors, non-2xx, latency p50/p90/p99 and the
 * uploads with their failures; exits 1 on any error, non-2xx or failed upload. The run itself is
 * apps/api-e2e/src/load/load-run.ts (also run CI-sized there).
 *
 *   npm run load
 *   npm run load -- --reports 50000 --connections 50 --duration 30 --uploaders 1
 */
import { runLoad } from '../../apps/api-e2e/src/load/load-run';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const report = await runLoad({
    reports: Number(option('reports') ?? 50_000),
    connections: Number(option('connections') ?? 50),
    duration: Number(option('duration') ?? 30),
    uploaders: Number(option('uploaders') ?? 1),
    log: (line) => console.log(line),
  });
  if (!report.ok) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
