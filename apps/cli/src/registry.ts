import type { Command } from './command';
import { checkRollupCommand } from './commands/check-rollup';
import { createAdminCommand } from './commands/create-admin';
import { fieldsCommand } from './commands/fields';
import { generateCommand } from './commands/generate';
import { helpCommand } from './commands/help';
import { ingestCommand } from './commands/ingest';
import { parseCommand } from './commands/parse';
import { scoreCorpusCommand } from './commands/score-corpus';

/** Every command of the CLI, in the order `help` lists them. Add new commands here. */
export const commands: readonly Command[] = [
  helpCommand,
  fieldsCommand,
  parseCommand,
  scoreCorpusCommand,
  generateCommand,
  ingestCommand,
  createAdminCommand,
  checkRollupCommand,
];

export function findCommand(
  name: string,
  list: readonly Command[] = commands,
): Command | undefined {
  return list.find((command) => command.name === name);
}
