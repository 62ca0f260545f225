import { Parser } from 'htmlparser2';
import type { ReportDocument } from '@ogi/report-parser';
import { emitFlow, parseSpan, type FlowItem, type RawCell, type RawTable } from '../grid/flow';
import { markupDepthGuard } from '../markup-depth';
import {
  listZip,
  readZipEntry,
  ZipProblem,
  type ZipEntry,
  type ZipLimits,
  DEFAULT_ZIP_LIMITS,
} from './zip';

const WORD_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

const utf8 = new TextDecoder('utf-8');

/** The main document part named by _rels/.rels (normally word/document.xml). */
function mainPartName(bytes: Uint8Array, entries: ZipEntry[]): string {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const rels = byName.get('_rels/.rels');
  if (rels && rels.size < 1_000_000) {
    const xml = utf8.decode(readZipEntry(bytes, rels));
    for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      const tag = m[0];
      if (/Type="[^"]*\/officeDocument"/.test(tag)) {
        const target = /Target="([^"]+)"/.exec(tag)?.[1];
        if (target) {
          const name = target.replace(/^\//, '');
          if (byName.has(name)) return name;
        }
      }
    }
  }
  if (byName.has('word/document.xml')) return 'word/document.xml';
  const any = entries.find((e) => /^word\/document\d*\.xml$/i.test(e.name));
  if (any) return any.name;
  throw new ZipProblem(
    'corrupt',
    'the Word document has no main part (word/document.xml)',
    '缺少正文部分（word/document.xml）',
  );
}

/** Reads a DOCX: paragraphs and tables of the main document part (headers and footers ignored). */
export function extractDocx(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): ReportDocument {
  const entries = listZip(bytes, limits);
  const name = mainPartName(bytes, entries);
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new ZipProblem('corrupt', `${name} is missing`, `缺少 ${name}`);
  const xml = utf8.decode(readZipEntry(bytes, entry));
  const notes: string[] = [];
  const blocks = emitFlow(parseDocumentXml(xml), { notes });
  return { kind: 'docx', encoding: null, pageCount: null, blocks, notes };
}

/** WordprocessingML → flow of paragraphs and tables (vMerge/gridSpan kept for grid resolution). */
export function parseDocumentXml(xml: string): FlowItem[] {
  const body: FlowItem[] = [];
  const containers: { flow: FlowItem[] }[] = [{ flow: body }];
  const tables: { table: RawTable; cell: RawCell | null }[] = [];
  const paragraphs: string[] = [];
  let prefix = 'w:';
  let runDepth = 0;
  let textDepth = 0;
  let skipDepth = 0;
  let rootSeen = false;

  const local = (tag: string): string | null =>
    tag.startsWith(prefix) ? tag.slice(prefix.length) : null;
  const append = (s: string) => {
    if (paragraphs.length) paragraphs[paragraphs.length - 1] += s;
  };
  const currentCell = () => tables[tables.length - 1]?.cell ?? null;
  const depth = markupDepthGuard({ en: 'Word document', zh: 'Word 文档' });

  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        depth.open();
        if (!rootSeen) {
          rootSeen = true;
          for (const [k, v] of Object.entries(attrs)) {
            if (k.startsWith('xmlns:') && WORD_NS.has(v)) prefix = `${k.slice(6)}:`;
          }
        }
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (tag === 'mc:Fallback') {
          skipDepth = 1;
          return;
        }
        const n = local(tag);
        if (n === null) return;
        switch (n) {
          case 'p':
            paragraphs.push('');
            break;
          case 'r':
            runDepth++;
            break;
          case 't':
            if (runDepth > 0) textDepth++;
            break;
          case 'delText':
          case 'instrText':
          case 'delInstrText':
            break;
          case 'tab':
            if (runDepth > 0) append('\t');
            break;
          case 'br':
          case 'cr':
            if (runDepth > 0) append('\n');
            break;
          case 'noBreakHyphen':
            if (runDepth > 0) append('-');
            break;
          case 'tbl': {
            const table: RawTable = { rows: [], hasNestedTable: false };
            const outer = tables[tables.length - 1];
            if (outer) outer.table.hasNestedTable = true;
            containers[containers.length - 1].flow.push({ kind: 'table', table });
            tables.push({ table, cell: null });
            break;
          }
          case 'tr': {
            const t = tables[tables.length - 1];
            if (t) t.table.rows.push({ cells: [] });
            break;
          }
          case 'gridBefore': {
            const t = tables[tables.length - 1];
            const row = t?.table.rows[t.table.rows.length - 1];
            if (row && !t.cell) row.gridBefore = parseSpan(attrs[`${prefix}val`]);
            break;
          }
          case 'tc': {
            const t = tables[tables.length - 1];
            if (!t) break;
            if (t.table.rows.length === 0) t.table.rows.push({ cells: [] });
            const cell: RawCell = { flow: [], rowSpan: 1, colSpan: 1 };
            t.table.rows[t.table.rows.length - 1].cells.push(cell);
            t.cell = cell;
            containers.push(cell);
            break;
          }
          case 'gridSpan': {
            const cell = currentCell();
            if (cell) cell.colSpan = parseSpan(attrs[`${prefix}val`]);
            break;
          }
          case 'vMerge': {
            const cell = currentCell();
            if (cell) cell.vMerge = attrs[`${prefix}val`] === 'restart' ? 'restart' : 'continue';
            break;
          }
        }
      },
      ontext(text) {
        if (skipDepth === 0 && textDepth > 0) append(text);
      },
      onclosetag(tag) {
        depth.close();
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        const n = local(tag);
        if (n === null) return;
        switch (n) {
          case 'p': {
            const raw = paragraphs.pop() ?? '';
            const text = raw.replace(/\u00a0/g, ' ').replace(/^[ \u3000]+|[ \u3000]+$/g, '');
            if (text.trim()) containers[containers.length - 1].flow.push({ kind: 'para', text });
            break;
          }
          case 'r':
            if (runDepth > 0) runDepth--;
            break;
          case 't':
            if (textDepth > 0) textDepth--;
            break;
          case 'tc': {
            const t = tables[tables.length - 1];
            if (t?.cell) {
              containers.pop();
              t.cell = null;
            }
            break;
          }
          case 'tbl': {
            const t = tables.pop();
            if (t?.cell) containers.pop();
            break;
          }
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return body;
}
