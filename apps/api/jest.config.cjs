/** @type {import('jest').Config} */
module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.cjs',
  testEnvironment: 'node',
  // Each suite starts the whole api on a fresh database and logs in (createTestApp): on a busy
  // 2-core machine that alone can pass Jest's 5 s default for a hook.
  testTimeout: 30_000,
  transform: {
    '^.+\\.[tj]s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
      },
    ],
  },
  // pptxgenjs (exports) loads node:fs with import(), which Jest runs only when compiled to require().
  transformIgnorePatterns: ['/node_modules/(?!pptxgenjs/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  coverageDirectory: '../../coverage/apps/api',
};
