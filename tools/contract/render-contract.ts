/**
 * The text of the committed contract from an OpenAPI document: openapi.json with its keys sorted
 * (the order Nest meets routes and DTO fields in must not show up as a change) and its
 * TypeScript types (openapi-typescript), both formatted by the workspace's Prettier so that
 * `format:check` passes. Run as a script it reads the document on stdin and writes both texts as
 * JSON on stdout: the contract spec (apps/api) calls it so, since openapi-typescript and
 * Prettier load ES modules that Jest cannot.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { CONTRACT_FILES } from '../../apps/api/src/app/contract/contract-files';

export interface ContractTexts {
  document: string;
  types: string;
}

const TYPES_HEADER = [
  '// Generated from openapi.json by `npm run contract:generate` (tools/contract): do not edit.',
  '// Change the api DTOs and controllers instead, then run the command again.',
].join('\n');

/** Objects with their keys sorted, at every depth; arrays keep their order (it is meaningful). */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}

async function formatted(text: string, filepath: string): Promise<string> {
  return format(text, { ...(await resolveConfig(filepath)), filepath });
}

export async function renderContract(document: unknown): Promise<ContractTexts> {
  const sorted = sortedKeys(document);
  const ast = await openapiTS(sorted as Parameters<typeof openapiTS>[0]);
  return {
    document: await formatted(JSON.stringify(sorted), CONTRACT_FILES.document),
    types: await formatted(`${TYPES_HEADER}\n\n${astToString(ast)}`, CONTRACT_FILES.types),
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (require.main === module) {
  readStdin()
    .then((json) => renderContract(JSON.parse(json)))
    .then((texts) => process.stdout.write(JSON.stringify(texts)))
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    });
}
