import { ExtractError } from './errors';
import { extractDocument, type ExtractOptions } from './extract';
import { parseReport, type ParsedReport, type SourceKind } from '@ogi/report-parser';

export interface ReadError {
  code: string;
  message: string;
  messageZh?: string;
}

export type ReadOutcome =
  | { ok: true; kind: SourceKind; report: ParsedReport }
  | { ok: false; kind: SourceKind | null; error: ReadError; report: ParsedReport | null };

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
    const document = await extractDocument(bytes, fileName, options);
    const report = parseReport(document);
    if (!Object.values(report.formatVersion).some((version) => version !== null)) {
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
