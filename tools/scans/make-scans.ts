// Makes scanned copies of reports, with the values they must read as:
//   npm run scans:make -- --out <dir> [--from-generated N] [--pdf <file>...] [--seed S]
// Without --pdf and --from-generated: the office fixtures of libs/report-extract.
// Per report it writes <name>.pdf (image-only, one A4 page per image), <name>-p<N>.jpg and
// <name>.expected.json (the corpus shape, plus `scan`: what was done to each page), and the text PDF
// it was made from with the same expectations under text/ (`npm run score:corpus -- <dir>/text`
// gives the text way's score on the same reports, the baseline for the scans).
// Pages are rendered at 200 dpi, turned by up to ±1°, speckled and JPEG-compressed; the same seed
// gives the same files.
import { closeExtractors } from '@ogi/report-extract';
import { makeScans, parseScanArgs } from './scan-reports';

async function main(): Promise<void> {
  const options = parseScanArgs(process.argv.slice(2));
  try {
    await makeScans(options, (name, pages, seconds) =>
      console.log(`${name}: ${pages} pages in ${seconds.toFixed(1)} s`),
    );
  } finally {
    await closeExtractors();
  }
}

main().catch((err: unknown) => {
  console.error(`scans:make: ${(err as Error).message}`);
  process.exitCode = 1;
});
