import { ExtractError } from './errors';
import { extractWithScanPages, type ExtractOptions } from './extract';
import { parseReport, type ParsedReport, type SourceKind } from '@ogi/report-parser';

export interface ReadError {
  code: string;
  message: string;
  messageZh?: string;
}

export type ReadOutcome =
  | { ok: true; kind: SourceKind; report: ParsedReport }
  | {
      ok: false;
      kind: SourceKind | null;
      error: ReadError;
      report: ParsedReport | null;
      /** `needs_ocr`: the page images OCR will read (scanPageImages gives them). */
      scanPages?: number;
    };

/** A scan: stored, then read by OCR as a job. */
function scanOutcome(kind: SourceKind | null, scanPages: number, error: ReadError): ReadOutcome {
  return { ok: false, kind, report: null, error, scanPages };
}

/**
 * Extracts and parses one file, the one way the CLI and the API read a report; never throws. A file
 * in which no table of the report is found is `not_a_report`.
 */
export async function readReport(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractOptions = {},
): Promise<ReadOutcome> {
  try {
    const { document, scanPages } = await extractWithScanPages(bytes, fileName, options);
    const report = parseReport(document);
    if (!Object.values(report.formatVersion).some((version) => version !== null)) {
      // Its text holds no table, but it has pages or pictures without text: the tables are there.
      if (scanPages > 0) {
        return scanOutcome(document.kind, scanPages, {
          code: 'needs_ocr',
          message: `${fileName}: no report table in its text, and ${scanPages} pages to read as images; it is read by OCR`,
          messageZh: `${fileName}：文字中没有报告表格，含图像页面，将通过 OCR 识别`,
        });
      }
      return {
        ok: false,
        kind: document.kind,
        report,
        error: {
          code: 'not_a_report',
          message: `${fileName}: no report table found (表二, 表三 or 表四); not an annual report on government information disclosure`,
          messageZh: `${fileName}：未找到表二、表三或表四，不是政府信息公开工作年度报告`,
        },
      };
    }
    return { ok: true, kind: document.kind, report };
  } catch (err) {
    if (err instanceof ExtractError && err.code === 'needs_ocr') {
      return scanOutcome(null, err.scanPages ?? 0, {
        code: err.code,
        message: err.message,
        messageZh: err.messageZh,
      });
    }
    if (err instanceof ExtractError) {
      return {
        ok: false,
        kind: null,
        report: null,
        error: { code: err.code, message: err.message, messageZh: err.messageZh },
      };
    }
    return {
      ok: false,
      kind: null,
      report: null,
      error: {
        code: 'parse_failed',
        message: `${fileName}: ${err instanceof Error ? err.message : String(err)}`,
      },
    };
  }
}
