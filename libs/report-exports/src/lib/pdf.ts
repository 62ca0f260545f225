// The ambient types of svg-to-pdfkit must come with this file into every program that compiles it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./svg-to-pdfkit.d.ts" />
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { cellText } from '@ogi/report-charts';
import { fontBuffers } from './font';
import { chartNotes, filterLine, PACK_CHART_SIZE, type PackInput } from './pack';
import { renderChartSvg } from './svg';

const REGULAR = 'cjk';
const BOLD = 'cjk-bold';
const MARGIN = 40;
const INK = '#1f2329';
const GREY = '#86909c';

function finished(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function pageHeading(doc: PDFKit.PDFDocument, title: string, subtitle: string): void {
  doc.font(BOLD).fontSize(20).fillColor(INK).text(title, MARGIN, MARGIN);
  doc.font(REGULAR).fontSize(10).fillColor(GREY).text(subtitle);
}

function footnote(doc: PDFKit.PDFDocument, text: string): void {
  const width = doc.page.width - 2 * MARGIN;
  const height = doc.font(REGULAR).fontSize(8).heightOfString(text, { width });
  // Text below the bottom margin would start a new page: lift the margin while writing it.
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.fillColor(GREY).text(text, MARGIN, doc.page.height - MARGIN + 12 - height, { width });
  doc.page.margins.bottom = bottom;
}

/** The data table drawn as a grid; numbers right-aligned as the page shows them. */
function drawTable(doc: PDFKit.PDFDocument, input: PackInput, top: number): void {
  const { table } = input;
  const width = doc.page.width - 2 * MARGIN;
  const first = Math.min(220, width * 0.3);
  const rest = (width - first) / Math.max(1, table.columns.length - 1);
  const widths = table.columns.map((_, index) => (index === 0 ? first : rest));
  const rowHeight = 24;
  let y = top;
  const drawRow = (texts: string[], bold: boolean, alignRight: boolean[]) => {
    if (y + rowHeight > doc.page.height - MARGIN - 40) {
      doc.addPage();
      y = MARGIN;
    }
    let x = MARGIN;
    if (bold) doc.rect(MARGIN, y, width, rowHeight).fill('#e8eefb');
    doc
      .font(bold ? BOLD : REGULAR)
      .fontSize(11)
      .fillColor(INK);
    texts.forEach((text, index) => {
      doc.text(text, x + 6, y + 6, {
        width: widths[index] - 12,
        align: alignRight[index] ? 'right' : 'left',
        lineBreak: false,
        ellipsis: true,
      });
      x += widths[index];
    });
    y += rowHeight;
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + width, y)
      .lineWidth(0.5)
      .strokeColor('#c9cdd4')
      .stroke();
  };
  const numeric = table.columns.map((_, index) => {
    const kind = table.rows[0]?.[index]?.kind;
    return kind === 'count' || kind === 'rate';
  });
  drawRow(table.columns, true, numeric);
  for (const row of table.rows) {
    drawRow(
      row.map(cellText),
      false,
      row.map((cell) => cell.kind !== 'text'),
    );
  }
}

/**
 * The briefing pack as PDF, A4 landscape: a title page, one page per chart drawn as vector
 * graphics from the same SVG (text stays text, in our embedded and subset CJK font), the
 * data table, each page with its sources underneath.
 */
export async function packToPdf(input: PackInput): Promise<Buffer> {
  const { header } = input;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: header.title, Creator: '政府信息公开年报看板' },
  });
  const done = finished(doc);
  const fonts = fontBuffers();
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  const width = doc.page.width - 2 * MARGIN;

  doc.font(BOLD).fontSize(32).fillColor(INK).text(header.title, MARGIN, 150, { width });
  doc.moveDown(0.8);
  doc.font(REGULAR).fontSize(14).fillColor('#4e5969');
  for (const { label, value } of header.filters) doc.text(`${label}：${value}`, { width });
  doc.moveDown(1.5);
  doc
    .fontSize(11)
    .fillColor(GREY)
    .text(header.generatedAt, { width })
    .text(header.source, { width });

  for (const chart of input.charts) {
    doc.addPage();
    pageHeading(doc, chart.title, filterLine(header));
    const top = doc.y + 12;
    const svg = renderChartSvg(chart.model, PACK_CHART_SIZE);
    const height = Math.min(
      (width * PACK_CHART_SIZE.height) / PACK_CHART_SIZE.width,
      doc.page.height - top - MARGIN - 48,
    );
    SVGtoPDF(doc, svg, MARGIN, top, {
      width,
      height,
      preserveAspectRatio: 'xMidYMin meet',
      fontCallback: (_family, bold) => (bold ? BOLD : REGULAR),
    });
    footnote(doc, chartNotes(header, chart.sources).split('\n').slice(1).join('  '));
  }

  doc.addPage();
  pageHeading(doc, input.table.title, filterLine(header));
  drawTable(doc, input, doc.y + 16);
  footnote(doc, chartNotes(header, input.tableSources).split('\n').slice(1).join('  '));

  doc.end();
  return done;
}
