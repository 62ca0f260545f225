import { runCli } from './cli';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`ogi: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
