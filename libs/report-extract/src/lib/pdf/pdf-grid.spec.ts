import type { TableBlock, TextBlock } from '@ogi/report-parser';
import { findGrids, mergeRules, rulesFromBoxes, type RuledGrid } from './pdf-grid';
import { cellText, layoutPdf, pageContent, type PdfItem, type PdfPage } from './pdf-layout';

/** A horizontal rule box 0.5 pt thick. */
const hLine = (y: number, x0: number, x1: number) => [x0, y - 0.25, x1, y + 0.25];
/** A vertical rule box 0.5 pt thick. */
const vLine = (x: number, y0: number, y1: number) => [x - 0.25, y0, x + 0.25, y1];

/**
 * A ruled grid drawn cell by cell (as LibreOffice does): every slot boundary is its own short
 * segment, except those listed in `skip` ("v r c" = the vertical right of slot r,c; "h r c" = the
 * horizontal below slot r,c).
 */
function drawGrid(xs: number[], ys: number[], skip: string[] = []): number[] {
  const boxes: number[] = [];
  for (let r = 0; r < ys.length - 1; r++) {
    for (let c = 0; c < xs.length - 1; c++) {
      if (r === 0) boxes.push(...hLine(ys[0], xs[c], xs[c + 1]));
      if (c === 0) boxes.push(...vLine(xs[0], ys[r], ys[r + 1]));
      if (!skip.includes(`v ${r} ${c}`)) boxes.push(...vLine(xs[c + 1], ys[r], ys[r + 1]));
      if (!skip.includes(`h ${r} ${c}`)) boxes.push(...hLine(ys[r + 1], xs[c], xs[c + 1]));
    }
  }
  return boxes;
}

const spans = (g: RuledGrid) => g.cells.map((c) => [c.row, c.column, c.rowSpan, c.colSpan]);

describe('ruling lines → merged rules', () => {
  it('merges collinear pieces, keeps gaps, and sorts thin boxes into horizontal and vertical', () => {
    const { h, v } = rulesFromBoxes([
      ...hLine(100, 50, 100),
      ...hLine(100.6, 100, 150), // same line, drawn a little lower
      ...hLine(100, 200, 250), // same height, after a gap: another rule
      ...vLine(50, 100, 200),
      10,
      10,
      60,
      40, // a filled box 30 pt high: shading, not a rule
      0,
      0,
      1,
      1, // a dot
    ]);
    expect(h.map((r) => [Math.round(r.pos), r.from, r.to])).toEqual([
      [100, 50, 150],
      [100, 200, 250],
    ]);
    expect(v).toEqual([{ pos: 50, from: 100, to: 200 }]);
  });

  it('merges within tolerance only', () => {
    const merged = mergeRules([
      { pos: 10, from: 0, to: 10 },
      { pos: 10, from: 11.5, to: 20 },
      { pos: 15, from: 0, to: 20 },
    ]);
    expect(merged).toEqual([
      { pos: 10, from: 0, to: 20 },
      { pos: 15, from: 0, to: 20 },
    ]);
  });
});

describe('merged rules → grids with spans', () => {
  it('finds a 3 × 3 grid and its merged cells from missing internal segments', () => {
    const xs = [50, 150, 250, 350];
    const ys = [100, 120, 140, 160];
    // Row 0: columns 1 and 2 merged (no vertical right of slot 0,1). Column 0: rows 1 and 2
    // merged (no horizontal below slot 1,0).
    const { h, v } = rulesFromBoxes(drawGrid(xs, ys, ['v 0 1', 'h 1 0']));
    const [grid, ...more] = findGrids(h, v);
    expect(more).toEqual([]);
    expect(grid.xs).toEqual(xs);
    expect(grid.ys).toEqual(ys);
    expect(spans(grid)).toEqual([
      [0, 0, 1, 1],
      [0, 1, 1, 2],
      [1, 0, 2, 1],
      [1, 1, 1, 1],
      [1, 2, 1, 1],
      [2, 1, 1, 1],
      [2, 2, 1, 1],
    ]);
    // Every slot points at the cell covering it.
    expect(grid.slots).toEqual([
      [0, 1, 1],
      [2, 3, 4],
      [2, 5, 6],
    ]);
  });

  it('separates two tables and ignores a table drawn with horizontal rules only', () => {
    const one = drawGrid([50, 100, 150], [100, 120, 140]);
    const two = drawGrid([50, 100, 150, 200], [300, 320]);
    const ruledOnly = [...hLine(500, 50, 300), ...hLine(520, 50, 300), ...hLine(540, 50, 300)];
    const { h, v } = rulesFromBoxes([...two, ...ruledOnly, ...one]);
    const grids = findGrids(h, v);
    expect(grids.map((g) => [g.xs.length - 1, g.ys.length - 1, g.ys[0]])).toEqual([
      [2, 2, 100],
      [3, 1, 300],
    ]);
  });

  it('closes a table drawn without outer side borders from the rules’ extent', () => {
    // Horizontal rules from 50 to 350, inner verticals only.
    const boxes = [
      ...hLine(100, 50, 350),
      ...hLine(120, 50, 350),
      ...hLine(140, 50, 350),
      ...vLine(150, 100, 140),
      ...vLine(250, 100, 140),
    ];
    const { h, v } = rulesFromBoxes(boxes);
    const [grid] = findGrids(h, v);
    expect(grid.xs).toEqual([50, 150, 250, 350]);
    expect(grid.cells).toHaveLength(6);
  });

  // Speed is bench:parse's to print (timed unit tests fail on a busy machine, not on slow code).
  it('finds every cell of a large grid (60 rows × 15 columns)', () => {
    const xs = Array.from({ length: 16 }, (_, i) => 40 + i * 30);
    const ys = Array.from({ length: 61 }, (_, i) => 40 + i * 12);
    const { h, v } = rulesFromBoxes(drawGrid(xs, ys));
    const [grid] = findGrids(h, v);
    expect(grid.xs).toEqual(xs);
    expect(grid.ys).toEqual(ys);
    expect(grid.cells).toHaveLength(15 * 60);
  });
});

/** A text run: [text, x, baseline y, width, size]; width = 10.5 per character. */
const run = (text: string, x: number, y: number, size = 10.5): PdfItem => [
  text,
  x,
  y,
  text.length * size,
  size,
];

describe('text runs → cells', () => {
  it('joins a cell’s runs: one visual line glued, wrapped lines with \\n', () => {
    expect(
      cellText([
        run('补正、行政机关不再处理其', 100, 215),
        run('1.申请人无正当理由逾期不', 100, 200),
      ]),
    ).toBe('1.申请人无正当理由逾期不\n补正、行政机关不再处理其');
    expect(cellText([run('2', 305.6, 200), run('1', 300, 200), run('3', 311.2, 200)])).toBe('123');
  });

  /** 表三's shape: a rowspan label, a label wrapped over three lines, numbers centred. */
  function tablePage(): PdfPage {
    const xs = [50, 100, 250, 300, 350];
    const ys = [100, 150, 200];
    return {
      width: 595,
      height: 842,
      rules: drawGrid(xs, ys, ['h 0 0']),
      items: [
        run('正文在表格上方', 50, 80),
        // Rowspan label wrapped one character per line, centred over both rows.
        run('（六）', 55, 125),
        run('其他', 55, 138),
        run('处理', 55, 151),
        // Wrapped label of row 0, numbers vertically centred.
        run('1.申请人无正当理由', 105, 115),
        run('逾期不补正、行政机', 105, 128),
        run('关不再处理其申请', 105, 141),
        run('18', 260, 128),
        run('3', 310, 128),
        // Row 1.
        run('3.其他', 105, 178),
        run('17', 260, 178),
        run('2', 310, 178),
        run('正文在表格下方', 50, 230),
      ],
    };
  }

  it('puts runs into the cell holding their centre; text outside stays lines', () => {
    const { lines, tables } = pageContent(tablePage(), 1);
    expect(lines.map((l) => l.text)).toEqual(['正文在表格上方', '正文在表格下方']);
    expect(tables).toHaveLength(1);
    const [t] = tables;
    const text = (r: number, c: number) => t.texts[t.grid.slots[r][c]];
    expect(text(0, 0)).toBe('（六）\n其他\n处理');
    expect(text(1, 0)).toBe('（六）\n其他\n处理');
    expect(text(0, 1)).toBe('1.申请人无正当理由\n逾期不补正、行政机\n关不再处理其申请');
    expect([text(0, 2), text(0, 3), text(1, 1), text(1, 2), text(1, 3)]).toEqual([
      '18',
      '3',
      '3.其他',
      '17',
      '2',
    ]);
  });

  it('emits a TableBlock in reading order with a resolved grid and cell locations', () => {
    const blocks = layoutPdf([tablePage()], []);
    expect(blocks.map((b) => b.type)).toEqual(['text', 'table', 'text']);
    const table = blocks[1] as TableBlock;
    expect(table.location).toEqual({ page: 1, x: 50, y: 100, table: 0 });
    expect(table.rows.map((row) => row.length)).toEqual([4, 4]);
    const label = table.rows[0][0];
    expect(label.origin).toBe(true);
    expect(label.cell).toMatchObject({ rowSpan: 2, colSpan: 1 });
    expect(table.rows[1][0]).toEqual({ cell: label.cell, origin: false });
    expect(table.rows[0][2].cell.location).toEqual({
      page: 1,
      x: 260,
      y: 128,
      table: 0,
      row: 0,
      column: 2,
    });
  });

  it('splits a run drawn across a cell border, but not across a spanning cell', () => {
    const page: PdfPage = {
      width: 595,
      height: 842,
      // Row 0 one cell over both columns; row 1 two cells.
      rules: drawGrid([50, 100, 150], [100, 120, 140], ['v 0 0']),
      items: [run('合并标题', 60, 115, 10), run('1234', 80, 135, 10)],
    };
    const [t] = pageContent(page, 1).tables;
    expect(t.grid.slots.map((row) => row.map((i) => t.texts[i]))).toEqual([
      ['合并标题', '合并标题'],
      ['12', '34'],
    ]);
  });

  it('reads a double rule as one boundary', () => {
    const boxes = [
      ...drawGrid([50, 100, 150], [100, 120, 140]),
      // A second bottom rule 3.5 pt below, the outer sides drawn down to it.
      ...hLine(143.5, 50, 150),
      ...vLine(50, 120, 143.5),
      ...vLine(150, 120, 143.5),
    ];
    const { h, v } = rulesFromBoxes(boxes);
    const [grid] = findGrids(h, v);
    expect(grid.ys).toEqual([100, 120, 143.5]);
    expect(grid.cells).toHaveLength(4);
  });

  it('leaves a page without usable ruling exactly as the line layout gives it', () => {
    const page = tablePage();
    const horizontalOnly: PdfPage = {
      ...page,
      rules: [...hLine(100, 50, 350), ...hLine(150, 50, 350), ...hLine(200, 50, 350)],
    };
    const withoutRules: PdfPage = { ...page, rules: [] };
    expect(layoutPdf([horizontalOnly], [])).toEqual(layoutPdf([withoutRules], []));
    expect(layoutPdf([withoutRules], []).every((b) => b.type === 'text')).toBe(true);
    // Line by line, the rowspan label's fragment sticks to the numbers (what tables avoid).
    const line = (layoutPdf([withoutRules], []) as TextBlock[]).find((b) =>
      b.text.includes('逾期'),
    );
    expect(line?.text).toBe('（六）\t逾期不补正、行政机\t18\t3');
  });
});

describe('tables continued on the next page', () => {
  const xs = [50, 150, 250];
  const header = [run('项目', 60, 115), run('数量', 160, 115)];
  const page = (rows: [string, string][], withHeader: boolean): PdfPage => {
    const ys = [100];
    const items: PdfItem[] = [];
    if (withHeader) {
      ys.push(120);
      items.push(...header);
    }
    rows.forEach(([label, n]) => {
      const top = ys[ys.length - 1];
      ys.push(top + 20);
      items.push(run(label, 60, top + 15), run(n, 160, top + 15));
    });
    return { width: 595, height: 842, rules: drawGrid(xs, ys), items };
  };

  it('drops header rows repeated at the top of the continuation, and notes it', () => {
    const notes: string[] = [];
    const blocks = layoutPdf(
      [
        page(
          [
            ['甲', '1'],
            ['乙', '2'],
          ],
          true,
        ),
        page([['丙', '3']], true),
        page([['丁', '4']], true),
      ],
      notes,
    ) as TableBlock[];
    const texts = blocks.map((b) => b.rows.map((r) => r.map((s) => s.cell.text).join('|')));
    expect(texts).toEqual([['项目|数量', '甲|1', '乙|2'], ['丙|3'], ['丁|4']]);
    expect(blocks.map((b) => b.location.table)).toEqual([0, 1, 2]);
    expect(blocks[1].rows[0][0].cell.location).toMatchObject({ page: 2, row: 0, column: 0 });
    expect(notes).toEqual([
      'page 2: dropped 1 repeated table header row "项目 | 数量"',
      'page 3: dropped 1 repeated table header row "项目 | 数量"',
    ]);
  });

  it('keeps a first row that is data, or differs from the header', () => {
    const notes: string[] = [];
    const blocks = layoutPdf(
      [
        page([['1', '1']], false),
        page([['1', '1']], false),
        page([['甲', '1']], true),
        page([['项目', '数']], false),
      ],
      notes,
    ) as TableBlock[];
    expect(blocks.map((b) => b.rows.length)).toEqual([1, 1, 2, 1]);
    expect(notes).toEqual([]);
  });
});
