// Builders of small DOCX and PDF files for tests of other projects (hostile files, fuzzing).
export { makeDocx, p, tbl, tc } from './test-utils/make-docx';
export { makePdf, showText } from './test-utils/make-pdf';
