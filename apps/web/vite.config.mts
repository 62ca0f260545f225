import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  root: projectRoot,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react()],
  resolve: { alias: workspaceAliases() },
  server: {
    port: 4200,
    host: 'localhost',
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: true },
    },
  },
  preview: { port: 4300, host: 'localhost' },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1500,
  },
});
