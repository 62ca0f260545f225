import { runCli } from '../cli';
import { bufferIo } from '../testing/buffer-io';

describe('fields command', () => {
  it('prints all 226 keys as a JSON array with table, versions, row and column', async () => {
    const io = bufferIo();
    expect(await runCli(['fields', '--json'], io)).toBe(0);
    const fields = JSON.parse(io.out()) as Array<Record<string, unknown>>;
    expect(fields).toHaveLength(226);
    expect(fields[0]).toEqual(
      expect.objectContaining({
        key: 'active.regulations.issued',
        table: 'active',
        versions: ['2021'],
        row: '规章',
        column: '本年制发件数',
      }),
    );
    expect(new Set(fields.map((field) => field.key)).size).toBe(226);
    expect(io.err()).toBe('');
  });

  it('filters by table and format version', async () => {
    const io = bufferIo();
    expect(await runCli(['fields', '--json', '--table', 'active', '--version', '2019'], io)).toBe(
      0,
    );
    expect(JSON.parse(io.out())).toHaveLength(22);
  });

  it('prints a readable table without --json', async () => {
    const io = bufferIo();
    expect(await runCli(['fields', '--table', 'appeals'], io)).toBe(0);
    expect(io.out()).toContain('appeals.review.upheld');
    expect(io.out()).toContain('行政复议 × 结果维持');
    expect(io.out().trimEnd().endsWith('15 fields')).toBe(true);
  });

  it('rejects unknown arguments and values with a usage error', async () => {
    for (const argv of [
      ['fields', '--csv'],
      ['fields', '--table', 'tables'],
      ['fields', '--version', '2020'],
    ]) {
      const io = bufferIo();
      expect(await runCli(argv, io)).toBe(2);
      expect(io.err()).toMatch(/^fields: /);
    }
  });
});
