// The text blocks of a document: paragraphs, label-value facts, bullet lists and the signature. Each
// keeps a line or a fact whole across a page break (pdfkit flows a long paragraph onto the next page
// by itself).
import type { Block, Fact } from '../../domain/index.ts';
import type { Canvas } from './canvas.ts';
import { colours } from './style.ts';

type Of<K extends Block['kind']> = Extract<Block, { kind: K }>;

export function paragraph(c: Canvas, block: Of<'paragraph'>): void {
  const { doc, style } = c;
  doc.font(block.tone === 'strong' ? style.bold : style.body).fontSize(style.size).fillColor(block.tone === 'muted' ? colours.muted : colours.ink);
  c.room(doc.currentLineHeight(true) * 2);
  doc.text(block.text, c.left, doc.y, { width: c.width, lineGap: style.lineGap });
  doc.y += style.gap * (block.tone === 'strong' ? 0.3 : 1);
}

/** Labels in a column of their own; a fact is moved whole to the next page rather than split. */
export function facts(c: Canvas, list: readonly Fact[], labelWidth = 96, left = c.left, width = c.width): void {
  const { doc, style } = c;
  const valueWidth = width - labelWidth;
  for (const fact of list) {
    doc.font(style.body).fontSize(style.size);
    const height = Math.max(doc.heightOfString(fact.value, { width: valueWidth, lineGap: style.lineGap }), doc.currentLineHeight(true));
    c.room(height);
    const y = doc.y;
    doc.font(style.bold).fillColor(colours.muted).text(fact.label, left, y, { width: labelWidth - 6, lineGap: style.lineGap });
    doc.font(style.body).fillColor(colours.ink).text(fact.value, left + labelWidth, y, { width: valueWidth, lineGap: style.lineGap });
    doc.y = y + height + 1.5;
  }
  doc.y += style.gap;
}

/** The facts in two columns side by side (the first page's header: short facts, little room). */
export function factColumns(c: Canvas, list: readonly Fact[], labelWidth: number): void {
  const half = Math.ceil(list.length / 2);
  const columnWidth = (c.width - 16) / 2;
  const top = c.doc.y;
  facts(c, list.slice(0, half), labelWidth, c.left, columnWidth);
  const leftBottom = c.doc.y;
  c.doc.y = top;
  facts(c, list.slice(half), labelWidth, c.left + columnWidth + 16, columnWidth);
  c.doc.y = Math.max(leftBottom, c.doc.y);
}

export function bullets(c: Canvas, items: readonly string[]): void {
  const { doc, style } = c;
  const indent = style.size * 1.2;
  for (const item of items) {
    doc.font(style.body).fontSize(style.size).fillColor(colours.ink);
    const height = doc.heightOfString(item, { width: c.width - indent, lineGap: style.lineGap });
    c.room(Math.min(height, doc.currentLineHeight(true) * 3));
    const y = doc.y;
    doc.text('•', c.left + 2, y, { lineBreak: false });
    doc.text(item, c.left + indent, y, { width: c.width - indent, lineGap: style.lineGap });
    doc.y += style.gap * 0.35;
  }
  doc.y += style.gap * 0.65;
}

/** Who signs, the clinic and the date on the left; a line to sign on at the right. */
export function signature(c: Canvas, lines: readonly string[]): void {
  const { doc, style } = c;
  doc.font(style.body).fontSize(style.size);
  const height = Math.max(lines.length * doc.currentLineHeight(true), style.size * 3.2);
  c.room(height);
  const top = doc.y;
  doc.fillColor(colours.ink);
  for (const line of lines) doc.text(line, c.left, doc.y, { width: c.width / 2 });
  const lineX = c.left + c.width / 2 + 20;
  const lineY = top + height - style.small - 4;
  doc.strokeColor(colours.ink).lineWidth(0.6).moveTo(lineX, lineY).lineTo(c.left + c.width, lineY).stroke();
  doc.font(style.body).fontSize(style.small).fillColor(colours.muted).text('Signature', lineX, lineY + 3, { lineBreak: false });
  doc.y = top + height + style.gap;
}
