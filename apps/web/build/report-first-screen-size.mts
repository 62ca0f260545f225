import { gzipSync, constants } from 'node:zlib';
import type { Plugin } from 'vite';

interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
  moduleIds: string[];
}

/** The budget for the JavaScript of the first screen, gzipped. */
const BUDGET_KB = 500;

/**
 * Prints, after each build, the gzipped JavaScript the first screen needs: the entry with
 * everything it imports, and the chunks holding `appModules` (loaded by the entry at once) with
 * theirs, against the budget.
 */
export function reportFirstScreenSize(appModules: readonly string[]): Plugin {
  return {
    name: 'ogi-report-first-screen-size',
    apply: 'build',
    generateBundle(_output, bundle) {
      const chunks = Object.values(bundle).filter(
        (item): item is typeof item & ChunkInfo => item.type === 'chunk',
      );
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const withImports = (roots: ChunkInfo[], into = new Set<ChunkInfo>()) => {
        for (const chunk of roots) {
          if (into.has(chunk)) continue;
          into.add(chunk);
          withImports(
            chunk.imports.flatMap((name) => byName.get(name) ?? []),
            into,
          );
        }
        return into;
      };
      const kb = (set: Set<ChunkInfo>) =>
        [...set].reduce(
          (sum, chunk) => sum + gzipSync(chunk.code, { level: constants.Z_BEST_COMPRESSION }).length,
          0,
        ) / 1024;
      const entry = withImports(chunks.filter((chunk) => chunk.isEntry));
      const app = chunks.filter((chunk) => appModules.some((id) => chunk.moduleIds.includes(id)));
      const firstScreen = withImports(app, new Set(entry));
      const total = kb(firstScreen);
      console.log(
        `first screen JavaScript (gzip -9): entry ${kb(entry).toFixed(0)} kB + app ` +
          `${(total - kb(entry)).toFixed(0)} kB = ${total.toFixed(0)} kB in ${firstScreen.size} ` +
          `files (budget ${BUDGET_KB} kB: ${total <= BUDGET_KB ? 'within' : 'OVER'})`,
      );
    },
  };
}
