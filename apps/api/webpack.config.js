const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // The OCR engine runs in worker threads started from this script, next to main.js.
      additionalEntryPoints: [
        { entryName: 'ocr-worker', entryPath: 'libs/report-ocr/src/lib/ocr-worker.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      assets: [],
      optimization: false,
      outputHashing: 'none',
      // TypeORM loads its drivers (better-sqlite3, pg) dynamically: run from the workspace
      // node_modules rather than a pruned dist package.
      generatePackageJson: false,
      sourceMap: true,
    }),
  ],
};
