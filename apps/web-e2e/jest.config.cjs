// The browser test of the built app: Debian's chromium through playwright-core against
// `node dist/apps/api/main.js` (which serves dist/apps/web). It runs when /usr/bin/chromium
// exists or CI=true (CI installs chromium first, see .ci/run), and is skipped otherwise.
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'web-e2e',
  preset: '../../jest.preset.cjs',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
