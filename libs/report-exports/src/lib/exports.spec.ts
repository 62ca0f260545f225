import { closeExtractors } from '@ogi/report-extract';
import { tableToCsv } from './csv';
import { exportFilename, exportTimestamp } from './header';
import { svgToPng } from './png';
import { packToPdf } from './pdf';
import { packToPptx } from './pptx';
import { renderChartSvg } from './svg';
import { tableToXlsx } from './xlsx';
import {
  embeddedWorkbooks,
  HEADER,
  modelOf,
  openPdf,
  openPng,
  openPptx,
  openXlsx,
  packFixture,
  pdfMetadata,
} from '../testing';
import type { PackInput } from './pack';
import {
  chartDataTable,
  kpiDataTable,
  metricLabel,
  type CartesianModel,
  type DataCell,
  type DataTable,
} from '@ogi/report-charts';
import { summaryFixture } from '@ogi/report-charts/testing';

// Rasterising and PDF reading take seconds on a busy 2-core machine.
jest.setTimeout(60_000);

afterAll(() => closeExtractors());

describe('chart images', () => {
  it('draws the web option as SVG with the title, the filters and escaped office names', () => {
    const svg = renderChartSvg(modelOf('applications'), {
      width: 960,
      height: 440,
      title: '申请数量与公开率（按年）',
      subtitle: '2021–2025年 · 地区：<全部>',
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('申请数量与公开率（按年）');
    expect(svg).toContain('地区：&lt;全部&gt;');
    expect(svg).toContain('2025年');
    expect(svg).toContain("font-family:'Noto Sans S Chinese'");
  });

  it('rasterises to PNG at the asked scale with the CJK font (not blank)', async () => {
    const svg = renderChartSvg(modelOf('top-offices'), { width: 600, height: 300, title: '前十' });
    const png = openPng(await svgToPng(svg, 2));
    expect(png).toMatchObject({ width: 1200, height: 600 });
    expect(png.colours).toBeGreaterThan(50);
  });

  it('draws Chinese glyphs, not empty boxes: the title alone changes many pixels', async () => {
    const blank = openPng(
      await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"></svg>', 1),
    );
    const text = openPng(
      await svgToPng(
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="40" font-size="28" font-family="sans-serif">政府信息公开</text></svg>',
        1,
      ),
    );
    expect(blank.colours).toBe(1);
    // Anti-aliased strokes of six characters: many grey levels.
    expect(text.colours).toBeGreaterThan(20);
  });
});

describe('tables', () => {
  const table = chartDataTable(modelOf('applications'), '年份');

  it('writes CSV as UTF-8 with a BOM, Chinese intact, counts plain and rates as percentages', () => {
    const csv = tableToCsv({
      ...table,
      rows: [...table.rows, [{ value: '东兴街道,"南区"', kind: 'text' }]],
    });
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(table.columns.join(','));
    expect(lines[0]).toContain(metricLabel('applications_new'));
    expect(lines[1]).toMatch(/^2021年,\d+,/);
    expect(lines[1]).toMatch(/,\d+\.\d%,/);
    expect(text).toContain('"东兴街道,""南区"""');
  });

  it('writes XLSX with a header block and numbers kept as numbers in 千分位 and % formats', async () => {
    const { rows, formats } = await openXlsx(await tableToXlsx(table, HEADER));
    expect(rows[0][0]).toBe(HEADER.title);
    expect(rows[1]).toEqual(['年份', '2021–2025年']);
    expect(rows[2]).toEqual(['地区', '银州区、<昌图县>']);
    expect(rows[3]).toEqual(['数据截至', HEADER.dataAsOf]);
    expect(rows[4]).toEqual(['导出时间', HEADER.generatedAt]);
    const headerRow = rows.findIndex((row) => row?.[0] === '年份' && row[1] !== '2021–2025年');
    expect(rows[headerRow]).toEqual(table.columns);
    const first = rows[headerRow + 1];
    expect(first[0]).toBe('2021年');
    expect(first[1]).toBe(table.rows[0][1].value);
    expect(typeof first[1]).toBe('number');
    expect(formats[headerRow + 1][1]).toBe('#,##0');
    const rateColumn = table.rows[0].findIndex((cell) => cell.kind === 'rate');
    expect(first[rateColumn]).toBe(table.rows[0][rateColumn].value);
    expect(formats[headerRow + 1][rateColumn]).toBe('0.0%');
  });

  it('formats counts "#,##0", amounts "#,##0.00" and rates "0.0%": no format prints "23."', async () => {
    const mixed: DataTable = {
      title: '格式',
      columns: ['单位', '收到申请', '收费金额（万元）', '公开率'],
      rows: [
        [
          { value: '甲街道', kind: 'text' },
          { value: 23, kind: 'count' },
          { value: 12.5, kind: 'amount' },
          { value: 0.5, kind: 'rate' },
        ],
      ],
    };
    const { rows, formats } = await openXlsx(await tableToXlsx(mixed, HEADER));
    const at = rows.findIndex((row) => row?.[0] === '甲街道');
    expect(rows[at]).toEqual(['甲街道', 23, 12.5, 0.5]);
    expect(formats[at].slice(1)).toEqual(['#,##0', '#,##0.00', '0.0%']);
  });

  it('gives every number of the 主要指标 workbook a format without optional decimals', async () => {
    const kpis = kpiDataTable(summaryFixture());
    const { rows, formats } = await openXlsx(await tableToXlsx(kpis, HEADER));
    const numeric = rows.flatMap((row, r) =>
      (row ?? []).flatMap((value, c) => (typeof value === 'number' ? [formats[r][c]] : [])),
    );
    expect(numeric.length).toBeGreaterThan(5);
    for (const format of numeric) expect(['#,##0', '#,##0.00', '0.0%']).toContain(format);
  });
});

describe('tables with hostile names', () => {
  const HOSTILE = [
    '=HYPERLINK("http://evil","x")街道办事处',
    "+cmd|' /C calc'!A0",
    '-1+1镇',
    '@SUM(1+1)',
    '\t=1+1',
    '\r=1+1',
  ];
  const table: DataTable = {
    title: '单位',
    columns: ['单位', '=列', '收到申请', '同比'],
    rows: [
      ...HOSTILE.map((name): DataCell[] => [
        { value: name, kind: 'text' },
        { value: '@备注', kind: 'text' },
        { value: -5, kind: 'count' },
        { value: -0.125, kind: 'rate' },
      ]),
    ],
  };

  it('writes every text cell that could start a formula in CSV with a leading apostrophe, numbers as numbers', () => {
    const text = tableToCsv(table).toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe("单位,'=列,收到申请,同比");
    expect(lines.slice(1, 1 + HOSTILE.length)).toEqual([
      `"'=HYPERLINK(""http://evil"",""x"")街道办事处",'@备注,-5,-12.5%`,
      `'+cmd|' /C calc'!A0,'@备注,-5,-12.5%`,
      `'-1+1镇,'@备注,-5,-12.5%`,
      `'@SUM(1+1),'@备注,-5,-12.5%`,
      `'\t=1+1,'@备注,-5,-12.5%`,
      `"'\r=1+1",'@备注,-5,-12.5%`,
    ]);
  });

  it('writes them in XLSX as text with a leading apostrophe, the header block too, numbers as numbers', async () => {
    const header = { ...HEADER, filters: [{ label: '单位', value: '=HYPERLINK("http://evil")' }] };
    const { rows } = await openXlsx(await tableToXlsx(table, header));
    expect(rows[1]).toEqual(['单位', `'=HYPERLINK("http://evil")`]);
    const headerRow = rows.findIndex((row) => row?.[0] === '单位' && row[1] === "'=列");
    expect(headerRow).toBeGreaterThan(0);
    expect(rows.slice(headerRow + 1).map((row) => row[0])).toEqual(
      // XML reads a stored CR back as LF.
      HOSTILE.map((name) => `'${name}`.replace('\r', '\n')),
    );
    for (const row of rows.slice(headerRow + 1))
      expect(row.slice(1)).toEqual(["'@备注", -5, -0.125]);
  });
});

describe('briefing pack', () => {
  it('makes a PPTX: title slide, one image slide per chart, a data table, notes with sources', async () => {
    const pack = packFixture('image');
    const pptx = openPptx(await packToPptx(pack));
    expect(pptx.slides).toHaveLength(pack.charts.length + 2);
    expect(pptx.images).toHaveLength(pack.charts.length);
    expect(pptx.charts).toHaveLength(0);
    expect(pptx.slideTexts[0]).toContain('政府信息公开工作汇报');
    expect(pptx.slideTexts[0]).toContain('地区：银州区、<昌图县>');
    expect(pptx.slideTexts[1]).toContain('申请数量与公开率（按年）');
    expect(pptx.slideTexts.at(-1)).toContain('主要指标');
    expect(pptx.slideTexts.at(-1)).toContain(metricLabel('applications_new'));
    expect(pptx.notesTexts.join('\n')).toContain('统计接口：GET /api/stats/series');
  });

  it('makes native PowerPoint charts on request', async () => {
    const pack = packFixture('native');
    const pptx = openPptx(await packToPptx(pack));
    expect(pptx.charts).toHaveLength(pack.charts.length);
    expect(pptx.images).toHaveLength(0);
  });

  it("writes hostile office and series names into a native chart's workbook with a leading apostrophe", async () => {
    const pack = packFixture('native');
    const [first] = pack.charts;
    const model: CartesianModel = first.model;
    const hostile: PackInput = {
      ...pack,
      charts: [
        {
          ...first,
          model: {
            ...model,
            categories: ['=HYPERLINK("http://evil","x")街道', ...model.categories.slice(1)],
            series: model.series.map((series) => ({ ...series, name: `@${series.name}` })),
          },
        },
      ],
    };
    const workbooks = await embeddedWorkbooks(await packToPptx(hostile));
    expect(workbooks).toHaveLength(1);
    const cells = workbooks[0].rows.flat().filter((cell) => typeof cell === 'string');
    expect(cells).toContain(`'=HYPERLINK("http://evil","x")街道`);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell as string))).toEqual([]);
    expect(cells.filter((cell) => (cell as string).startsWith("'@"))).toHaveLength(
      model.series.length,
    );
  });

  it('makes a PDF with a text layer in Chinese: one page each for title, charts and table', async () => {
    const pack = packFixture();
    const pdf = await openPdf(await packToPdf(pack));
    expect(pdf.pages).toBe(pack.charts.length + 2);
    expect(pdf.text).toContain('政府信息公开工作汇报');
    for (const chart of pack.charts) expect(pdf.text).toContain(chart.title);
    // Chart text is drawn as text (vector), not as a picture of text.
    expect(pdf.text).toContain(metricLabel('applications_new'));
  });

  it('names the data in words in every PDF page footer; the stats calls go to notes and metadata', async () => {
    const pack = packFixture();
    const bytes = await packToPdf(pack);
    const pdf = await openPdf(bytes);
    const pages = pack.charts.length + 2;
    // A reader sets the footer apart as a line repeated at the foot of every page.
    const footer = pdf.running.find((line) => line.text.includes('数据截至'));
    expect(footer?.pages).toBe(pages);
    expect(footer?.text).toContain('年份：2021–2025年 · 地区：银州区、<昌图县>');
    expect(footer?.text).toContain(`数据截至 ${HEADER.dataAsOf}`);
    expect(footer?.text).toContain(HEADER.source);
    expect(footer?.text).toContain(`第 1 / ${pages} 页`);
    for (const text of [pdf.text, ...pdf.running.map((line) => line.text)]) {
      expect(text).not.toContain('/api/');
    }

    const { info, notes } = pdfMetadata(bytes);
    expect(info['Title']).toBe(HEADER.title);
    expect(info['Subject']).toContain(`数据截至 ${HEADER.dataAsOf}`);
    expect(info['Keywords']).toContain('统计接口：GET /api/stats/series');
    expect(info['Keywords']).toContain('统计接口：GET /api/stats/summary');
    // One note per chart page and one on the table page, each naming its own calls.
    expect(notes).toHaveLength(pack.charts.length + 1);
    pack.charts.forEach((chart, index) => expect(notes[index]).toContain(chart.sources[0]));
    expect(notes.at(-1)).toContain('GET /api/stats/summary');
  });
});

describe('names and times', () => {
  it('stamps exports in China time and names files without characters Windows refuses', () => {
    const date = new Date('2026-11-27T17:30:00Z');
    expect(exportTimestamp(date)).toBe('2026年11月28日 01:30');
    expect(exportFilename('办理结果: 2021/2025', date, 'xlsx')).toBe(
      '办理结果_2021_2025-2026-11-28.xlsx',
    );
  });
});
