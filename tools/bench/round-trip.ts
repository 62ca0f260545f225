/**
 * Round trip at scale: generates reports in every layout with a random seed (printed, so a failure
 * can be reproduced with --seed), renders, extracts and parses each in memory and compares office,
 * year and every cell with the truth. Prints accuracy per layout, failure counts per layout/quirk,
 * and a few failing ids.
 *
 *   npm run roundtrip                       # 20,000 reports, random seed
 *   npm run roundtrip -- --count 5000 --seed abc --layouts tab,html
 */
import { closeExtractors } from '@ogi/report-extract';
import { generateReports, LAYOUTS, type LayoutId } from '@ogi/report-generator';
import {
  addToStats,
  formatStats,
  roundTrip,
  type LayoutStats,
} from '../../apps/cli/src/commands/generate-roundtrip';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const count = Number(option('count') ?? 20_000);
  const seed = option('seed') ?? Math.random().toString(36).slice(2, 10);
  const layouts = (option('layouts')?.split(',') as LayoutId[] | undefined) ?? [...LAYOUTS];
  console.log(`round trip: ${count} reports, seed ${seed}, layouts ${layouts.join(',')}`);
  const started = Date.now();
  const stats = new Map<string, LayoutStats>();
  const byQuirk = new Map<string, { reports: number; failed: number }>();
  const examples = new Map<string, string[]>();
  for (const generated of generateReports({
    seed,
    count,
    layouts,
    breakRules: ['T3-1', 'T3-2', 'T3-3', 'T3-5', 'T4-1', 'T2-5'],
    breakShare: 0.05,
    gb18030Share: 0.3,
  })) {
    const result = await roundTrip(generated);
    addToStats(stats, result);
    const failed = !(
      result.officeOk &&
      result.yearOk &&
      result.wrong.length === 0 &&
      result.error === null
    );
    const tags = [result.variant, ...result.quirks];
    for (const tag of tags) {
      const key = `${result.layout} ${tag}`;
      const entry = byQuirk.get(key) ?? { reports: 0, failed: 0 };
      entry.reports += 1;
      entry.failed += failed ? 1 : 0;
      byQuirk.set(key, entry);
    }
    if (failed) {
      const group = `${result.layout} ${result.variant}`;
      const list = examples.get(group) ?? [];
      if (list.length < 3) {
        const what =
          result.error ??
          [
            ...(result.officeOk ? [] : [`office ${result.expectedOffice} → ${result.gotOffice}`]),
            ...(result.yearOk ? [] : [`year ${result.expectedYear} → ${result.gotYear}`]),
            ...result.wrong.slice(0, 3).map((item) => `${item.key} ${item.expected} → ${item.got}`),
          ].join('; ');
        list.push(`${result.id} (${result.variant}): ${what}`);
      }
      examples.set(group, list);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(formatStats(stats));
  console.log('\nfailure share per layout and quirk (quirks with failures):');
  for (const [key, entry] of [...byQuirk].sort())
    if (entry.failed > 0)
      console.log(`  ${key.padEnd(40)} ${String(entry.failed).padStart(6)} / ${entry.reports}`);
  console.log('\nexamples (reproduce with the same --seed):');
  for (const [layout, list] of examples)
    for (const line of list) console.log(`  ${layout}: ${line}`);
  console.log(
    `\n${count} reports in ${seconds.toFixed(1)} s (${(count / seconds).toFixed(0)}/s), seed ${seed}`,
  );
  await closeExtractors();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
