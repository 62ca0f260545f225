import { chromium, type Browser } from 'playwright-core';
import { generateReports, renderReport, type ReportTruth } from '@ogi/report-generator';

const CHROMIUM = '/usr/bin/chromium';
const STRIDE = 5;

/** Printed as an office prints its report: the article alone, without the site's header, menu and footer. */
const PRINT_ARTICLE_ONLY = `.header, .breadcrumb, .sidebar, .footer { display: none !important; }
body { font-family: 'Noto Serif CJK SC', serif; font-size: 12pt; }
h1, h2, .title { font-size: 17pt; text-align: center; }
.article td { font-size: 10.5pt; }`;

/** A generated report printed to a real PDF, with the generator's truth. */
export interface GeneratedPdf {
  name: string;
  pdf: Buffer;
  truth: ReportTruth;
}

/**
 * Generated reports in the HTML layout (ruled tables), printed to A4 PDFs by Chromium the way a
 * browser's "print to PDF" does: a text PDF with ruling lines, like an office's own export. Years
 * span 2019–2025, so both table formats (2019 and 2021) occur. The generator writes every year of
 * one office before the next office; taking every STRIDE-th report mixes offices and years.
 */
export async function generatedPdfs(seed: string, count: number): Promise<GeneratedPdf[]> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const made: GeneratedPdf[] = [];
  try {
    const page = await browser.newPage();
    let index = 0;
    for (const { model, truth } of generateReports({
      seed,
      count: count * STRIDE,
      layouts: ['html'],
      gb18030Share: 0,
      verifyRules: true,
    })) {
      if (index++ % STRIDE !== 0) continue;
      const rendered = renderReport(model);
      if (typeof rendered.content !== 'string') throw new Error(`${model.id}: HTML expected`);
      await page.setContent(rendered.content, { waitUntil: 'load' });
      await page.addStyleTag({ content: PRINT_ARTICLE_ONLY });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
      });
      made.push({ name: `gen-${model.id}`, pdf, truth });
    }
  } finally {
    await browser.close();
  }
  return made;
}
