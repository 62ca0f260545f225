import type { ReportDocument, TextBlock } from '@ogi/report-parser';
import type { DecodedText } from './decode-text';

/**
 * One TextBlock per line (empty lines kept), CRLF/CR normalised to LF, 1-based line numbers. A final
 * newline does not make an extra empty line.
 */
export function extractText(decoded: DecodedText): ReportDocument {
  const text = decoded.text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '');
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const blocks: TextBlock[] = lines.map((line, i) => ({
    type: 'text',
    text: line,
    location: { line: i + 1 },
  }));
  return { kind: 'text', encoding: decoded.encoding, pageCount: null, blocks, notes: [] };
}
