import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli';
import { bufferIo } from '../testing/buffer-io';

const CORPUS = join(__dirname, '../../../../libs/report-extract/src/fixtures/corpus');

describe('score-corpus command', () => {
  it('prints a line per report with expectations and one line for all of them', async () => {
    const io = bufferIo();
    expect(await runCli(['score-corpus', CORPUS], io)).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines[0]).toMatch(/^bjtzh-zhongcang-2025\.txt\s+6\/6 100\.0 %/);
    expect(lines.at(-1)).toMatch(/^all \(\d+ reports\)\s+\d+\/\d+ .* silently wrong 0 /);
  });

  it('says so when a folder holds no report with expectations', async () => {
    const io = bufferIo();
    expect(await runCli(['score-corpus', mkdtempSync(join(tmpdir(), 'ogi-score-'))], io)).toBe(1);
    expect(io.err()).toContain('no report with an .expected.json');
  });
});
