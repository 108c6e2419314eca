// A document model (src/domain/documents) drawn as a PDF with pdfkit: the title and the facts at the
// top, each section's blocks in order, and on every page a running head (after the first) and a foot
// with the document's line and "page N of M". The PDF's dates are the document's as-of day, so the
// same records on the same day give the same bytes (the record of documents made keeps one copy).
import type { Block, DocumentModel } from '../../domain/index.ts';
import { createCanvas, pdfBytes, type Canvas } from './canvas.ts';
import { PAGE, colours, styles } from './style.ts';
import { table } from './table.ts';
import { bullets, factColumns, facts, paragraph, signature } from './text-blocks.ts';
import { TIMELINE_HEIGHT, timelineChart } from './timeline-chart.ts';

function title(c: Canvas, model: DocumentModel): void {
  const { doc, style } = c;
  doc.rect(c.left, doc.y, c.width, 3).fill(colours.accent);
  doc.y += 9;
  doc.font(style.bold).fontSize(style.title).fillColor(colours.heading).text(model.title, c.left, doc.y, { width: c.width });
  doc.font(style.body).fontSize(style.heading * 0.85).fillColor(colours.muted).text(model.subtitle, c.left, doc.y, { width: c.width });
  doc.y += style.gap;
  if (model.audience === 'patient') facts(c, model.header, 70);
  else factColumns(c, model.header, 70);
}

/** Roughly the least of a block that must follow its heading on the same page. */
function leading(c: Canvas, b: Block | undefined): number {
  if (b?.kind === 'timeline') return TIMELINE_HEIGHT;
  if (b?.kind === 'table') return c.style.size * 7;
  if (b?.kind === 'signature') return c.style.size * 1.3 * Math.max(3, b.lines.length);
  return c.style.size * 4;
}

function heading(c: Canvas, text: string, first: Block | undefined): void {
  const { doc, style } = c;
  // A heading never ends a page: keep room for it and the start of what follows it.
  c.room(style.heading * 2 + leading(c, first));
  doc.y += style.gap * 0.6;
  doc.font(style.bold).fontSize(style.heading).fillColor(colours.heading).text(text, c.left, doc.y, { width: c.width });
  doc.strokeColor(colours.rule).lineWidth(0.6).moveTo(c.left, doc.y + 1).lineTo(c.left + c.width, doc.y + 1).stroke();
  doc.y += style.gap * 0.7;
}

function block(c: Canvas, b: Block): void {
  switch (b.kind) {
    case 'paragraph': return paragraph(c, b);
    case 'facts': return facts(c, b.facts);
    case 'bullets': return bullets(c, b.items);
    case 'table': return table(c, b);
    case 'timeline': return timelineChart(c, b.chart);
    case 'signature': return signature(c, b.lines);
  }
}

/** The text cut to fit one line of `width` points, with an ellipsis where it was cut. */
function oneLine(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text.length;
  while (cut > 0 && doc.widthOfString(`${text.slice(0, cut)}…`) > width) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** The running head and the foot of every page, drawn once the page count is known. */
function pageFurniture(c: Canvas, model: DocumentModel): void {
  const { doc, style } = c;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Text below the bottom margin would make pdfkit add a page: lift the margin while drawing there.
    doc.page.margins.bottom = 0;
    const footY = doc.page.height - PAGE.margin.bottom + 14;
    doc.font(style.body).fontSize(style.small).fillColor(colours.muted);
    doc.text(oneLine(doc, model.footer, c.width - 80), c.left, footY, { lineBreak: false });
    doc.text(`Page ${i + 1} of ${range.count}`, c.left + c.width - 70, footY, { width: 70, align: 'right', lineBreak: false });
    if (i > range.start) doc.text(oneLine(doc, `${model.title}: ${model.subtitle}`, c.width), c.left, PAGE.margin.top - 24, { lineBreak: false });
    doc.page.margins.bottom = PAGE.margin.bottom;
  }
}

export async function renderPdf(model: DocumentModel, author: string): Promise<Uint8Array> {
  const made = new Date(`${model.asOf}T00:00:00Z`);
  const c = createCanvas(styles[model.audience], {
    Title: `${model.title}: ${model.subtitle}`, Author: author, Subject: model.kind, Creator: 'Threshold', Producer: 'Threshold (pdfkit)',
    CreationDate: made, ModDate: made,
  });
  title(c, model);
  for (const section of model.sections) {
    heading(c, section.heading, section.blocks[0]);
    for (const b of section.blocks) block(c, b);
  }
  pageFurniture(c, model);
  return pdfBytes(c.doc);
}
