// PDF text extraction in a worker thread. Plain JavaScript (ESM) so Node imports pdfjs-dist natively,
// whatever runs the main thread (Jest, @swc-node/register, a webpack bundle).
// Protocol: receives { id, data: ArrayBuffer, maxPages }, answers
//   { id, ok: true, numPages, pages: [{ width, height, items: [[str, x, y, width, fontSize], ...],
//     rules: [x0, y0, x1, y1, ...] }] }
// where `rules` are the boxes of the straight horizontal and vertical lines the page draws (stroked
// lines and thin filled rectangles), in the same top-left-origin coordinates as the text runs.
//   { id, ok: false, code, message }
// With `renderDpi` it renders every page instead (a scan, for OCR) and answers
//   { id, ok: true, numPages, images: [ArrayBuffer of a PNG, ...] }
// (text still draws, though only as well as the text-only font mode allows: a scan has none).
// and posts { type: 'ready' } once pdfjs is loaded.
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { inflateSync, constants as zlibConstants } from 'node:zlib';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));

// pdf.js turns every embedded Type1 and CFF font into an OpenType file, for a browser to draw with.
// Text extraction never draws, yet compiling the CFF table was two thirds of the time on a typical
// CJK report (LibreOffice and WPS embed one subset per font and size). Encodings, widths and the
// unicode map come from parsing the font, not from the compiled table, so the worker loads pdf.js
// with the two compile calls replaced by an empty table. Each replacement must match exactly once,
// otherwise (another pdf.js version) the unpatched worker is loaded and extraction is only slower.
const TEXT_ONLY_PATCHES = [
  [
    'this.data = this.wrap(name, type2Charstrings, this.charstrings, subrs, properties);',
    'this.data = [];',
  ],
  ['this.data = compiler.compile();', 'this.data = [];'],
];

function workerModule() {
  const file = path.join(pdfjsRoot, 'legacy/build/pdf.worker.mjs');
  let source = readFileSync(file, 'utf8');
  for (const [find, replace] of TEXT_ONLY_PATCHES) {
    const at = source.indexOf(find);
    if (at < 0 || source.indexOf(find, at + 1) >= 0) {
      return { url: pathToFileURL(file).href, textOnlyFonts: false };
    }
    source = source.slice(0, at) + replace + source.slice(at + find.length);
  }
  const url = 'data:text/javascript;base64,' + Buffer.from(source).toString('base64');
  return { url, textOnlyFonts: true };
}
const pdfjsWorkerModule = workerModule();
// The legacy build's core-js replaces Array.prototype.push with a slow JavaScript version on Node 20
// (V8 < 12.2); pdf.js pushes a lot, so that costs about a fifth of the time. Load the library and its
// in-thread worker part up front, then put the native push back (this thread runs only pdf.js).
const nativePush = Array.prototype.push;
const pdfjs = await import(pathToFileURL(path.join(pdfjsRoot, 'legacy/build/pdf.mjs')).href);
globalThis.pdfjsWorker = await import(pdfjsWorkerModule.url);
if (Array.prototype.push !== nativePush) {
  Object.defineProperty(Array.prototype, 'push', {
    value: nativePush,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}
const cMapUrl = path.join(pdfjsRoot, 'cmaps') + path.sep;
const standardFontDataUrl = path.join(pdfjsRoot, 'standard_fonts') + path.sep;
const wasmUrl = path.join(pdfjsRoot, 'wasm') + path.sep;

function classify(err) {
  const name = (err && err.name) || '';
  const message = (err && err.message) || String(err);
  if (name === 'PasswordException') return { code: 'encrypted', message };
  return { code: 'corrupt', message: `${name ? name + ': ' : ''}${message}` };
}

// ---------------------------------------------------------------------------------------------
// Ruling lines. pdf.js's getOperatorList() would give them, but it also lays out every glyph again
// and builds glyph outlines: it costs as much as the text extraction itself. So the page's content
// streams are read directly (a small object reader over the file's bytes and a tokenizer that only
// follows the graphics state and path operators); pdf.js's operator list is the fallback when the
// bytes cannot be read that way (encrypted files, unusual filters).
// ---------------------------------------------------------------------------------------------

/** Lines at most this thick (points) count as rules; thicker filled rectangles are shading. */
const RULE_MAX_THICKNESS = 3;
/** A segment is axis-aligned when its ends differ by at most this much across it (points). */
const AXIS_TOLERANCE = 0.75;
/** Shorter segments are ignored (dots, bullets, glyph-like marks). */
const RULE_MIN_LENGTH = 2;
const MAX_FORM_DEPTH = 6;

const WS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WS[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;

/** Collects the device-space boxes of straight axis-aligned lines from path operators. */
class RuleCollector {
  constructor(baseMatrix) {
    this.out = [];
    this.ctm = baseMatrix.slice(0, 6);
    this.stack = [];
    this.lineWidth = 1;
    this.lines = []; // device-space segments of the current path: x0, y0, x1, y1, ...
    this.rects = []; // device-space boxes of the current path's closed rectangles
    this.sub = []; // device-space points of the current subpath
    this.subStartX = 0;
    this.subStartY = 0;
    this.curX = 0;
    this.curY = 0;
    this.subIsPolyline = true;
  }
  save() {
    this.stack.push([this.ctm, this.lineWidth]);
    if (this.stack.length > 512) this.stack.shift();
  }
  restore() {
    const s = this.stack.pop();
    if (s) [this.ctm, this.lineWidth] = s;
  }
  transform(a, b, c, d, e, f) {
    const m = this.ctm;
    this.ctm = [
      m[0] * a + m[2] * b,
      m[1] * a + m[3] * b,
      m[0] * c + m[2] * d,
      m[1] * c + m[3] * d,
      m[0] * e + m[2] * f + m[4],
      m[1] * e + m[3] * f + m[5],
    ];
  }
  setLineWidth(w) {
    this.lineWidth = Number.isFinite(w) ? Math.abs(w) : 1;
  }
  point(x, y) {
    const m = this.ctm;
    return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  }
  endSub() {
    const p = this.sub;
    // A closed axis-aligned four-corner polygon is a rectangle (how Word draws filled rules).
    if (this.subIsPolyline && (p.length === 8 || p.length === 10)) {
      if (p.length === 10 && (Math.abs(p[8] - p[0]) > 0.01 || Math.abs(p[9] - p[1]) > 0.01)) {
        this.sub = [];
        return;
      }
      let x0 = Infinity;
      let y0 = Infinity;
      let x1 = -Infinity;
      let y1 = -Infinity;
      for (let i = 0; i < 8; i += 2) {
        x0 = Math.min(x0, p[i]);
        x1 = Math.max(x1, p[i]);
        y0 = Math.min(y0, p[i + 1]);
        y1 = Math.max(y1, p[i + 1]);
      }
      let onEdges = true;
      for (let i = 0; i < 8; i += 2) {
        const ex = Math.abs(p[i] - x0) < 0.01 || Math.abs(p[i] - x1) < 0.01;
        const ey = Math.abs(p[i + 1] - y0) < 0.01 || Math.abs(p[i + 1] - y1) < 0.01;
        if (!ex || !ey) onEdges = false;
      }
      if (onEdges) this.rects.push(x0, y0, x1, y1);
    }
    this.sub = [];
  }
  moveTo(x, y) {
    this.endSub();
    const [dx, dy] = this.point(x, y);
    this.curX = this.subStartX = dx;
    this.curY = this.subStartY = dy;
    this.sub.push(dx, dy);
    this.subIsPolyline = true;
  }
  lineTo(x, y) {
    const [dx, dy] = this.point(x, y);
    this.lines.push(this.curX, this.curY, dx, dy);
    this.curX = dx;
    this.curY = dy;
    this.sub.push(dx, dy);
  }
  curveTo(x, y) {
    const [dx, dy] = this.point(x, y);
    this.curX = dx;
    this.curY = dy;
    this.subIsPolyline = false;
  }
  closePath() {
    if (this.curX !== this.subStartX || this.curY !== this.subStartY) {
      this.lines.push(this.curX, this.curY, this.subStartX, this.subStartY);
      this.sub.push(this.subStartX, this.subStartY);
    }
    this.curX = this.subStartX;
    this.curY = this.subStartY;
    this.endSub();
  }
  rectangle(x, y, w, h) {
    this.endSub();
    const a = this.point(x, y);
    const b = this.point(x + w, y);
    const c = this.point(x + w, y + h);
    const d = this.point(x, y + h);
    this.lines.push(a[0], a[1], b[0], b[1], b[0], b[1], c[0], c[1]);
    this.lines.push(c[0], c[1], d[0], d[1], d[0], d[1], a[0], a[1]);
    const xs = [a[0], b[0], c[0], d[0]];
    const ys = [a[1], b[1], c[1], d[1]];
    // Axis-aligned only (no rotation or skew in the matrix).
    if (Math.abs(a[1] - b[1]) < 0.01 || Math.abs(a[0] - b[0]) < 0.01) {
      this.rects.push(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
    }
    this.curX = this.subStartX = a[0];
    this.curY = this.subStartY = a[1];
  }
  /** Ends the path: `stroke` and/or `fill` paint it; neither (n, clipping) discards it. */
  paint(stroke, fill) {
    this.endSub();
    const out = this.out;
    if (stroke) {
      const m = this.ctm;
      const scale = Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])) || 1;
      const half = Math.max(this.lineWidth * scale, 0.1) / 2;
      if (half * 2 <= RULE_MAX_THICKNESS) {
        const l = this.lines;
        for (let i = 0; i < l.length; i += 4) {
          const x0 = l[i];
          const y0 = l[i + 1];
          const x1 = l[i + 2];
          const y1 = l[i + 3];
          const dx = Math.abs(x1 - x0);
          const dy = Math.abs(y1 - y0);
          if (dy <= AXIS_TOLERANCE && dx >= RULE_MIN_LENGTH) {
            const y = (y0 + y1) / 2;
            out.push(Math.min(x0, x1), y - half, Math.max(x0, x1), y + half);
          } else if (dx <= AXIS_TOLERANCE && dy >= RULE_MIN_LENGTH) {
            const x = (x0 + x1) / 2;
            out.push(x - half, Math.min(y0, y1), x + half, Math.max(y0, y1));
          }
        }
      }
    }
    if (fill) {
      const r = this.rects;
      for (let i = 0; i < r.length; i += 4) {
        const w = r[i + 2] - r[i];
        const h = r[i + 3] - r[i + 1];
        const thin = Math.min(w, h);
        if (thin <= RULE_MAX_THICKNESS && Math.max(w, h) >= RULE_MIN_LENGTH) {
          out.push(r[i], r[i + 1], r[i + 2], r[i + 3]);
        }
      }
    }
    this.lines = [];
    this.rects = [];
  }
  result() {
    const out = this.out;
    for (let i = 0; i < out.length; i++) out[i] = Math.round(out[i] * 100) / 100;
    return out;
  }
}

/** True when a page's runs look like a table (many short numeric runs): worth the operator list. */
function looksTabular(items) {
  let numeric = 0;
  for (const it of items) if (/^[\s\d.,，%／/—－-]+$/.test(it[0])) numeric++;
  return numeric >= 8;
}

// A small reader for the PDF file's objects: enough to find a page's content streams and forms.
const NAME = Symbol('name');
const REF = Symbol('ref');
const name = (s) => ({ [NAME]: s });
const isName = (v, s) => v !== null && typeof v === 'object' && v[NAME] === s;

class RawPdf {
  constructor(data) {
    // A copy: pdf.js takes the caller's buffer.
    this.b = Buffer.from(new Uint8Array(data));
    if (this.b.indexOf('/Encrypt') >= 0) throw new Error('encrypted');
    this.offsets = new Map();
    this.inStreams = null;
    this.cache = new Map();
    const b = this.b;
    let at = b.indexOf(' obj');
    while (at >= 0) {
      // "<num> <gen> obj" (whitespace may be any; keep it simple: walk back over two integers).
      let i = at;
      const genEnd = i;
      while (i > 0 && b[i - 1] >= 48 && b[i - 1] <= 57) i--;
      const genStart = i;
      if (genStart < genEnd && i > 0 && WS[b[i - 1]]) {
        i--;
        while (i > 0 && WS[b[i - 1]]) i--;
        const numEnd = i;
        while (i > 0 && b[i - 1] >= 48 && b[i - 1] <= 57) i--;
        if (i < numEnd && (i === 0 || WS[b[i - 1]] || DELIM[b[i - 1]])) {
          const num = Number(b.latin1Slice(i, numEnd));
          this.offsets.set(num, at + 4);
        }
      }
      at = b.indexOf(' obj', at + 4);
    }
  }

  /** Resolves an indirect reference (or returns a direct value). */
  get(v, depth = 0) {
    if (!v || typeof v !== 'object' || !v[REF]) return v;
    if (depth > 8) return null;
    const num = v[REF];
    if (this.cache.has(num)) return this.cache.get(num);
    let value = null;
    const off = this.offsets.get(num);
    if (off !== undefined) {
      value = this.parseObjectAt(this.b, off);
    } else {
      value = this.fromObjectStream(num);
    }
    this.cache.set(num, value);
    return this.get(value, depth + 1);
  }

  parseObjectAt(b, pos) {
    const [value, end] = parseValue(b, skipWs(b, pos));
    if (value && typeof value === 'object' && !Array.isArray(value) && !value[REF]) {
      let i = skipWs(b, end);
      if (b[i] === 115 && b.latin1Slice(i, i + 6) === 'stream') {
        i += 6;
        if (b[i] === 13) i++;
        if (b[i] === 10) i++;
        return { dict: value, start: i };
      }
    }
    return value;
  }

  fromObjectStream(num) {
    if (!this.inStreams) {
      this.inStreams = new Map();
      for (const off of this.offsets.values()) {
        // Cheap pre-check before parsing the dictionary.
        const head = this.b.latin1Slice(off, Math.min(off + 200, this.b.length));
        if (!head.includes('/ObjStm')) continue;
        const s = this.parseObjectAt(this.b, off);
        if (!s || !s.dict || !isName(s.dict.Type, 'ObjStm')) continue;
        const data = this.streamData(s);
        if (!data) continue;
        const n = this.get(s.dict.N);
        const first = this.get(s.dict.First);
        let i = 0;
        for (let k = 0; k < n; k++) {
          let objNum;
          let objOff;
          [objNum, i] = parseValue(data, skipWs(data, i));
          [objOff, i] = parseValue(data, skipWs(data, i));
          if (typeof objNum !== 'number' || typeof objOff !== 'number') break;
          if (!this.inStreams.has(objNum)) this.inStreams.set(objNum, [data, first + objOff]);
        }
      }
    }
    const at = this.inStreams.get(num);
    return at ? parseValue(at[0], skipWs(at[0], at[1]))[0] : null;
  }

  /** The decoded bytes of a stream, or null when its filters are not plain Flate. */
  streamData(s) {
    if (!s || !s.dict || typeof s.start !== 'number') return null;
    const b = this.b;
    const len = this.get(s.dict.Length);
    let end = typeof len === 'number' ? s.start + len : -1;
    const marker = end >= s.start && end <= b.length ? b.indexOf('endstream', end) : -1;
    if (marker < 0 || marker - end > 4) {
      end = b.indexOf('endstream', s.start);
      if (end < 0) return null;
      if (b[end - 1] === 10) end--;
      if (b[end - 1] === 13) end--;
    }
    const raw = b.subarray(s.start, end);
    let filter = this.get(s.dict.Filter);
    if (Array.isArray(filter)) {
      if (filter.length > 1) return null;
      filter = this.get(filter[0]);
    }
    if (!filter) return raw;
    if (!isName(filter, 'FlateDecode') && !isName(filter, 'Fl')) return null;
    let parms = this.get(s.dict.DecodeParms);
    if (Array.isArray(parms)) parms = this.get(parms[0]);
    if (parms && typeof parms === 'object' && (this.get(parms.Predictor) ?? 1) > 1) return null;
    try {
      return inflateSync(raw, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    } catch {
      return null;
    }
  }

  /** The ruling boxes of a page, or null when its content cannot be read here. */
  pageRules(ref, baseMatrix) {
    if (!ref || typeof ref.num !== 'number') return null;
    const page = this.get({ [REF]: ref.num });
    if (!page || typeof page !== 'object' || page.dict) return null;
    let resources = this.get(page.Resources);
    for (let p = this.get(page.Parent), n = 0; !resources && p && n < 32; n++) {
      resources = this.get(p.Resources);
      p = this.get(p.Parent);
    }
    let contents = this.get(page.Contents);
    if (!contents) return [];
    if (!Array.isArray(contents)) contents = [page.Contents];
    const parts = [];
    for (const c of contents) {
      const data = this.streamData(this.get(c));
      if (!data) return null;
      parts.push(data, Buffer.from('\n'));
    }
    const collector = new RuleCollector(baseMatrix);
    this.scan(Buffer.concat(parts), collector, resources, 0);
    return collector.result();
  }

  /** Runs a content stream through the collector, entering form XObjects. */
  scan(b, c, resources, depth) {
    const nums = [];
    let lastName = '';
    let i = 0;
    const n = b.length;
    while (i < n) {
      const ch = b[i];
      if (WS[ch]) {
        i++;
        continue;
      }
      if ((ch >= 48 && ch <= 57) || ch === 45 || ch === 43 || ch === 46) {
        let j = i + 1;
        while (j < n && ((b[j] >= 48 && b[j] <= 57) || b[j] === 46)) j++;
        nums.push(Number(b.latin1Slice(i, j)) || 0);
        i = j;
        continue;
      }
      switch (ch) {
        case 37: // % comment
          while (i < n && b[i] !== 10 && b[i] !== 13) i++;
          continue;
        case 47: {
          // name
          let j = i + 1;
          while (j < n && !WS[b[j]] && !DELIM[b[j]]) j++;
          lastName = b.latin1Slice(i + 1, j);
          i = j;
          continue;
        }
        case 40: // ( literal string )
          i = skipLiteral(b, i);
          continue;
        case 60: // < hex string > or <<
          if (b[i + 1] === 60) i += 2;
          else {
            const j = b.indexOf(62, i);
            i = j < 0 ? n : j + 1;
          }
          continue;
        case 62:
        case 91:
        case 93:
        case 123:
        case 125:
          i++;
          continue;
        default:
          break;
      }
      let j = i + 1;
      while (j < n && !WS[b[j]] && !DELIM[b[j]]) j++;
      const op = j - i <= 3 ? b.latin1Slice(i, j) : '';
      i = j;
      const k = nums.length;
      switch (op) {
        case 'q':
          c.save();
          break;
        case 'Q':
          c.restore();
          break;
        case 'cm':
          if (k >= 6) c.transform(...nums.slice(k - 6));
          break;
        case 'w':
          if (k >= 1) c.setLineWidth(nums[k - 1]);
          break;
        case 'm':
          if (k >= 2) c.moveTo(nums[k - 2], nums[k - 1]);
          break;
        case 'l':
          if (k >= 2) c.lineTo(nums[k - 2], nums[k - 1]);
          break;
        case 'c':
        case 'v':
        case 'y':
          if (k >= 2) c.curveTo(nums[k - 2], nums[k - 1]);
          break;
        case 're':
          if (k >= 4) c.rectangle(nums[k - 4], nums[k - 3], nums[k - 2], nums[k - 1]);
          break;
        case 'h':
          c.closePath();
          break;
        case 'S':
          c.paint(true, false);
          break;
        case 's':
          c.closePath();
          c.paint(true, false);
          break;
        case 'f':
        case 'F':
        case 'f*':
          c.paint(false, true);
          break;
        case 'B':
        case 'B*':
          c.paint(true, true);
          break;
        case 'b':
        case 'b*':
          c.closePath();
          c.paint(true, true);
          break;
        case 'n':
          c.paint(false, false);
          break;
        case 'BI': {
          // Inline image: skip its data up to a whitespace-delimited EI.
          let at = b.indexOf('ID', i);
          at = at < 0 ? n : at + 3;
          while (at < n) {
            const e = b.indexOf('EI', at);
            if (e < 0) {
              at = n;
              break;
            }
            if (WS[b[e - 1]] && (e + 2 >= n || WS[b[e + 2]])) {
              at = e + 2;
              break;
            }
            at = e + 2;
          }
          i = at;
          break;
        }
        case 'Do':
          if (depth < MAX_FORM_DEPTH) this.form(lastName, c, resources, depth);
          break;
        default:
          break;
      }
      nums.length = 0;
    }
  }

  form(xName, c, resources, depth) {
    const xobjects = this.get(resources && resources.XObject);
    const s = xobjects ? this.get(xobjects[xName]) : null;
    if (!s || !s.dict || !isName(this.get(s.dict.Subtype), 'Form')) return;
    const data = this.streamData(s);
    if (!data) return;
    c.save();
    const m = this.get(s.dict.Matrix);
    if (Array.isArray(m) && m.length === 6) c.transform(...m.map((v) => Number(this.get(v)) || 0));
    this.scan(data, c, this.get(s.dict.Resources) || resources, depth + 1);
    c.restore();
  }
}

function skipWs(b, i) {
  while (i < b.length) {
    const ch = b[i];
    if (WS[ch]) i++;
    else if (ch === 37) while (i < b.length && b[i] !== 10 && b[i] !== 13) i++;
    else break;
  }
  return i;
}

function skipLiteral(b, i) {
  let depth = 0;
  const n = b.length;
  for (; i < n; i++) {
    const ch = b[i];
    if (ch === 92) i++;
    else if (ch === 40) depth++;
    else if (ch === 41 && --depth === 0) return i + 1;
  }
  return n;
}

/** Parses one PDF value at i (which must not be whitespace); returns [value, next index]. */
function parseValue(b, i) {
  const n = b.length;
  const ch = b[i];
  if (ch === 60 && b[i + 1] === 60) {
    const dict = {};
    i = skipWs(b, i + 2);
    while (i < n && !(b[i] === 62 && b[i + 1] === 62)) {
      if (b[i] !== 47) {
        // Malformed: skip a value.
        i = skipWs(b, parseValue(b, i)[1]);
        continue;
      }
      const [key, k] = parseValue(b, i);
      const [value, v] = parseValue(b, skipWs(b, k));
      dict[key[NAME]] = value;
      i = skipWs(b, v);
    }
    return [dict, i + 2];
  }
  if (ch === 91) {
    const arr = [];
    i = skipWs(b, i + 1);
    while (i < n && b[i] !== 93) {
      const [value, v] = parseValue(b, i);
      arr.push(value);
      i = skipWs(b, v);
    }
    return [arr, i + 1];
  }
  if (ch === 47) {
    let j = i + 1;
    while (j < n && !WS[b[j]] && !DELIM[b[j]]) j++;
    return [name(b.latin1Slice(i + 1, j)), j];
  }
  if (ch === 40) return [null, skipLiteral(b, i)];
  if (ch === 60) {
    const j = b.indexOf(62, i);
    return [null, j < 0 ? n : j + 1];
  }
  if ((ch >= 48 && ch <= 57) || ch === 45 || ch === 43 || ch === 46) {
    let j = i + 1;
    while (j < n && ((b[j] >= 48 && b[j] <= 57) || b[j] === 46)) j++;
    const num = Number(b.latin1Slice(i, j)) || 0;
    // "num gen R" is a reference.
    const k = skipWs(b, j);
    if (b[k] >= 48 && b[k] <= 57) {
      let g = k + 1;
      while (g < n && b[g] >= 48 && b[g] <= 57) g++;
      const r = skipWs(b, g);
      if (b[r] === 82 && (r + 1 >= n || WS[b[r + 1]] || DELIM[b[r + 1]])) {
        return [{ [REF]: num }, r + 1];
      }
    }
    return [num, j];
  }
  // Keywords: true, false, null, or anything else up to a delimiter.
  let j = i + 1;
  while (j < n && !WS[b[j]] && !DELIM[b[j]]) j++;
  const word = b.latin1Slice(i, j);
  return [word === 'true' ? true : word === 'false' ? false : null, Math.max(j, i + 1)];
}

/** The ruling boxes from pdf.js's operator list (the fallback). */
function rulesFromOperatorList(opList, baseMatrix) {
  const OPS = pdfjs.OPS;
  const c = new RuleCollector(baseMatrix);
  const { fnArray, argsArray } = opList;
  const paintOf = (op) => {
    switch (op) {
      case OPS.stroke:
      case OPS.closeStroke:
        return [true, false];
      case OPS.fill:
      case OPS.eoFill:
        return [false, true];
      case OPS.fillStroke:
      case OPS.eoFillStroke:
      case OPS.closeFillStroke:
      case OPS.closeEOFillStroke:
        return [true, true];
      default:
        return [false, false];
    }
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === OPS.save) c.save();
    else if (fn === OPS.restore) c.restore();
    else if (fn === OPS.transform) c.transform(...args);
    else if (fn === OPS.setLineWidth) c.setLineWidth(args[0]);
    else if (fn === OPS.paintFormXObjectBegin) {
      c.save();
      if (args[0] && args[0].length === 6) c.transform(...args[0]);
    } else if (fn === OPS.paintFormXObjectEnd) c.restore();
    else if (fn === OPS.constructPath) {
      if (typeof args[0] === 'number') {
        // pdf.js 5: [paint op, [path buffer of DrawOPS], minMax].
        const buf = args[1] && args[1][0];
        if (buf) {
          for (let k = 0; k < buf.length; ) {
            switch (buf[k++]) {
              case 0:
                c.moveTo(buf[k], buf[k + 1]);
                k += 2;
                break;
              case 1:
                c.lineTo(buf[k], buf[k + 1]);
                k += 2;
                break;
              case 2:
                c.curveTo(buf[k + 4], buf[k + 5]);
                k += 6;
                break;
              case 3:
                c.curveTo(buf[k + 2], buf[k + 3]);
                k += 4;
                break;
              case 4:
                c.closePath();
                break;
              default:
                k = buf.length;
            }
          }
        }
        const [stroke, fill] = paintOf(args[0]);
        if (args[0] === OPS.closeStroke || args[0] === OPS.closeFillStroke) c.closePath();
        c.paint(stroke, fill);
      } else {
        // pdf.js 4 and earlier: [sub-ops, coordinates, minMax], painted by the next op.
        const [ops, coords] = args;
        let k = 0;
        for (const op of ops) {
          if (op === OPS.rectangle) {
            c.rectangle(coords[k], coords[k + 1], coords[k + 2], coords[k + 3]);
            k += 4;
          } else if (op === OPS.moveTo) {
            c.moveTo(coords[k], coords[k + 1]);
            k += 2;
          } else if (op === OPS.lineTo) {
            c.lineTo(coords[k], coords[k + 1]);
            k += 2;
          } else if (op === OPS.curveTo) {
            c.curveTo(coords[k + 4], coords[k + 5]);
            k += 6;
          } else if (op === OPS.curveTo2 || op === OPS.curveTo3) {
            c.curveTo(coords[k + 2], coords[k + 3]);
            k += 4;
          } else if (op === OPS.closePath) c.closePath();
        }
      }
    } else if (fn === OPS.endPath) {
      c.paint(false, false);
    } else {
      const [stroke, fill] = paintOf(fn);
      if (stroke || fill) {
        if (fn === OPS.closeStroke || fn === OPS.closeFillStroke) c.closePath();
        c.paint(stroke, fill);
      }
    }
  }
  return c.result();
}

async function extract(data, maxPages) {
  let raw = null;
  try {
    raw = new RawPdf(data);
  } catch {
    raw = null;
  }
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    wasmUrl,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const numPages = doc.numPages;
    if (numPages > maxPages) {
      return {
        ok: false,
        code: 'too_large',
        message: `${numPages} pages (limit ${maxPages})`,
        numPages,
      };
    }
    const pages = [];
    for (let p = 1; p <= numPages; p++) {
      let page;
      try {
        page = await doc.getPage(p);
      } catch (err) {
        pages.push({ width: 0, height: 0, items: [], error: classify(err).message });
        continue;
      }
      const vp = page.getViewport({ scale: 1 });
      const [a, b, c, d, e, f] = vp.transform;
      const content = await page.getTextContent();
      const items = [];
      for (const it of content.items) {
        if (typeof it.str !== 'string' || it.str.trim() === '') continue;
        const t = it.transform;
        const x = a * t[4] + c * t[5] + e;
        const y = b * t[4] + d * t[5] + f;
        const size = Math.hypot(t[2], t[3]) || it.height || 0;
        items.push([it.str, x, y, it.width, size]);
      }
      let rules = null;
      try {
        rules = raw ? raw.pageRules(page.ref, vp.transform) : null;
      } catch {
        rules = null;
      }
      if (rules === null && looksTabular(items)) {
        // The content could not be read directly (encrypted, unusual filters): ask pdf.js.
        try {
          rules = rulesFromOperatorList(await page.getOperatorList(), vp.transform);
        } catch {
          rules = null;
        }
      }
      pages.push({ width: vp.width, height: vp.height, items, rules: rules ?? [] });
      page.cleanup();
    }
    return { ok: true, numPages, pages, textOnlyFonts: pdfjsWorkerModule.textOnlyFonts };
  } finally {
    await doc.destroy();
  }
}

/** Every page as a greyscale-ready PNG at `dpi`, white behind (scans are read as black on white). */
async function render(data, maxPages, dpi) {
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    wasmUrl,
    isEvalSupported: false,
    useSystemFonts: false,
    useWorkerFetch: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const numPages = doc.numPages;
    if (numPages > maxPages) {
      return {
        ok: false,
        code: 'too_large',
        message: `${numPages} pages (limit ${maxPages})`,
        numPages,
      };
    }
    const images = [];
    for (let p = 1; p <= numPages; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const { canvas, context } = doc.canvasFactory.create(
        Math.ceil(viewport.width),
        Math.ceil(viewport.height),
      );
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvasContext: context, viewport, canvas }).promise;
      const png = canvas.toBuffer('image/png');
      images.push(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength));
      doc.canvasFactory.destroy({ canvas, context });
      page.cleanup();
    }
    return { ok: true, numPages, images };
  } finally {
    await doc.destroy();
  }
}

// The file being read. pdf.js leaves some internal promises unawaited; on a damaged file one may
// reject, which would end this thread (found by fuzzing), and the next file would wait for a new
// one to start. Answer the file as damaged instead and keep the thread.
let current = null;
process.on('unhandledRejection', (err) => {
  if (current === null) return;
  const id = current;
  current = null;
  parentPort.postMessage({ id, ok: false, ...classify(err) });
});

parentPort.on('message', async (msg) => {
  if (!msg || typeof msg.id !== 'number') return;
  current = msg.id;
  let reply;
  try {
    reply = msg.renderDpi
      ? await render(msg.data, msg.maxPages, msg.renderDpi)
      : await extract(msg.data, msg.maxPages);
  } catch (err) {
    reply = { ok: false, ...classify(err) };
  }
  // Already answered when an unhandled rejection named the file damaged.
  if (current !== msg.id) return;
  current = null;
  parentPort.postMessage({ id: msg.id, ...reply }, reply.images ?? []);
});
parentPort.postMessage({ type: 'ready' });
