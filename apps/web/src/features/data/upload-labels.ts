import { UNPLACED_REGION } from '@ogi/report-schema';
import type { IngestResult, IngestStatus, Problem } from '../../data-access/reports-types';

export const STATUS_LABEL: Record<IngestStatus, string> = {
  created: '新建',
  new_version: '新版本',
  duplicate: '重复',
  needs_input: '待补充',
  failed: '失败',
  processing: '识别中',
};

export const STATUS_COLOR: Record<IngestStatus, string> = {
  created: 'success',
  new_version: 'processing',
  duplicate: 'default',
  needs_input: 'warning',
  failed: 'error',
  processing: 'processing',
};

/** Plain Chinese for the problem codes the server gives without a Chinese message. */
const PROBLEM_TEXT: Record<string, string> = {
  office_not_stated: '报告中没有写明单位，请在“指定单位”中选择后重新上传',
  year_not_stated: '报告中没有写明年度，请在“指定年度”中填写后重新上传',
  office_and_year_not_stated: '报告中没有写明单位和年度，请指定后重新上传',
  office_ambiguous: '报告中的单位名称对应多个单位，请指定地区或单位后重新上传',
  not_a_report: '不是政府信息公开工作年度报告（未找到表二、表三或表四）',
  unsupported_kind: '不支持的文件类型（支持 DOCX、DOC、PDF、HTML、TXT、XLSX 和 ZIP）',
  corrupt: '文件已损坏，无法读取',
  empty: '文件是空的',
  ocr_failed: '扫描件 OCR 识别失败',
  encrypted: '文件已加密，无法读取',
  too_large: '文件过大，无法读取',
  timeout: '读取超时，文件可能过于复杂',
  internal: '读取文件时出错',
  storage_failed: '保存失败，请重试',
  corrupt_archive: '压缩包已损坏，无法解压',
  archive_too_large: '压缩包解压后过大',
  empty_archive: '压缩包中没有文件',
};

/** The file name at the front of a server message ("a.docx：…") is shown in its own column. */
function withoutFileName(text: string, file: string): string {
  const base = file.split('/').pop() ?? file;
  for (const prefix of [file, base]) {
    for (const sep of ['：', ': ']) {
      if (text.startsWith(prefix + sep)) return text.slice(prefix.length + sep.length);
    }
  }
  return text;
}

/** Why a file failed or waits for input, in plain Chinese. */
export function problemText(problem: Problem, file: string): string {
  if (problem.messageZh) return withoutFileName(problem.messageZh, file);
  const known = PROBLEM_TEXT[problem.code];
  if (known) return known;
  return `无法处理（${problem.code}）：${withoutFileName(problem.message, file)}`;
}

const ruleFailures = (result: IngestResult) =>
  result.findings.filter((f) => f.code === 'rule' && f.severity === 'error').length;

/** The explanation beside a result: who and which year, or what went wrong. */
export function resultText(result: IngestResult): string {
  const who = [result.office?.name, result.year ? `${result.year} 年度` : null]
    .filter(Boolean)
    .join(' · ');
  if (result.status === 'failed' || result.status === 'needs_input') {
    const why = result.error ? problemText(result.error, result.file) : '需要补充信息';
    const candidates = result.candidates?.length
      ? `（可能是：${result.candidates.map((c) => c.name).join('、')}）`
      : '';
    return `${who ? `${who}：` : ''}${why}${candidates}`;
  }
  if (result.status === 'processing') return ocrText(result.ocr);
  if (result.status === 'duplicate') {
    // A copy stored outside the uploader's regions comes without office or year: only the reason.
    if (result.error) return problemText(result.error, result.file);
    return `${who}：与已上传的文件完全相同，未重复保存`;
  }
  const failures = ruleFailures(result);
  const stored = failures ? `${who}：${failures} 条校验规则不通过，请复核` : who;
  return `${stored}${unplacedNote(result)}`;
}

/**
 * Stored under an office that has no region (the file and the upload's choices did not tell
 * which): asks for one. Until placed, the office is counted only for the reports it has.
 */
function unplacedNote(result: IngestResult): string {
  if (!result.office || result.office.regionId !== null) return '';
  return `；单位${UNPLACED_REGION}，请在“地区”页为它指定地区，或选择“指定地区”后重新上传`;
}

/** Where a scan's OCR job is: waiting, or pages read of its pages. */
export function ocrText(
  ocr: { status: string; pagesDone: number; pagesTotal: number } | null | undefined,
): string {
  if (!ocr || ocr.status === 'queued')
    return `扫描件，等待 OCR 识别（共 ${ocr?.pagesTotal ?? '?'} 页）`;
  return `OCR 识别中：已识别 ${ocr.pagesDone} / ${ocr.pagesTotal} 页`;
}
