// The ambient types of svg-to-pdfkit must come with this file into every program that compiles it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./svg-to-pdfkit.d.ts" />
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { cellText } from '@ogi/report-charts';
import { fontBuffers } from './font';
import { dataAsOfText } from './header';
import {
  chartNotes,
  dataFooter,
  filterLine,
  PACK_CHART_SIZE,
  sourceLines,
  type PackInput,
} from './pack';
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

/**
 * The footer of every page: the data in words (filters, data as of, source, export time) and the
 * page number. Written once all pages exist, to know their count.
 */
function footers(doc: PDFKit.PDFDocument, text: string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const pageText = `${text} · 第 ${index + 1} / ${range.count} 页`;
    const width = doc.page.width - 2 * MARGIN;
    const height = doc.font(REGULAR).fontSize(8).heightOfString(pageText, { width });
    // Text below the bottom margin would start a new page: lift the margin while writing it.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fillColor(GREY).text(pageText, MARGIN, doc.page.height - MARGIN + 12 - height, { width });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The stats calls behind a page as a note (a comment in the top right corner, not printed): the
 * notes of a slide, where the PDF has no room for an address on paper.
 */
function sourcesNote(doc: PDFKit.PDFDocument, text: string): void {
  doc.note(doc.page.width - MARGIN - 16, MARGIN - 24, 16, 16, text);
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
    return kind !== undefined && kind !== 'text';
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
  const sources = [...new Set([...input.charts.flatMap((c) => c.sources), ...input.tableSources])];
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: header.title,
      Subject: dataFooter(header),
      Keywords: sourceLines(sources).join('\n'),
      Creator: '政府信息公开年报看板',
    },
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
    .text(dataAsOfText(header), { width })
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
    sourcesNote(doc, chartNotes(header, chart.sources));
  }

  doc.addPage();
  pageHeading(doc, input.table.title, filterLine(header));
  drawTable(doc, input, doc.y + 16);
  sourcesNote(doc, chartNotes(header, input.tableSources));
  footers(doc, dataFooter(header));

  doc.end();
  return done;
}
