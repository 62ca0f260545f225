import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateOpenApiDocument } from './contract-document';
import { CONTRACT_FILES, RENDER_CONTRACT_SCRIPT, WORKSPACE_ROOT } from './contract-files';

interface ContractTexts {
  document: string;
  types: string;
}

/** openapi-typescript and Prettier load ES modules that Jest cannot: they run in plain Node. */
function renderContract(documentJson: string): Promise<ContractTexts> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', RENDER_CONTRACT_SCRIPT], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as ContractTexts)
        : reject(new Error(`render-contract failed: ${Buffer.concat(err).toString('utf8')}`)),
    );
    child.stdin.end(documentJson);
  });
}

/** Null when the committed file is the fresh one, else what to do and where it first differs. */
function staleness(path: string, fresh: string): string | null {
  const committed = readFileSync(path, 'utf8');
  if (committed === fresh) return null;
  const committedLines = committed.split('\n');
  const freshLines = fresh.split('\n');
  const line = freshLines.findIndex((text, index) => text !== committedLines[index]);
  return [
    `${relative(WORKSPACE_ROOT, path)} is out of date with the api's code: run \`npm run contract:generate\` and commit the result.`,
    `First difference at line ${line + 1}:`,
    `  committed: ${committedLines[line] ?? '(end of file)'}`,
    `  code:      ${freshLines[line] ?? '(end of file)'}`,
  ].join('\n');
}

describe('the committed API contract', () => {
  let fresh: ContractTexts;

  beforeAll(async () => {
    fresh = await renderContract(JSON.stringify(await generateOpenApiDocument()));
  }, 90_000);

  it('matches the code: openapi.json is the document the api builds', () => {
    expect(staleness(CONTRACT_FILES.document, fresh.document)).toBeNull();
  });

  it('matches the code: openapi-types.ts is generated from that document', () => {
    expect(staleness(CONTRACT_FILES.types, fresh.types)).toBeNull();
  });
});
