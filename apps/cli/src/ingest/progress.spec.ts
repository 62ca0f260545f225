import { Progress } from './progress';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, sink: { isTTY, columns: 60, write: (chunk: string) => chunks.push(chunk) } };
}

describe('Progress', () => {
  it('redraws one bar in place on a terminal, then clears it', () => {
    let now = 0;
    const { chunks, sink: tty } = sink(true);
    const progress = new Progress(tty, 10, 'ingest', { redrawMs: 100, now: () => now });
    progress.update(1); // too soon after the start
    now = 200;
    progress.update(5);
    now = 250;
    progress.update(6); // too soon after the last redraw
    progress.update(10); // the last one always shows
    progress.finish();
    expect(chunks).toHaveLength(3);
    expect(chunks[0]).toBe(
      `\r\x1b[Kingest [${'#'.repeat(15)}${'.'.repeat(15)}] 5/10 50% 25 files/s`,
    );
    expect(chunks[1]).toContain('10/10 100%');
    expect(chunks[2]).toBe('\r\x1b[K');
  });

  it('writes a plain line now and then when stderr is not a terminal', () => {
    let now = 0;
    const { chunks, sink: log } = sink(false);
    const progress = new Progress(log, 100, 'ingest', { lineMs: 5000, now: () => now });
    for (let done = 1; done <= 100; done += 1) {
      now = done * 100;
      progress.update(done);
    }
    progress.finish();
    // The last line is left to the summary.
    expect(chunks).toEqual(['ingest: 50/100 files (50%), 10 files/s\n']);
    expect(chunks.join('')).not.toContain('\r');
    expect(chunks.join('')).not.toContain('\x1b');
  });
});
