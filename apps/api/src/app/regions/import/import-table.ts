import { BadRequestException } from '@nestjs/common';
import { decodeText, ExtractError } from '@ogi/report-extract';
import { Workbook } from 'exceljs';
import { parseCsv } from './csv';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Buffer): boolean {
  return ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** The cells of the first worksheet as text, row by row (row 1 first; empty rows kept). */
async function readXlsx(bytes: Buffer, fileName: string): Promise<string[][]> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new BadRequestException(
      `${fileName}: not a readable XLSX workbook (${(err as Error).message})`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new BadRequestException(`${fileName}: the workbook has no worksheet`);
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text ?? '');
    rows.push(cells);
  }
  return rows;
}

/**
 * A hierarchy file as rows of texts: XLSX (by its ZIP signature, first worksheet) or CSV in
 * UTF-8 (with or without BOM) or GB18030, as Chinese spreadsheets save it.
 */
export async function readTable(bytes: Buffer, fileName: string): Promise<string[][]> {
  if (bytes.length === 0) throw new BadRequestException(`${fileName}: the file is empty`);
  if (isZip(bytes)) return readXlsx(bytes, fileName);
  try {
    return parseCsv(decodeText(bytes, fileName).text.replace(/^\uFEFF/, ''));
  } catch (err) {
    if (err instanceof ExtractError) {
      throw new BadRequestException(
        `${fileName}: not a CSV text or XLSX workbook (${err.message})`,
      );
    }
    throw err;
  }
}
