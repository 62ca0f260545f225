import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli';
import { bufferIo } from '../testing/buffer-io';

const CORPUS = join(__dirname, '../../../../libs/report-extract/src/fixtures/corpus');
const scratch = mkdtempSync(join(tmpdir(), 'ogi-parse-'));

function lines(output: string): Array<Record<string, unknown>> {
  return output
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('parse command', () => {
  it('prints one JSON line per file, in input order, and exits 0 when all parsed', async () => {
    const io = bufferIo();
    const files = [
      join(CORPUS, 'sample-dongxing-2025.txt'),
      join(CORPUS, 'sh-gov-office-2019.html'),
    ];
    expect(await runCli(['parse', '--json', ...files], io)).toBe(0);
    const [text, html] = lines(io.out());
    expect(text).toMatchObject({
      file: files[0],
      ok: true,
      office: '东兴街道办事处',
      year: 2025,
      formatVersion: { active: '2021', applications: '2021', appeals: '2021' },
    });
    expect(html).toMatchObject({ file: files[1], ok: true, year: 2019 });
    expect((html.values as Record<string, number>)['applications.new_received.total']).toBe(859);
    expect((html.cells as unknown[]).length).toBeGreaterThan(150);
  });

  it('still prints a line for a failed file, with a clear error, and exits 1', async () => {
    const png = join(scratch, 'scan.txt');
    writeFileSync(
      png,
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
      ]),
    );
    const prose = join(scratch, 'letter.txt');
    writeFileSync(prose, '尊敬的各位领导：\n今天天气很好。\n');
    const io = bufferIo();
    expect(await runCli(['parse', '--json', png, join(scratch, 'missing.txt'), prose], io)).toBe(1);
    const results = lines(io.out());
    expect(results.map((result) => [result.ok, (result.error as { code: string }).code])).toEqual([
      [false, 'unsupported_kind'],
      [false, 'file_not_found'],
      [false, 'not_a_report'],
    ]);
    expect((results[0].error as { message: string }).message).toContain('scan.txt');
  });

  it('prints a readable summary without --json', async () => {
    const io = bufferIo();
    expect(await runCli(['parse', join(CORPUS, 'yuyang-tuofenglu-2020.txt')], io)).toBe(0);
    expect(io.out()).toContain('驼峰路街道办事处');
    expect(io.out()).toContain('年度 year: （未写明）');
    expect(io.out()).toContain('表二 2019');
  });

  it('rejects a call without files or with unknown options', async () => {
    for (const argv of [['parse'], ['parse', '--xml', 'a.txt']]) {
      const io = bufferIo();
      expect(await runCli(argv, io)).toBe(2);
      expect(io.err()).toMatch(/^parse: /);
    }
  });
});
