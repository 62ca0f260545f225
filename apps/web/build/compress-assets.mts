import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|svg|json)$/;
/** Below this many bytes a file is sent as it is: the header overhead would eat the gain. */
const MIN_BYTES = 1024;

const gzipFile = promisify(gzip);
const brotliFile = promisify(brotliCompress);

/**
 * Writes `file.br` and `file.gz` next to every script and stylesheet of the build, compressed
 * once at the highest levels, so the server sends them without compressing per request (the
 * api's web hosting picks one by the browser's Accept-Encoding).
 */
export function compressAssets(): Plugin {
  return {
    name: 'ogi-compress-assets',
    apply: 'build',
    async writeBundle(output, bundle) {
      const dir = output.dir;
      if (!dir) return;
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(dir, name);
          const content = await readFile(path);
          if (content.length < MIN_BYTES) return;
          const [brotli, gzipped] = await Promise.all([
            brotliFile(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzipFile(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${path}.br`, brotli), writeFile(`${path}.gz`, gzipped)]);
        }),
      );
    },
  };
}
