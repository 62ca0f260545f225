/** What a spreadsheet takes as the start of a formula (OWASP, CSV injection): = + - @ tab CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as every CSV and XLSX export writes it: one that would start a formula gets a
 * leading `'`, so Excel, WPS and LibreOffice show it as text instead of running it (office and
 * region names come from uploaded files, so anyone who can upload chooses them). Only for text:
 * numbers are written as numbers, negative ones included, and never pass through here.
 */
export function spreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A field of a CSV line (RFC 4180): quoted when it holds a quote, a comma or a line break. */
export function csvQuoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV field: text made safe by spreadsheetText, a number as it is; quoted when needed. */
export function csvField(value: string | number): string {
  return csvQuoted(typeof value === 'number' ? String(value) : spreadsheetText(value));
}
