import type { Recognition } from './text-recogniser';

const CJK = /[\u3400-\u9fff]/;
const DIGIT = /[0-9]/g;
/** What a dash in a figure cell is often read as by the full alphabet. */
const DASH_LOOKALIKES = new Set(['一', '－', '─', '—', '-', '_', '~', '～']);

/**
 * The text of a word: in a table cell that looks like a figure (no Chinese except 无, mostly
 * digits, or a lone dash) the decoding restricted to number characters, else the full one. The
 * restricted decoding keeps the raw probability of each digit, so a doubtful digit stays doubtful.
 */
export function chooseText(
  rec: Recognition,
  inTable: boolean,
): { text: string; confidence: number } {
  // A middle dot in words is a speck of the scan, never what a report prints.
  // So is a point between a year and 年 ("2023.年"); "3.其他" keeps its numbering.
  const full = {
    text: rec.text.replace(/[·•]/g, '').replace(/(\d{4})[.．](?=年)/g, '$1'),
    confidence: rec.confidence,
  };
  if (!inTable) return full;
  const chars = [...rec.text.replace(/\s/g, '')];
  const digits = (rec.text.match(DIGIT) ?? []).length;
  const figureLike =
    !CJK.test(rec.text.replace(/无/g, '')) ||
    (chars.length > 0 && digits / chars.length >= 0.6) ||
    (chars.length === 1 && DASH_LOOKALIKES.has(chars[0]));
  if (!figureLike) return full;
  // A figure neither starts nor ends with a point or comma, nor ends with a minus sign after its
  // digits: such a mark is a speck beside it (the word keeps the mark's doubt).
  const text = rec.asNumber.text.replace(/^[.,\s]+|[.,\s]+$/g, '').replace(/(\d)[-—.,\s]+$/, '$1');
  if (!text) return { text: '?', confidence: 0 };
  return { text, confidence: rec.asNumber.confidence };
}
