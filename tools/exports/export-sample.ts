/**
 * `npm run export:sample`: a sample briefing pack for the demo data, as PPTX and PDF, into
 * tmp/export-sample/, with the time each took (the target: under 10 s for both).
 *
 * The demo data is stored once in tmp/export-sample/demo.sqlite (through the api's own demo
 * loader, about 15–60 s on the first run); later runs reuse it. `--fresh` loads it again.
 * The pack is built by the api's ExportsService: the same code as GET /api/exports/pack.
 */
import 'reflect-metadata';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { CHARTS } from '@ogi/report-charts';
import { openPdf, openPptx } from '@ogi/report-exports/testing';
import { closeExtractors } from '@ogi/report-extract';
import { AppModule } from '../../apps/api/src/app/app.module';
import { loadConfig } from '../../apps/api/src/app/config/app-config';
import { DemoDataService } from '../../apps/api/src/app/demo/demo-data.service';
import { ExportsService } from '../../apps/api/src/app/exports/exports.service';

const OUT = join(process.cwd(), 'tmp', 'export-sample');
const TARGET_MS = 10_000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const dbPath = join(OUT, 'demo.sqlite');
  if (process.argv.includes('--fresh')) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  }
  const config = loadConfig({ DB_TYPE: 'sqlite', SQLITE_PATH: dbPath, DEMO_DATA: 'on' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: false,
  });
  try {
    const demo = app.get(DemoDataService);
    if (!(await demo.status()).present) {
      const started = Date.now();
      process.stdout.write(
        'Loading the demo data (once; kept in tmp/export-sample/demo.sqlite)…\n',
      );
      const result = await demo.loadIfEmpty();
      process.stdout.write(
        `Demo data: ${JSON.stringify(result)} in ${seconds(Date.now() - started)}\n`,
      );
    }
    const exports = app.get(ExportsService);
    // The script runs as an administrator would: every region.
    const SCRIPT_ACCESS = { userId: 0, username: 'export-sample', role: 'admin', regionPaths: null } as const;
    const filter = { yearFrom: 2021, yearTo: 2025 };
    const charts = [...CHARTS];
    let total = 0;
    for (const format of ['pptx', 'pdf'] as const) {
      const started = Date.now();
      const cpu = process.cpuUsage();
      const file = await exports.pack(SCRIPT_ACCESS, filter, {
        format,
        charts,
        compare: null,
        chartStyle: 'image',
      });
      const took = Date.now() - started;
      // CPU of every thread of the process (resvg draws on the thread pool): on a shared, busy
      // machine the wall time says more about the neighbours than about this code.
      const used = process.cpuUsage(cpu);
      total += took;
      const path = join(OUT, `sample-pack.${format}`);
      writeFileSync(path, file.bytes);
      const check =
        format === 'pptx'
          ? `${openPptx(file.bytes).slides.length} slides`
          : `${(await openPdf(file.bytes)).pages} pages`;
      process.stdout.write(
        `${format.toUpperCase()}: ${path} (${(file.bytes.length / 1024).toFixed(0)} KB, ${check}) in ${seconds(took)} (CPU ${seconds((used.user + used.system) / 1000)})\n`,
      );
    }
    const ok = total < TARGET_MS;
    process.stdout.write(
      `Both packs in ${seconds(total)} (target < ${seconds(TARGET_MS)}): ${ok ? 'met' : 'NOT met'}\n`,
    );
    return ok ? 0 : 1;
  } finally {
    await app.close();
    await closeExtractors();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(2);
  },
);
