import { FIELD_CATALOGUE, type FieldDefinition } from '@ogi/report-schema';
import type { CliIo, Command } from '../command';
import { EXIT_USAGE } from '../command';

/** What `fields --json` prints per key: the catalogue entry without the per-format label map. */
function toJson(field: FieldDefinition) {
  return {
    key: field.key,
    table: field.table,
    versions: field.versions,
    row: field.row,
    column: field.column,
    unit: field.unit,
    signed: field.signed,
    derivedIn: field.derivedIn,
    labels: field.labels,
    ...(field.note ? { note: field.note } : {}),
  };
}

function formatTable(fields: readonly FieldDefinition[]): string {
  const width = Math.max(...fields.map((field) => field.key.length));
  const lines = fields.map(
    (field) =>
      `${field.key.padEnd(width)}  ${field.versions.join('+').padEnd(9)}  ${field.row} × ${field.column}`,
  );
  return `${lines.join('\n')}\n${fields.length} fields\n`;
}

export const fieldsCommand: Command = {
  name: 'fields',
  description: 'Print the catalogue of canonical cell keys of 表二, 表三 and 表四 (both formats).',
  usage: '[--json] [--table active|applications|appeals] [--version 2019|2021]',
  run(args: string[], io: CliIo) {
    let json = false;
    let table: string | undefined;
    let version: string | undefined;
    for (let index = 0; index < args.length; index += 1) {
      const arg = args[index];
      if (arg === '--json') json = true;
      else if (arg === '--table') table = args[++index];
      else if (arg === '--version') version = args[++index];
      else {
        io.stderr.write(`fields: unknown argument '${arg}'\n`);
        return EXIT_USAGE;
      }
    }
    if (table !== undefined && !['active', 'applications', 'appeals'].includes(table)) {
      io.stderr.write(`fields: --table must be active, applications or appeals, not '${table}'\n`);
      return EXIT_USAGE;
    }
    if (version !== undefined && version !== '2019' && version !== '2021') {
      io.stderr.write(`fields: --version must be 2019 or 2021, not '${version}'\n`);
      return EXIT_USAGE;
    }
    const selected = FIELD_CATALOGUE.filter(
      (field) =>
        (!table || field.table === table) &&
        (!version || field.versions.includes(version as '2019' | '2021')),
    );
    io.stdout.write(
      json ? `${JSON.stringify(selected.map(toJson), null, 2)}\n` : formatTable(selected),
    );
  },
};
