import type { Rng } from '@ogi/report-generator';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as iconv from 'iconv-lite';

/** A file to feed the parser and the upload endpoint. */
export interface FuzzFile {
  name: string;
  bytes: Uint8Array;
}

export interface Mutation {
  name: string;
  apply(file: FuzzFile, rng: Rng): FuzzFile;
}

const utf8 = new TextDecoder('utf-8');

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** Applies a text edit to a file's text: the whole file, or word/document.xml of a DOCX. */
function editText(file: FuzzFile, edit: (text: string) => string): FuzzFile {
  if (isZip(file.bytes)) {
    try {
      const parts = unzipSync(file.bytes);
      const main = parts['word/document.xml'];
      if (main) {
        parts['word/document.xml'] = strToU8(edit(strFromU8(main)));
        return { ...file, bytes: zipSync(parts) };
      }
    } catch {
      // a zip already broken by an earlier mutation: edit its bytes as text below
    }
  }
  if (file.name.endsWith('.pdf')) {
    // PDF operators are Latin-1: edit them so, keeping every other byte as it was.
    const text = Buffer.from(file.bytes).toString('latin1');
    return { ...file, bytes: new Uint8Array(Buffer.from(edit(text), 'latin1')) };
  }
  return { ...file, bytes: strToU8(edit(utf8.decode(file.bytes))) };
}

function lines(text: string): string[] {
  return text.split('\n');
}

/** A line holding digits (a table row, most of the time), or any line. */
function rowIndex(rows: string[], rng: Rng): number {
  const numbered = rows.map((row, i) => (/\d/.test(row) ? i : -1)).filter((i) => i >= 0);
  return numbered.length > 0 ? rng.pick(numbered) : rng.int(0, Math.max(0, rows.length - 1));
}

const BAD_NUMBERS = [
  '99999999999999999999999',
  '1e308',
  '1e999',
  '-1',
  '-2147483648',
  '9007199254740993',
  'NaN',
  'Infinity',
  '一百二十',
  '１２３',
  '1,2,3',
  '12.5.6',
  '0x1F',
  '—',
  '',
  '<b>5</b>',
  '&#49;',
  '١٢٣',
];

const GARBAGE_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"\'><svg/onload=alert(1)>',
  '\u0000\u0001\u0002',
  '\uFEFF\u200B\u202E',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '表二 表三 表四 表二',
  '（一）（二）（三）',
  '<table><tr><td colspan=99999 rowspan=99999>',
  '</td></tr></table></table></table>',
  '%PDF-1.7',
  'PK\u0003\u0004',
];

export const MUTATIONS: Mutation[] = [
  {
    name: 'byte-flip',
    apply(file, rng) {
      const bytes = Uint8Array.from(file.bytes);
      const flips = rng.int(1, 24);
      for (let i = 0; i < flips && bytes.length > 0; i++) {
        bytes[rng.int(0, bytes.length - 1)] ^= 1 << rng.int(0, 7);
      }
      return { ...file, bytes };
    },
  },
  {
    name: 'truncate',
    apply(file, rng) {
      return { ...file, bytes: file.bytes.slice(0, rng.int(0, file.bytes.length)) };
    },
  },
  {
    name: 'duplicate-rows',
    apply(file, rng) {
      return editText(file, (text) => {
        const rows = lines(text);
        const at = rowIndex(rows, rng);
        const copies = rng.pick([1, 2, 50]);
        rows.splice(at, 0, ...Array<string>(copies).fill(rows[at] ?? ''));
        return rows.join('\n');
      });
    },
  },
  {
    name: 'shuffle-rows',
    apply(file, rng) {
      return editText(file, (text) => {
        const rows = lines(text);
        for (let n = rng.int(1, 10); n > 0 && rows.length > 1; n--) {
          const a = rowIndex(rows, rng);
          const b = rng.int(0, rows.length - 1);
          [rows[a], rows[b]] = [rows[b], rows[a]];
        }
        return rows.join('\n');
      });
    },
  },
  {
    name: 'bad-numbers',
    apply(file, rng) {
      return editText(file, (text) => {
        const share = rng.pick([0.02, 0.2, 1]);
        return text.replace(/\d+/g, (digits) =>
          rng.chance(share) ? rng.pick(BAD_NUMBERS) : digits,
        );
      });
    },
  },
  {
    name: 'swap-encoding',
    apply(file, rng) {
      if (isZip(file.bytes) || file.name.endsWith('.pdf')) return file;
      const text = utf8.decode(file.bytes);
      const encoding = rng.pick(['gb18030', 'utf16le', 'utf16be', 'big5', 'latin1']);
      const body = iconv.encode(text, encoding === 'latin1' ? 'latin1' : encoding);
      const bom = rng.chance(0.5)
        ? encoding === 'utf16le'
          ? [0xff, 0xfe]
          : encoding === 'utf16be'
            ? [0xfe, 0xff]
            : []
        : [];
      return { ...file, bytes: new Uint8Array(Buffer.concat([Buffer.from(bom), body])) };
    },
  },
  {
    name: 'nested-zip',
    apply(file, rng) {
      const inner = rng.pick([file.name, `../${file.name}`, `a/b/${file.name}`, '']);
      let bytes = zipSync(
        { [inner || 'x.txt']: file.bytes },
        { level: rng.pick([0, 1, 6, 9] as const) },
      );
      if (rng.chance(0.3)) bytes = zipSync({ 'inner.zip': bytes });
      return { name: `${file.name}.zip`, bytes };
    },
  },
  {
    name: 'insert-garbage',
    apply(file, rng) {
      const at = rng.int(0, file.bytes.length);
      const junk = rng.chance(0.5)
        ? strToU8(rng.pick(GARBAGE_TEXT).repeat(rng.pick([1, 10, 1000])))
        : Uint8Array.from({ length: rng.int(1, 4096) }, () => rng.int(0, 255));
      const bytes = new Uint8Array(file.bytes.length + junk.length);
      bytes.set(file.bytes.subarray(0, at));
      bytes.set(junk, at);
      bytes.set(file.bytes.subarray(at), at + junk.length);
      return { ...file, bytes };
    },
  },
  {
    name: 'hostile-markup',
    apply(file, rng) {
      return editText(file, (text) => {
        const depth = rng.pick([10, 500, 5000]);
        const markup = rng.pick([
          `${'<div>'.repeat(depth)}深${'</div>'.repeat(depth)}`,
          `${'<table><tr><td>'.repeat(Math.min(depth, 1000))}x`,
          '<td rowspan="1000000" colspan="1000000">1</td>',
          rng.pick(GARBAGE_TEXT),
        ]);
        const at = rng.int(0, text.length);
        return text.slice(0, at) + markup + text.slice(at);
      });
    },
  },
  {
    name: 'splice',
    apply(file, rng) {
      // The file's head glued to its own tail: structures that open and never close.
      const a = rng.int(0, file.bytes.length);
      const b = rng.int(0, file.bytes.length);
      const bytes = new Uint8Array(a + (file.bytes.length - b));
      bytes.set(file.bytes.subarray(0, a));
      bytes.set(file.bytes.subarray(b), a);
      return { ...file, bytes };
    },
  },
];

/** One to three mutations in a row, chosen by the rng; returns the file and the names applied. */
export function mutate(file: FuzzFile, rng: Rng): { file: FuzzFile; applied: string[] } {
  const applied: string[] = [];
  let current = file;
  for (let n = rng.pick([1, 1, 2, 3]); n > 0; n--) {
    const mutation = rng.pick(MUTATIONS);
    current = mutation.apply(current, rng);
    applied.push(mutation.name);
  }
  return { file: current, applied };
}
