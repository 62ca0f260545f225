import { Parser } from 'htmlparser2';
import type { ReportDocument } from '@ogi/report-parser';
import { emitFlow, parseSpan, type FlowItem, type RawCell, type RawTable } from '../grid/flow';
import { markupDepthGuard } from '../markup-depth';
import { bomEncoding, decodeWithCharset, type DecodedText } from '../text/decode-text';

/** Elements whose content is never page text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
  'textarea',
  'button',
  'audio',
  'video',
  'map',
]);

/** Elements that end a paragraph where they open and close. */
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'blockquote',
  'pre',
  'form',
  'fieldset',
  'figure',
  'figcaption',
  'address',
  'hr',
  'center',
  'caption',
  'body',
  'html',
  'br',
  'td',
  'th',
  'tr',
  'tbody',
  'thead',
  'tfoot',
  'legend',
  'details',
  'summary',
  'menu',
  'dir',
  'option',
]);

/** Charset a page declares in its first bytes (`<meta charset>` or http-equiv content). */
export function declaredCharset(bytes: Uint8Array): string | null {
  let head = '';
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]);
  const m =
    /<meta[^>]+charset\s*=\s*\\?["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

/**
 * Chooses the page's text: a BOM wins; then valid UTF-8 with non-ASCII (GBK text is never valid
 * UTF-8, so a stale `gb2312` meta on a re-saved page is overruled); then the declared charset; then
 * detection.
 */
export function decodeHtml(bytes: Uint8Array, detected: DecodedText, notes: string[]): DecodedText {
  if (bomEncoding(bytes)) return detected;
  if (detected.encoding.startsWith('utf-16')) return detected;
  const declared = declaredCharset(bytes);
  if (!declared) return detected;
  if (detected.encoding === 'utf-8') {
    // eslint-disable-next-line no-control-regex
    const ascii = !/[^\x00-\x7f]/.test(detected.text.slice(0, 200000));
    if (!ascii) {
      if (!/utf-?8/i.test(declared))
        notes.push(`page declares charset ${declared} but is valid UTF-8; read as UTF-8`);
      return detected;
    }
  }
  const viaMeta = decodeWithCharset(bytes, declared);
  if (viaMeta) return viaMeta;
  notes.push(
    `page declares charset ${declared}, which does not fit its bytes; read as ${detected.encoding}`,
  );
  return detected;
}

/** Undoes a page stored as a JavaScript string literal (`<td colspan=\"3\">…<\/td>`). */
export function unescapeJsString(html: string): string {
  const escapedAttrs = (html.match(/=\\"/g) ?? []).length;
  if (escapedAttrs < 2 && !html.includes('<\\/')) return html;
  return html.replace(/\\(u[0-9a-fA-F]{4}|["'/\\nrt])/g, (_, e: string) => {
    switch (e[0]) {
      case 'n':
        return '\n';
      case 'r':
        return '';
      case 't':
        return '\t';
      case 'u':
        return String.fromCharCode(Number.parseInt(e.slice(1), 16));
      default:
        return e;
    }
  });
}

// Whitespace (incl. NBSP, en/em/thin spaces, ideographic space) collapses to one space; zero-width
// characters disappear.
const WS = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const ZW = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function cleanInline(text: string): string {
  return text.replace(ZW, '').replace(WS, ' ').trim();
}

interface Container {
  flow: FlowItem[];
}

/** Reads an HTML page into paragraphs and tables. */
export function extractHtml(bytes: Uint8Array, detected: DecodedText): ReportDocument {
  const notes: string[] = [];
  const decoded = decodeHtml(bytes, detected, notes);
  let html = decoded.text;
  const unescaped = unescapeJsString(html);
  if (unescaped !== html) {
    notes.push('page was stored as a JavaScript string; escapes undone');
    html = unescaped;
  }

  const body: FlowItem[] = [];
  // The flow paragraphs go to: the body, or the innermost open table cell.
  const containers: Container[] = [{ flow: body }];
  // Open tables, innermost last, each with the container that holds it.
  const tables: { table: RawTable; cellOpen: boolean }[] = [];
  let buf = '';
  let skipDepth = 0;
  let preDepth = 0;
  let title = '';
  let inTitle = false;
  const depth = markupDepthGuard({ en: 'HTML', zh: 'HTML ' });

  const flush = () => {
    if (!buf) return;
    const text = cleanInline(buf);
    buf = '';
    if (text) containers[containers.length - 1].flow.push({ kind: 'para', text });
  };

  const openCell = (rowSpan: number, colSpan: number) => {
    const t = tables[tables.length - 1];
    if (!t) return false;
    if (t.table.rows.length === 0) t.table.rows.push({ cells: [] });
    const cell: RawCell = { flow: [], rowSpan, colSpan };
    t.table.rows[t.table.rows.length - 1].cells.push(cell);
    if (t.cellOpen) containers.pop();
    containers.push(cell);
    t.cellOpen = true;
    return true;
  };

  const closeCell = () => {
    const t = tables[tables.length - 1];
    if (!t || !t.cellOpen) return;
    flush();
    containers.pop();
    t.cellOpen = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        depth.open();
        if (skipDepth > 0 || SKIP.has(name)) {
          if (name === 'title') inTitle = true;
          if (SKIP.has(name)) skipDepth++;
          return;
        }
        if (BLOCK.has(name) || name === 'table') flush();
        switch (name) {
          case 'table': {
            const table: RawTable = { rows: [], hasNestedTable: false };
            const outer = tables[tables.length - 1];
            if (outer) {
              outer.table.hasNestedTable = true;
              // A table directly in a row (no open cell) gets a cell of its own.
              if (!outer.cellOpen) openCell(1, 1);
            }
            containers[containers.length - 1].flow.push({ kind: 'table', table });
            tables.push({ table, cellOpen: false });
            break;
          }
          case 'tr': {
            const t = tables[tables.length - 1];
            if (t) {
              closeCell();
              t.table.rows.push({ cells: [] });
            }
            break;
          }
          case 'td':
          case 'th':
            if (tables.length) {
              closeCell();
              openCell(parseSpan(attrs['rowspan']), parseSpan(attrs['colspan']));
            }
            break;
          case 'pre':
            preDepth++;
            break;
        }
      },
      ontext(text) {
        if (skipDepth > 0) {
          if (inTitle) title += text;
          return;
        }
        if (preDepth > 0 && text.includes('\n')) {
          const parts = text.split('\n');
          for (let i = 0; i < parts.length; i++) {
            if (i > 0) flush();
            buf += parts[i];
          }
          return;
        }
        const t = tables[tables.length - 1];
        if (t && !t.cellOpen) {
          // Text loose in a table (outside cells): ignore whitespace, keep words as a paragraph.
          if (!cleanInline(text)) return;
        }
        buf += text;
      },
      onclosetag(name) {
        depth.close();
        if (skipDepth > 0) {
          if (SKIP.has(name)) {
            skipDepth--;
            if (name === 'title') inTitle = false;
          }
          return;
        }
        switch (name) {
          case 'td':
          case 'th':
            closeCell();
            return;
          case 'tr':
            closeCell();
            return;
          case 'table':
            if (tables.length) {
              closeCell();
              flush();
              tables.pop();
            }
            return;
          case 'pre':
            if (preDepth > 0) preDepth--;
            break;
        }
        if (BLOCK.has(name)) flush();
      },
    },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: true,
    },
  );
  parser.write(html);
  parser.end();
  flush();

  const cleanTitle = cleanInline(title);
  const blocks = emitFlow(body, { notes });
  return {
    kind: 'html',
    encoding: decoded.encoding,
    pageCount: null,
    blocks,
    notes,
    title: cleanTitle || null,
  };
}
