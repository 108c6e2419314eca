// Rendering: document models drawn as PDF (pdfkit) and tables written as CSV (csv-stringify).
export { renderPdf } from './pdf/render-pdf.ts';
export { neutralise, toCsv } from './csv.ts';
