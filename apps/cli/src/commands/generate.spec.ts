import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli';
import { bufferIo } from '../testing/buffer-io';
import { parseGenerateArgs } from './generate';

describe('generate command', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ogi-generate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes reports, truth and regions.csv, and prints a one-line summary', async () => {
    const io = bufferIo();
    const code = await runCli(
      [
        'generate',
        '--count',
        '14',
        '--seed',
        's1',
        '--layouts',
        'tab,html,docx',
        '--out',
        dir,
        '--encoding-gb18030-share',
        '1',
      ],
      io,
    );
    expect(code).toBe(0);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toMatch(/14 reports/);
    const files = readdirSync(dir);
    expect(files.filter((name) => name.endsWith('.expected.json'))).toHaveLength(14);
    expect(files).toContain('regions.csv');
    const truthFile = files.find((name) => name.endsWith('.expected.json')) ?? '';
    const truth = JSON.parse(readFileSync(join(dir, truthFile), 'utf8'));
    expect(truth).toMatchObject({ truncated: false, generated: true });
    expect(Object.keys(truth.values).length).toBeGreaterThan(190);
    const html = files.find((name) => name.endsWith('.html'));
    if (html) {
      const bytes = readFileSync(join(dir, html));
      expect(bytes.toString('latin1')).toMatch(/charset="?(gb2312|gbk|GB18030)/i);
    }
    expect(readFileSync(join(dir, 'regions.csv'), 'utf8')).toMatch(
      /^type,code,name,level,parent_code,office_id,aliases\nregion,\d{12},/,
    );
  });

  it('is deterministic for a seed', async () => {
    const other = mkdtempSync(join(tmpdir(), 'ogi-generate-'));
    try {
      await runCli(
        ['generate', '--count', '5', '--seed', 'same', '--layouts', 'tab', '--out', dir],
        bufferIo(),
      );
      await runCli(
        ['generate', '--count', '5', '--seed', 'same', '--layouts', 'tab', '--out', other],
        bufferIo(),
      );
      for (const name of readdirSync(dir))
        expect(readFileSync(join(other, name))).toEqual(readFileSync(join(dir, name)));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('rejects bad usage with exit code 2', async () => {
    const io = bufferIo();
    expect(await runCli(['generate', '--count', '0', '--out', dir], io)).toBe(2);
    expect(parseGenerateArgs(['--count', '3', '--out', dir, '--layouts', 'pdf'])).toMatch(
      /unknown layout pdf/,
    );
    expect(parseGenerateArgs(['--count', '3', '--out', dir, '--break-rules', 'T9-9'])).toMatch(
      /cannot break/,
    );
    expect(parseGenerateArgs(['--count', '3'])).toMatch(/--out/);
    expect(
      parseGenerateArgs([
        '--count',
        '3',
        '--out',
        dir,
        '--break-rules',
        'T3-1',
        '--break-share',
        '0.5',
      ]),
    ).toMatchObject({
      breakRules: ['T3-1'],
      breakShare: 0.5,
    });
  });
});
