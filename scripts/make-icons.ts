// The installable app's icons (src/web/public/icon-*.png), drawn here so they need no image tool:
// the header's navy with a white step rising over a threshold line and an amber dot past it.
// `npx tsx scripts/make-icons.ts` writes them; they are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer): number => {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

type Rgb = [number, number, number];
const navy: Rgb = [0x1d, 0x2f, 0x4a];
const white: Rgb = [0xff, 0xff, 0xff];
const amber: Rgb = [0xf0, 0xa4, 0x00];

/** The colour at (x, y) in a unit square: the whole square is safe to mask (maskable icon). */
function colourAt(x: number, y: number): Rgb {
  const dx = x - 0.7;
  const dy = y - 0.33;
  if (dx * dx + dy * dy < 0.07 * 0.07) return amber;
  if (y > 0.66 && y < 0.7 && x > 0.2 && x < 0.8) return white; // the threshold
  if (x > 0.24 && x < 0.4 && y > 0.52 && y < 0.66) return white; // the step below
  if (x > 0.4 && x < 0.56 && y > 0.38 && y < 0.66) return white; // the step above
  return navy;
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x += 1) {
      const [r, g, b] = colourAt((x + 0.5) / size, (y + 0.5) / size);
      row[1 + x * 3] = r;
      row[2 + x * 3] = g;
      row[3 + x * 3] = b;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) writeFileSync(`src/web/public/icon-${size}.png`, png(size));
