// One Jest run over every project of the workspace (used by `npm test` via tools/run-jest.cjs).
// Each project keeps its own jest.config.cjs, also run alone by `npx nx test <project>`.
const { getJestProjectsAsync } = require('@nx/jest');

module.exports = async () => ({
  projects: await getJestProjectsAsync(),
});
