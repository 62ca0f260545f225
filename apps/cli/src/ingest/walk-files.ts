import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

async function walkFolder(folder: string, into: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Hidden: .DS_Store, .git, editor swap files.
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walkFolder(path, into);
    else if (entry.isFile()) into.push(path);
    // Linked files are taken; linked folders are not followed (they may loop).
    else if (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile())
      into.push(path);
  }
}

/**
 * The files named and every file below the folders named, in name order, hidden ones skipped
 * below a folder (a file named on its own is taken as asked). Throws naming a path that does
 * not exist.
 */
export async function walkFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new Error(
        code === 'ENOENT'
          ? `${path}: no such file or folder`
          : `${path}: ${(err as Error).message}`,
      );
    }
    if (info.isDirectory()) await walkFolder(path, files);
    else files.push(path);
  }
  return [...new Set(files)];
}
