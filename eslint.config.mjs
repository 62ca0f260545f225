import nx from '@nx/eslint-plugin';

/**
 * Node built-in modules, banned from shared libraries with and without the `node:` prefix
 * (bannedExternalImports only sees npm packages, not built-ins).
 */
const NODE_BUILTINS = [
  'assert',
  'async_hooks',
  'buffer',
  'child_process',
  'cluster',
  'console',
  'crypto',
  'dgram',
  'diagnostics_channel',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'inspector',
  'module',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'querystring',
  'readline',
  'repl',
  'stream',
  'stream/promises',
  'string_decoder',
  'timers',
  'tls',
  'tty',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];

/**
 * Extra rules for every `scope:shared` library (pure TypeScript: no framework, no Node).
 * Spread into the library's own eslint.config.mjs.
 */
export const sharedLibConfig = [
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs'],
    ignores: ['**/jest.config.cjs', '**/eslint.config.mjs'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({
            name,
            message: 'Shared libraries are pure TypeScript: no Node built-in modules.',
          })),
          patterns: [
            {
              group: ['node:*'],
              message: 'Shared libraries are pure TypeScript: no Node built-in modules.',
            },
          ],
        },
      ],
    },
  },
];

/**
 * Type-aware rules for every project (each project's eslint.config.mjs spreads the default
 * export below, so this is the one place they are set): a promise nobody awaits loses its
 * error, a promise where a void callback is expected (event handler, `forEach`) runs
 * unawaited, and a switch over a union must name every member so adding one is a compile-time
 * list of places to decide. Types come from each file's own tsconfig through the TypeScript
 * project service.
 */
export const typeAwareConfig = [
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    // ESLint and Jest configs are declarative objects (no promises, no switches) and belong
    // to no tsconfig; giving each a default program would only slow the run.
    ignores: ['**/eslint.config.mjs', '**/jest.config.cjs'],
    languageOptions: {
      parserOptions: {
        projectService: {
          // Build and worker scripts that no tsconfig includes get a default program.
          allowDefaultProject: [
            'apps/api/webpack.config.js',
            'apps/web/vite.config.mts',
            'apps/web/build/*.mts',
            'apps/web/src/test-style-stub.cjs',
            'libs/report-extract/src/lib/pdf/pdf-worker.mjs',
            'libs/report-ocr/jest.environment.cjs',
            'tools/run-jest.cjs',
            'tools/fixtures/*.cjs',
            'tools/scans/*.mjs',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
];

/**
 * Who may import whom (`@nx/enforce-module-boundaries`), exported so that a project can add
 * exceptions to `allow` without restating the constraints.
 */
export const moduleBoundaries = {
  enforceBuildableLibDependency: true,
  allow: [],
  depConstraints: [
    {
      sourceTag: 'scope:shared',
      onlyDependOnLibsWithTags: ['scope:shared'],
      bannedExternalImports: [
        '@nestjs/*',
        'typeorm',
        'typeorm/*',
        'react',
        'react/*',
        'react-dom',
        'react-dom/*',
        'echarts',
        'echarts/*',
        'node:*',
      ],
    },
    // Node-only libraries (file extraction): usable by the api and the cli, never by the web.
    { sourceTag: 'scope:node', onlyDependOnLibsWithTags: ['scope:node', 'scope:shared'] },
    // Server-side libraries without a web framework (database access, ingestion): usable
    // by the api and the cli.
    {
      sourceTag: 'scope:server',
      onlyDependOnLibsWithTags: ['scope:server', 'scope:node', 'scope:shared'],
      bannedExternalImports: ['@nestjs/*', 'express', 'react', 'react/*', 'react-dom'],
    },
    {
      sourceTag: 'scope:api',
      onlyDependOnLibsWithTags: ['scope:api', 'scope:server', 'scope:node', 'scope:shared'],
    },
    { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
    {
      sourceTag: 'scope:cli',
      onlyDependOnLibsWithTags: ['scope:cli', 'scope:server', 'scope:node', 'scope:shared'],
    },
    // End-to-end tests, their harness (libs/api-harness: the api as a child process, logins)
    // and the scripts built on them (fuzz, crash, load) drive a running api from outside:
    // server-side libraries for its database and generated reports, never the api's or the
    // web's own code.
    {
      sourceTag: 'scope:e2e',
      onlyDependOnLibsWithTags: ['scope:e2e', 'scope:server', 'scope:node', 'scope:shared'],
    },
    { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib'] },
    { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
    { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
  ],
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/coverage',
      '**/tmp',
      '**/.nx',
      '**/vite.config.*.timestamp*',
    ],
  },
  {
    // Source files only: the per-project eslint.config.mjs files import this root config by path.
    files: ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.mts', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries],
    },
  },
  {
    // Jest configs are CommonJS.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...typeAwareConfig,
];
