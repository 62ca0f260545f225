import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { closeExtractors, extractDocument, ExtractError } from '../index';
import { makeDocx, p, tbl, tc } from '../test-utils/make-docx';

afterAll(() => closeExtractors());

const html = new Uint8Array(
  readFileSync(path.join(__dirname, '../fixtures/html/web-page-layout-table.html')),
);
const pdf = new Uint8Array(
  readFileSync(path.join(__dirname, '../fixtures/pdf/report-2-pages.pdf')),
);
const docx = makeDocx(
  p('标题') +
    tbl(tc(p('a'), { span: 2 }) + tc(p('1')), tc(p('b'), { vMerge: 'restart' }) + tc(p('2'))),
);

/** Resolves to 'ok' or the error code; fails the property on anything but ExtractError. */
async function outcome(bytes: Uint8Array, name: string): Promise<string> {
  try {
    const doc = await extractDocument(bytes, name, { timeoutMs: 5000 });
    expect(Array.isArray(doc.blocks)).toBe(true);
    return 'ok';
  } catch (e) {
    if (!(e instanceof ExtractError)) throw e;
    expect(e.message).toContain(name);
    return e.code;
  }
}

const names = fc.constantFrom('r.txt', 'r.md', 'r.html', 'r.docx', 'r.pdf', 'noext');

/** A mutation: flip bytes, cut, or splice in random bytes. */
function mutated(base: Uint8Array) {
  return fc
    .tuple(
      fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), {
        maxLength: 20,
      }),
      fc.option(fc.nat(base.length), { nil: undefined }),
      fc.uint8Array({ maxLength: 64 }),
      fc.nat(base.length),
    )
    .map(([flips, cut, insert, at]) => {
      const b = base.slice();
      for (const [i, v] of flips) b[i] = v;
      const cutB = cut === undefined ? b : b.subarray(0, cut);
      const out = new Uint8Array(cutB.length + insert.length);
      const pos = Math.min(at, cutB.length);
      out.set(cutB.subarray(0, pos));
      out.set(insert, pos);
      out.set(cutB.subarray(pos), pos + insert.length);
      return out;
    });
}

describe('any input gives a document or an ExtractError', () => {
  it('random bytes under any name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        names,
        async (b, n) => void (await outcome(b, n)),
      ),
      {
        numRuns: 300,
      },
    );
  });

  it('random text, including markup-like strings', async () => {
    const markup = fc.array(
      fc.constantFrom(
        '<table>',
        '<tr>',
        '<td rowspan="3">',
        '</td>',
        '<br>',
        '&nbsp;',
        '1',
        '表',
        '\n',
        ' ',
        '<p>',
        '</table>',
        'colspan=\\"9999\\"',
      ),
      { maxLength: 200 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 500 }),
          markup.map((a) => a.join('')),
        ),
        names,
        async (s, n) => void (await outcome(new Uint8Array(Buffer.from(s)), n)),
      ),
      { numRuns: 300 },
    );
  });

  it('mutated HTML and DOCX files', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(html), async (b) => void (await outcome(b, 'm.html'))),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(mutated(docx), async (b) => void (await outcome(b, 'm.docx'))),
      { numRuns: 150 },
    );
  });

  it('mutated PDF files', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(pdf), async (b) => void (await outcome(b, 'm.pdf'))),
      { numRuns: 25 },
    );
  }, 60_000);
});
