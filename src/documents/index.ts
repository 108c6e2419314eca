// Rendering: document models drawn as PDF (pdfkit: ./pdf/render-pdf.ts, imported where it is used, as it is
// slow to load) and tables written as CSV (csv-stringify).
export { neutralise, toCsv } from './csv.ts';
