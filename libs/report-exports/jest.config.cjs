/** @type {import('jest').Config} */
module.exports = {
  displayName: 'report-exports',
  preset: '../../jest.preset.cjs',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  // pptxgenjs loads node:fs with import(), which Jest runs only when compiled to require().
  transformIgnorePatterns: ['/node_modules/(?!pptxgenjs/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  coverageDirectory: '../../coverage/libs/report-exports',
};
