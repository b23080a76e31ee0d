import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { deflateSync } from "zlib";

/**
 * Draws the add-in's icon (a green tile with three rising bars) at the sizes the manifest names,
 * as PNG written with zlib alone, so the icons can be regenerated without an image tool:
 * `npx tsx scripts/make-icons.ts`.
 */
export const ICON_SIZES = [16, 32, 64, 80] as const;

const GREEN = [0x1b, 0x6e, 0x4b];
const WHITE = [0xff, 0xff, 0xff];
const BARS = [
  { left: 0.2, right: 0.34, top: 0.52 },
  { left: 0.43, right: 0.57, top: 0.36 },
  { left: 0.66, right: 0.8, top: 0.2 },
];
const BOTTOM = 0.8;
const RADIUS = 0.18;

function colourAt(u: number, v: number): number[] | undefined {
  const cx = Math.min(Math.max(u, RADIUS), 1 - RADIUS);
  const cy = Math.min(Math.max(v, RADIUS), 1 - RADIUS);
  if ((u - cx) ** 2 + (v - cy) ** 2 > RADIUS ** 2) return undefined;
  const onBar = BARS.some((b) => u >= b.left && u < b.right && v >= b.top && v < BOTTOM);
  return onBar ? WHITE : GREEN;
}

/** RGBA rows, each averaged over 4×4 samples so the small sizes keep smooth edges. */
function pixels(size: number): Buffer {
  const n = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size);
          if (!c) continue;
          c.forEach((value, i) => (sum[i] += value));
          sum[3] += 255;
        }
      const alpha = sum[3] / (n * n);
      const at = row + 1 + x * 4;
      for (let i = 0; i < 3; i++) raw[at + i] = alpha ? Math.round(sum[i] / (sum[3] / 255)) : 0;
      raw[at + 3] = Math.round(alpha);
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(join(dir, `icon-${size}.png`), png(size));
}
