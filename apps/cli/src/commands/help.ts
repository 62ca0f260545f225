import type { Command, CliIo } from '../command';
import { EXIT_USAGE } from '../command';

export const CLI_INVOCATION = 'npm run --silent cli --';

export function formatHelp(list: readonly Command[]): string {
  const width = Math.max(...list.map((command) => command.name.length));
  const lines = [
    `Usage: ${CLI_INVOCATION} <command> [args]`,
    '',
    'Commands:',
    ...list.map((command) => `  ${command.name.padEnd(width)}  ${command.description}`),
    '',
    `Run '${CLI_INVOCATION} help <command>' for one command's usage.`,
  ];
  return lines.join('\n') + '\n';
}

export function formatCommandHelp(command: Command): string {
  const usage = [CLI_INVOCATION, command.name, command.usage].filter(Boolean).join(' ');
  return `Usage: ${usage}\n\n${command.description}\n`;
}

export const helpCommand: Command = {
  name: 'help',
  description: 'List the commands, or show the usage of one command.',
  usage: '[command]',
  async run(args: string[], io: CliIo) {
    // Imported here, not at the top, because the registry imports this file.
    const { commands, findCommand } = await import('../registry');
    const [name] = args;
    if (!name) {
      io.stdout.write(formatHelp(commands));
      return;
    }
    const command = findCommand(name);
    if (!command) {
      io.stderr.write(`Unknown command '${name}'.\n`);
      return EXIT_USAGE;
    }
    io.stdout.write(formatCommandHelp(command));
  },
};
