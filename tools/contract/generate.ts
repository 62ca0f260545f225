/**
 * `npm run contract:generate`: writes the api contract (libs/api-contract/src/openapi.json and
 * openapi-types.ts) from the api's code, without a running server. Run it after changing a DTO
 * or a route; the contract spec in apps/api fails until then.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { generateOpenApiDocument } from '../../apps/api/src/app/contract/contract-document';
import { CONTRACT_FILES } from '../../apps/api/src/app/contract/contract-files';
import { renderContract } from './render-contract';

async function main(): Promise<void> {
  const texts = await renderContract(await generateOpenApiDocument());
  writeFileSync(CONTRACT_FILES.document, texts.document);
  writeFileSync(CONTRACT_FILES.types, texts.types);
  process.stdout.write(`Wrote ${CONTRACT_FILES.document}\nWrote ${CONTRACT_FILES.types}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
