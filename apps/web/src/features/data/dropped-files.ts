/**
 * Files of a drop, folders included (read recursively through webkitGetAsEntry). Entries must be
 * taken from the DataTransfer synchronously, before the first await: the browser empties it after
 * the drop event returns.
 */

interface FsEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
}
interface FsFileEntry extends FsEntry {
  file(done: (file: File) => void, fail: (err: unknown) => void): void;
}
interface FsDirectoryEntry extends FsEntry {
  createReader(): {
    readEntries(done: (entries: FsEntry[]) => void, fail: (err: unknown) => void): void;
  };
}

/** Files the system puts in folders and that are never reports. */
export function isHiddenFile(name: string): boolean {
  return name.startsWith('.') || name === 'Thumbs.db' || name === 'desktop.ini';
}

function fileOf(entry: FsFileEntry): Promise<File> {
  return new Promise((done, fail) => entry.file(done, fail));
}

async function entriesOf(directory: FsDirectoryEntry): Promise<FsEntry[]> {
  const reader = directory.createReader();
  const all: FsEntry[] = [];
  // readEntries answers in chunks (100 in Chromium) until it answers an empty list.
  for (;;) {
    const chunk = await new Promise<FsEntry[]>((done, fail) => reader.readEntries(done, fail));
    if (chunk.length === 0) return all;
    all.push(...chunk);
  }
}

async function collect(entry: FsEntry, out: File[]): Promise<void> {
  if (isHiddenFile(entry.name)) return;
  if (entry.isFile) {
    out.push(await fileOf(entry as FsFileEntry));
  } else if (entry.isDirectory) {
    for (const child of await entriesOf(entry as FsDirectoryEntry)) await collect(child, out);
  }
}

/** Every file dropped, in folder order; plain files when the browser has no entries API. */
export async function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  const items = Array.from(transfer.items ?? []).filter((item) => item.kind === 'file');
  const entries = items.map((item) =>
    'webkitGetAsEntry' in item ? (item.webkitGetAsEntry() as FsEntry | null) : null,
  );
  if (entries.length === 0 || entries.some((entry) => entry === null)) {
    return Array.from(transfer.files).filter((file) => !isHiddenFile(file.name));
  }
  const out: File[] = [];
  for (const entry of entries) await collect(entry as FsEntry, out);
  return out;
}
