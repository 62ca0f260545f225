import { writeFileSync } from 'node:fs';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BREAKABLE_RULES,
  LAYOUTS,
  REGIONS_CSV_HEADER,
  generateReports,
  officeCsvRow,
  regionCsvRow,
  renderReport,
  type LayoutId,
} from '@ogi/report-generator';
import type { RuleId } from '@ogi/report-schema';
import type { CliIo, Command } from '../command';
import { EXIT_OK, EXIT_USAGE } from '../command';
import { reportBytes } from './generate-roundtrip';

export interface GenerateArgs {
  count: number;
  seed: string;
  layouts: LayoutId[];
  out: string;
  breakRules: RuleId[];
  breakShare: number;
  gb18030Share: number;
}

const USAGE =
  '--count N --seed S --layouts all|tab,tab8,lines,pipe,html,docx,pdf-text --out DIR [--break-rules T3-1,T4-1 --break-share 0.05] [--encoding-gb18030-share 0.2]';

/** Parses the options; returns an error message for bad usage. */
export function parseGenerateArgs(args: readonly string[]): GenerateArgs | string {
  const options = new Map<string, string>();
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (!arg.startsWith('--')) return `unexpected argument ${arg}`;
    const [name, inline] = arg.slice(2).split('=', 2);
    const value = inline ?? args[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      return `--${name} needs a value`;
    if (inline === undefined) index += 1;
    options.set(name, value);
  }
  const known = [
    'count',
    'seed',
    'layouts',
    'out',
    'break-rules',
    'break-share',
    'encoding-gb18030-share',
  ];
  const unknown = [...options.keys()].filter((name) => !known.includes(name));
  if (unknown.length > 0) return `unknown option --${unknown[0]}`;
  const count = Number(options.get('count'));
  if (!Number.isInteger(count) || count < 1) return '--count must be a positive integer';
  const out = options.get('out');
  if (!out) return '--out DIR is required';
  const layoutText = options.get('layouts') ?? 'all';
  const layouts = layoutText === 'all' ? [...LAYOUTS] : (layoutText.split(',') as LayoutId[]);
  const badLayout = layouts.find((layout) => !LAYOUTS.includes(layout));
  if (badLayout)
    return `unknown layout ${badLayout} (${LAYOUTS.join(', ')}; pdf is not rendered yet: use pdf-text)`;
  const breakRules = (options.get('break-rules')?.split(',').filter(Boolean) ?? []) as RuleId[];
  const badRule = breakRules.find((rule) => !BREAKABLE_RULES.includes(rule));
  if (badRule) return `cannot break ${badRule} (breakable: ${BREAKABLE_RULES.join(', ')})`;
  const share = (name: string, fallback: number) => {
    const value = Number(options.get(name) ?? fallback);
    return Number.isFinite(value) && value >= 0 && value <= 1 ? value : NaN;
  };
  const breakShare = share('break-share', 0.05);
  const gb18030Share = share('encoding-gb18030-share', 0);
  if (Number.isNaN(breakShare) || Number.isNaN(gb18030Share))
    return 'shares must be numbers between 0 and 1';
  return {
    count,
    seed: options.get('seed') ?? String(Date.now()),
    layouts,
    out,
    breakRules,
    breakShare,
    gb18030Share,
  };
}

/** Writes `<id>.<ext>` and `<id>.expected.json` per report and regions.csv; returns counts per layout. */
export async function generateCorpus(
  options: GenerateArgs,
): Promise<{ reports: number; bytes: number; byLayout: Record<string, number> }> {
  await mkdir(options.out, { recursive: true });
  const regions: FileHandle = await open(join(options.out, 'regions.csv'), 'w');
  const byLayout: Record<string, number> = {};
  let reports = 0;
  let bytes = 0;
  try {
    await regions.write(`${REGIONS_CSV_HEADER}\n`);
    for (const generated of generateReports({
      seed: options.seed,
      count: options.count,
      layouts: options.layouts,
      breakRules: options.breakRules,
      breakShare: options.breakShare,
      gb18030Share: options.gb18030Share,
    })) {
      const rows = [
        ...generated.newRegions.map(regionCsvRow),
        ...generated.newOffices.map(officeCsvRow),
      ];
      if (rows.length > 0) await regions.write(`${rows.join('\n')}\n`);
      const { model, truth } = generated;
      const rendered = renderReport(model);
      const content = reportBytes(rendered, model.charset);
      // Synchronous writes of small files: faster than promise writes here, memory stays flat.
      writeFileSync(join(options.out, `${model.id}.${rendered.ext}`), content);
      writeFileSync(
        join(options.out, `${model.id}.expected.json`),
        `${JSON.stringify(truth, null, 1)}\n`,
      );
      byLayout[model.layout] = (byLayout[model.layout] ?? 0) + 1;
      reports += 1;
      bytes += content.length;
    }
  } finally {
    await regions.close();
  }
  return { reports, bytes, byLayout };
}

export const generateCommand: Command = {
  name: 'generate',
  description:
    'Write generated annual reports in every layout with their ground truth (*.expected.json) and regions.csv.',
  usage: USAGE,
  async run(args: string[], io: CliIo) {
    const parsed = parseGenerateArgs(args);
    if (typeof parsed === 'string') {
      io.stderr.write(`generate: ${parsed}\nusage: generate ${USAGE}\n`);
      return EXIT_USAGE;
    }
    const started = Date.now();
    const result = await generateCorpus(parsed);
    const layouts = Object.entries(result.byLayout)
      .map(([layout, count]) => `${layout} ${count}`)
      .join(', ');
    io.stderr.write(
      `generate: ${result.reports} reports (${layouts}) seed ${parsed.seed}, ${(result.bytes / 1e6).toFixed(1)} MB in ${parsed.out}, ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return EXIT_OK;
  },
};
