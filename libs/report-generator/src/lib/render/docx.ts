import { strToU8, zipSync } from 'fflate';
import type { DocBlock } from '../document';
import type { Grid, GridCell } from '../grids';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function run(text: string): string {
  const parts = text
    .split('\n')
    .map((part) => `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`);
  return `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>${parts.join('<w:br/>')}</w:r>`;
}

function paragraph(text: string, style?: 'title' | 'heading'): string {
  const props =
    style === 'title'
      ? '<w:pPr><w:jc w:val="center"/></w:pPr>'
      : style === 'heading'
        ? '<w:pPr><w:ind w:firstLine="640"/></w:pPr>'
        : '<w:pPr><w:ind w:firstLine="640"/></w:pPr>';
  return `<w:p>${props}${text ? run(text) : ''}</w:p>`;
}

/** Origin cell of every grid position (for vMerge continuation cells). */
function owners(grid: Grid): ({ cell: GridCell; row: number; column: number } | null)[][] {
  const map = grid.rows.map((row) =>
    row.map(() => null as { cell: GridCell; row: number; column: number } | null),
  );
  grid.rows.forEach((row, r) =>
    row.forEach((item, c) => {
      if (!item) return;
      for (let dr = 0; dr < item.rowSpan; dr += 1)
        for (let dc = 0; dc < item.colSpan; dc += 1)
          if (map[r + dr]) map[r + dr][c + dc] = { cell: item, row: r, column: c };
    }),
  );
  return map;
}

function tableXml(grid: Grid): string {
  const owner = owners(grid);
  const gridCols = Array.from(
    { length: grid.width },
    () => `<w:gridCol w:w="${Math.floor(9000 / grid.width)}"/>`,
  ).join('');
  const rows = grid.rows.map((row, r) => {
    const cells: string[] = [];
    for (let c = 0; c < grid.width; ) {
      const item = row[c];
      const own = owner[r][c];
      if (item) {
        const props = [
          item.colSpan > 1 ? `<w:gridSpan w:val="${item.colSpan}"/>` : '',
          item.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : '',
        ].join('');
        cells.push(
          `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>${props}</w:tcPr>${paragraph(item.text)}</w:tc>`,
        );
        c += item.colSpan;
      } else if (own && own.row < r && own.column === c) {
        const span = own.cell.colSpan > 1 ? `<w:gridSpan w:val="${own.cell.colSpan}"/>` : '';
        cells.push(
          `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>${span}<w:vMerge/></w:tcPr><w:p/></w:tc>`,
        );
        c += own.cell.colSpan;
      } else {
        c += 1;
      }
    }
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>${gridCols}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** word/document.xml of the report: paragraphs and tables with real gridSpan/vMerge merges. */
export function documentXml(blocks: readonly DocBlock[]): string {
  const body = blocks
    .map((block) => {
      if (block.type === 'table') return `${tableXml(block.grid)}${paragraph('')}`;
      if (block.kind === 'chrome') return '';
      return paragraph(
        block.text,
        block.kind === 'title' ? 'title' : block.kind === 'heading' ? 'heading' : undefined,
      );
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800"/></w:sectPr></w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

/** A minimal, valid DOCX (zipped with fflate; fixed timestamps so output is deterministic). */
export function renderDocx(blocks: readonly DocBlock[], title: string): Uint8Array {
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(title)}</dc:title><dc:creator>ogi-generator</dc:creator></cp:coreProperties>`;
  const mtime = new Date(Date.UTC(2024, 0, 31, 0, 0, 0));
  return zipSync(
    {
      '[Content_Types].xml': [strToU8(CONTENT_TYPES), { mtime }],
      '_rels/.rels': [strToU8(ROOT_RELS), { mtime }],
      'docProps/core.xml': [strToU8(core), { mtime }],
      'word/document.xml': [strToU8(documentXml(blocks)), { mtime }],
      'word/_rels/document.xml.rels': [strToU8(DOC_RELS), { mtime }],
    },
    { level: 6 },
  );
}
