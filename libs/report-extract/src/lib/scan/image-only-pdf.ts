import PDFDocument from 'pdfkit';

/** A fixed creation date keeps the file (and its ID, hashed from the date) the same run to run. */
const CREATED = new Date('2026-01-01T00:00:00Z');

/** A4 in points. */
const A4: [number, number] = [595.28, 841.89];

/**
 * An image-only PDF: one page per image, each image filling an A4 page (no text layer), as a
 * scanner writes it (scans:make and the browser tests make their scanned copies with it).
 */
export function imageOnlyPdf(images: readonly Buffer[]): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: A4,
    margin: 0,
    compress: true,
    info: { CreationDate: CREATED, Producer: 'ogi scans' },
  });
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const image of images) {
      doc.addPage({ size: A4, margin: 0 });
      doc.image(image, 0, 0, { width: A4[0], height: A4[1] });
    }
    doc.end();
  });
}
