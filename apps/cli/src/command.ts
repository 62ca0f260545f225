/** Where a command writes; process.stdout / process.stderr in the real CLI, buffers in tests. */
export interface TextSink {
  write(chunk: string): unknown;
  /** A terminal (process.stderr on a console): progress may redraw one line. */
  isTTY?: boolean;
  /** Its width, when a terminal. */
  columns?: number;
}

export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
}

/**
 * One CLI command, in its own file under src/commands/ and listed in src/registry.ts.
 * run() returns the process exit code (void = 0). Output goes to io.stdout only;
 * diagnostics go to io.stderr so `npm run --silent cli -- <command>` can be piped.
 */
export interface Command {
  name: string;
  description: string;
  /** One line after the command name, e.g. "[--json]". */
  usage?: string;
  run(args: string[], io: CliIo): number | void | Promise<number | void>;
}

/** Exit codes: 0 ok, 1 the command failed, 2 bad usage (unknown command, bad arguments). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
