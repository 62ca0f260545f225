import baseConfig, { moduleBoundaries } from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // tools/server (not a project: workspace scripts) starts the api and logs in for the fuzz,
    // crash and load scripts; the browser tests use the same code to start the built app.
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { ...moduleBoundaries, allow: ['../../../../tools/server/*'] },
      ],
    },
  },
];
