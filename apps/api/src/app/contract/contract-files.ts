import { join } from 'node:path';

export const WORKSPACE_ROOT = join(__dirname, '..', '..', '..', '..', '..');

/** The committed contract (libs/api-contract), written by `npm run contract:generate`. */
export const CONTRACT_FILES = {
  document: join(WORKSPACE_ROOT, 'libs/api-contract/src/openapi.json'),
  types: join(WORKSPACE_ROOT, 'libs/api-contract/src/openapi-types.ts'),
} as const;

/** The files' text from the document (tools/contract/render-contract.ts, run in plain Node). */
export const RENDER_CONTRACT_SCRIPT = 'tools/contract/render-contract.ts';
