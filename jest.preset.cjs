// Shared Jest settings: Nx's preset (test file pattern, tsconfig-paths resolver for @ogi/*)
// without its ts-jest transform and jsdom default. Each project sets its own @swc/jest
// transform and test environment.
const {
  transform: _transform,
  testEnvironment: _env,
  ...nxPreset
} = require('@nx/jest/preset').default;

module.exports = { ...nxPreset, testEnvironment: 'node' };
