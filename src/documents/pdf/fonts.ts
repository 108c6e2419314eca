// The fonts every document embeds: DejaVu Sans from the dejavu-fonts-ttf package (never downloaded at
// run time), chosen for its coverage: Latin with every European accent, Greek, Cyrillic and the
// signs a clinical document uses (≤ ≥ → ½), so any patient's name prints as written. Each TrueType
// file is read and parsed by fontkit once per process and the parsed font is handed to every
// document: parsing took 30-100 ms, longer than laying out a whole report. pdfkit embeds only the
// glyphs a document uses (a subset), so a report stays small.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';

export const fontFiles = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  condensed: 'DejaVuSansCondensed.ttf',
  condensedBold: 'DejaVuSansCondensed-Bold.ttf',
} as const;
export type FontName = keyof typeof fontFiles;

const folder = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const parsed = new Map<FontName, Font>();

export function font(name: FontName): Font {
  let found = parsed.get(name);
  if (!found) {
    found = create(readFileSync(join(folder, fontFiles[name])));
    parsed.set(name, found);
  }
  return found;
}
