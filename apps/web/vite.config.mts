import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compressAssets } from './build/compress-assets.mts';
import { reportFirstScreenSize } from './build/report-first-screen-size.mts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = resolve(projectRoot, '../..');

/** Aliases for the workspace libraries, taken from the "paths" of tsconfig.base.json. */
function workspaceAliases(): Record<string, string> {
  const base = JSON.parse(readFileSync(resolve(workspaceRoot, 'tsconfig.base.json'), 'utf8'));
  const paths: Record<string, string[]> = base.compilerOptions?.paths ?? {};
  return Object.fromEntries(
    Object.entries(paths)
      .filter(([key]) => !key.includes('*'))
      .map(([key, [target]]) => [key, resolve(workspaceRoot, target)]),
  );
}

/** The first script, and the app it loads at once (React, antd, the shell and 总览). */
const ENTRY = resolve(projectRoot, 'src/main.tsx');
const APP = resolve(projectRoot, 'src/app/render.tsx');

export default defineConfig({
  root: projectRoot,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react(), compressAssets(), reportFirstScreenSize([APP])],
  resolve: { alias: workspaceAliases() },
  server: {
    port: 4200,
    host: 'localhost',
    proxy: {
      // Host stays localhost:4200, the origin the browser sends: the api refuses writes whose
      // Origin is not the host they were sent to (security/same-origin.ts).
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: { port: 4300, host: 'localhost' },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // The first script in one file and the app in one more, each with what it imports
        // (the entry's group first: a module both import belongs to the entry). Left to itself
        // the bundler splits out every module shared with a lazy page (React's jsx runtime,
        // antd's Button, …) as a file of its own: 27 requests for the first screen, which
        // chromium sends six at a time to one host, the page's figures queued behind them.
        codeSplitting: {
          groups: [
            { name: 'index', test: (id: string) => id === ENTRY, priority: 2 },
            { name: 'render', test: (id: string) => id === APP, priority: 1 },
          ],
        },
      },
    },
  },
});
