import { droppedFiles } from './dropped-files';

const fileEntry = (name: string) => ({
  isFile: true,
  isDirectory: false,
  name,
  file: (done: (file: File) => void) => done(new File(['x'], name)),
});

/** A folder whose reader answers in chunks of two, then an empty list (as browsers do). */
const folder = (name: string, children: object[]) => ({
  isFile: false,
  isDirectory: true,
  name,
  createReader: () => {
    let at = 0;
    return {
      readEntries: (done: (entries: object[]) => void) => {
        const chunk = children.slice(at, at + 2);
        at += chunk.length;
        done(chunk);
      },
    };
  },
});

const transfer = (entries: object[]) =>
  ({
    items: entries.map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry })),
    files: [],
  }) as unknown as DataTransfer;

describe('dropped files', () => {
  it('reads dropped folders recursively, every chunk, hidden files left out', async () => {
    const files = await droppedFiles(
      transfer([
        fileEntry('a.docx'),
        folder('2024', [
          fileEntry('b.pdf'),
          fileEntry('.DS_Store'),
          fileEntry('c.txt'),
          folder('sub', [fileEntry('d.zip')]),
        ]),
      ]),
    );
    expect(files.map((file) => file.name)).toEqual(['a.docx', 'b.pdf', 'c.txt', 'd.zip']);
  });

  it('falls back to the plain file list without the entries API', async () => {
    const plain = {
      items: [{ kind: 'file' }],
      files: [new File(['x'], 'a.docx'), new File(['x'], 'Thumbs.db')],
    } as unknown as DataTransfer;
    expect((await droppedFiles(plain)).map((file) => file.name)).toEqual(['a.docx']);
  });
});
