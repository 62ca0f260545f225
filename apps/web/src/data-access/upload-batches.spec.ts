import { planBatches, resultsFor, runPool } from './upload-batches';

const file = (name: string, size = 10) => ({ name, size });

describe('upload batches', () => {
  it('puts at most maxFiles files in a request, in order', () => {
    const items = Array.from({ length: 10 }, (_, i) => file(`f${i}.docx`));
    const batches = planBatches(items, { maxFiles: 4, maxBytes: 1000 });
    expect(batches.map((batch) => batch.map((item) => item.name))).toEqual([
      ['f0.docx', 'f1.docx', 'f2.docx', 'f3.docx'],
      ['f4.docx', 'f5.docx', 'f6.docx', 'f7.docx'],
      ['f8.docx', 'f9.docx'],
    ]);
  });

  it('starts a new request before the byte limit is passed; a large file goes alone', () => {
    const batches = planBatches([file('a', 60), file('b', 50), file('big', 500), file('c', 10)], {
      maxFiles: 4,
      maxBytes: 100,
    });
    expect(batches.map((batch) => batch.map((item) => item.name))).toEqual([
      ['a'],
      ['b'],
      ['big'],
      ['c'],
    ]);
  });

  it('never puts two files of the same name in one request', () => {
    const batches = planBatches([file('报告.docx'), file('other'), file('报告.docx')], {
      maxFiles: 4,
      maxBytes: 1000,
    });
    expect(batches.map((batch) => batch.map((item) => item.name))).toEqual([
      ['报告.docx', 'other'],
      ['报告.docx'],
    ]);
  });

  it('runs every job with no more than the given number at a time', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await runPool([1, 2, 3, 4, 5, 6, 7], 2, async (job) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, job % 3));
      done.push(job);
      running -= 1;
    });
    expect(most).toBe(2);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('gives a file its own result, and a ZIP the results of its entries', () => {
    const results = [
      { file: 'a.docx' },
      { file: 'a.docx.bak' },
      { file: 'all.zip/x/1.txt' },
      { file: 'all.zip/2.txt' },
    ];
    expect(resultsFor('a.docx', results)).toEqual([{ file: 'a.docx' }]);
    expect(resultsFor('all.zip', results).map((r) => r.file)).toEqual([
      'all.zip/x/1.txt',
      'all.zip/2.txt',
    ]);
    expect(resultsFor('missing.pdf', results)).toEqual([]);
  });
});
