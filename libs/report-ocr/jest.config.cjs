/** @type {import('jest').Config} */
module.exports = {
  displayName: 'report-ocr',
  preset: '../../jest.preset.cjs',
  testEnvironment: '<rootDir>/jest.environment.cjs',
  transform: {
    '^.+\\.[tj]s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  coverageDirectory: '../../coverage/libs/report-ocr',
};
