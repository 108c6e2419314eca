// Reading a made PDF back the way a person's tools would (poppler-utils, installed by .ci/run):
// pdftotext for its text, pdftoppm to render its pages, pdffonts for the embedded fonts. A document
// that poppler cannot render or read fails the test that made it.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function withFile<T>(bytes: Uint8Array, work: (path: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'threshold-pdf-'));
  try {
    const path = join(dir, 'document.pdf');
    await writeFile(path, bytes);
    return await work(path, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of every page, in reading order (pdftotext -layout keeps table rows on one line). */
export async function pdfText(bytes: Uint8Array, layout = false): Promise<string> {
  return withFile(bytes, async (path) => (await run('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', path, '-'], { maxBuffer: 16 << 20 })).stdout);
}

/** Renders every page to PNG at low resolution and returns how many pages rendered. */
export async function pdfPagesRendered(bytes: Uint8Array): Promise<number> {
  return withFile(bytes, async (path, dir) => {
    await run('pdftoppm', ['-r', '30', '-png', path, join(dir, 'page')]);
    return (await readdir(dir)).filter((f) => f.endsWith('.png')).length;
  });
}

/** pdffonts' table: one row per font with its name, whether embedded and whether subset. */
export async function pdfFonts(bytes: Uint8Array): Promise<{ name: string; embedded: boolean; subset: boolean; unicode: boolean }[]> {
  return withFile(bytes, async (path) => {
    const lines = (await run('pdffonts', [path])).stdout.split('\n').slice(2).filter((l) => l.trim() !== '');
    return lines.map((line) => {
      const cols = line.trim().split(/\s+/);
      const [emb, sub, uni] = cols.slice(-5, -2);
      return { name: cols[0] ?? '', embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
    });
  });
}

/** How many pages the PDF has (pdfinfo). */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  return withFile(bytes, async (path) => Number(/^Pages:\s+(\d+)$/m.exec((await run('pdfinfo', [path])).stdout)?.[1] ?? Number.NaN));
}

/** Each page as a PNG at `dpi`, saved as `<prefix>-<page>.png` (how docs/screenshots shows the documents). */
export async function savePageImages(bytes: Uint8Array, prefix: string, dpi = 80): Promise<string[]> {
  return withFile(bytes, async (path, dir) => {
    await run('pdftoppm', ['-r', String(dpi), '-png', path, join(dir, 'page')]);
    const pages = (await readdir(dir)).filter((f) => f.endsWith('.png')).sort();
    const saved: string[] = [];
    for (const [index, page] of pages.entries()) {
      const target = `${prefix}-${index + 1}.png`;
      await copyFile(join(dir, page), target);
      saved.push(target);
    }
    return saved;
  });
}
