// A table: column widths shared out by the model's weights, cells wrapped to their width, each row
// kept whole, and the heading row repeated at the top of a page the table runs onto.
import type { Block, TableColumn } from '../../domain/index.ts';
import type { Canvas } from './canvas.ts';
import { colours } from './style.ts';

const PAD = 3;

function widths(c: Canvas, columns: readonly TableColumn[]): number[] {
  const total = columns.reduce((sum, col) => sum + col.width, 0);
  return columns.map((col) => (col.width / total) * c.width);
}

function rowHeight(c: Canvas, cells: readonly string[], columnWidths: readonly number[], font: string): number {
  const { doc, style } = c;
  doc.font(font).fontSize(style.size);
  return Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: (columnWidths[i] ?? 0) - 2 * PAD }))) + 2 * PAD;
}

function drawRow(c: Canvas, cells: readonly string[], columns: readonly TableColumn[], columnWidths: readonly number[], font: string, fill: string | null): void {
  const { doc, style } = c;
  const height = rowHeight(c, cells, columnWidths, font);
  const y = doc.y;
  if (fill) doc.rect(c.left, y, c.width, height).fill(fill);
  doc.font(font).fontSize(style.size).fillColor(colours.ink);
  let x = c.left;
  cells.forEach((text, i) => {
    const width = columnWidths[i] ?? 0;
    doc.text(text, x + PAD, y + PAD, { width: width - 2 * PAD, align: columns[i]?.align ?? 'left' });
    x += width;
  });
  doc.strokeColor(colours.rule).lineWidth(0.4).moveTo(c.left, y + height).lineTo(c.left + c.width, y + height).stroke();
  doc.y = y + height;
}

export function table(c: Canvas, block: Extract<Block, { kind: 'table' }>): void {
  const { doc, style } = c;
  const columnWidths = widths(c, block.columns);
  const headings = block.columns.map((col) => col.heading);
  const headHeight = rowHeight(c, headings, columnWidths, style.bold);
  const firstRow = block.rows[0] ? rowHeight(c, block.rows[0], columnWidths, style.body) : 0;
  c.room(headHeight + firstRow);
  drawRow(c, headings, block.columns, columnWidths, style.bold, colours.tableHead);
  block.rows.forEach((row, index) => {
    const height = rowHeight(c, row, columnWidths, style.body);
    if (doc.y + height > c.bottom()) {
      doc.addPage();
      drawRow(c, headings, block.columns, columnWidths, style.bold, colours.tableHead);
    }
    drawRow(c, row, block.columns, columnWidths, style.body, index % 2 === 1 ? colours.tableStripe : null);
  });
  doc.y += style.gap;
}
