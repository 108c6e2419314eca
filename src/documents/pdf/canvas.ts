// The page a renderer draws on: a pdfkit document with the fonts registered, the content box, and
// the one decision every block needs: will this fit below the cursor, or does it go on a new page?
import PDFDocument from 'pdfkit';
import { font, fontFiles, type FontName } from './fonts.ts';
import { PAGE, type Style } from './style.ts';

export interface Canvas {
  doc: PDFKit.PDFDocument;
  style: Style;
  left: number;
  width: number;
  /** Move to a new page when fewer than `height` points are left below the cursor. */
  room: (height: number) => void;
  /** The y the cursor must not pass. */
  bottom: () => number;
}

export function createCanvas(style: Style, info: PDFKit.DocumentInfo): Canvas {
  const doc = new PDFDocument({
    size: PAGE.size, margins: PAGE.margin, bufferPages: true, info, lang: 'en', displayTitle: true, pdfVersion: '1.7',
  });
  // A parsed fontkit font is accepted as a source (pdfkit 0.20); the types only list files and buffers.
  for (const name of Object.keys(fontFiles) as FontName[]) doc.registerFont(name, font(name) as unknown as Buffer);
  doc.font(style.body).fontSize(style.size);
  const left = PAGE.margin.left;
  const width = doc.page.width - PAGE.margin.left - PAGE.margin.right;
  const bottom = (): number => doc.page.height - PAGE.margin.bottom;
  return {
    doc, style, left, width, bottom,
    room: (height) => {
      if (doc.y + height > bottom()) doc.addPage();
    },
  };
}

/** The PDF's bytes once the document is ended. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}
