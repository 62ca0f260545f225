import type { TextSink } from '../command';

export interface ProgressOptions {
  /** Least time between two redraws of the bar (terminal). */
  redrawMs?: number;
  /** Least time between two progress lines (logs, pipes). */
  lineMs?: number;
  /** What is counted (default files). */
  unit?: string;
  now?: () => number;
}

const BAR_WIDTH = 30;

/**
 * Progress of a long run on stderr: a bar redrawn in place on a terminal, else a plain line
 * now and then, so that logs never get carriage returns or escape codes.
 */
export class Progress {
  private readonly tty: boolean;
  private readonly interval: number;
  private readonly now: () => number;
  private readonly started: number;
  private last: number;
  private drawn = false;
  private readonly unit: string;

  constructor(
    private readonly sink: TextSink,
    private readonly total: number,
    private readonly label: string,
    options: ProgressOptions = {},
  ) {
    this.tty = sink.isTTY === true;
    this.interval = this.tty ? (options.redrawMs ?? 100) : (options.lineMs ?? 5000);
    this.now = options.now ?? Date.now;
    this.started = this.now();
    this.last = this.started;
    this.unit = options.unit ?? 'files';
  }

  update(done: number): void {
    const now = this.now();
    if (now - this.last < this.interval && done < this.total) return;
    if (!this.tty && done >= this.total) return; // the summary says it
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = `${(done / seconds).toFixed(done / seconds < 10 ? 1 : 0)} ${this.unit}/s`;
    const share = this.total > 0 ? done / this.total : 1;
    if (!this.tty) {
      this.sink.write(
        `${this.label}: ${done}/${this.total} ${this.unit} (${Math.floor(share * 100)}%), ${rate}\n`,
      );
      return;
    }
    const filled = Math.round(share * BAR_WIDTH);
    const line = `${this.label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${this.total} ${Math.floor(share * 100)}% ${rate}`;
    this.sink.write(`\r\x1b[K${line.slice(0, Math.max((this.sink.columns ?? 80) - 1, 20))}`);
    this.drawn = true;
  }

  /** Clears the bar, so that what follows starts on a clean line. */
  finish(): void {
    if (this.drawn) this.sink.write('\r\x1b[K');
    this.drawn = false;
  }
}
