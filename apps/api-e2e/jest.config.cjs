// The scripts that drive the api as a child process (tools/crash, tools/load), CI-sized, so that
// they cannot break unnoticed: `npm run crash` and `npm run load` run the same code at full size.
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'api-e2e',
  preset: '../../jest.preset.cjs',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
