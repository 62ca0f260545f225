import type { SourceKind } from '@ogi/report-parser';

const BY_KIND: Record<SourceKind, string> = {
  text: 'text/plain',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const BY_EXTENSION: Record<string, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  htm: 'text/html',
  html: 'text/html',
  docx: BY_KIND.docx,
  doc: 'application/msword',
  pdf: 'application/pdf',
  zip: 'application/zip',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/**
 * The media type a stored original is served with: from its content when it could be read,
 * else from its name (Markdown keeps text/markdown), else application/octet-stream.
 */
export function mediaTypeOf(fileName: string, kind: SourceKind | null): string {
  const extension = /\.([^./]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  if (kind === 'text' && extension === 'md') return 'text/markdown';
  if (kind) return BY_KIND[kind];
  return BY_EXTENSION[extension] ?? 'application/octet-stream';
}
