import type { CliIo, Command } from './command';
import { EXIT_FAILURE, EXIT_USAGE } from './command';
import { CLI_INVOCATION } from './commands/help';
import { commands as defaultCommands } from './registry';

/**
 * Dispatches argv (without node and the script) to a command and returns the exit code.
 * No command or -h/--help runs `help`; an unknown command is a usage error (exit 2).
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[] = defaultCommands,
): Promise<number> {
  const [first, ...rest] = argv;
  const name = first === undefined || first === '-h' || first === '--help' ? 'help' : first;
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(
      `ogi: unknown command '${name}'. Run '${CLI_INVOCATION} help' to list the commands.\n`,
    );
    return EXIT_USAGE;
  }
  try {
    const code = await command.run(rest, io);
    return code ?? 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`ogi ${name}: ${message}\n`);
    return EXIT_FAILURE;
  }
}
