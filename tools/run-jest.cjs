#!/usr/bin/env node
// Runs every Jest project of the workspace once (root jest.config.cjs lists them),
// then prints one plain closing line "N passed, N failed".
// Exits non-zero when Jest fails or its results cannot be read.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const resultsFile = path.join(root, 'tmp', 'jest-results.json');
fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
fs.rmSync(resultsFile, { force: true });

const jestBin = require.resolve('jest/bin/jest');
const run = spawnSync(
  process.execPath,
  [jestBin, '--ci', '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);

let results;
try {
  results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
} catch (err) {
  console.error(`run-jest: could not read ${resultsFile}: ${err.message}`);
  console.log('0 passed, 1 failed');
  process.exit(run.status || 1);
}

const passed = results.numPassedTests;
const failed = results.numFailedTests + (results.numRuntimeErrorTestSuites || 0);
console.log(`${passed} passed, ${failed} failed`);

if (run.status !== 0 || run.signal || !results.success || failed > 0) {
  process.exit(run.status || 1);
}
